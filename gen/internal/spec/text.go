package spec

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
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
			v.add(path, "%s: %s contains %s at byte %d; remove it (write text as plain characters; only newline and "+
				"tab are allowed)", where, key, why, i)
			return
		}
	}
}

// A wire code (a string code's value, an int code's wire name, a catch-all's prefix) is
// compared byte for byte with what the vendor's bodies carry, and shows in messages, logs
// and the catalogue. It is one line of printable ASCII characters without spaces: U+0021 '!'
// to U+007E '~'. Every code of the specs is of that kind (auth.token.expired,
// Operation.Failure.Unsupported.2fa.Type, invalid_grant); white space, control and format
// characters cannot be told apart on screen, and non-ASCII letters can look like ASCII ones.

// MaxWireCodeBytes bounds the length of a wire code. The longest code of the specs has 55 bytes
// (Alibaba's Params.Illegal.AuthenticateInformation.EnterpriseAuthId); a code of 200 is not a
// code but a mistake or an attack (a 70,000-byte code once crashed the generator), and the
// generated tests, catalogue and messages show codes whole.
const MaxWireCodeBytes = 200

// wireCodeProblem reports why s cannot be a wire code, or "". s is not empty.
func wireCodeProblem(s string) string {
	if len(s) > MaxWireCodeBytes {
		return fmt.Sprintf("is %d bytes long, past the bound of %d bytes for codes (specs/README.md; the "+
			"longest code of the specs has 55): check the value against the document", len(s), MaxWireCodeBytes)
	}
	trimmed := strings.TrimSpace(s)
	lead := s != strings.TrimLeftFunc(s, unicode.IsSpace)
	trail := s != strings.TrimRightFunc(s, unicode.IsSpace)
	where := ""
	switch {
	case trimmed == "":
		return "is only white space; write the code as the vendor's bodies carry it, such as \"invalid_grant\""
	case lead && trail:
		where = "starts and ends"
	case lead:
		where = "starts"
	case trail:
		where = "ends"
	}
	if where != "" {
		return fmt.Sprintf("%s with white space; remove it (write %q): bodies carry the code without it, so this one "+
			"would never match", where, trimmed)
	}
	for i, r := range s {
		if r < '!' || r > '~' {
			return fmt.Sprintf("contains %s at byte %d; a code is one line of printable ASCII characters without "+
				"spaces (! to ~), as the vendor's bodies carry it", describeRune(r), i)
		}
	}
	return ""
}

// quoteShort quotes s for a message, cut after its first 40 bytes (at a character boundary)
// when it is longer than 60: enough to find the value, and a message stays one line.
func quoteShort(s string) string {
	if len(s) <= 60 {
		return strconv.Quote(s)
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// describeRune names a character for messages about where it may not be: a wire code, a Go
// name, a dir.
func describeRune(r rune) string {
	switch {
	case r == ' ':
		return "a space"
	case r == '\n':
		return "a newline"
	case r == '\t':
		return "a tab"
	case forbiddenRune(r) != "":
		return forbiddenRune(r)
	case unicode.IsSpace(r):
		return fmt.Sprintf("the white-space character %U", r)
	case unicode.Is(unicode.Cf, r):
		return fmt.Sprintf("the invisible format character %U", r)
	case unicode.Is(unicode.Mn, r):
		return fmt.Sprintf("the combining mark %U", r)
	}
	return fmt.Sprintf("the non-ASCII character %q (%U)", r, r)
}
