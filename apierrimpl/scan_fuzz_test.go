package apierrimpl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are realistic error bodies and hostile ones.
var fuzzSeeds = []string{
	`{"stat":"error","code":200,"error":"invalid_argument","error_description":"x","request_id":"k3"}`,
	`{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a",` +
		`"messages":{"password":["too short"]}}`,
	`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked",` +
		`"requestId":"8C2F","data":null}`,
	`{"Description":"The OTP is invalid","ErrorCode":1066,"Message":"Invalid OTP","IsProviderError":false,` +
		`"ProviderErrorResponse":null}`,
	"\xEF\xBB\xBF {\"error\" : \"x\" }",
	`{"ERROR":"a","Error":"b","error":"c","eRRor":"d"}`,
	"{\"\u212a\":1,\"\u017f\":2,\"\\u212A\":3,\"\u03c2\":4,\"\u00c9\":5}",
	`{"error_code":1,"errorcode":2,"error-code":3,"ErrorCode":4,"ERROR_CODE":5}`,
	`{"msg":1,"MSG":2,"Msg":3,"requestid":4,"REQUESTID":5}`,
	`{"a":"\"\\\/\b\f\n\r\t\u00e9\uD83D\ude00\ud800\udc00x\ud800\u0041"}`,
	"{\"\xff\":\"\xc3\",\"b\":\"\xed\xa0\x80\",\"\xef\xbf\xbd\":1}",
	`{"n":0,"m":-0,"big":9223372036854775807,"over":9223372036854775808,"min":-9223372036854775808,` +
		`"f":1.5,"e":1e2,"E":-1E-2}`,
	`{"a":[1,[2,[3,{"b":{"c":[]}}]]],"d":{}}`,
	`{"a":[{},[{},[[],{"x":[]}]]],"b":[[],{}]}`,
	`{"error":null,"code":null,"k":true,"s":false}`,
	`{"a":1} trailing {`,
	`{"a":1,"a":2}`,
	`{"a":1,}`,
	`{"a" 1}`,
	`{"a":01}`,
	`{"a":tru}`,
	"{\"a\":\"\x01\"}",
	`{"a":[}`,
	`{"a":"\u12"}`,
	`{"a":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`,
	`{"a":` + strings.Repeat(`{"a":[`, 40) + strings.Repeat(`]}`, 40) + `}`,
	``,
	`[]`,
	`{`,
}

// jsonMember is one member of an object as encoding/json's streaming decoder reads it.
type jsonMember struct {
	key string
	val json.RawMessage
}

// readJSON reads the first value of body with encoding/json's streaming decoder, the way
// the scanner reads it: Token for '{' and for each key, Decode into a json.RawMessage for
// each value, until the closing '}'. err is non-nil unless the first value is an object
// that the decoder reads completely.
func readJSON(body []byte) (members []jsonMember, err error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok != json.Delim('{') {
		return nil, errors.New("the first value is not an object")
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return members, err
		}
		if tok == json.Delim('}') {
			return members, nil
		}
		key, ok := tok.(string)
		if !ok {
			return members, errors.New("a key is not a string")
		}
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return members, err
		}
		members = append(members, jsonMember{key, val})
	}
}

// maxDepth returns the deepest nesting of arrays and objects in a valid JSON text (the
// top-level object counts as 1).
func maxDepth(b []byte) int {
	depth, deepest, inString := 0, 0, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
			deepest = max(deepest, depth)
		case c == '}' || c == ']':
			depth--
		}
	}
	return deepest
}

// jsonMaxDepth is the nesting depth beyond which encoding/json (both engines) refuses a
// body; the scanner has no such limit.
const jsonMaxDepth = 10000

// probe is a struct whose fields cover the ways encoding/json matches keys with field
// names: exact names, case folding (with non-ASCII folds: KELVIN SIGN to k, LONG S to s,
// the three sigmas), delimiters that folding must not ignore (error_code, errorcode), and
// two fields of one fold class (msg, MSG), where an exact match wins and otherwise the
// first field does.
type probe struct {
	Error     json.RawMessage `json:"error"`
	Code      json.RawMessage `json:"code"`
	K         json.RawMessage `json:"k"`
	S         json.RawMessage `json:"s"`
	Sigma     json.RawMessage `json:"σ"`
	E         json.RawMessage `json:"é"`
	ErrorCode json.RawMessage `json:"error_code"`
	Errorcode json.RawMessage `json:"errorcode"`
	Msg       json.RawMessage `json:"msg"`
	MSG       json.RawMessage `json:"MSG"`
	RequestID json.RawMessage `json:"requestId"`
}

