package apierr

import "errors"

// VendorError is what every generated package's *Error satisfies: one decoded error reply of
// an identity provider. Use errors.As to reach it through wrapping, whatever the vendor:
//
//	var ve apierr.VendorError
//	if errors.As(err, &ve) {
//		log.Printf("%s error %s (HTTP %d, request %s)", ve.Vendor(), ve.VendorCode(), ve.HTTPStatus(), ve.VendorRequestID())
//	}
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
}

// temporary is implemented by errors that the vendor documents as temporary.
type temporary interface {
	Temporary() bool
}

// HTTPStatus returns the HTTP status of the vendor reply in err's chain, or 0 when there is
// none.
func HTTPStatus(err error) int {
	var ve VendorError
	if errors.As(err, &ve) {
		return ve.HTTPStatus()
	}
	return 0
}

// ClassOf returns the class of err: the class of the vendor reply in its chain or, for a class
// itself (or an error wrapping one), that class; nil when err has none.
func ClassOf(err error) *Class {
	var ve VendorError
	if errors.As(err, &ve) {
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

// Retryable reports whether err is worth retrying later unchanged: its class is rate limited
// or unavailable, or the vendor documents its code as temporary.
func Retryable(err error) bool {
	if c := ClassOf(err); c != nil && c.retryable {
		return true
	}
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}
