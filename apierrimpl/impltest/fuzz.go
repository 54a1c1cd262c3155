package impltest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// hostileBodies seed the fuzz tests beside the documented replies.
var hostileBodies = []string{
	"<html><body>502 Bad Gateway</body></html>", "", "upstream connect error",
	`{"truncated": `, `{"message": "Internal server error"}`,
	`{"Code":"InvalidParameter","Message":"bad","RequestId":"r"}`,
}

// FuzzParse checks that Parse never panics and never loses an error reply: from status 400 on
// it returns an error unless the body says success by the vendor's own rule, and every *Error
// keeps the status and what Parse read of the body, and survives its methods. It is also the
// differential check of the runtime's decoder against encoding/json (see differ).
func FuzzParse[C Code, E Error](f *testing.F, p *Package[C, E], seeds []Documented[C], wrongType string) {
	for _, tc := range seeds {
		f.Add(tc.Status, []byte(tc.Body))
	}
	for _, body := range append(append(hostileBodies, wrongType), keySeeds(p.Layout)...) {
		f.Add(502, []byte(body))
		f.Add(200, []byte(body))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		differ(t, p.Layout, body)
		err := p.Parse(status, body)
		if err == nil {
			if status >= 400 && !saysSuccess(p.Layout, body) {
				t.Fatalf("Parse(%d, %q) = nil for an error reply", status, body)
			}
			return
		}
		var e E
		if !errors.As(err, &e) {
			t.Fatalf("Parse returned %T, want the package's *Error", err)
		}
		if f := p.Fields(e); f.Status != status || !bytes.Equal(f.Body, body) {
			t.Fatalf("Error{Status: %d, Body: %d bytes}, want the status and the %d bytes of the body",
				f.Status, len(f.Body), len(body))
		}
		_ = e.Error() + e.GoString() + e.VendorCode()
		_ = e.LogValue()
		_ = e.Marshal()
		_ = errors.Is(err, apierr.ErrInternal)
	})
}

// keySeeds are bodies where a decoder could part from encoding/json on the keys of layout:
// each key twice with null second, in upper case after itself, with a value of every type.
func keySeeds(l *apierrimpl.Layout) []string {
	var out []string
	for _, k := range l.Keys {
		q := strconv.Quote(k)
		out = append(out,
			"{"+q+":\"a\","+q+":null}",
			"{"+q+":\"a\","+strconv.Quote(strings.ToUpper(k))+":\"b\"}",
			"{"+q+":1,"+q+":\"1\","+q+":true,"+q+":[],"+q+":{}}",
			"\ufeff{"+q+":\"\\u00e9\\ud800\"} trailing")
	}
	return out
}

// saysSuccess reports, with encoding/json and independently of the package's decoder, whether
// body (after a byte-order mark, and up to the end of its first JSON value) is an object in
// which an outcome key of the layout, matched up to case, last holds a success value.
func saysSuccess(l *apierrimpl.Layout, body []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff"))))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	last := map[string]json.RawMessage{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return false
		}
		if string(raw) != "null" {
			last[strings.ToLower(t.(string))] = raw
		}
	}
	if _, err := dec.Token(); err != nil {
		return false
	}
	for _, e := range l.Envelopes {
		if e.Outcome == apierrimpl.NoKey {
			continue
		}
		v, ok := last[strings.ToLower(l.Keys[e.Outcome])]
		if ok && jsonOneOf(v, e.SuccessValues) {
			return true
		}
	}
	return false
}

// jsonOneOf reports whether the JSON value v equals one of the JSON values vs.
func jsonOneOf(v []byte, vs []string) bool {
	var got any
	if json.Unmarshal(v, &got) != nil {
		return false
	}
	for _, s := range vs {
		var want any
		if json.Unmarshal([]byte(s), &want) == nil && got == want {
			return true
		}
	}
	return false
}
