package apierrimpl

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/apierr/apierr"
)

// A Reply is what the methods of a generated *Error hand the Table of their package: the
// fields of the Error that the rules read. The generated Error.reply fills one; a nil *Error
// gives the Reply with Nil set, which every method answers as "no reply": no class, no code,
// no match.
type Reply[C CodeType] struct {
	// Code and Detail are the codes of the reply, the zero code when it has none; a package
	// without detail codes leaves Detail zero.
	Code, Detail C
	// Name is the string name of an int code as the body gives it (Akamai's "error"), or "".
	Name string
	// Second is the reply's code of another package, nil when it has none (Entra's replies
	// carry an OAuth 2.0 code beside their own): errors.Is and errors.As reach it, and its
	// class is the reply's when its own codes have none.
	Second error
	// Status is the HTTP status of the reply.
	Status int
	// RequestID is the reply's request ID, or "".
	RequestID string
	// Body is the reply's body and Header its response's header (nil for Parse).
	Body   []byte
	Header http.Header
	// Nil is true for a nil *Error.
	Nil bool
}

// Is is the generated Error.Is: whether target is the class of the reply (an apierr.Err
// variable), its code or its detail code, or a code either of them is a kind of, or its second
// code (or what that code is, by errors.Is).
func (t *Table[C]) Is(r *Reply[C], target error) bool {
	if r.Nil {
		return false
	}
	switch x := target.(type) {
	case *apierr.Class:
		return x != nil && x == t.replyClass(r.Code, r.Detail, r.Second, r.Status)
	case C:
		var zero C
		if x == zero {
			return false
		}
		if r.Code == x || r.Detail == x {
			return true
		}
		return r.Detail != zero && t.under(r.Detail, t.find(r.Detail), x) ||
			r.Code != zero && t.under(r.Code, t.find(r.Code), x)
	}
	return r.Second != nil && errors.Is(r.Second, target)
}

// As is the generated Error.As: it sets *target to the reply's code when target points to a
// Code (or to an interface a Code implements), else to its second code when that fits, so that
// errors.As reads the codes through any wrapping; false when the reply has neither.
func (t *Table[C]) As(r *Reply[C], target any) bool {
	var zero C
	if r.Nil {
		return false
	}
	if r.Code != zero && asCode(r.Code, target) {
		return true
	}
	return r.Second != nil && errors.As(r.Second, target)
}

// ClassOf is the generated Error.Class: ReplyClass of the reply; nil for a nil *Error.
func (t *Table[C]) ClassOf(r *Reply[C]) *apierr.Class {
	if r.Nil {
		return nil
	}
	return t.replyClass(r.Code, r.Detail, r.Second, r.Status)
}

// Temporary is the generated Error.Temporary: whether the vendor documents the reply's code or
// detail code as temporary.
func (t *Table[C]) Temporary(r *Reply[C]) bool {
	if r.Nil {
		return false
	}
	var zero C
	return r.Code != zero && t.Info(r.Code).Temporary || r.Detail != zero && t.Info(r.Detail).Temporary
}

// VendorCode is the generated Error.VendorCode: the reply's most specific code as the vendor
// writes it (the detail code, else the code), or "" when it has none. It is the raw value:
// error text, logs and problems show it by the rules of Token.
func (t *Table[C]) VendorCode(r *Reply[C]) string {
	var zero C
	switch {
	case r.Nil:
		return ""
	case r.Detail != zero:
		return t.text(r.Detail)
	case r.Code != zero:
		return t.text(r.Code)
	}
	return ""
}

// RetryAfter is the generated Error.RetryAfter: how long the response asked to wait before
// retrying, from its Retry-After header (seconds, or an HTTP date counted from now), else from
// the vendor's rate-limit reset header (ResetHeader: a Unix time, counted from now, never
// negative), and whether it gave one. An *Error from Parse has no header.
func (t *Table[C]) RetryAfter(r *Reply[C]) (time.Duration, bool) {
	if r.Nil {
		return 0, false
	}
	now := time.Now()
	if d, ok := apierr.ParseRetryAfter(r.Header.Get("Retry-After"), now); ok || t.ResetHeader == "" {
		return d, ok
	}
	return resetAfter(r.Header.Get(t.ResetHeader), now)
}

// resetAfter reads a rate-limit reset header, a Unix time in seconds, as the wait from now:
// 0 for a time past; ok is false when the value is not a non-negative integer.
func resetAfter(v string, now time.Time) (time.Duration, bool) {
	sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || sec < 0 || sec > 1<<40 {
		return 0, false
	}
	return max(0, time.Unix(sec, 0).Sub(now)), true
}

// RawField is the generated Error.RawField: the raw JSON of a top-level key of the reply's
// body (see the package function RawField).
func (t *Table[C]) RawField(r *Reply[C], key string) (json.RawMessage, bool) {
	if r.Nil {
		return nil, false
	}
	return RawField(r.Body, key)
}

// info returns the row of the reply's most specific documented code: its detail code, else its
// code; nil when the document lists neither.
func (t *Table[C]) info(r *Reply[C]) *CodeInfo[C] {
	var zero C
	if r.Nil {
		return nil
	}
	if r.Detail != zero {
		if i := t.find(r.Detail); i >= 0 {
			return &t.Codes[i]
		}
	}
	if r.Code != zero {
		if i := t.find(r.Code); i >= 0 {
			return &t.Codes[i]
		}
	}
	return nil
}
