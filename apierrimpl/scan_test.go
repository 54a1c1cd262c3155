package apierrimpl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
)

// member is one member of an object as a scanner reports it, for comparison in tests.
type member struct {
	key     string // decoded key
	rawKey  string // the bytes between the key's quotes
	escaped bool   // next's keyEscaped
	val     string // the value's bytes
}

// scanMembers reads data with a scanner and returns every member in order; ok is false
// when begin or a call of next fails, with the members read before the failure.
func scanMembers(data []byte) (members []member, ok bool) {
	s := newScanner(data)
	if !s.begin() {
		return nil, false
	}
	for {
		key, esc, val, done, ok := s.next()
		if !ok {
			return members, false
		}
		if done {
			return members, true
		}
		members = append(members, member{
			key:     string(appendString(nil, data[key.start-1:key.end+1])),
			rawKey:  string(data[key.start:key.end]),
			escaped: esc,
			val:     string(data[val.start:val.end]),
		})
	}
}

// String formats a member with every byte visible.
func (mb member) String() string {
	return fmt.Sprintf("{%q raw %q escaped %v val %q}", mb.key, mb.rawKey, mb.escaped, mb.val)
}

// m builds an unescaped member whose decoded key is its raw key.
func m(key, val string) member { return member{key: key, rawKey: key, val: val} }

func TestScanValid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []member
	}{
		{"empty object", `{}`, nil},
		{"empty object with space", " \t\r\n{ \t\r\n} ", nil},
		{"BOM", "\xEF\xBB\xBF{\"a\":1}", []member{m("a", "1")}},
		{"BOM and white space", "\xEF\xBB\xBF \n\t{ \"a\" :\r\n\"x\" }", []member{m("a", `"x"`)}},
		{"realistic body",
			`{"stat":"error","code":200,"error":"invalid_argument","error_description":"x","request_id":"k3"}`,
			[]member{m("stat", `"error"`), m("code", "200"), m("error", `"invalid_argument"`),
				m("error_description", `"x"`), m("request_id", `"k3"`)}},
		{"every kind of value", `{"s":"x","n":-1.5e+3,"t":true,"f":false,"z":null,"a":[],"o":{}}`,
			[]member{m("s", `"x"`), m("n", "-1.5e+3"), m("t", "true"), m("f", "false"), m("z", "null"),
				m("a", "[]"), m("o", "{}")}},
		{"nested values, spaced", `{ "a" : [ 1 , { "b" : [ "]" , "}" ] } , [ ] ] , "c" : { "d" : { } } }`,
			[]member{m("a", `[ 1 , { "b" : [ "]" , "}" ] } , [ ] ]`), m("c", `{ "d" : { } }`)}},
		{"numbers", `{"a":0,"b":-0,"c":0.5,"d":10E-2,"e":1e5,"f":-12.75e+07}`,
			[]member{m("a", "0"), m("b", "-0"), m("c", "0.5"), m("d", "10E-2"), m("e", "1e5"), m("f", "-12.75e+07")}},
		{"bytes after the object are ignored", `{"a":1} trailing garbage {[`, []member{m("a", "1")}},
		{"second object ignored", `{"a":1}{"b":2}`, []member{m("a", "1")}},
		{"object ends at a truncated tail", "{}\xff", nil},
		{"duplicate keys in order", `{"a":1,"b":2,"a":3}`, []member{m("a", "1"), m("b", "2"), m("a", "3")}},
		{"escaped key", `{"\u0061\n":1}`, []member{{key: "a\n", rawKey: `\u0061\n`, escaped: true, val: "1"}}},
		{"escaped quote in key", `{"a\"b":1}`, []member{{key: `a"b`, rawKey: `a\"b`, escaped: true, val: "1"}}},
		{"every escape in a value", `{"a":"\"\\\/\b\f\n\r\t\u00e9\uD83D\ude00"}`,
			[]member{m("a", `"\"\\\/\b\f\n\r\t\u00e9\uD83D\ude00"`)}},
		{"lone surrogates accepted", `{"a":"\ud800","b":"\udc00x"}`, []member{m("a", `"\ud800"`), m("b", `"\udc00x"`)}},
		{"invalid UTF-8 accepted", "{\"\xff\":\"\xc3\",\"b\":\"\xed\xa0\x80\"}",
			[]member{{key: "\uFFFD", rawKey: "\xff", val: "\"\xc3\""}, m("b", "\"\xed\xa0\x80\"")}},
		{"DEL and high bytes are not control characters", "{\"a\":\"\x7f\x80\"}", []member{m("a", "\"\x7f\x80\"")}},
		{"empty key", `{"":""}`, []member{m("", `""`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := scanMembers([]byte(tt.in))
			if !ok {
				t.Fatalf("scan of %q failed after %v; want members %v", tt.in, got, tt.want)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("scan of %q:\n got  %v\n want %v", tt.in, got, tt.want)
			}
		})
	}
}

