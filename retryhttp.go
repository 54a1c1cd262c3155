package apierr

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ShouldRetry decides whether to retry a request to a vendor, with the signature of
// hashicorp/go-retryablehttp's CheckRetry (func(ctx, resp, err) (bool, error)) so that it
// plugs into that client, or any loop, without this module importing it. read decodes the
// vendor's reply, as a generated package's FromResponse does, and must leave resp.Body
// readable; each generated package's CheckRetry is ShouldRetry with its FromResponse.
//
// The decision, in order:
//
//   - The context is done (canceled, or its deadline exceeded): false, ctx.Err(). As
//     retryablehttp's DefaultRetryPolicy (client.go) and stripe-go's shouldRetry.
//   - err is a vendor reply (retryablehttp hands CheckRetry the error of its response
//     handler, which may be FromResponse's): Retryable(err), with err.
//   - err is another error, a transport failure: retried, true, nil, except where a retry
//     cannot help, false, err: a request stopped after too many redirects, an unsupported
//     protocol scheme, an invalid header, or a TLS certificate that does not verify. This is
//     retryablehttp's baseRetryPolicy (client.go, v0.7.8); stripe-go's shouldRetry makes the
//     same exceptions for redirects, schemes and unknown certificate authorities.
//   - Otherwise the vendor's body decides, not the HTTP status: read(resp) is nil (the vendor
//     calls the reply a success, whatever its status): false, nil. It is a vendor error that is
//     Retryable: true, and that error, so that when retries run out the error a client
//     returns wraps it (errors.Is(err, apierr.ErrRateLimited) still holds). It is a vendor
//     error that is not retryable: false, nil, and the caller gets the response to decode as
//     usual. read fails without a vendor error (the body could not be read): as a transport
//     failure.
//
// So an Akamai reply at HTTP 200 whose body says api_limit_error is retried, and a 500 whose
// body the vendor calls a validation error is not; retryablehttp's default policy, which looks
// at the status only, does the opposite in both cases.
func ShouldRetry(ctx context.Context, resp *http.Response, err error, read func(*http.Response) error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		if vendorError(err) != nil {
			return Retryable(err), err
		}
		return retryTransport(err)
	}
	if resp == nil {
		return false, nil
	}
	verr := read(resp)
	switch {
	case verr == nil:
		return false, nil
	case vendorError(verr) == nil:
		return retryTransport(verr)
	case Retryable(verr):
		return true, verr
	}
	return false, nil
}

// retryTransport decides on an error other than a vendor reply: retry, unless a retry cannot
// help (see ShouldRetry).
func retryTransport(err error) (bool, error) {
	if permanentTransport(err) {
		return false, err
	}
	return true, nil
}

// permanentTransport reports whether a transport error is one that retryablehttp's
// baseRetryPolicy does not retry: net/http gives no types for the first three, so their text
// is matched, as there.
func permanentTransport(err error) bool {
	var ue *url.Error
	if errors.As(err, &ue) {
		msg := ue.Error()
		if strings.Contains(msg, "stopped after ") && strings.HasSuffix(msg, " redirects") ||
			strings.Contains(msg, "unsupported protocol scheme") ||
			strings.Contains(msg, "invalid header") ||
			strings.Contains(msg, "certificate is not trusted") {
			return true
		}
	}
	var verify *tls.CertificateVerificationError
	var authority x509.UnknownAuthorityError
	return errors.As(err, &verify) || errors.As(err, &authority)
}

// Backoff returns how long to wait before retry attemptNum (0 for the first retry), with the
// signature of hashicorp/go-retryablehttp's Backoff so that it plugs into that client.
//
// When resp carries a Retry-After header that ParseRetryAfter reads, Backoff waits as long as
// it asks, at most max: the vendor knows when it will answer again (RFC 9110, section 10.2.3;
// RFC 6585, section 4). retryablehttp's DefaultBackoff (client.go) honours the header only on
// 429 and 503 and does not bound it; here any status counts, since a vendor may throttle with
// another (Akamai answers with 200), and max bounds every wait, so that one reply cannot stall
// the caller for longer than it allowed.
//
// Otherwise the wait is exponential, min·2^attemptNum, capped at max, as DefaultBackoff: min,
// 2·min, 4·min, … max. It adds no jitter. A negative attemptNum counts as 0, and a wait is
// never negative.
func Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	if resp != nil {
		if d, ok := ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return clamp(d, max)
		}
	}
	return clamp(exponential(min, max, attemptNum), max)
}

// exponential is min·2^attempt, stopping at max (or above it) before it overflows.
func exponential(min, max time.Duration, attempt int) time.Duration {
	d := min
	for i := 0; i < attempt && d > 0 && d < max; i++ {
		if d > max/2 {
			return max
		}
		d *= 2
	}
	return d
}

// clamp is d, at most max, and never negative.
func clamp(d, max time.Duration) time.Duration {
	if d > max {
		d = max
	}
	if d < 0 {
		return 0
	}
	return d
}
