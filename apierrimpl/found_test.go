package apierrimpl

import (
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// TestFound checks that Found answers for the very reply it was set for, and for no other:
// another code, detail code or status, and a code of the same text elsewhere in memory, which
// a caller may have set, are looked up again.
func TestFound(t *testing.T) {
	type code string
	var f Found[code]
	if _, _, ok := f.Rows("a.b", "", 400); ok {
		t.Fatal("a zero Found answers Rows")
	}
	if _, ok := f.Class("a.b", "", 400); ok {
		t.Fatal("a zero Found answers Class")
	}
	c, d := code("auth.token.expired"), code("auth.token.expired.detail")
	f.Set(c, d, 401, 3, -1, apierr.ErrExpired)
	if cr, dr, ok := f.Rows(c, d, 401); !ok || cr != 3 || dr != -1 {
		t.Errorf("Rows = %d, %d, %v; want 3, -1, true", cr, dr, ok)
	}
	if got, ok := f.Class(c, d, 401); !ok || got != apierr.ErrExpired {
		t.Errorf("Class = %v, %v; want %v, true", got, ok, apierr.ErrExpired)
	}
	others := []struct {
		what         string
		code, detail code
		status       int
	}{
		{"another code", "auth.token.invalid", d, 401},
		{"a shorter code at the same place", c[:4], d, 401},
		{"the same text elsewhere", code(strings.Clone(string(c))), d, 401},
		{"another detail code", c, "", 401},
		{"another status", c, d, 429},
	}
	for _, o := range others {
		if _, _, ok := f.Rows(o.code, o.detail, o.status); ok {
			t.Errorf("%s: Rows answers for the reply Found was set for", o.what)
		}
		if _, ok := f.Class(o.code, o.detail, o.status); ok {
			t.Errorf("%s: Class answers for the reply Found was set for", o.what)
		}
	}

	// Every empty string is the same detail code, wherever it comes from.
	f.Set(c, "", 200, -1, -1, nil)
	if _, _, ok := f.Rows(c, code(strings.Repeat("x", 3)[:0]), 200); !ok {
		t.Error("an empty detail code from elsewhere does not match the empty one Found was set for")
	}

	var n FoundInt[int]
	n.Set(361, 0, 200, 7, -1, apierr.ErrAlreadyExists)
	if cr, _, ok := n.Rows(361, 0, 200); !ok || cr != 7 {
		t.Errorf("FoundInt.Rows = %d, %v; want 7, true", cr, ok)
	}
	if _, ok := n.Class(360, 0, 200); ok {
		t.Error("FoundInt.Class answers for another code")
	}
}
