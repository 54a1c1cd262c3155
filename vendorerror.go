package apierr

import (
	"errors"
	"log/slog"
	"time"
)

// VendorError is what every generated package's *Error satisfies: one decoded error reply of
// an identity provider. Use errors.As to reach it through wrapping, whatever the vendor:
//
//	var ve apierr.VendorError
//	if errors.As(err, &ve) {
//		log.Printf("%s error %s (HTTP %d, request %s)", ve.Vendor(), ve.VendorCode(), ve.HTTPStatus(), ve.VendorRequestID())
//	}
//
// The functions of this package (ClassOf, HTTPStatus, RetryAfter, Retryable, Problem,
// ErrorType, Attrs) find the VendorError in an error's chain the same way.
type VendorError interface {
	error
	// Vendor names the identity provider, such as "Akamai Identity Cloud".
	Vendor() string
	// VendorCode is the most specific code of the reply as the vendor writes it ("100",
	// "auth.token.expired", "Operation.Failure.User.Locked"), or "" when the reply had none.
	VendorCode() string
	// HTTPStatus is the HTTP status of the reply.
	HTTPStatus() int
	// VendorRequestID is the request ID the vendor sent for support tickets, or "".
	VendorRequestID() string
	// Class is the vendor-neutral class of the reply (one of the Err variables), or nil.
	Class() *Class
	// VendorMessage returns the vendor's own message of the reply, from the body (its message,
	// else its description), or "". It is vendor text that may echo the request (a user name,
	// a token): show it where the body may be shown, never log it unfiltered. Error never uses it.
	VendorMessage() string
	// RetryAfter returns how long the response asked to wait before retrying, from its
	// Retry-After header (seconds, or an HTTP date counted from now), and whether it gave one.
	// Only FromResponse sees headers: an error from Parse has none.
	RetryAfter() (time.Duration, bool)
	// ErrorType returns the reply's error.type as the OpenTelemetry semantic conventions define it:
	// "<package>.<code>" for a code the vendor documents, "_OTHER" otherwise. Low cardinality.
	ErrorType() string
	// CodeDoc returns what the vendor's document says of the reply's code, never text from the
	// body; "" for a code the document does not list.
	CodeDoc() string
	// CodeURL returns the address of the reply's code in the generated package's documentation
	// (its constant on pkg.go.dev), or "" for a code the document does not list.
	CodeURL() string
	// Attrs returns the reply's attributes for logs and telemetry, the same list its LogValue
	// groups: vendor, code, name, HTTP status, request ID, class and error.type; never body text.
	Attrs() []slog.Attr
}

// vendorError returns the VendorError in err's chain, or nil when there is none.
func vendorError(err error) VendorError {
	var ve VendorError
	if errors.As(err, &ve) {
		return ve
	}
	return nil
}

// HTTPStatus returns the HTTP status of the vendor reply in err's chain, or 0 when there is
// none.
func HTTPStatus(err error) int {
	if ve := vendorError(err); ve != nil {
		return ve.HTTPStatus()
	}
	return 0
}

// ClassOf returns the class of err: the class of the vendor reply in its chain or, for a class
// itself (or an error wrapping one), that class; nil when err has none. Every method of *Class
// works on the nil it returns then, so apierr.ClassOf(err).Name() is "" for an error without a
// class.
func ClassOf(err error) *Class {
	if ve := vendorError(err); ve != nil {
		if c := ve.Class(); c != nil {
			return c
		}
	}
	var c *Class
	if errors.As(err, &c) {
		return c
	}
	return nil
}
