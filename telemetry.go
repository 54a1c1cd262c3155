package apierr

import (
	"fmt"
	"log/slog"
	"strings"
)

// ErrorTypeOther is the error.type of an error the instrumentation does not classify, as the
// OpenTelemetry semantic conventions define it
// (https://opentelemetry.io/docs/specs/semconv/registry/attributes/error/).
const ErrorTypeOther = "_OTHER"

// AttrPrefix is the prefix of the keys of VendorError.Attrs, "error.type" aside: "apierr.code",
// "apierr.status", and so on. One prefix keeps the attributes of a vendor reply apart from
// the application's own on a span or a log record.
const AttrPrefix = "apierr."

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

// Attrs returns the attributes to record on a span or a metric for err: nil for a nil err; for
// a vendor reply in err's chain, through any wrapping, its VendorError.Attrs (error.type and
// the reply's facts under AttrPrefix, values from the body as bounded identifier tokens,
// empty values left out); for any other error, error.type alone, "_OTHER". Convert each
// slog.Attr to the tracer's key-value pair (see the example), or add them to a log record with
// slog.Logger.LogAttrs.
func Attrs(err error) []slog.Attr {
	if err == nil {
		return nil
	}
	if ve := vendorError(err); ve != nil {
		return ve.Attrs()
	}
	return []slog.Attr{slog.String("error.type", ErrorTypeOther)}
}

// LogValue returns how err logs with log/slog, whatever wraps the vendor reply:
//
//	slog.Error("loading the profile", "err", apierr.LogValue(err))
//
// For a vendor reply in err's chain it is a group: "text", err's text as fmt prints it (its
// Error text, which holds no text from the body: generated errors print values from the body
// only as identifier tokens), then the reply's attributes without AttrPrefix, as the reply's
// own LogValue gives them: a text handler writes err.text=… err.vendor=GoPoints err.code=…
// err.status=403 …. For any other error it is err's text, as fmt prints it, and for a nil
// err the nil value.
//
// It is needed because slog calls the LogValue method of the value it is given, not of the
// errors that value wraps: slog.Any("err", fmt.Errorf("x: %w", e)) logs a string.
func LogValue(err error) slog.Value {
	if err == nil {
		return slog.AnyValue(nil)
	}
	text := fmt.Sprint(err) // Error, or "<nil>" for a typed nil whose Error panics
	ve := vendorError(err)
	if ve == nil {
		return slog.StringValue(text)
	}
	attrs := ve.Attrs()
	group := make([]slog.Attr, 0, len(attrs)+1)
	group = append(group, slog.String("text", text))
	for _, a := range attrs {
		group = append(group, slog.Attr{Key: strings.TrimPrefix(a.Key, AttrPrefix), Value: a.Value})
	}
	return slog.GroupValue(group...)
}
