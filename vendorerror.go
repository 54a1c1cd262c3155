package apierr

import (
	"errors"
	"log/slog"
	"reflect"
	"time"
)

// VendorError is what every generated package's *Error satisfies: one decoded error reply of
// an identity provider. Use errors.As to reach it through wrapping, whatever the vendor:
//
//	var ve apierr.VendorError
//	if errors.As(err, &ve) && ve.HTTPStatus() == http.StatusForbidden {
//		slog.Warn("the identity provider refused", "err", apierr.LogValue(err))
//	}
//
// The functions of this package (ClassOf, HTTPStatus, RetryAfter, Retryable, Problem,
// ErrorType, Attrs, LogValue, ShouldRetry) find the VendorError in an error's chain the same
// way. A nil pointer held in an error (a typed nil, such as a nil *gopoints.Error returned as
// an error) is no vendor reply to them: they never call its methods.
//
// VendorCode, VendorRequestID and VendorMessage return values from the body as received: any
// text, of any length, that the vendor or a proxy put there. Show them nowhere a client or a
// log reader sees them; what this package writes (Problem, Attrs, LogValue) takes the values
// of the body from Attrs, which applies the runtime's one rule to them.
type VendorError interface {
	error
	// Vendor names the identity provider, such as "Akamai Identity Cloud".
	Vendor() string
	// VendorCode is the most specific code of the reply as the vendor writes it ("100",
	// "auth.token.expired", "Operation.Failure.User.Locked"), or "" when the reply had none.
	// It is raw text from the body: see Attrs for the value fit for logs and clients.
	VendorCode() string
	// HTTPStatus is the HTTP status of the reply.
	HTTPStatus() int
	// VendorRequestID is the request ID the vendor sent for support tickets, or "". It is raw
	// text from the body or a header: see Attrs for the value fit for logs and clients.
	VendorRequestID() string
	// Class is the vendor-neutral class of the reply (one of the Err variables), or nil. It is
	// the reply's one class: errors.Is(err, c) holds for it and for no other class.
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
	// Attrs returns the facts of the reply for logs, telemetry and clients, each value from the
	// body made safe by the runtime's one rule: a bounded identifier token, never free text,
	// never a detail code the document does not list. Empty values are left out. The keys are
	// OpenTelemetry's "error.type" (ErrorType) and, under the prefix "apierr.":
	// "apierr.vendor", "apierr.code", "apierr.name", "apierr.status" (an int), "apierr.request_id"
	// and "apierr.class". The reply's LogValue is a group of the same attributes without the
	// prefix, which the group's key replaces.
	Attrs() []slog.Attr
}

// vendorError returns the VendorError in err's chain, or nil when there is none or when it is
// a typed nil (see isNilPointer), so that no method of a nil pointer is ever called.
func vendorError(err error) VendorError {
	var ve VendorError
	if errors.As(err, &ve) && !isNilPointer(ve) {
		return ve
	}
	return nil
}

// isNilPointer reports whether v is a nil pointer held in an interface: a typed nil, such as
// a nil *gopoints.Error returned as an error, which compares unequal to nil
// (https://go.dev/doc/faq#nil_error). It is the one place this package asks.
func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// HTTPStatus returns the HTTP status of the vendor reply in err's chain, or 0 when there is
// none.
func HTTPStatus(err error) int {
	if ve := vendorError(err); ve != nil {
		return ve.HTTPStatus()
	}
	return 0
}

// ClassOf returns the class of err: the class of the vendor reply in its chain (the reply's
// one class, which its HTTP status gives where its code gives none) or, for a class itself (or
// an error wrapping one), that class; nil when err has none. Every method of *Class works on
// the nil it returns then, so apierr.ClassOf(err).Name() is "" for an error without a class.
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
