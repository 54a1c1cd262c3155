package apierr_test

import (
	"log/slog"
	"time"

	"github.com/apierr/apierr"
)

// fakeError is a vendor reply as a generated *Error gives it, with every field settable, so
// that the root package is tested without the generated packages. Its Attrs follow the
// contract of VendorError.Attrs: keys under apierr., error.type, empty values left out.
//
// Its methods but Error dereference the receiver, as a method that is not nil-safe would: a
// test that holds a nil *fakeError in an error fails with a panic if the root package calls
// one. Error is nil-safe, as a generated Error is: errors.Join and other wrappers call it.
type fakeError struct {
	vendor, code, requestID, message string // raw, as VendorCode, VendorRequestID, VendorMessage return them
	status                           int
	class                            *apierr.Class
	retryAfter                       time.Duration
	hasRetryAfter                    bool
	errorType, codeDoc, codeURL      string
	temporary                        bool
	// attrs, when not nil, is what Attrs returns instead of the attributes of the fields
	// above: the safe values the runtime's rule leaves of hostile raw ones.
	attrs []slog.Attr
}

// Error prints the reply's code as Attrs gives it, as a generated Error prints values from
// the body by the runtime's rule.
func (e *fakeError) Error() string {
	if e == nil {
		return "fake: <nil>"
	}
	for _, a := range e.Attrs() {
		if a.Key == "apierr.code" {
			return "fake: " + a.Value.String()
		}
	}
	return "fake: no code"
}

func (e *fakeError) Vendor() string          { return e.vendor }
func (e *fakeError) VendorCode() string      { return e.code }
func (e *fakeError) HTTPStatus() int         { return e.status }
func (e *fakeError) VendorRequestID() string { return e.requestID }
func (e *fakeError) Class() *apierr.Class    { return e.class }
func (e *fakeError) VendorMessage() string   { return e.message }
func (e *fakeError) ErrorType() string       { return e.errorType }
func (e *fakeError) CodeDoc() string         { return e.codeDoc }
func (e *fakeError) CodeURL() string         { return e.codeURL }
func (e *fakeError) Temporary() bool         { return e.temporary }

// Is makes errors.Is(err, class) hold for the reply's class, as a generated *Error does.
func (e *fakeError) Is(target error) bool {
	c, ok := target.(*apierr.Class)
	return ok && c != nil && c == e.class
}

func (e *fakeError) RetryAfter() (time.Duration, bool) { return e.retryAfter, e.hasRetryAfter }

// Attrs returns e.attrs when set, else the fields' attributes under the contract's keys,
// empty ones left out.
func (e *fakeError) Attrs() []slog.Attr {
	if e.attrs != nil {
		return e.attrs
	}
	var attrs []slog.Attr
	add := func(key, value string) {
		if value != "" {
			attrs = append(attrs, slog.String(key, value))
		}
	}
	add("apierr.vendor", e.vendor)
	add("apierr.code", e.code)
	add("apierr.name", e.code)
	if e.status != 0 {
		attrs = append(attrs, slog.Int("apierr.status", e.status))
	}
	add("apierr.request_id", e.requestID)
	add("apierr.class", e.class.Name())
	add("error.type", e.errorType)
	return attrs
}

var _ apierr.VendorError = (*fakeError)(nil)

// documented returns a fake reply of a documented code of the vendor "Fake", with a class.
func documented(code string, status int, class *apierr.Class) *fakeError {
	return &fakeError{
		vendor: "Fake", code: code, requestID: "req-1", message: "vendor text: token=s3cr3t",
		status: status, class: class, errorType: "fake." + code,
		codeDoc: "What the document says of " + code + ".",
		codeURL: "https://pkg.go.dev/example.com/fake#" + code,
	}
}

// undocumented returns a fake reply with a code the document does not list, or none.
func undocumented(code string, status int, class *apierr.Class) *fakeError {
	return &fakeError{vendor: "Fake", code: code, status: status, class: class, errorType: "_OTHER"}
}
