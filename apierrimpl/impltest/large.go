package impltest

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/apierr/apierr/apierrimpl"
)

// LargeSizes are the sizes of the bodies LargeBodies sends: below, above and far above
// apierrimpl.MaxBodySize.
var LargeSizes = []int{1 << 20, 2 << 20, 64 << 20}

// LargeBodies checks that no error is lost in a large body. The reply of a documented code is
// padded to each of LargeSizes with an unknown key, after its keys and before them:
//
//   - Parse reads the whole body it is given, whatever its size: the code is found either way,
//     and the *Error keeps the whole body;
//   - FromResponse reads at most MaxBodySize: with the keys first it finds the code, and with
//     the padding first it still reports an error, never a success; a body cut short is kept
//     as read, and Error.Truncated says so.
func LargeBodies[C Code, E Error](t *testing.T, p *Package[C, E], tc Documented[C]) {
	for _, size := range LargeSizes {
		after, before := padded(tc.Body, size, false), padded(tc.Body, size, true)
		for _, body := range []string{after, before} {
			e := mustError(t, p, "Parse", p.Parse(tc.Status, []byte(body)), size)
			if f := p.Fields(e); f.Code != tc.WantCode || len(f.Body) != len(body) || truncated(e) {
				t.Errorf("Parse of %d bytes: code %v, %d bytes kept, truncated %v; want %v, the whole body", size,
					f.Code, len(f.Body), truncated(e), tc.Str)
			}
		}
		cut := size > apierrimpl.MaxBodySize
		e := mustError(t, p, "FromResponse", p.FromResponse(response(tc.Status, after)), size)
		if f := p.Fields(e); f.Code != tc.WantCode || len(f.Body) != min(size, apierrimpl.MaxBodySize) || truncated(e) != cut {
			t.Errorf("FromResponse of %d bytes, keys first: code %v, %d bytes kept, truncated %v", size, f.Code,
				len(f.Body), truncated(e))
		}
		err := p.FromResponse(response(tc.Status, before))
		switch {
		case err == nil && (tc.Status >= 400 || hasOutcome(p.Layout)):
			t.Errorf("FromResponse of %d bytes, padding first, HTTP %d: a success, for an error reply", size, tc.Status)
		case err != nil:
			if e := mustError(t, p, "FromResponse", err, size); truncated(e) != cut {
				t.Errorf("FromResponse of %d bytes, padding first: truncated %v, want %v", size, truncated(e), cut)
			}
		}
	}
}

// padded returns body, a JSON object, grown to size bytes with an unknown key holding a string
// of x, put first or last.
func padded(body string, size int, first bool) string {
	inner := strings.TrimSuffix(strings.TrimPrefix(body, "{"), "}")
	const key = `"apierr_test_padding": ""`
	fill := strings.Repeat("x", max(0, size-len(body)-len(key)-2))
	pad := `"apierr_test_padding": "` + fill + `"`
	if first {
		return "{" + pad + ", " + inner + "}"
	}
	return "{" + inner + ", " + pad + "}"
}

// mustError returns the *Error in err, failing the test when there is none.
func mustError[C Code, E Error](t *testing.T, p *Package[C, E], what string, err error, size int) E {
	t.Helper()
	var e E
	if !errors.As(err, &e) {
		t.Fatalf("%s of a %d-byte error reply = %v, want an *Error", what, size, err)
	}
	return e
}

// truncated reads Error.Truncated.
func truncated[E Error](e E) bool {
	return reflect.ValueOf(e).Elem().FieldByName("Truncated").Bool()
}

// hasOutcome reports whether the layout has an outcome key: the vendor answers errors with a
// success status too.
func hasOutcome(l *apierrimpl.Layout) bool {
	for _, e := range l.Envelopes {
		if e.Outcome != apierrimpl.NoKey {
			return true
		}
	}
	return false
}
