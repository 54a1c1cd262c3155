// Package impltest holds the tests that every generated package runs on itself. The generator
// writes what is particular to a package (its documented replies, what the spec says of each
// code, the replies of the mirror test) into the package's generated_test.go as tables, and
// that file calls the functions here: the checks are written once, for every package, and a
// generated package carries only its data.
//
// It is for generated code only; its API follows the generator's version (see apierrimpl).
package impltest

import (
	"context"
	"encoding"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// Code is what the tests need of a generated Code type.
type Code interface {
	comparable
	error
	String() string
	HTTPStatus() int
	Known() bool
	Class() *apierr.Class
	encoding.TextMarshaler
}

// Error is what the tests need of a generated *Error type.
type Error interface {
	apierr.VendorError
	Unwrap() error
	LogValue() slog.Value
	GoString() string
	RawField(key string) (json.RawMessage, bool)
	Marshal() []byte
	http.Handler
}

// Package is the generated package under test.
type Package[C Code, E Error] struct {
	// Name and Vendor are the package's name and its vendor's.
	Name, Vendor string
	// ImportPath is the package's import path, for the messages of the fuzz test.
	ImportPath string
	// Layout is the package's layout.
	Layout *apierrimpl.Layout
	// Parse, FromResponse, CheckRetry and Codes are the package's functions.
	Parse        func(status int, body []byte) error
	FromResponse func(*http.Response) error
	CheckRetry   func(context.Context, *http.Response, error) (bool, error)
	Codes        func() []C
	// Reply is Code.Reply.
	Reply func(C) E
	// Fields reads an *Error's fields.
	Fields func(E) Fields[C]
	// SetRequestID sets an *Error's request ID; nil when the vendor's replies carry none.
	SetRequestID func(E, string)
	// SetHeader sets an *Error's Header.
	SetHeader func(E, http.Header)
	// RequestIDHeaders are the response headers that carry the request ID when the body has
	// none ([spec] request_id_headers), in canonical form.
	RequestIDHeaders []string
	// Parent is Code.Parent; nil when the package has no parents.
	Parent func(C) (C, bool)
}

// Fields are the fields of a generated *Error the tests read; a package without a field
// leaves it zero.
type Fields[C any] struct {
	Code, Detail C
	Status       int
	RequestID    string
	Envelope     string
	Body         []byte
}
