package apierr_test

import (
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// TestSecretKeysCoverage checks the keys added for headers, passwords, keys, assertions and
// sessions, in the spellings vendors and gateways use, and the keys folding makes one.
func TestSecretKeysCoverage(t *testing.T) {
	for _, k := range []string{
		"authorization", "Authorization", "proxy-authorization", "Proxy-Authorization", "cookie",
		"Cookie", "set-cookie", "Set-Cookie", "x-api-key", "X-Api-Key", "apikey", "apiKey",
		"pwd", "passwd", "private_key", "privateKey", "client_assertion", "assertion",
		"code_verifier", "pin", "PIN", "session_id", "sessionid", "SessionID", "sid", "session",
		"signature", "otp_secret", "security_answer", "SecurityAnswer", "SAMLResponse",
	} {
		if !apierr.IsSecretKey(k) {
			t.Errorf("IsSecretKey(%q) = false", k)
		}
	}
	for _, k := range []string{"data", "Data", "code", "message", "error_description", "requestId", "status"} {
		if apierr.IsSecretKey(k) {
			t.Errorf("IsSecretKey(%q) = true", k)
		}
	}
}

// TestRedactData checks the rule for "data": a bare string is hidden (LoginRadius' token), so
// are strings in arrays under it; an object under it is searched, not hidden whole.
func TestRedactData(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`{"ErrorCode":1148,"Data":"eyJhbGciOiJIUzI1NiJ9.tok"}`, `{"Data":"[redacted]","ErrorCode":1148}`},
		{`{"data":["tok1",["tok2"],{"lockout":30}]}`, `{"data":["[redacted]",["[redacted]"],{"lockout":30}]}`},
		{`{"Data":{"LockoutTime":30,"access_token":"tok"}}`, `{"Data":{"LockoutTime":30,"access_token":"[redacted]"}}`},
		{`{"success":false,"data":null}`, `{"data":null,"success":false}`},
		{`{"DATA":7,"nested":{"data":"tok"}}`, `{"DATA":7,"nested":{"data":"[redacted]"}}`},
		{`{"Profile":{"Authorization":"Bearer tok","Set-Cookie":["sid=tok"],"sid":"tok"}}`,
			`{"Profile":{"Authorization":"[redacted]","Set-Cookie":"[redacted]","sid":"[redacted]"}}`},
	} {
		if got := string(apierr.Redact([]byte(tc.body))); got != tc.want {
			t.Errorf("Redact(%s)\n= %s\nwant %s", tc.body, got, tc.want)
		}
	}
}

// TestRedactLimits pins down what Redact documents it cannot catch, so that a change of
// behaviour is a change of documentation too.
func TestRedactLimits(t *testing.T) {
	for _, body := range []string{
		`{"error_description":"Invalid authorization code tok"}`,
		`{"redirect":"https://app.example/cb?code=tok"}`,
		`{"code":"tok"}`,
		`{"name":"password","value":"tok"}`,
		`{"headers":[["Authorization","Bearer tok"]]}`,
		`{"list":["tok"]}`,
		`"tok"`,
		`{"ProviderErrorResponse":"{\"access_token\":\"tok\"}"}`,
	} {
		if got := string(apierr.Redact([]byte(body))); !strings.Contains(got, "tok") {
			t.Errorf("Redact(%s) = %s: it hides a secret its documentation says it cannot catch; update the doc",
				body, got)
		}
	}
}
