package apierr

import "errors"

// Throttling and transient failure are told apart, as the retry designs this package follows
// do: Smithy marks an error shape @retryable and adds throttling: true when the service is
// limiting the caller's rate (https://smithy.io/2.0/spec/behavior-traits.html#smithy-api-retryable-trait),
// and aws-sdk-go-v2 asks two questions of an error, retry.IsErrorThrottle and
// retry.IsErrorRetryable (github.com/aws/aws-sdk-go-v2, aws/retry/throttle_error.go and
// aws/retry/retryable_error.go). Both kinds are worth retrying later unchanged; a throttle
// asks the caller to slow down as well.
//
// Both answers come from the one class of the reply (ClassOf), so that they never disagree
// with errors.Is(err, ErrRateLimited) or with Problem: a reply whose code has no class takes
// its HTTP status's class in the generated packages (429 is ErrRateLimited, 502, 503 and 504
// ErrUnavailable), and nothing here looks at the status again.

// temporary is implemented by errors that the vendor documents as temporary: the generated
// Code and *Error of the packages whose document says so of some codes.
type temporary interface {
	Temporary() bool
}

// documentedTemporary reports whether err's chain holds a Temporary method that returns true:
// a code the vendor documents as temporary ("please try again in a few minutes"). A typed nil
// is not asked.
func documentedTemporary(err error) bool {
	var t temporary
	return errors.As(err, &t) && !isNilPointer(t) && t.Temporary()
}

// IsThrottle reports whether err says that the vendor is limiting the rate of requests: its
// class is ErrRateLimited. It is exactly ClassOf(err) == ErrRateLimited, so IsThrottle(err)
// implies errors.Is(err, ErrRateLimited).
//
// The class, not the status, decides because vendors do not all throttle with 429: Akamai
// answers its api_limit_error (510) with HTTP 200 and Alibaba its Too.Frequency codes with
// HTTP 400, and the class says so whatever the status. So does aws-sdk-go-v2's
// retry.IsErrorThrottle, which recognises throttles by the service's error code
// (DefaultThrottles and DefaultThrottleErrorCodes in aws/retry/adaptive.go and
// aws/retry/standard.go). A reply at 429 Too Many Requests (RFC 6585, section 4) whose code
// has no class is ErrRateLimited by its status.
//
// A throttle is retryable here, after the wait the vendor asks for. stripe-go has decided
// otherwise for rate limiting: in its v70 release, BackendImplementation.shouldRetry
// (stripe.go) retried a 429 only when its code was lock_timeout, so as not to add to the
// contention.
func IsThrottle(err error) bool {
	return ClassOf(err) == ErrRateLimited
}

// IsTransient reports whether err is a failure that may not happen again, without the vendor
// asking to slow down: its class is ErrUnavailable, or the vendor documents its code as
// temporary (a Temporary method in err's chain that returns true, as generated codes and
// errors have where the document says so).
//
// A gateway's 502, 503 or 504 page is ErrUnavailable by its status. A 500 is not transient
// here: a vendor's reply that carries a code is classified by the code (a 500 can be a
// validation error, or an ErrInternal fault that a retry repeats). aws-sdk-go-v2 retries the
// statuses 500, 502, 503 and 504 (DefaultRetryableHTTPStatusCodes in aws/retry/standard.go),
// and ShouldRetry follows hashicorp/go-retryablehttp for a 5xx page that carries no code.
func IsTransient(err error) bool {
	return ClassOf(err) == ErrUnavailable || documentedTemporary(err)
}

// Retryable reports whether err is worth retrying later unchanged: its class is retryable
// (Class.Retryable: rate limited or unavailable), or the vendor documents its code as
// temporary. It is IsThrottle(err) || IsTransient(err). Wait before retrying, longer after a
// throttle; RetryAfter gives what the vendor asked for, and Backoff computes a wait.
func Retryable(err error) bool {
	return ClassOf(err).Retryable() || documentedTemporary(err)
}
