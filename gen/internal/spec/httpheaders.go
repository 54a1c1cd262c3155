package spec

import (
	"net/textproto"
	"strings"
)

// headerNames validates a list of HTTP header field names (request_id_headers) and returns
// them in canonical form, the form net/http keys an http.Header by, so the generated code can
// index the header map directly.
func (v *validator) headerNames(l leaf, path, where, key string) []string {
	names := v.strings(l, path, where, key, false)
	seen := map[string]string{}
	out := names[:0]
	for _, n := range names {
		if bad := strings.IndexFunc(n, func(r rune) bool { return !isTokenChar(r) }); bad >= 0 {
			v.add(path, "%s: %s: %q is not an HTTP header name (RFC 9110 section 5.1: letters, digits and "+
				"!#$%%&'*+-.^_`|~ only); write the name as the vendor sends it, such as \"X-Request-Id\"",
				where, key, n)
			continue
		}
		c := textproto.CanonicalMIMEHeaderKey(n)
		if first, dup := seen[c]; dup {
			v.add(path, "%s: %s lists %q twice (as %q and %q; header names are case-insensitive); keep one",
				where, key, c, first, n)
			continue
		}
		seen[c] = n
		out = append(out, c)
	}
	return out
}

// isTokenChar reports whether r may appear in an HTTP token (RFC 9110 section 5.6.2), the
// syntax of a header field name.
func isTokenChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return r < 0x80 && strings.ContainsRune("!#$%&'*+-.^_`|~", r)
}
