package apierr

import (
	"math/rand/v2"
	"net/http"
	"time"
)

// Backoff returns how long to wait before retry attemptNum (0 for the first retry), with the
// signature of hashicorp/go-retryablehttp's Backoff so that it plugs into that client
// (client.Backoff = apierr.Backoff).
//
// The wait is exponential with full jitter, as aws-sdk-go-v2's retryer computes it
// (github.com/aws/aws-sdk-go-v2, aws/retry/jitter_backoff.go,
// ExponentialJitterBackoff.BackoffDelay): a random duration from 0 up to min·2^attemptNum,
// and max itself once min·2^attemptNum passes max. min is the base of the exponential, not
// a least wait (aws-sdk-go-v2's base is one second). Full jitter spreads the retries of many
// clients over the whole interval, so that clients that failed together do not retry
// together (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
// retryablehttp's DefaultBackoff waits min·2^attemptNum, capped at max, without jitter.
//
// The response's Retry-After is the floor: when resp carries one that ParseRetryAfter reads,
// the wait is never shorter than it asks (RFC 9110, section 10.2.3; RFC 6585, section 4),
// whatever the status, since a vendor may throttle with another (Akamai answers with 200). It
// is honoured above max too, as retryablehttp's DefaultBackoff honours it on 429 and 503
// without bounding it: a retry sooner than the vendor asked is refused again. A caller that
// cannot wait that long bounds the call with a context deadline; retryablehttp's Client.Do
// stops waiting when the request's context is done. A wait is never negative, and a negative
// attemptNum counts as 0.
//
// Backoff draws from math/rand/v2; NewBackoff takes another source, for tests.
func Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	return backoff(rand.Float64, min, max, attemptNum, resp)
}

// NewBackoff returns Backoff with its random numbers drawn from random instead of
// math/rand/v2, for tests that need known waits: random returns a number from 0 to 1 (one
// outside is taken as 0 or 1), the fraction of min·2^attemptNum to wait. A random that
// always returns 1 gives the upper bound of each wait, min·2^attemptNum capped at max, as
// retryablehttp's DefaultBackoff; 0 gives the Retry-After alone. A nil random is
// math/rand/v2's Float64.
func NewBackoff(random func() float64) func(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	if random == nil {
		random = rand.Float64
	}
	return func(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
		return backoff(random, min, max, attemptNum, resp)
	}
}

// backoff is Backoff drawing from random.
func backoff(random func() float64, min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	wait := max
	if ceiling, ok := exponential(min, max, attempt); ok {
		wait = jitter(ceiling, random())
	}
	if resp != nil {
		if d, ok := ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok && d > wait {
			wait = d
		}
	}
	return clamp(wait)
}

// exponential is min·2^attempt and true, or false when it passes max (or would overflow).
func exponential(min, max time.Duration, attempt int) (time.Duration, bool) {
	d := min
	for i := 0; i < attempt; i++ {
		if d > max/2 {
			return max, false
		}
		d *= 2
	}
	return d, d <= max
}

// jitter is the fraction r of d, r taken between 0 and 1.
func jitter(d time.Duration, r float64) time.Duration {
	switch {
	case !(r > 0): // NaN too
		return 0
	case r >= 1:
		return d
	}
	return time.Duration(float64(d) * r) // below d: a float64 below 2^63, no overflow
}

// clamp is d, or 0 for a negative d.
func clamp(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return d
}
