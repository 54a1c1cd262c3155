package spec

import (
	"net/textproto"
	"strings"
)

// headerNames validates a list of HTTP header field names (request_id_headers) and returns
// them as the spec writes them (names are case-insensitive: two that differ only in case are
// one name listed twice). The generator puts them in canonical form where it indexes an
// http.Header.
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
		out = append(out, n)
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

// headerName validates one HTTP header field name (a field's or an envelope's header,
// reset_header) and returns it as the spec writes it; "" when it is absent or not a name.
func (v *validator) headerName(l leaf, path, where, key string) string {
	n := v.plainStr(l, path, where, key, false)
	if n == "" {
		return ""
	}
	if bad := strings.IndexFunc(n, func(r rune) bool { return !isTokenChar(r) }); bad >= 0 {
		v.add(path, "%s: %s: %q is not an HTTP header name (RFC 9110 section 5.1: letters, digits and "+
			"!#$%%&'*+-.^_`|~ only); write the name as the vendor sends it, such as \"WWW-Authenticate\"",
			where, key, n)
		return ""
	}
	return n
}
