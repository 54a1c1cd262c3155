package apierrimpl

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// A Summary is what a generated *Error shows of itself in error text, logs and %#v: the
// generated package fills one from its Error (its summary method), and the methods below
// format it, so every package prints by the same rules.
type Summary struct {
	// Package is the generated package's name; Vendor the vendor's.
	Package, Vendor string
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

// Error is the generated Error.Error: one line with the package, the code, what the document
// says of it, the HTTP status and the request ID. It never includes text from the body but
// the codes and the request ID.
func (s *Summary) Error() string {
	var b strings.Builder
	b.WriteString(s.Package + ": ")
	if s.Code == "" && s.Detail == "" && s.Name == "" {
		fmt.Fprintf(&b, "HTTP %d reply without an error code", s.Status)
		return b.String()
	}
	name := s.Code
	if s.IntCodes && !s.Known && s.Name != "" {
		name = s.Name
	}
	b.WriteString(name)
	if s.IntCodes && (s.Known || name != s.Code) {
		b.WriteString(" (" + s.number() + ")")
	}
	if s.Detail != "" {
		b.WriteString(" " + s.Detail)
	}
	if text := strings.Join(strings.Fields(s.Info.Text()), " "); text != "" {
		b.WriteString(": " + text)
	}
	fmt.Fprintf(&b, " (HTTP %d", s.Status)
	if s.RequestID != "" {
		b.WriteString(", request ID " + s.RequestID)
	}
	b.WriteString(")")
	return b.String()
}

// LogValue is the generated Error.LogValue: the vendor, code, name, HTTP status, request ID
// and class, never the body or its text.
func (s *Summary) LogValue() slog.Value {
	name := s.Code
	switch {
	case s.Detail != "":
		name = s.Detail
	case s.IntCodes && !s.Known && s.Name != "":
		name = s.Name
	}
	class := ""
	if s.Class != nil {
		class = s.Class.Name()
	}
	return slog.GroupValue(
		slog.String("vendor", s.Vendor),
		slog.String("code", s.VendorCode),
		slog.String("name", name),
		slog.Int("status", s.Status),
		slog.String("request_id", s.RequestID),
		slog.String("class", class),
	)
}

// GoString is the generated Error.GoString: %#v shows the code, status and request ID, and
// the size of the body, never the body and its fields.
func (s *Summary) GoString() string {
	code := strconv.Quote(s.CodeValue)
	if s.IntCodes {
		code = s.number()
	}
	return fmt.Sprintf("&%s.Error{Code: %s.Code(%s), Status: %d, RequestID: %q, Body: [%d bytes]}",
		s.Package, s.Package, code, s.Status, s.RequestID, s.BodySize)
}

// number is the decimal number of an int code, "0" for none.
func (s *Summary) number() string {
	if s.CodeValue == "" {
		return "0"
	}
	return s.CodeValue
}
