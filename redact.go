package apierr

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// SecretKeys are the JSON keys whose values Redact hides, compared without regard to case or
// to "_" and "-" (so "accessToken", "access_token" and "Access-Token" are one key). Vendors
// echo such values back in error bodies: LoginRadius puts an access token in "Data", OAuth
// errors carry authorization codes. This is the one list; the generated packages use it
// through Redact.
var SecretKeys = []string{
	"access_token", "refresh_token", "id_token", "token", "auth_token", "session_token",
	"password", "new_password", "old_password", "password_confirm", "new_password_confirm",
	"otp", "otp_code", "backup_code", "verification_code", "authorization_code", "code_verifier",
	"secret", "client_secret", "api_secret", "api_key",
	"captcha_response", "control_answer", "memorable_letters",
}

// Redacted is what Redact puts in place of a secret value.
const Redacted = "[redacted]"

// normalizeKey folds a key for comparison with SecretKeys.
func normalizeKey(k string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(k))
}

// secretKeys is SecretKeys folded, built once.
var secretKeys = func() map[string]bool {
	m := make(map[string]bool, len(SecretKeys))
	for _, k := range SecretKeys {
		m[normalizeKey(k)] = true
	}
	return m
}()

// IsSecretKey reports whether a JSON key is one of SecretKeys.
func IsSecretKey(key string) bool { return secretKeys[normalizeKey(key)] }

// Redact returns a copy of a JSON body in which the value of every SecretKeys key, at any
// depth, is replaced by Redacted, so the body can be logged. A body that is not JSON is
// returned as "[not JSON, N bytes]": it cannot be searched for secrets reliably.
func Redact(body []byte) []byte {
	var v any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil || dec.More() {
		return []byte("[not JSON, " + strconv.Itoa(len(body)) + " bytes]")
	}
	out, err := json.Marshal(redactValue(v))
	if err != nil {
		return []byte("[not JSON, " + strconv.Itoa(len(body)) + " bytes]")
	}
	return out
}

// redactValue replaces secret values inside v.
func redactValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if IsSecretKey(k) {
				x[k] = Redacted
			} else {
				x[k] = redactValue(val)
			}
		}
	case []any:
		for i := range x {
			x[i] = redactValue(x[i])
		}
	}
	return v
}
