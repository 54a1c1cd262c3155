// Package apierr is the root of a family of generated packages that turn identity-provider
// error replies into typed Go errors.
//
// Each package under generated/ handles one vendor document: a Code type with one constant per
// documented code (each constant is an errors.Is sentinel), an Error struct for one decoded
// reply, and Parse and FromResponse, which decode the vendor's error bodies:
//
//	import "github.com/apierr/apierr/generated/gopoints"
//
//	if err := gopoints.FromResponse(resp); errors.Is(err, gopoints.CriticalAuthRequired) {
//		// repeat the request with the password or the OTP
//	}
//
// The packages are generated from the TOML specs in specs/ by the command in gen/; run
// go generate ./... after changing a spec.
//
// # What this package gives, whatever the vendor
//
// Every generated *Error is a VendorError, and the functions here find it in any error's
// chain (a nil *Error held in an error is no reply to them):
//
//   - Classes: twelve vendor-neutral sentinels (ErrInvalidCredentials, ErrRateLimited, …)
//     for errors.Is, and ClassOf. A nil *Class is "no class"; its methods return "".
//   - Retrying: IsThrottle (the vendor limits the rate), IsTransient (a failure that may not
//     happen again) and Retryable (either), all from the reply's one class; RetryAfter and
//     ParseRetryAfter for the Retry-After header; ShouldRetry and Backoff, with the
//     signatures of hashicorp/go-retryablehttp's CheckRetry and Backoff: ShouldRetry decides
//     from the vendor's body rather than the HTTP status alone and never repeats a request
//     that is not idempotent once it may have been applied, Backoff waits with full jitter
//     and never less than Retry-After.
//   - Forwarding: Problem, the RFC 9457 problem details (a ProblemDetails, an http.Handler)
//     a service answers its own client with when the vendor failed, with a status chosen from
//     the service's point of view.
//   - Telemetry: ErrorType, the OpenTelemetry error.type; Attrs, the attributes for tracers;
//     LogValue, for log/slog through any wrapping. None holds free text from the vendor's
//     body.
//   - Logging bodies: Redact and SecretKeys, for when a body must be logged; Redact's
//     documentation says what it cannot catch.
package apierr