// invalidBodies are bodies the scanner must reject, each named for the rule it breaks.
var invalidBodies = []struct{ name, in string }{
	{"empty", ``},
	{"white space only", " \n"},
	{"BOM only", "\xEF\xBB\xBF"},
	{"two BOMs", "\xEF\xBB\xBF\xEF\xBB\xBF{}"},
	{"partial BOM", "\xEF\xBB{}"},
	{"array", `[]`},
	{"string", `"{}"`},
	{"number", `1`},
	{"null", `null`},
	{"unclosed", `{`},
	{"trailing comma", `{"a":1,}`},
	{"leading comma", `{,"a":1}`},
	{"double comma", `{"a":1,,"b":2}`},
	{"missing comma", `{"a":1 "b":2}`},
	{"missing colon", `{"a" 1}`},
	{"double colon", `{"a"::1}`},
	{"missing value", `{"a":}`},
	{"missing value at end", `{"a":`},
	{"key not a string", `{a:1}`},
	{"number key", `{1:1}`},
	{"single quotes", `{'a':1}`},
	{"unterminated key", `{"a`},
	{"unterminated value", `{"a":"b}`},
	{"raw control character", "{\"a\":\"\x01\"}"},
	{"raw tab in string", "{\"a\":\"\t\"}"},
	{"raw newline in key", "{\"a\n\":1}"},
	{"raw NUL in string", "{\"a\":\"\x00\"}"},
	{"bad escape", `{"a":"\x"}`},
	{"bad escape in key", `{"\a":1}`},
	{"short \\u escape", `{"a":"\u12"}`},
	{"non-hex \\u escape", `{"a":"\u12g4"}`},
	{"escape at end", `{"a":"\`},
	{"leading zero", `{"a":01}`},
	{"negative leading zero", `{"a":-01}`},
	{"bare minus", `{"a":-}`},
	{"trailing dot", `{"a":1.}`},
	{"dot then exponent", `{"a":1.e1}`},
	{"leading dot", `{"a":.1}`},
	{"bare exponent", `{"a":1e}`},
	{"exponent sign only", `{"a":1e+}`},
	{"plus sign", `{"a":+1}`},
	{"hex", `{"a":0x1}`},
	{"NaN", `{"a":NaN}`},
	{"truncated true", `{"a":tru}`},
	{"capital True", `{"a":True}`},
	{"literal with tail", `{"a":nulls}`},
	{"truncated false at end", `{"a":fals`},
	{"array trailing comma", `{"a":[1,]}`},
	{"array missing comma", `{"a":[1 2]}`},
	{"array leading comma", `{"a":[,1]}`},
	{"nested member without value", `{"a":{"b"}}`},
	{"nested trailing comma", `{"a":{"b":1,}}`},
	{"nested number key", `{"a":{1:2}}`},
	{"array closed by brace", `{"a":[}`},
	{"object closed by bracket", `{"a":{]}`},
	{"extra closer", `{"a":[]]}`},
	{"unclosed nested", `{"a":[[[`},
	{"value without key", `{"a"}`},
	{"form feed is not white space", "{\f}"},
	{"vertical tab is not white space", "{\"a\":\v1}"},
	{"NBSP is not white space", "{\u00a0}"},
}

// TestScanInvalid checks that the scanner rejects each of invalidBodies.
func TestScanInvalid(t *testing.T) {
	for _, tt := range invalidBodies {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := scanMembers([]byte(tt.in)); ok {
				t.Errorf("scan of %q succeeded with %v; want a failure", tt.in, got)
			}
		})
	}
}

// TestScanStringPositions puts each kind of byte at every position of a 24-byte string,
// so that each lands in every lane of the eight-byte loops and in the byte loops after them.
func TestScanStringPositions(t *testing.T) {
	tests := []struct {
		insert string
		ok     bool
	}{
		{"\x00", false}, {"\x1f", false}, {"\n", false}, // raw control characters
		{"\x20", true}, {"\x7f", true}, {"\x80", true}, {"\xff", true}, {"\xe9", true},
		{`\\`, true}, {`\"`, true}, {`\n`, true}, {`\u00e9`, true}, {`\ud800`, true},
		{`\x`, false}, {`\u12g`, false}, {`\`, false}, // a lone backslash escapes what follows
	}
	const base = "GHIJKLMOPQSVWXYZGHIJKLMO" // no byte that may follow a backslash
	for _, tt := range tests {
		for p := 0; p <= len(base); p++ {
			str := `"` + base[:p] + tt.insert + base[p:] + `"`
			bodies := []string{`{` + str + `:1}`, `{"k":` + str + `}`, `{"k":[` + str + `]}`}
			for j, body := range bodies {
				got, ok := scanMembers([]byte(body))
				if ok != tt.ok {
					t.Errorf("scan of %q: ok=%v; want %v", body, ok, tt.ok)
					continue
				}
				if !ok {
					continue
				}
				if want := strings.Contains(tt.insert, `\`); j == 0 && got[0].escaped != want { // the key
					t.Errorf("scan of %q: keyEscaped=%v; want %v", body, got[0].escaped, want)
				}
				var js string
				if err := json.Unmarshal([]byte(str), &js); err != nil {
					t.Fatalf("json.Unmarshal(%q): %v", str, err)
				}
				if dec := string(appendString(nil, []byte(str))); dec != js {
					t.Errorf("appendString(%q) = %q; json.Unmarshal gives %q", str, dec, js)
				}
			}
		}
	}
}

// TestScanStaysFailed checks that a failed scanner reports failure on every later call,
// and that a finished one keeps reporting done.
func TestScanStaysFailed(t *testing.T) {
	s := newScanner([]byte(`{"a":1,x,"b":2}`))
	if !s.begin() {
		t.Fatal("begin failed")
	}
	if _, _, _, done, ok := s.next(); done || !ok {
		t.Fatalf("first member: done=%v ok=%v; want a member", done, ok)
	}
	for i := range 3 {
		if _, _, _, done, ok := s.next(); done || ok {
			t.Fatalf("call %d after the error: done=%v ok=%v; want failed", i, done, ok)
		}
	}

	s = newScanner([]byte(`{}`))
	if !s.begin() {
		t.Fatal("begin failed")
	}
	for i := range 3 {
		if _, _, _, done, ok := s.next(); !done || !ok {
			t.Fatalf("call %d on {}: done=%v ok=%v; want done", i, done, ok)
		}
	}

	s = newScanner([]byte(`{}`))
	if _, _, _, _, ok := s.next(); ok {
		t.Fatal("next before begin reported ok; want a failure")
	}
}

// TestScanTruncated cuts valid bodies at every byte: every strict prefix must fail (the
// closing '}' is the last byte), without a panic.
func TestScanTruncated(t *testing.T) {
	bodies := []string{
		"\xEF\xBB\xBF " +
			`{"stat":"error","code":200,"error":"invalid_argument","error_description":"x","request_id":"k3"}`,
		`{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a",` +
			`"messages":{"password":["too short"]}}`,
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked",` +
			`"requestId":"8C2F","data":null}`,
		`{ "a" : [ -1.5e+10 , true , { "b\u00e9\"" : [ null , [ ] , { } ] } ] , "c" : "\ud83d\ude00" }`,
	}
	for _, body := range bodies {
		if _, ok := scanMembers([]byte(body)); !ok {
			t.Fatalf("scan of the whole body %q failed", body)
		}
		for n := range len(body) {
			prefix := []byte(body[:n])
			if got, ok := scanMembers(prefix); ok {
				t.Errorf("scan of the prefix %q succeeded with %v; want a failure", prefix, got)
			}
		}
	}
}

// nestedArrays returns a body whose member "a" holds depth arrays nested in each other.
func nestedArrays(depth int) string {
	return `{"a":` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `,"b":1}`
}

// nestedMixed returns a body whose member "a" holds depth levels alternating between an
// object {"k":...} and an array [...], with a 0 at the bottom.
func nestedMixed(depth int) string {
	var open, shut strings.Builder
	for d := range depth {
		if d%2 == 0 {
			open.WriteString(`{"k":`)
		} else {
			open.WriteString(`[`)
		}
	}
	for d := depth - 1; d >= 0; d-- {
		if d%2 == 0 {
			shut.WriteString(`}`)
		} else {
			shut.WriteString(`]`)
		}
	}
	return `{"a":` + open.String() + "0" + shut.String() + `,"b":1}`
}

// nestedSiblings returns a body whose member "a" holds depth arrays nested in each other,
// each holding an empty object before the next array: every level is first an object,
// then an array, so the kind of a level must be recorded anew each time it opens.
func nestedSiblings(depth int) string {
	return `{"a":` + strings.Repeat("[{},", depth) + "0" + strings.Repeat("]", depth) + `,"b":1}`
}

func TestScanDeep(t *testing.T) {
	for _, depth := range []int{1, 63, 64, 65, 128, 129, 1000, 100000} {
		for _, body := range []string{nestedArrays(depth), nestedMixed(depth), nestedSiblings(depth)} {
			got, ok := scanMembers([]byte(body))
			want := body[len(`{"a":`) : len(body)-len(`,"b":1}`)]
			if !ok || len(got) != 2 || got[0].val != want || got[1].val != "1" {
				t.Fatalf("depth %d: scan failed (ok=%v, %d members); want members a and b", depth, ok, len(got))
			}
		}
	}
}

// TestScanDeepMismatch closes one level of a deep mixed body with the wrong bracket, at
// depths inside and beyond the first 64-level word of the bit stack: the scanner must see
// the kind of every level.
func TestScanDeepMismatch(t *testing.T) {
	const depth = 300
	body := nestedMixed(depth)
	closers := strings.IndexByte(body, '0') + 1 // the first closer, of level depth-1
	for _, level := range []int{0, 1, 62, 63, 64, 65, 127, 128, 129, 200, depth - 1} {
		b := []byte(body)
		i := closers + depth - 1 - level
		switch b[i] {
		case '}':
			b[i] = ']'
		case ']':
			b[i] = '}'
		default:
			t.Fatalf("byte %d of the body is %q, not a closer", i, b[i])
		}
		if _, ok := scanMembers(b); ok {
			t.Errorf("level %d closed with the wrong bracket: scan succeeded; want a failure", level)
		}
	}
}

// TestScanNoAllocs checks that reading every member of a body allocates nothing, and that
// nesting up to 64 levels below the top-level object does not either.
func TestScanNoAllocs(t *testing.T) {
	for _, body := range []string{
		`{"stat":"error","code":200,"error":"invalid_argument","error_description":"x","request_id":"k3"}`,
		nestedMixed(64),
		nestedArrays(64),
	} {
		data := []byte(body)
		allocs := testing.AllocsPerRun(100, func() {
			s := newScanner(data)
			if !s.begin() {
				panic("begin failed")
			}
			for {
				_, _, _, done, ok := s.next()
				if !ok {
					panic("next failed")
				}
				if done {
					return
				}
			}
		})
		if allocs != 0 {
			t.Errorf("scanning %.40q... allocates %v times; want 0", body, allocs)
		}
	}
}

func TestValueEnd(t *testing.T) {
	tests := []struct {
		in  string
		end int // -1: not ok
	}{
		{`"a\"b" ,`, 6},
		{`[1, {"a": [2]}] x`, 15},
		{`-1.5e3,`, 6},
		{`true]`, 4},
		{`[1,]`, -1},
		{`{"a"}`, -1},
		{``, -1},
		{`x`, -1},
	}
	for _, tt := range tests {
		end, ok := valueEnd([]byte(tt.in), 0)
		if ok != (tt.end >= 0) || (ok && end != tt.end) {
			t.Errorf("valueEnd(%q, 0) = %d, %v; want %d", tt.in, end, ok, tt.end)
		}
	}
}

func TestAppendString(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", `"abc"`, "abc"},
		{"empty", `""`, ""},
		{"every short escape", `"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t"},
		{"unicode escapes", `"\u0041\u00e9\u00E9\u20ac"`, "Aéé€"},
		{"NUL escape", `"a\u0000b"`, "a\x00b"},
		{"surrogate pair", `"\uD83D\uDE00"`, "😀"},
		{"surrogate pair lower case", `"x\ud83d\ude00y"`, "x😀y"},
		{"lone high surrogate", `"\ud800"`, "\uFFFD"},
		{"lone high surrogate then text", `"\ud800x"`, "\uFFFDx"},
		{"lone low surrogate", `"\udc00"`, "\uFFFD"},
		{"low then high", `"\udc00\ud800"`, "\uFFFD\uFFFD"},
		{"high then non-surrogate escape", `"\ud800\u0041"`, "\uFFFDA"},
		{"high then short escape", `"\ud800\n"`, "\uFFFD\n"},
		{"high, high, low", `"\ud800\ud83d\ude00"`, "\uFFFD😀"},
		{"invalid byte", "\"a\xffb\"", "a\uFFFDb"},
		{"truncated sequence", "\"\xc3\"", "\uFFFD"},
		{"truncated 3-byte sequence", "\"\xe2\x82\"", "\uFFFD\uFFFD"},
		{"UTF-8 encoded surrogate", "\"\xed\xa0\x80\"", "\uFFFD\uFFFD\uFFFD"},
		{"overlong encoding", "\"\xc0\xaf\"", "\uFFFD\uFFFD"},
		{"valid UTF-8 kept", `"é€😀"`, "é€😀"},
		{"U+FFFD kept", `"�"`, "\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appendString([]byte("pre:"), []byte(tt.in))
			if string(got) != "pre:"+tt.want {
				t.Errorf("appendString(%q) = %q; want %q", tt.in, got[4:], tt.want)
			}
			// encoding/json is the reference: the expectations above must agree with it.
			var s string
			if err := json.Unmarshal([]byte(tt.in), &s); err != nil || s != tt.want {
				t.Errorf("json.Unmarshal(%q) = %q, %v; the expectation %q is wrong", tt.in, s, err, tt.want)
			}
		})
	}
}

// TestAppendStringMalformed checks what appendString appends for raw values that next never
// reports (its doc and decodeRune's): nothing for raw not quoted at both ends; U+FFFD for a
// backslash that ends the string and for a \u without four hexadecimal digits, whose bytes
// after the \u are decoded on their own; the byte itself after a backslash before any other
// byte. keyIs and keyFold decode such a key the same way.
func TestAppendStringMalformed(t *testing.T) {
	for _, tt := range []struct{ raw, want string }{
		{``, ""},
		{`"`, ""},
		{`x`, ""},
		{`abc"`, ""},
		{`"abc`, ""},
		{`"\"`, "\uFFFD"},
		{`"a\"`, "a\uFFFD"},
		{`"\u"`, "\uFFFD"},
		{`"\u12"`, "\uFFFD12"},
		{`"\uzzzz"`, "\uFFFDzzzz"},
		{`"\ud800\u12"`, "\uFFFD\uFFFD12"},
		{`"\q"`, "q"},
		{`"x\qy"`, "xqy"},
	} {
		got := appendString([]byte("dst:"), []byte(tt.raw))
		if string(got) != "dst:"+tt.want {
			t.Errorf("appendString(\"dst:\", %q) = %q; want %q", tt.raw, got, "dst:"+tt.want)
		}
		if len(tt.raw) < 2 || tt.want == "" {
			continue
		}
		key := []byte(tt.raw[1 : len(tt.raw)-1])
		if !keyIs(key, true, tt.want) || !keyFold(key, true, tt.want) {
			t.Errorf("keyIs or keyFold(%q, true, %q) is false; appendString decodes the key to it", key, tt.want)
		}
	}
}

func TestKeyIs(t *testing.T) {
	tests := []struct {
		raw     string
		escaped bool
		name    string
		want    bool
	}{
		{"error", false, "error", true},
		{"error", false, "Error", false},
		{"error", false, "errors", false},
		{"errors", false, "error", false},
		{"", false, "", true},
		{"", false, "a", false},
		{`\u0065rror`, true, "error", true},
		{`\u0065rror`, true, "errorx", false},
		{`\u0065rro`, true, "error", false},
		{`a\"b`, true, `a"b`, true},
		{`\ud83d\ude00`, true, "😀", true},
		{`\ud800`, true, "\uFFFD", true},
		{`\ud800`, true, "\xed\xa0\x80", false},
		{"\xff", false, "\uFFFD", true},
		{"a\xffb", false, "a\uFFFDb", true},
		{"\xff", false, "\xff", false}, // decodes to U+FFFD, not to the byte FF
		{"\uFFFD", false, "\uFFFD", true},
		{"é", false, "é", true},
		{`\u00e9`, true, "é", true},
		{`\u00e9`, true, "É", false},
	}
	for _, tt := range tests {
		if got := keyIs([]byte(tt.raw), tt.escaped, tt.name); got != tt.want {
			t.Errorf("keyIs(%q, %v, %q) = %v; want %v", tt.raw, tt.escaped, tt.name, got, tt.want)
		}
	}
}

func TestKeyFold(t *testing.T) {
	tests := []struct {
		raw  string
		name string
		want bool
	}{
		{"error", "error", true},
		{"ERROR", "error", true},
		{"eRrOr", "ErRoR", true},
		{"error_code", "ERROR_CODE", true},
		{"error-code", "error_code", false}, // delimiters are compared exactly
		{"errorcode", "error_code", false},
		{"error", "errors", false},
		{"errors", "error", false},
		{"", "", true},
		{"[", "{", false}, // differ by 0x20 but are not letters
		{"@", "`", false},
		{"^", "~", false},
		{"\u212a", "k", true},        // KELVIN SIGN folds to k
		{"\u212a", "K", true},        // and to K
		{`\u212A`, "k", true},        // also when escaped
		{"k", "\u212a", true},        // either side
		{"\u017f", "s", true},        // LATIN SMALL LETTER LONG S folds to s
		{"\u017f", "S", true},        //
		{"ς", "Σ", true},             // final sigma, capital sigma
		{"σ", "ς", true},             //
		{"é", "É", true},             //
		{`\u00c9`, "é", true},        //
		{"straße", "STRASSE", false}, // no multi-rune folding
		{"ǅ", "ǆ", true},             // title case in the orbit of DŽ
		{"\xff", "\uFFFD", true},
		{"\xff", "\xfe", true}, // a name byte that is not UTF-8 counts as U+FFFD
		{`\ud800`, "\uFFFD", true},
		{`\ud83d\ude00`, "😀", true},
		{`A\"`, `a"`, true},
		{"aé", "Aé", true},
		{"aé", "Ae", false},
		{"a", "aé", false},
		{"aé", "a", false},
	}
	for _, tt := range tests {
		escaped := strings.Contains(tt.raw, `\`)
		if got := keyFold([]byte(tt.raw), escaped, tt.name); got != tt.want {
			t.Errorf("keyFold(%q, %v, %q) = %v; want %v", tt.raw, escaped, tt.name, got, tt.want)
		}
		// strings.EqualFold on the decoded key is the rule: the expectation must agree.
		decoded := string(appendUnescaped(nil, []byte(tt.raw)))
		if strings.EqualFold(decoded, tt.name) != tt.want {
			t.Errorf("strings.EqualFold(%q, %q) != %v: the expectation is wrong", decoded, tt.name, tt.want)
		}
	}
}

// TestKeyFoldMatchesJSON checks keyFold against what json.Unmarshal does with a struct:
// a member whose key folds to a field's name sets that field.
func TestKeyFoldMatchesJSON(t *testing.T) {
	for _, key := range []string{"error", "ERROR", "Error", "\u212arror", "err_or", "erro", "errors", `\u0045rror`} {
		var v struct {
			Error *int `json:"error"`
			Kelv  *int `json:"k"`
		}
		body := `{"` + key + `":1}`
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", body, err)
		}
		escaped := strings.Contains(key, `\`)
		if got, want := keyFold([]byte(key), escaped, "error"), v.Error != nil; got != want {
			t.Errorf("keyFold(%q, %q) = %v; encoding/json sets the field: %v", key, "error", got, want)
		}
	}
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"-0", 0, true},
		{"7", 7, true},
		{"200", 200, true},
		{"-123", -123, true},
		{"9223372036854775807", math.MaxInt64, true},
		{"9223372036854775808", 0, false},
		{"-9223372036854775808", math.MinInt64, true},
		{"-9223372036854775809", 0, false},
		{"18446744073709551616", 0, false},
		{"99999999999999999999", 0, false},
		{"1.0", 0, false},
		{"0.0", 0, false},
		{"1e2", 0, false},
		{"1E2", 0, false},
		{"0e0", 0, false},
		{"-1.5", 0, false},
		{"", 0, false},
		{"-", 0, false},
		{"01", 0, false},
		{"-01", 0, false},
		{"+1", 0, false},
		{" 1", 0, false},
		{"1 ", 0, false},
		{"1a", 0, false},
		{`"1"`, 0, false},
		{"true", 0, false},
		{"null", 0, false},
	}
	for _, tt := range tests {
		n, ok := parseInt([]byte(tt.in))
		if n != tt.want || ok != tt.ok {
			t.Errorf("parseInt(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.want, tt.ok)
		}
		// encoding/json is the reference for every input it reads as an int64 or rejects
		// as a number out of range (null is the exception: it leaves an int64 unchanged;
		// and json.Unmarshal skips white space around a value, which next never includes).
		if tt.in == "null" || strings.TrimSpace(tt.in) != tt.in {
			continue
		}
		var j int64
		err := json.Unmarshal([]byte(tt.in), &j)
		if (err == nil) != tt.ok || (err == nil && j != tt.want) {
			t.Errorf("json.Unmarshal(%q) into int64 = %d, %v: the expectation is wrong", tt.in, j, err)
		}
	}
}

// TestScanSpans checks that the spans index the body itself (no copy) and that the key
// span excludes the quotes.
func TestScanSpans(t *testing.T) {
	data := []byte(` {"ab" : "cd" }`)
	s := newScanner(data)
	if !s.begin() {
		t.Fatal("begin failed")
	}
	key, _, val, done, ok := s.next()
	if !ok || done {
		t.Fatalf("next: done=%v ok=%v", done, ok)
	}
	if key != (span{3, 5}) || val != (span{9, 13}) {
		t.Errorf("spans = %v, %v; want {3 5}, {9 13}", key, val)
	}
	if !bytes.Equal(data, []byte(` {"ab" : "cd" }`)) {
		t.Errorf("data was modified: %q", data)
	}
}
