package apierr_test

import (
	"log/slog"
	"time"

	"github.com/apierr/apierr"
)

// fakeError is a vendor reply as a generated *Error gives it, with every field settable, so
// that the root package is tested without the generated packages.
type fakeError struct {
	vendor, code, requestID, message string
	status                           int
	class                            *apierr.Class
	retryAfter                       time.Duration
	hasRetryAfter                    bool
	errorType, codeDoc, codeURL      string
	temporary                        bool
}

func (e *fakeError) Error() string           { return "fake: " + e.code }
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

func (e *fakeError) Attrs() []slog.Attr {
	return []slog.Attr{
		slog.String("vendor", e.vendor), slog.String("code", e.code), slog.String("name", e.code),
		slog.Int("status", e.status), slog.String("request_id", e.requestID),
		slog.String("class", e.class.Name()), slog.String("error.type", e.errorType),
	}
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