// probeNames are the JSON names of probe's fields, in field order.
var probeNames = func() (names []string) {
	t := reflect.TypeFor[probe]()
	for i := range t.NumField() {
		names = append(names, t.Field(i).Tag.Get("json"))
	}
	return names
}()

// scanned is one member as the scanner reports it.
type scanned struct {
	rawKey  []byte
	escaped bool
	val     []byte
}

// scanAll reads data with a scanner; ok is true when it reads the object to its end.
func scanAll(data []byte) (members []scanned, ok bool) {
	s := newScanner(data)
	if !s.begin() {
		return nil, false
	}
	for {
		key, esc, val, done, ok := s.next()
		if !ok || done {
			return members, ok
		}
		members = append(members, scanned{data[key.start:key.end], esc, data[val.start:val.end]})
	}
}

func FuzzScan(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add([]byte(seed))
	}
	f.Fuzz(checkScan)
}

// TestScanDeeperThanJSON runs the fuzz checks on bodies nested around encoding/json's depth
// limit (kept out of the fuzz seeds: mutating and minimizing inputs of 20 KB stalls the
// fuzzer), and checks that encoding/json refuses the deepest, so that the exception of
// check 2 is exercised. Levels counts the arrays inside the top-level object.
//
// At levels == jsonMaxDepth (10001 levels in all) the two engines of encoding/json
// disagree: the default engine's streaming decoder reads the body (Token does not count
// the '{' it consumed, and each Decode counts depth afresh), while json.Unmarshal of the
// same body fails with "exceeded max depth"; the engine built with GOEXPERIMENT=jsonv2
// counts every level and fails in both. checkScan accepts either outcome there.
func TestScanDeeperThanJSON(t *testing.T) {
	for _, levels := range []int{jsonMaxDepth - 1, jsonMaxDepth, jsonMaxDepth + 1} {
		body := []byte(`{"a":` + strings.Repeat("[", levels) + strings.Repeat("]", levels) + `}`)
		checkScan(t, body)
		_, err := readJSON(body)
		switch {
		case levels < jsonMaxDepth && err != nil:
			t.Errorf("%d levels: encoding/json fails (%v); want it to read them", levels+1, err)
		case levels > jsonMaxDepth && err == nil:
			t.Errorf("%d levels: encoding/json reads them; want an error", levels+1)
		}
	}
}

// clip returns b for an error message, cut after 200 bytes.
func clip(b []byte) string {
	if len(b) > 200 {
		return fmt.Sprintf("%q... (%d bytes)", b[:200], len(b))
	}
	return fmt.Sprintf("%q", b)
}

// checkScan is FuzzScan's check of one input: the scanner against encoding/json.
func checkScan(t *testing.T, data []byte) {
	orig := bytes.Clone(data)
	got, scanOK := scanAll(data) // a panic here fails the fuzz test by itself
	if !bytes.Equal(data, orig) {
		t.Fatalf("the scanner modified its input")
	}
	// encoding/json does not skip a byte-order mark: strip it for the comparison.
	body := bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	want, err := readJSON(body)
	// Nesting beyond encoding/json's depth limit, which the scanner has not: encoding/json
	// may refuse such a body (see TestScanDeeperThanJSON).
	tooDeep := scanOK && maxDepth(body) > jsonMaxDepth
	if err != nil {
		// Check 2: what the scanner accepts, encoding/json reads without error.
		if scanOK && !tooDeep {
			t.Fatalf("the scanner accepts %s, but encoding/json fails: %v", clip(data), err)
		}
		return
	}
	// Check 1: what encoding/json reads completely as an object, the scanner accepts,
	// with the same members in the same order.
	if !scanOK {
		t.Fatalf("encoding/json reads %s as an object, but the scanner fails after %d members", clip(data), len(got))
	}
	if len(got) != len(want) {
		t.Fatalf("%s: the scanner reads %d members, encoding/json %d", clip(data), len(got), len(want))
	}
	for i, w := range want {
		checkMember(t, got[i], w)
	}
	if !tooDeep {
		checkProbe(t, body, got)
	}
}

