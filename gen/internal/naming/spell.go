package naming

import "strings"

// initialisms maps the lower-case form of each known initialism to the way Go names write it
// (rule 5 of GoName): Go's own list (as in the Go wiki's CodeReviewComments and staticcheck's
// ST1003), the identity-provider ones the spec format asks for, and OAuth.
var initialisms = map[string]string{
	"2fa": "2FA", "acl": "ACL", "api": "API", "ascii": "ASCII", "cpu": "CPU", "csrf": "CSRF",
	"css": "CSS", "dns": "DNS", "eof": "EOF", "guid": "GUID", "html": "HTML", "http": "HTTP",
	"https": "HTTPS", "id": "ID", "ip": "IP", "json": "JSON", "jwt": "JWT", "mfa": "MFA",
	"oauth": "OAuth", "oidc": "OIDC", "otp": "OTP", "pin": "PIN", "rpc": "RPC", "saml": "SAML",
	"sdk": "SDK", "sla": "SLA", "sms": "SMS", "smtp": "SMTP", "sql": "SQL", "ssh": "SSH",
	"ssl": "SSL", "sso": "SSO", "tcp": "TCP", "tls": "TLS", "totp": "TOTP", "ttl": "TTL",
	"udp": "UDP", "ui": "UI", "uid": "UID", "uri": "URI", "url": "URL", "utf8": "UTF8",
	"uuid": "UUID", "vm": "VM", "xml": "XML", "xsrf": "XSRF", "xss": "XSS",
}

// initialism returns how Go names write word when it is a known initialism or the plural of
// one ("ids" → "IDs"), and false otherwise.
func initialism(word string) (string, bool) {
	lower := strings.ToLower(word)
	if s, ok := initialisms[lower]; ok {
		return s, true
	}
	if stem, ok := strings.CutSuffix(lower, "s"); ok {
		if s, ok := initialisms[stem]; ok {
			return s + "s", true
		}
	}
	return "", false
}

// spell writes one word of a name (rule 5): a known initialism as Go writes it, any other
// word with an upper-case first letter and the rest as written.
func spell(word string) string {
	if s, ok := initialism(word); ok {
		return s
	}
	return strings.ToUpper(word[:1]) + word[1:]
}
