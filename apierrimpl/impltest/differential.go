package impltest

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"testing"

	"github.com/apierr/apierr/apierrimpl"
)

// differ compares the runtime's reading of body by layout l with encoding/json's, and fails t
// where they disagree on a document encoding/json reads:
//
//   - when encoding/json reads the first JSON value of body (after a byte-order mark) as an
//     object without error into a struct with one field per key of the layout (typed as the
//     runtime reads the key: int codes as int, string codes and texts as string, outcome keys
//     as their values' type), the runtime must read the body as an object too, and give every
//     key the same value;
//   - when the runtime reads the body as an object, encoding/json must not find a syntax
//     error in it (it may find one only in nesting deeper than its limit, which the runtime
//     reads on purpose).
//
// Duplicate keys, a null after a value and keys in other cases are where the two could part;
// the runtime's rules (package apierrimpl) are chosen so that they do not.
func differ(t *testing.T, l *apierrimpl.Layout, body []byte) {
	// The values of the keys do not depend on the envelope a body is in: read them with the
	// first envelope alone, in which every object is.
	one := *l
	one.Envelopes = l.Envelopes[:1]
	var r apierrimpl.Decoded
	object := one.Decode(&r, body)
	typ, kinds := mirrorType(l)
	v := reflect.New(typ)
	err := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).Decode(v.Interface())
	var syntax *json.SyntaxError
	switch {
	case object && errors.As(err, &syntax) && !tooDeep(body):
		t.Fatalf("the runtime reads %q as an object; encoding/json finds a syntax error: %v", body, err)
	case err != nil || !looksLikeObject(body):
		return // encoding/json does not read it, or reads another kind of value
	case !object:
		t.Fatalf("encoding/json reads %q as an object; the runtime does not", body)
	}
	for i, kind := range kinds {
		if got, want := readAs(&r, i, kind), fieldString(v.Elem().Field(i)); got != want {
			t.Fatalf("key %q of %q: the runtime reads %q, encoding/json %q", l.Keys[i], body, got, want)
		}
	}
}

// The kinds a key of a layout is read as.
const (
	kindString = iota // texts, string codes, string outcome values
	kindInt           // int codes
	kindBool          // boolean outcome values
	kindRaw           // keys the runtime reads no role of (fields): not compared
)

// mirrorType returns a struct type with one field per key of l, tagged with the key, and the
// kind each is read as.
func mirrorType(l *apierrimpl.Layout) (reflect.Type, []int) {
	kinds := make([]int, len(l.Keys))
	for i := range kinds {
		kinds[i] = kindRaw
	}
	for _, e := range l.Envelopes {
		set := func(k, kind int) {
			if k != apierrimpl.NoKey {
				kinds[k] = kind
			}
		}
		code := kindString
		if l.IntCodes {
			code = kindInt
		}
		set(e.Code, code)
		set(e.Detail, kindString)
		set(e.WireName, kindString)
		for _, list := range [][]int{e.Message, e.Description, e.RequestID} {
			for _, k := range list {
				set(k, kindString)
			}
		}
		if e.Outcome != apierrimpl.NoKey && len(e.ErrorValues) > 0 && e.ErrorValues[0][0] != '"' {
			set(e.Outcome, kindBool)
		} else {
			set(e.Outcome, kindString)
		}
	}
	types := map[int]reflect.Type{
		kindString: reflect.TypeFor[string](), kindInt: reflect.TypeFor[int](),
		kindBool: reflect.TypeFor[bool](), kindRaw: reflect.TypeFor[json.RawMessage](),
	}
	fields := make([]reflect.StructField, len(l.Keys))
	for i, k := range l.Keys {
		fields[i] = reflect.StructField{
			Name: "K" + strconv.Itoa(i),
			Type: types[kinds[i]],
			Tag:  reflect.StructTag(`json:` + strconv.Quote(k)),
		}
	}
	return reflect.StructOf(fields), kinds
}

// readAs reads key k of a decoded body as its kind, written as a string; "" for a key the
// runtime does not read a role of.
func readAs(r *apierrimpl.Decoded, k, kind int) string {
	switch kind {
	case kindString:
		return r.String(k)
	case kindInt:
		n, _ := r.IntCode(k)
		return strconv.Itoa(n)
	case kindBool:
		return strconv.FormatBool(r.Bool(k))
	}
	return ""
}

// fieldString writes a field of the mirror struct as readAs writes its key.
func fieldString(f reflect.Value) string {
	switch f.Kind() {
	case reflect.String:
		return f.String()
	case reflect.Int:
		return strconv.FormatInt(f.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(f.Bool())
	}
	return ""
}

// looksLikeObject reports whether the first JSON value of body is an object: encoding/json
// reads null into a struct without error.
func looksLikeObject(body []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\ufeff")), " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// tooDeep reports whether body nests arrays and objects deeper than encoding/json reads
// (10000 levels).
func tooDeep(body []byte) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range body {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > 10000 {
				return true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}
