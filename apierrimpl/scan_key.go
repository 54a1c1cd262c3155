package apierrimpl

// Keys: matching a key as the scanner returns it (raw, escapes not decoded) with a name,
// exactly (keyIs) or as encoding/json matches a key with a field name (keyFold).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// keyIs reports whether a key as next returns it (raw bytes between the quotes, escaped or
// not) decodes to exactly name. A name that is not valid UTF-8 matches no key, as no
// decoded key is invalid UTF-8.
func keyIs(raw []byte, escaped bool, name string) bool {
	if !escaped {
		if string(raw) == name {
			return isASCII(name) || utf8.ValidString(name)
		}
		// raw differs from name: only the U+FFFD (3 bytes) that replaces each byte of
		// invalid UTF-8 in raw can still make the decoded key, then longer than raw, name.
		if len(raw) == 0 || len(name) <= len(raw) ||
			(raw[0] < utf8.RuneSelf && raw[0] != name[0]) || !strings.Contains(name, "\uFFFD") {
			return false
		}
	}
	var buf [utf8.UTFMax]byte
	j := 0 // name[:j] has been matched
	for i := 0; i < len(raw); {
		r, n := decodeRune(raw, i)
		i += n
		w := utf8.EncodeRune(buf[:], r)
		if len(name)-j < w || name[j:j+w] != string(buf[:w]) {
			return false
		}
		j += w
	}
	return j == len(name)
}

// isASCII reports whether s has only bytes below 0x80.
func isASCII(s string) bool {
	var or byte
	for i := 0; i < len(s); i++ {
		or |= s[i]
	}
	return or < utf8.RuneSelf
}

// keyFold reports whether a key as next returns it decodes to a string equal to name up to
// case, under the rule encoding/json uses to match an object key with a struct field name
// when no field name equals the key exactly. The rule is Unicode simple case folding, rune
// by rune: the decoded key and name have the same number of runes, and each rune of one is
// in the same simple-fold orbit (unicode.SimpleFold) as the rune at the same place in the
// other. That is strings.EqualFold(decodedKey, name), and so 'k', 'K' and U+212A KELVIN SIGN
// all match, as do 's', 'S' and U+017F LATIN SMALL LETTER LONG S; '_' and '-' match only
// themselves. A byte of name that is not valid UTF-8 counts as U+FFFD.
//
// encoding/json takes the field whose name is the decoded key exactly (keyIs) when there
// is one, and otherwise the first field, in field order, whose name keyFold matches; a key
// that matches no field is skipped. When several members set one field of a string or
// number type, the value of the last one stays.
//
// Both encoding/json engines apply this rule. The default one (encoding/json/fold.go,
// decode.go) looks the key up as foldName(key), which maps each rune to the smallest rune
// of its fold orbit (ASCII a-z to A-Z), so equal foldNames are exactly strings.EqualFold. The
// engine built with GOEXPERIMENT=jsonv2 (encoding/json/v2_*.go on encoding/json/v2) looks
// the key up by a coarser fold that also drops '_' and '-' (encoding/json/v2/fold.go), then,
// because json.Unmarshal sets the MatchCaseSensitiveDelimiter option of v1 behaviour,
// keeps a field only when strings.EqualFold(key, field name) holds
// (structField.matchFoldedName in encoding/json/v2/fields.go).
func keyFold(raw []byte, escaped bool, name string) bool {
	i := 0
	// ASCII fast path: compare byte by byte, letters up to case.
	for ; i < len(raw) && i < len(name); i++ {
		a, b := raw[i], name[i]
		if a|b >= utf8.RuneSelf || a == '\\' {
			return foldRunes(raw, i, name[i:])
		}
		if a != b && (a|0x20 != b|0x20 || a|0x20 < 'a' || a|0x20 > 'z') {
			return false
		}
	}
	return i == len(raw) && i == len(name)
}

// foldRunes reports whether the decoding of raw[i:] equals name up to simple case folding,
// rune by rune (keyFold's rule).
func foldRunes(raw []byte, i int, name string) bool {
	for i < len(raw) {
		if len(name) == 0 {
			return false
		}
		r, n := decodeRune(raw, i)
		i += n
		t, w := utf8.DecodeRuneInString(name)
		name = name[w:]
		if !foldEqual(r, t) {
			return false
		}
	}
	return len(name) == 0
}

// foldEqual reports whether runes a and b are equal under simple case folding, as
// strings.EqualFold compares runes.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	if b < a {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}
