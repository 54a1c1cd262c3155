package apierrimpl

import (
	"unsafe"

	"github.com/apierr/apierr"
)

// Found is what a generated package with string codes works out once about a reply when
// Parse makes its *Error: the rows of its code and detail code in the package's table of
// codes (codeInfos), and its class. Error.Is and Error.Class, which errors.Is calls at every
// check, read them (Rows, Class) instead of looking the codes up again. FoundInt is the same for int codes.
//
// It is the only state an *Error keeps beyond its exported fields, and it holds for the very
// code, detail code and HTTP status it was worked out for: once the caller sets one of them
// to another value, Rows and Class say so and the *Error looks its codes up as if it had been
// written as a literal. A string code is held when it is the same string in memory (the same
// bytes at the same place; strings do not change), so Found never reads a code's bytes.
//
// A generated Error compares its values without it (Error.Equal); reflect.DeepEqual sees it.
type Found[C ~string] struct{ reply }

// Set remembers a reply with the given code, detail code ("" when the package has none) and
// HTTP status: its codes are at rows codeRow and detailRow of the table (-1: the table does
// not list the code), and its class is class.
func (f *Found[C]) Set(code, detail C, status, codeRow, detailRow int, class *apierr.Class) {
	f.set(stringKey(string(code)), stringKey(string(detail)), status, codeRow, detailRow, class)
}

// Rows returns the rows of the code and detail code of a reply with this code, detail code
// and HTTP status (-1: the table does not list the code); ok is false when f does not
// remember that reply.
func (f *Found[C]) Rows(code, detail C, status int) (codeRow, detailRow int, ok bool) {
	return f.rows(stringKey(string(code)), stringKey(string(detail)), status)
}

// Class returns the class of a reply with this code, detail code and HTTP status; ok is false
// when f does not remember that reply.
func (f *Found[C]) Class(code, detail C, status int) (class *apierr.Class, ok bool) {
	return f.classOf(stringKey(string(code)), stringKey(string(detail)), status)
}

// FoundInt is Found for a package with int codes.
type FoundInt[C ~int] struct{ reply }

// Set is Found.Set.
func (f *FoundInt[C]) Set(code, detail C, status, codeRow, detailRow int, class *apierr.Class) {
	f.set(key{n: int(code)}, key{n: int(detail)}, status, codeRow, detailRow, class)
}

// Rows is Found.Rows.
func (f *FoundInt[C]) Rows(code, detail C, status int) (codeRow, detailRow int, ok bool) {
	return f.rows(key{n: int(code)}, key{n: int(detail)}, status)
}

// Class is Found.Class.
func (f *FoundInt[C]) Class(code, detail C, status int) (class *apierr.Class, ok bool) {
	return f.classOf(key{n: int(code)}, key{n: int(detail)}, status)
}

// key is a code as Found compares it: an int code's value, or where a string code's bytes
// are and how many.
type key struct {
	p *byte
	n int
}

// stringKey is the key of a string code. Every empty string has the same key.
func stringKey(s string) key {
	if s == "" {
		return key{}
	}
	return key{unsafe.StringData(s), len(s)}
}

// reply is the part of Found and FoundInt that does not depend on the kind of code.
type reply struct {
	code, detail       key
	status             int
	class              *apierr.Class
	codeRow, detailRow int32 // the rows plus one: 0 when the table does not list the code
	ok                 bool
}

// set remembers the reply with these keys and status.
func (r *reply) set(code, detail key, status, codeRow, detailRow int, class *apierr.Class) {
	*r = reply{
		code: code, detail: detail, status: status, class: class,
		codeRow: int32(codeRow + 1), detailRow: int32(detailRow + 1), ok: true,
	}
}

// holds reports whether r remembers the reply with these keys and status.
func (r *reply) holds(code, detail key, status int) bool {
	return r.ok && r.code == code && r.detail == detail && r.status == status
}

// rows is Found.Rows on keys.
func (r *reply) rows(code, detail key, status int) (codeRow, detailRow int, ok bool) {
	if !r.holds(code, detail, status) {
		return 0, 0, false
	}
	return int(r.codeRow) - 1, int(r.detailRow) - 1, true
}

// classOf is Found.Class on keys.
func (r *reply) classOf(code, detail key, status int) (*apierr.Class, bool) {
	return r.class, r.holds(code, detail, status)
}
