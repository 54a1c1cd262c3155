package apierrimpl

import (
	"log/slog"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// A Summary is what a generated *Error shows of itself in error text, logs, telemetry,
// json.Marshal and %#v: the generated package fills one from its Error (its summary method),
// and the methods below format it, so every package prints by the same rules:
//
//   - Error text is one line of at most MaxErrorText bytes.
//   - What comes from the body (a code the document does not list, a wire name, a detail
//     code, the request ID) is shown only when it looks like an identifier: printable ASCII
//     without spaces, at most MaxToken bytes. A longer one is cut, with "…" to show it; one
//     with anything else (a space, a control character, a line break, a character that is
//     not ASCII) is left out, and "?" stands in its place.
//   - Free text from the body (messages, descriptions, fields) never appears; what the
//     document says of a documented code does, in short.
type Summary struct {
	// Package is the generated package's name, Vendor the vendor's, ImportPath the package's
	// import path.
	Package, Vendor, ImportPath string
	// IntCodes is true when codes are integers.
	IntCodes bool
	// Code is the reply's code as Code.String gives it, and CodeValue as the vendor writes
	// it (the number of an int code); both are "" when the reply has no code.
	Code, CodeValue string
	// Known is true when the document lists the code.
	Known bool
	// Info is what the document says of the reply's most specific documented code (the
	// detail code, else the code), or nil.
	Info *CodeInfo
	// Name is the string name of an int code as the body gives it (Akamai's "error"), or "".
	Name string
	// Detail is the reply's detail code (Alibaba's dotted "message"), or "".
	Detail string
	// VendorCode is the reply's most specific code as the vendor writes it
	// (Error.VendorCode), or "".
	VendorCode string
	// Status is the HTTP status of the reply.
	Status int
	// RequestID is the reply's request ID, or "".
	RequestID string
	// Class is the reply's vendor-neutral class, or nil.
	Class *apierr.Class
	// BodySize is the length of the reply's body.
	BodySize int
}

// MaxErrorText is the most bytes Error returns; MaxToken the most bytes of one value from a
// body (a code, a name, a request ID) that error text, logs and telemetry show.
const (
	MaxErrorText = 256
	MaxToken     = 64
)

// Error is the generated Error.Error: "<package>: <code>[: what the document says of it]
// (HTTP <status>[, request ID <id>])", by the rules of Summary.
func (s *Summary) Error() string {
	var b strings.Builder
	b.WriteString(s.Package + ": ")
	if s.Code == "" && s.Detail == "" && s.Name == "" {
		b.WriteString("HTTP " + strconv.Itoa(s.Status) + " reply without an error code")
		return bound(b.String())
	}
	b.WriteString(s.name(false))
	if s.IntCodes && (s.Known || s.name(false) != s.Code) {
		b.WriteString(" (" + s.number() + ")")
	}
	if s.Detail != "" {
		b.WriteString(" " + Token(s.Detail))
	}
	if text := s.Info.Short(); text != "" {
		b.WriteString(": " + text)
	}
	b.WriteString(" (HTTP " + strconv.Itoa(s.Status))
	if s.RequestID != "" {
		b.WriteString(", request ID " + Token(s.RequestID))
	}
	b.WriteString(")")
	return bound(b.String())
}

// name is the reply's code as a person reads it: the code as String gives it, or for an
// unlisted int code the name the body gives; with detail, the detail code when there is one.
// Values from the body go through Token.
func (s *Summary) name(detail bool) string {
	switch {
	case detail && s.Detail != "":
		return Token(s.Detail)
	case s.IntCodes && !s.Known && s.Name != "":
		return Token(s.Name)
	case s.Known:
		return s.Code
	}
	return Token(s.Code)
}

// ErrorType is the generated Error.ErrorType: "<package>.<code>" when the document lists the
// reply's most specific code, "_OTHER" otherwise, as the OpenTelemetry semantic conventions
// define error.type (https://opentelemetry.io/docs/specs/semconv/attributes-registry/error/).
func (s *Summary) ErrorType() string {
	if s.Info == nil {
		return "_OTHER"
	}
	return s.Package + "." + s.Info.Code
}

// CodeURL is the generated Error.CodeURL: the reply's most specific documented code in the
// package's documentation on pkg.go.dev, or "".
func (s *Summary) CodeURL() string {
	if s.Info == nil || s.ImportPath == "" || s.Info.GoName == "" {
		return ""
	}
	return "https://pkg.go.dev/" + s.ImportPath + "#" + s.Info.GoName
}

// Attrs is the generated Error.Attrs: vendor, code, name, HTTP status, request ID, class and
// error.type, by the rules of Summary; LogValue groups the same list.
func (s *Summary) Attrs() []slog.Attr {
	class := ""
	if s.Class != nil {
		class = s.Class.Name()
	}
	return []slog.Attr{
		slog.String("vendor", s.Vendor),
		slog.String("code", Token(s.VendorCode)),
		slog.String("name", s.name(true)),
		slog.Int("status", s.Status),
		slog.String("request_id", Token(s.RequestID)),
		slog.String("class", class),
		slog.String("error.type", s.ErrorType()),
	}
}

// LogValue is the generated Error.LogValue: Attrs as a group.
func (s *Summary) LogValue() slog.Value {
	return slog.GroupValue(s.Attrs()...)
}

// MarshalJSON is the generated Error.MarshalJSON: the attributes of Attrs as one JSON object,
// so that json.Marshal of an error shows no more than its logs.
func (s *Summary) MarshalJSON() ([]byte, error) {
	var o Object
	for _, a := range s.Attrs() {
		o.Add(a.Key, a.Value.Any())
	}
	return o.Bytes(), nil
}

// GoString is the generated Error.GoString: %#v shows the code, status and request ID, and
// the size of the body, never the body and its fields.
func (s *Summary) GoString() string {
	code := strconv.Quote(Token(s.CodeValue))
	if s.IntCodes {
		code = s.number()
	}
	return "&" + s.Package + ".Error{Code: " + s.Package + ".Code(" + code + "), Status: " +
		strconv.Itoa(s.Status) + ", RequestID: " + strconv.Quote(Token(s.RequestID)) +
		", Body: [" + strconv.Itoa(s.BodySize) + " bytes]}"
}

// number is the decimal number of an int code, "0" for none.
func (s *Summary) number() string {
	if s.CodeValue == "" {
		return "0"
	}
	return s.CodeValue
}

// Token returns a value from a body (a code, a name, a request ID) as error text, logs and
// telemetry may show it: as it is when it is printable ASCII without spaces (! to ~) and at
// most MaxToken bytes; cut to MaxToken bytes with "…" added when it is longer; "?" when it
// holds anything else; "" when it is empty.
func Token(v string) string {
	for i := 0; i < len(v); i++ {
		if v[i] < '!' || v[i] > '~' {
			return "?"
		}
	}
	if len(v) > MaxToken {
		return v[:MaxToken] + "…"
	}
	return v
}

// CodeText is the generated Code.Error of a code the document does not list: the package and
// the code, by the rules of Token.
func CodeText(pkg, code string) string {
	return pkg + ": " + Token(code)
}

// bound cuts error text to MaxErrorText bytes, on a character boundary, with "…".
func bound(s string) string {
	if len(s) <= MaxErrorText {
		return s
	}
	cut := MaxErrorText - len("…")
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// CodeDoc is the generated Error.CodeDoc: what the document says of the reply's most specific
// documented code, in full, or "".
func (s *Summary) CodeDoc() string { return s.Info.Text() }
