package apierr_test

import (
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// TestRedact checks that every listed secret key is hidden at any depth, in any spelling of
// case and separators, and that everything else is kept.
func TestRedact(t *testing.T) {
	for _, key := range apierr.SecretKeys {
		for _, spelling := range []string{key, strings.ToUpper(key), strings.ReplaceAll(key, "_", "-"), camel(key)} {
			body := `{"ErrorCode":1067,"Data":{"Profile":{"` + spelling + `":"s3cr3t-value"}},` +
				`"list":[{"` + spelling + `":42}],"` + spelling + `":"s3cr3t-value"}`
			got := string(apierr.Redact([]byte(body)))
			if strings.Contains(got, "s3cr3t-value") || strings.Contains(got, "42") {
				t.Errorf("Redact kept the value of %q: %s", spelling, got)
			}
			if !strings.Contains(got, `"ErrorCode":1067`) || strings.Count(got, apierr.Redacted) != 3 {
				t.Errorf("Redact of %q: %s", spelling, got)
			}
		}
	}
	// What is not a secret is kept as it was, numbers exactly.
	body := `{"ErrorCode":901,"Description":"The API key is unauthorized","IsProviderError":false,` +
		`"big":12345678901234567890}`
	want := `{"Description":"The API key is unauthorized","ErrorCode":901,"IsProviderError":false,` +
		`"big":12345678901234567890}`
	if got := string(apierr.Redact([]byte(body))); got != want {
		t.Errorf("Redact changed non-secrets: %s", got)
	}
	for _, body := range []string{"<html>token=abc</html>", "", `{"a":1}{"b":2}`, `{"token":"x"`} {
		got := string(apierr.Redact([]byte(body)))
		if strings.Contains(got, "abc") || !strings.HasPrefix(got, "[not JSON") {
			t.Errorf("Redact(%q) = %q, want the not-JSON marker", body, got)
		}
	}
}

// camel writes access_token as accessToken.
func camel(key string) string {
	parts := strings.Split(key, "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

// TestSecretKeys checks the list itself: no duplicates after folding, and the keys the vendor
// documents show secrets under (LoginRadius' access token in Data, OAuth codes, GoPoints'
// password, otp, backup_code, control_answer and memorable_letters request fields).
func TestSecretKeys(t *testing.T) {
	seen := map[string]string{}
	for _, k := range apierr.SecretKeys {
		f := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(k))
		if prev, dup := seen[f]; dup {
			t.Errorf("%q and %q are the same key", prev, k)
		}
		seen[f] = k
	}
	for _, k := range []string{"access_token", "AccessToken", "refresh_token", "id_token", "authorization_code",
		"password", "otp", "backup_code", "control_answer", "memorable_letters", "client_secret", "captcha_response"} {
		if !apierr.IsSecretKey(k) {
			t.Errorf("IsSecretKey(%q) = false", k)
		}
	}
	for _, k := range []string{"ErrorCode", "Description", "request_id", "error", "code"} {
		if apierr.IsSecretKey(k) {
			t.Errorf("IsSecretKey(%q) = true", k)
		}
	}
}
