package apierrimpl

import (
	"net/http"
	"testing"
)

// entraLayout reads Entra-like bodies: the code is the first element of "error_codes", else
// the number after "AADSTS" at the start of "error_description".
var entraLayout = Layout{
	Keys: []string{"error_codes", "error", "error_description", "trace_id"},
	Envelopes: []Envelope{{
		Name: "default", Code: 0, WireName: NoKey, Detail: NoKey, Outcome: NoKey,
		Description: []int{2}, RequestID: []int{3},
		CodeArray: true, CodeText: []int{2}, CodePrefix: "AADSTS", Trailer: "\r\nTrace ID:",
	}},
	IntCodes: true,
}

// TestCodeInArrayAndText checks where an Entra-like envelope finds its code: the first element
// of an array, a single value, or the start of the description.
func TestCodeInArrayAndText(t *testing.T) {
	for body, want := range map[string]int{
		`{"error_codes":[70011,50012],"error_description":"AADSTS1: x"}`: 70011,
		`{"error_codes":70011}`:     70011,
		`{"error_codes":["70011"]}`: 70011,
		`{"error_codes":[],"error_description":"AADSTS50126: Error validating credentials"}`: 50126,
		`{"error_description":"AADSTS50126:Error"}`:                                          50126,
		`{"error_description":"AADSTS: no code"}`:                                            0,
		`{"error_description":"Error AADSTS50126: not at the start"}`:                        0,
		`{"error_codes":[{"a":1}],"error_description":"AADSTS7: x"}`:                         7,
	} {
		var r Decoded
		if !entraLayout.Decode(&r, []byte(body)) {
			t.Errorf("%s: not the vendor's JSON", body)
			continue
		}
		if got, _ := entraLayout.IntCode(&r); got != want {
			t.Errorf("%s: code %d, want %d", body, got, want)
		}
	}
}

// TestPlain checks that a text loses the code that starts it and the trailer of IDs.
func TestPlain(t *testing.T) {
	e := &entraLayout.Envelopes[0]
	for text, want := range map[string]string{
		"AADSTS70011: The provided value isn't valid.\r\nTrace ID: 1\r\nCorrelation ID: 2": "The provided value isn't valid.",
		"Just text":   "Just text",
		"AADSTS70011": "AADSTS70011",
	} {
		if got := e.Plain(text); got != want {
			t.Errorf("Plain(%q) = %q, want %q", text, got, want)
		}
	}
	if got := (&Envelope{}).Plain(" as is "); got != "as is" {
		t.Errorf("Plain of an envelope without prefix or trailer = %q", got)
	}
}

// bearerLayout reads OAuth bodies and, when the body is not one, RFC 6750's challenges.
var bearerLayout = Layout{
	Keys: []string{"error", "error_description", "scope"},
	Envelopes: []Envelope{
		{Name: "json", Match: []int{0}, Code: 0, WireName: NoKey, Detail: NoKey, Outcome: NoKey, Description: []int{1}},
		{Name: "challenge", Header: "Www-Authenticate", Match: []int{0}, Code: 0, WireName: NoKey, Detail: NoKey,
			Outcome: NoKey, Description: []int{1}},
	},
}

// TestChallengeEnvelope checks that a response header's challenge gives the error of a reply
// whose body is not the vendor's JSON, the body kept, and that a body in the vendor's JSON wins.
func TestChallengeEnvelope(t *testing.T) {
	h := http.Header{"Www-Authenticate": {`Bearer realm="api"`, `Bearer error="insufficient_scope", scope="a b"`}}
	for _, tc := range []struct {
		body     string
		header   http.Header
		env      string
		code     string
		isError  bool
		wantBody string
	}{
		{"", h, "challenge", "insufficient_scope", true, ""},
		{`{"detail":"no"}`, h, "challenge", "insufficient_scope", true, `{"detail":"no"}`},
		{`{"error":"invalid_grant"}`, h, "json", "invalid_grant", true, `{"error":"invalid_grant"}`},
		{"", http.Header{"Www-Authenticate": {`Bearer realm="api"`}}, "", "", true, ""},
		{"", nil, "", "", true, ""},
	} {
		var r Decoded
		in := Input{Status: 403, Body: []byte(tc.body), Header: tc.header, Borrowed: true}
		if got := bearerLayout.Read(&r, &in); got != tc.isError {
			t.Errorf("%q: error %v", tc.body, got)
		}
		if got := bearerLayout.EnvelopeName(&r); got != tc.env {
			t.Errorf("%q: envelope %q, want %q", tc.body, got, tc.env)
		}
		if tc.env != "" {
			if got := bearerLayout.StringCode(&r); got != tc.code {
				t.Errorf("%q: code %q, want %q", tc.body, got, tc.code)
			}
		}
		if string(r.Body()) != tc.wantBody {
			t.Errorf("%q: body %q", tc.body, r.Body())
		}
	}
	var r Decoded
	bearerLayout.Read(&r, &Input{Status: 403, Header: h})
	if got := r.String(2); got != "a b" {
		t.Errorf("scope = %q", got)
	}
}
