package spec

import (
	"fmt"
	"unicode/utf8"
)

// Spec text ends up in Go comments and string literals. The emitters write comments line by
// line and strings with strconv quoting, so quotes, backquotes and "*/" are harmless; what
// the loader rejects is what a reader cannot see or what reorders what they see: control
// characters (newline and tab aside), NUL, and the bidirectional formatting characters used
// in "Trojan Source" attacks.

// forbiddenRune reports why r may not appear in spec text, or "".
func forbiddenRune(r rune) string {
	switch {
	case r == 0:
		return "a NUL byte"
	case r == '\n' || r == '\t':
		return ""
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return fmt.Sprintf("the control character %U", r)
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return fmt.Sprintf("the bidirectional formatting character %U", r)
	case r == 0x2028 || r == 0x2029:
		return fmt.Sprintf("the line or paragraph separator %U", r)
	}
	return ""
}

// text reports forbidden characters in s, once per value.
func (v *validator) text(s, path, where, key string) {
	if !utf8.ValidString(s) {
		v.add(path, "%s: %s is not valid UTF-8; save the spec as UTF-8", where, key)
		return
	}
	for i, r := range s {
		if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			continue // a CRLF line ending; the emitters write LF
		}
		if why := forbiddenRune(r); why != "" {
			v.add(path, "%s: %s contains %s at byte %d; remove it (write text as plain characters; only newline and tab are allowed)", where, key, why, i)
			return
		}
	}
}
