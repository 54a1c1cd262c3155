package apierrimpl

import (
	"strings"
	"testing"
)

// testLayout reads Akamai-like bodies: an int code, a wire name, an outcome key.
var testLayout = Layout{
	Keys: []string{"code", "error", "stat", "error_description", "message", "request_id", "data"},
	Envelopes: []Envelope{{
		Name: "default", Code: 0, WireName: 1, Detail: NoKey, Outcome: 2,
		Description: []int{3, 4}, RequestID: []int{5},
		ErrorValues: []string{`"error"`}, SuccessValues: []string{`"ok"`},
	}},
	IntCodes: true,
}

// twoEnvelopes reads Alibaba-like bodies: string codes in two envelopes.
var twoEnvelopes = Layout{
	Keys: []string{"code", "message", "success", "error"},
	Envelopes: []Envelope{
		{Name: "ciam", Match: []int{2, 0}, Code: 0, WireName: NoKey, Detail: 1, Outcome: 2,
			ErrorValues: []string{"false"}, SuccessValues: []string{"true"}},
		{Name: "oauth", Match: []int{3}, Code: 3, WireName: NoKey, Detail: NoKey, Outcome: NoKey},
	},
}

// TestDecodeRules checks each rule of the package documentation on one body.
func TestDecodeRules(t *testing.T) {
	for _, tc := range []struct {
		name    string
		status  int
		body    string
		isError bool
		code    int
		desc    string
	}{
		{"outcome error at 200", 200, `{"stat":"error","code":100}`, true, 100, ""},
		{"outcome success at 400", 400, `{"stat":"ok","code":100}`, false, 100, ""},
		{"outcome value with escapes", 200, `{"stat":"\u0065rror","code":100}`, true, 100, ""},
		{"byte-order mark", 200, "\ufeff" + `{"stat":"error","code":100}`, true, 100, ""},
		{"bytes after the object", 200, `{"stat":"error","code":100} <!-- proxy -->`, true, 100, ""},
		{"deep unread value", 200, `{"x":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `,"stat":"error","code":100}`, true, 100, ""},
		{"the last value wins", 200, `{"stat":"error","code":100,"code":200}`, true, 200, ""},
		{"null never replaces a value", 200, `{"stat":"error","code":100,"code":null}`, true, 100, ""},
		{"a key up to case", 200, `{"STAT":"error","Code":100}`, true, 100, ""},
		{"a code as a string of digits", 200, `{"stat":"error","code":"361"}`, true, 361, ""},
		{"a code of another type", 200, `{"stat":"error","code":{"x":1}}`, true, 0, ""},
		{"a code beyond int64", 200, `{"stat":"error","code":99999999999999999999}`, true, 0, ""},
		{"a code with an exponent", 200, `{"stat":"error","code":1e2}`, true, 0, ""},
		{"no outcome, a code at 200", 200, `{"code":100}`, true, 100, ""},
		{"no outcome, a code of another type at 200", 200, `{"code":true}`, true, 0, ""},
		{"no outcome, no code at 200", 200, `{"x":1}`, false, 0, ""},
		{"the first description that is not empty", 400, `{"code":1,"error_description":"","message":"m"}`, true, 1, "m"},
		{"not JSON at 502", 502, `<html>`, true, 0, ""},
		{"not JSON at 200", 200, `<html>`, false, 0, ""},
		{"truncated at 400", 400, `{"stat":"error","code":100`, true, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r Decoded
			l := &testLayout
			vendor := l.Decode(&r, []byte(tc.body))
			if got := l.IsError(&r, tc.status); got != tc.isError {
				t.Errorf("IsError = %v, want %v", got, tc.isError)
			}
			code := 0
			if vendor {
				code, _ = l.IntCode(&r)
				if got := l.Description(&r); got != tc.desc {
					t.Errorf("Description = %q, want %q", got, tc.desc)
				}
			}
			if code != tc.code {
				t.Errorf("code = %d, want %d", code, tc.code)
			}
		})
	}
}

// TestDecodeEnvelopes checks how a body picks one of several envelopes.
func TestDecodeEnvelopes(t *testing.T) {
	for body, want := range map[string]string{
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked"}`: "ciam",
		`{"code":"Params.Blank"}`:              "ciam",
		`{"error":"invalid_grant"}`:            "oauth",
		`{"error":null,"code":""}`:             "", // null and "" identify nothing
		`{"other":1}`:                          "",
		`{"error":"x","success":false}`:        "ciam",  // the first envelope defined
		`{"error":"invalid_grant","code":"x"}`: "oauth", // defined by "error"; "code" only helps
	} {
		var r Decoded
		twoEnvelopes.Decode(&r, []byte(body))
		if got := twoEnvelopes.EnvelopeName(&r); got != want {
			t.Errorf("%s: envelope %q, want %q", body, got, want)
		}
	}
	var r Decoded
	twoEnvelopes.Decode(&r, []byte(`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked"}`))
	if got := twoEnvelopes.Detail(&r); got != "Operation.Failure.User.Locked" {
		t.Errorf("Detail = %q", got)
	}
}

// TestIntCodeByName checks the code a wire name gives when the body has none: the lowest
// code with that Wire name in the Table.
func TestIntCodeByName(t *testing.T) {
	type code int
	table := NewIntTable(&Table[code]{
		Package: "test",
		Codes: []CodeInfo[code]{
			{Code: 211, Wire: "password_incorrect"}, {Code: 213, Wire: "password_incorrect"}, {Code: 214, Wire: "x"},
		},
		Layout: testLayout,
	})
	for body, want := range map[string]int{
		`{"stat":"error","error":"password_incorrect"}`:            211,
		`{"stat":"error","code":0,"error":"password_incorrect"}`:   211,
		`{"stat":"error","code":210,"error":"password_incorrect"}`: 210,
		`{"stat":"error","error":"other"}`:                         0,
	} {
		var r Decoded
		table.Layout.Decode(&r, []byte(body))
		if got, _ := table.Layout.IntCode(&r); got != want {
			t.Errorf("%s: code %d, want %d", body, got, want)
		}
	}
}

// TestRawFieldAndMembers checks that keys the layout does not read stay reachable.
func TestRawFieldAndMembers(t *testing.T) {
	body := []byte("\ufeff" + `{"a":1,"Data":{"x":[1]},"data":"exact","A":2,"a":3} trailing`)
	for key, want := range map[string]string{"data": `"exact"`, "DATA": `{"x":[1]}`, "a": "3", "b": ""} {
		got, ok := RawField(body, key)
		if string(got) != want || ok != (want != "") {
			t.Errorf("RawField(%q) = %s, %v; want %s", key, got, ok, want)
		}
	}
	var keys []string
	for k, v := range Members(body) {
		keys = append(keys, k+"="+string(v))
	}
	if got := strings.Join(keys, " "); got != `a=1 Data={"x":[1]} data="exact" A=2 a=3` {
		t.Errorf("Members = %s", got)
	}
	for range Members([]byte(`{"a":1,`)) {
		t.Errorf("Members of a truncated object yields a member")
	}
}

// TestCutObjectInNoEnvelope checks the rule of a body cut short for a layout of several
// envelopes, one with an outcome key: a cut object whose match keys were cut off is an error
// at HTTP 200 (CutError), while the same object whole is a success, and a cut body that is
// not an object is not the vendor's JSON.
func TestCutObjectInNoEnvelope(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Input
		want Verdict
	}{
		{"cut object, no match key read", Input{Status: 200, Body: []byte(`{"padding":"xxxx","more":1,"succ`), Cut: true},
			CutError},
		{"the same object whole", Input{Status: 200, Body: []byte(`{"padding":"xxxx","more":1}`)}, NotJSONSuccess},
		{"cut page", Input{Status: 200, Body: []byte(`<html><body>`), Cut: true}, NotJSONSuccess},
		{"cut object at 500", Input{Status: 500, Body: []byte(`{"padding":"xx`), Cut: true}, NotJSONError},
		{"cut after the outcome key", Input{Status: 200, Body: []byte(`{"success":true,"padding":"xx`), Cut: true},
			OutcomeSuccess},
	} {
		var r Decoded
		l := twoEnvelopes
		isErr := l.Read(&r, &tc.in)
		if got := l.Decide(&r, tc.in.Status); got != tc.want || isErr != tc.want.IsError() {
			t.Errorf("%s: Decide = %v, Read = %v; want %v", tc.name, got, isErr, tc.want)
		}
	}
}