// checkMember compares one member as the scanner reports it (g) with the same member as
// encoding/json reads it (w).
func checkMember(t *testing.T, g scanned, w jsonMember) {
	t.Helper()
	// The key: appendString must decode it as encoding/json does, and keyEscaped must say
	// whether there is a backslash, as documented.
	quoted := append(append([]byte{'"'}, g.rawKey...), '"')
	if key := string(appendString(nil, quoted)); key != w.key {
		t.Fatalf("key %q decodes to %q; encoding/json reads %q", g.rawKey, key, w.key)
	}
	if g.escaped != bytes.Contains(g.rawKey, []byte{'\\'}) {
		t.Fatalf("key %q: keyEscaped is %v", g.rawKey, g.escaped)
	}
	// The value: the same bytes exactly (RawMessage has no white space around it either).
	if !bytes.Equal(g.val, w.val) {
		t.Fatalf("key %q: value %s; encoding/json reads %s", w.key, clip(g.val), clip(w.val))
	}
	checkKeyMatch(t, g, w.key)
	// A string value must decode as json.Unmarshal decodes it into a string.
	if g.val[0] == '"' {
		var s string
		if err := json.Unmarshal(g.val, &s); err != nil {
			t.Fatalf("json.Unmarshal(%q) into a string: %v", g.val, err)
		}
		if got := string(appendString(nil, g.val)); got != s {
			t.Fatalf("appendString(%q) = %q; json.Unmarshal gives %q", g.val, got, s)
		}
	}
	// A number must read as json.Unmarshal reads it into an int64: same ok, same value.
	if c := g.val[0]; c == '-' || '0' <= c && c <= '9' {
		var n int64
		err := json.Unmarshal(g.val, &n)
		if got, ok := parseInt(g.val); ok != (err == nil) || got != n {
			t.Fatalf("parseInt(%q) = %d, %v; json.Unmarshal into int64 gives %d, %v", g.val, got, ok, n, err)
		}
	}
}

// checkKeyMatch checks keyIs and keyFold against the key that encoding/json decoded (key),
// with names derived from it and the probe names: keyIs is equality of the decoded key and
// keyFold is strings.EqualFold of it, the rule both engines of encoding/json apply (see
// keyFold's doc comment; checkProbe checks it against json.Unmarshal itself).
func checkKeyMatch(t *testing.T, g scanned, key string) {
	t.Helper()
	names := append([]string{key, key + "x", strings.ToUpper(key), strings.ToLower(key), string(g.rawKey)},
		probeNames...)
	if n := len(key); n > 0 {
		_, size := utf8.DecodeLastRuneInString(key)
		names = append(names, key[:n-size])
	}
	for _, name := range names {
		if got, want := keyIs(g.rawKey, g.escaped, name), key == name; got != want {
			t.Fatalf("keyIs(%q, %v, %q) = %v; the key decodes to %q", g.rawKey, g.escaped, name, got, key)
		}
		if got, want := keyFold(g.rawKey, g.escaped, name), strings.EqualFold(key, name); got != want {
			t.Fatalf("keyFold(%q, %v, %q) = %v; the key decodes to %q", g.rawKey, g.escaped, name, got, key)
		}
	}
}

// checkProbe decodes body into a probe with encoding/json and checks that every field holds
// what keyIs and keyFold predict: the value of the last member whose key is the field's
// name exactly, or, when no field has the key as its exact name, folds to the field's name
// and to no earlier field's name (encoding/json's rule for fields of one fold class).
func checkProbe(t *testing.T, body []byte, members []scanned) {
	t.Helper()
	var p probe
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&p); err != nil {
		t.Fatalf("json Decode of %s into a struct: %v", clip(body), err)
	}
	want := make([][]byte, len(probeNames))
	for _, mb := range members {
		if f := probeField(mb); f >= 0 {
			want[f] = mb.val
		}
	}
	v := reflect.ValueOf(p)
	for i, name := range probeNames {
		if got := v.Field(i).Bytes(); !bytes.Equal(got, want[i]) {
			t.Fatalf("field %q of a struct: encoding/json sets %s; keyIs and keyFold predict %s",
				name, clip(got), clip(want[i]))
		}
	}
}

// probeField returns the index of the probe field that member mb sets, or -1.
func probeField(mb scanned) int {
	for i, name := range probeNames {
		if keyIs(mb.rawKey, mb.escaped, name) {
			return i
		}
	}
	for i, name := range probeNames {
		if keyFold(mb.rawKey, mb.escaped, name) {
			return i
		}
	}
	return -1
}
