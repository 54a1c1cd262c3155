package apierr

import "log/slog"

// ErrorTypeOther is the error.type of an error the instrumentation does not classify, as the
// OpenTelemetry semantic conventions define it
// (https://opentelemetry.io/docs/specs/semconv/registry/attributes/error/).
const ErrorTypeOther = "_OTHER"

// ErrorType returns the value of the OpenTelemetry attribute error.type for err, the class of
// error an operation ended with (https://opentelemetry.io/docs/specs/semconv/registry/attributes/error/):
// "" for a nil err (an operation that succeeded sets no error.type), the VendorError's
// ErrorType for a vendor reply in err's chain ("<package>.<code>" for a documented code,
// "_OTHER" otherwise), and "_OTHER" for any other error. Its values are few (one per
// documented code), as the conventions ask: it can label metrics.
func ErrorType(err error) string {
	if err == nil {
		return ""
	}
	if ve := vendorError(err); ve != nil {
		return ve.ErrorType()
	}
	return ErrorTypeOther
}

// Attrs returns the attributes of the vendor reply in err's chain for logs and telemetry
// (VendorError.Attrs: vendor, code, name, HTTP status, request ID, class and error.type, never
// text from the body), or nil when err has none. Add them to a log record with
// slog.Logger.LogAttrs, or convert them to a tracer's key-value pairs (see the example).
func Attrs(err error) []slog.Attr {
	if ve := vendorError(err); ve != nil {
		return ve.Attrs()
	}
	return nil
}
