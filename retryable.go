package apierr

import (
	"errors"
	"net/http"
)

// Throttling and transient failure are told apart, as the retry designs this package follows
// do: Smithy marks an error shape @retryable and adds throttling: true when the service is
// limiting the caller's rate (https://smithy.io/2.0/spec/behavior-traits.html#smithy-api-retryable-trait),
// and aws-sdk-go-v2 asks two questions of an error, retry.IsErrorThrottle and
// retry.IsErrorRetryable (github.com/aws/aws-sdk-go-v2, aws/retry/throttle_error.go and
// aws/retry/retryable_error.go). Both kinds are worth retrying later unchanged; a throttle
// asks the caller to slow down as well.

// temporary is implemented by errors that the vendor documents as temporary: the generated
// Code and *Error of the packages whose document says so of some codes.
type temporary interface {
	Temporary() bool
}

// IsThrottle reports whether err says that the vendor is limiting the rate of requests: its
// class is ErrRateLimited or, for a vendor reply that has no class, its HTTP status is 429 Too
// Many Requests (RFC 6585, section 4).
//
// The class comes first because vendors do not all throttle with 429: Akamai answers its
// api_limit_error (510) with HTTP 200 and Alibaba its Too.Frequency codes with HTTP 400, and
// the class says so whatever the status. So does aws-sdk-go-v2's retry.IsErrorThrottle, which
// recognises throttles by the service's error code (DefaultThrottles and
// DefaultThrottleErrorCodes in aws/retry/adaptive.go and aws/retry/standard.go). The status
// decides only where the body said nothing a spec could classify, as hashicorp/go-retryablehttp
// does for every reply (client.go: baseRetryPolicy retries 429, DefaultBackoff honours its
// Retry-After).
//
// A throttle is retryable here, after the wait the vendor asks for. stripe-go has decided
// otherwise for rate limiting: in its v70 release, BackendImplementation.shouldRetry
// (stripe.go) retried a 429 only when its code was lock_timeout, so as not to add to the
// contention.
func IsThrottle(err error) bool {
	if c := ClassOf(err); c != nil {
		return c == ErrRateLimited
	}
	return HTTPStatus(err) == http.StatusTooManyRequests
}

// IsTransient reports whether err is a failure that may not happen again, without the vendor
// asking to slow down: its class is ErrUnavailable, or the vendor documents its code as
// temporary (a Temporary method in err's chain that returns true, as generated codes and
// errors have where the document says so), or, for a vendor reply that has no class, its HTTP
// status is 502 Bad Gateway, 503 Service Unavailable or 504 Gateway Timeout: a gateway's
// answer, not the vendor's.
//
// Sources: aws-sdk-go-v2 retries the statuses 500, 502, 503 and 504
// (DefaultRetryableHTTPStatusCodes in aws/retry/standard.go); stripe-go's
// BackendImplementation.shouldRetry (stripe.go) retries 409 and every status from 500 on
// unless the Stripe-Should-Retry header says otherwise, and leaves the decision for a decoded
// API error to that error's canRetry method. Here a 500 is not enough: a vendor's reply that
// carries a code is classified by the code (a 500 can be a validation error, or an
// ErrInternal fault that a retry repeats), so only the gateway statuses count, and only where
// no class was found.
func IsTransient(err error) bool {
	c := ClassOf(err)
	if c == ErrUnavailable {
		return true
	}
	var t temporary
	if errors.As(err, &t) && t.Temporary() {
		return true
	}
	if c != nil {
		return false
	}
	switch HTTPStatus(err) {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// Retryable reports whether err is worth retrying later unchanged: IsThrottle or IsTransient.
// So: its class is rate limited or unavailable, or the vendor documents its code as
// temporary, or it is a vendor reply without a class at HTTP 429, 502, 503 or 504. Wait
// before retrying, longer after a throttle; RetryAfter gives what the vendor asked for, and
// Backoff computes a wait.
func Retryable(err error) bool {
	return IsThrottle(err) || IsTransient(err)
}
