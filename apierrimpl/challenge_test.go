package apierrimpl

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseChallenges checks RFC 9110's challenge syntax: several challenges in one value and
// across values, quoted strings with escapes, token68, parameter-less challenges, and
// malformed values read up to where they break.
func TestParseChallenges(t *testing.T) {
	for _, tc := range []struct {
		values []string
		want   string
	}{
		{[]string{`Bearer realm="example", error="invalid_token", error_description="The access token expired"`},
			`Bearer{realm=example error=invalid_token error_description=The access token expired}`},
		{[]string{`DPoP algs="ES256 PS256", error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"`},
			`DPoP{algs=ES256 PS256 error=use_dpop_nonce error_description=Resource server requires nonce in DPoP proof}`},
		{[]string{`Bearer error="insufficient_scope", scope="okta.roles.read", DPoP algs="ES256"`},
			`Bearer{error=insufficient_scope scope=okta.roles.read} DPoP{algs=ES256}`},
		{[]string{`Basic realm="a", Bearer`, `Negotiate abc123==`},
			`Basic{realm=a} Bearer{} Negotiate{}`},
		{[]string{`Bearer error=invalid_token, error_description="say \"hi\" \\ back"`},
			`Bearer{error=invalid_token error_description=say "hi" \ back}`},
		{[]string{`Bearer realm="open, error="x"`}, `Bearer{realm=open, error=}`}, // x" breaks the value
		{[]string{`Bearer error="a", realm="open`}, `Bearer{error=a}`},            // an unbalanced quote
		{[]string{`Bearer error="a", =oops, Basic`}, `Bearer{error=a}`},
		{[]string{``, ` , `}, ``},
		{[]string{`,,Bearer  ,  realm="r"`}, `Bearer{} realm{}`}, // realm= alone is not a scheme's parameter here
	} {
		if got := show(ParseChallenges(tc.values)); got != tc.want {
			t.Errorf("ParseChallenges(%q)\n got %s\nwant %s", tc.values, got, tc.want)
		}
	}
	c := ParseChallenges([]string{`Bearer ERROR="x"`})[0]
	if v, ok := c.Param("error"); !ok || v != "x" {
		t.Errorf("Param is not case-insensitive: %q, %v", v, ok)
	}
}

// TestParseChallengesHostile checks that a header of 100 KB, or one with thousands of
// parameters, is read in one pass and keeps at most 64 parameters.
func TestParseChallengesHostile(t *testing.T) {
	long := `Bearer error="` + strings.Repeat("x", 100<<10) + `"`
	if cs := ParseChallenges([]string{long}); len(cs) != 1 || len(cs[0].Params[0].Value) != 100<<10 {
		t.Errorf("a 100 KB parameter: %d challenges", len(cs))
	}
	many := "Bearer " + strings.Repeat(`a="b", `, 10000)
	n := 0
	for _, c := range ParseChallenges([]string{many, many}) {
		n += len(c.Params)
	}
	if n != maxChallengeParams {
		t.Errorf("%d parameters kept, want %d", n, maxChallengeParams)
	}
}

// show writes challenges as Scheme{name=value ...}.
func show(cs []Challenge) string {
	var out []string
	for _, c := range cs {
		var ps []string
		for _, p := range c.Params {
			ps = append(ps, p.Name+"="+p.Value)
		}
		out = append(out, fmt.Sprintf("%s{%s}", c.Scheme, strings.Join(ps, " ")))
	}
	return strings.Join(out, " ")
}
