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

// truncate cuts a name's words to at most max bytes in all (rule 7 of GoName): the first
// words that fit, except that the first negation among the words cut off (or the last word
// kept, when it is a negation) is kept with the word after it, words before it being cut
// instead. A first word longer than max is cut at max.
func truncate(ws []string, max int) []string {
	k, n := 0, 0
	for k < len(ws) && n+len(ws[k]) <= max {
		n += len(ws[k])
		k++
	}
	if k == len(ws) {
		return ws
	}
	if k == 0 {
		return []string{ws[0][:max]}
	}
	neg := -1
	first := k
	if isNegation(ws[k-1]) {
		first = k - 1 // a kept negation whose next word is cut off
	}
	for j := first; j < len(ws) && neg < 0; j++ {
		if isNegation(ws[j]) {
			neg = j
		}
	}
	if neg < 0 {
		return ws[:k]
	}
	tail := ws[neg:min(neg+2, len(ws))]
	if joinedLen(tail) > max {
		tail = tail[:1]
	}
	m := k
	for m > 0 && joinedLen(ws[:m])+joinedLen(tail) > max {
		m--
	}
	return append(append([]string(nil), ws[:m]...), tail...)
}

// joinedLen is the length of the words joined.
func joinedLen(ws []string) int {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	return n
}
