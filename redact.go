package apierr

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// SecretKeys are the JSON keys whose values Redact hides, compared without regard to case or
// to "_" and "-" (so "accessToken", "access_token" and "Access-Token" are one key, and so are
// "api_key" and "apikey", "session_id" and "SessionID"). Vendors echo such values back in
// error bodies: LoginRadius puts an access token in "Data" (see Redact for that key), OAuth
// errors carry authorization codes, and gateways echo request headers. This is the one list;
// the generated packages use it through Redact.
//
// It holds tokens, the secrets of HTTP headers (Authorization, Proxy-Authorization, Cookie,
// Set-Cookie, X-Api-Key), passwords and PINs, one-time and recovery codes, PKCE verifiers,
// keys and client secrets, assertions and signatures, session identifiers, and the answers a
// user gives to prove who they are (security answers, memorable letters, CAPTCHA responses).
var SecretKeys = []string{
	// Tokens.
	"access_token", "refresh_token", "id_token", "token", "auth_token", "session_token",
	"api_token", "jwt",
	// HTTP headers that carry credentials.
	"authorization", "proxy_authorization", "cookie", "set_cookie", "x_api_key",
	// Passwords and PINs.
	"password", "new_password", "old_password", "password_confirm", "new_password_confirm",
	"pwd", "passwd", "passcode", "pin",
	// One-time, backup and verification codes.
	"otp", "otp_code", "otp_secret", "backup_code", "recovery_code", "verification_code",
	"authorization_code", "code_verifier",
	// Keys and client secrets.
	"secret", "client_secret", "api_secret", "api_key", "private_key", "secret_key",
	// Assertions and signatures.
	"client_assertion", "assertion", "saml_response", "signature",
	// Session identifiers.
	"session", "session_id", "sid",
	// What a user answers to prove who they are.
	"security_answer", "control_answer", "memorable_letters", "captcha_response",
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

// Redact returns a copy of a JSON body in which secrets are replaced by Redacted, so the body
// can be logged:
//
//   - the value of every key of SecretKeys, at any depth, whatever it is (a string, a number,
//     an object, an array);
//   - under a key named "data" (folded as SecretKeys are, so LoginRadius' "Data" and Alibaba's
//     "data"), a string value, and every string in an array that is the value, at any depth
//     of arrays: LoginRadius may put a bare access token there. An object under it, or in such
//     an array, is searched by its keys like the rest of the body.
//
// The copy is re-encoded: keys sorted, white space removed, <, > and & escaped, and of
// duplicate keys only the last kept; numbers are kept exactly. A body that is not one JSON
// value is returned as "[not JSON, N bytes]": it cannot be searched for secrets reliably.
//
// What Redact cannot catch, so that a redacted body is still not fit for every log:
//
//   - secrets inside free text: a message or description that quotes a token, a password or
//     an authorization code (Alibaba's own sample OAuth error quotes the code in
//     error_description), a URL whose query carries one (redirect_uri?code=...);
//   - secrets under keys not in SecretKeys, among them OAuth's "code", the authorization
//     code's parameter, which is left out because vendors name their error codes "code";
//   - secrets given as data rather than under a key, such as {"name":"password","value":"..."}
//     or a list of header pairs [["Authorization","Bearer ..."]];
//   - bare strings that are under no secret key and not under "data": in an array
//     (["eyJhbGciOi..."]), or the whole body when it is a JSON string;
//   - JSON inside a JSON string (a provider's response kept as a string), which is one
//     string and not searched.
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

// redactValue replaces secret values inside v, in place, and returns v.
func redactValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			switch {
			case IsSecretKey(k):
				x[k] = Redacted
			case normalizeKey(k) == "data":
				x[k] = redactData(val)
			default:
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

// redactData replaces the value of a key named "data": a string, or each string of an array at
// any depth, is hidden; anything else is searched as redactValue does.
func redactData(v any) any {
	switch x := v.(type) {
	case string:
		return Redacted
	case []any:
		for i := range x {
			x[i] = redactData(x[i])
		}
		return x
	}
	return redactValue(v)
}
