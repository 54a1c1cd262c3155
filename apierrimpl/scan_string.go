package apierrimpl

// Strings: checking a JSON string in eight-byte words (skipString) and decoding it exactly as
// encoding/json does (appendString).

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
)

// skipString returns the end (one past the closing quote) of the JSON string that starts at
// d[i] (the opening quote), and whether it holds a backslash escape; end is -1 when the
// string holds a raw control character or a bad escape, or the data ends first. Bytes of
// 0x80 and above pass unchecked: invalid UTF-8 is not an error.
func skipString(d []byte, i int) (end int, escaped bool) {
	i++
	for {
		// Eight bytes at a time while none is special (below 0x20, '"' or '\\'): each
		// term of m flags the bytes of one kind; borrows can flag a byte only above a
		// flagged one, so the lowest flag is exact.
		for len(d)-i >= 8 {
			w := binary.LittleEndian.Uint64(d[i:])
			q, e := w^(ones*'"'), w^(ones*'\\')
			if m := ((w-ones*0x20)&^w | (q-ones)&^q | (e-ones)&^e) & (ones * 0x80); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				goto special // measured faster than a break into the loop below
			}
			i += 8
		}
		for i < len(d) && plain[d[i]] {
			i++
		}
		if i >= len(d) {
			return -1, escaped
		}
	special: // d[i] is '"', '\\' or a control character
		switch d[i] {
		case '"':
			return i + 1, escaped
		case '\\':
			escaped = true
			if i = skipEscape(d, i); i < 0 {
				return -1, escaped
			}
		default: // a control character
			return -1, escaped
		}
	}
}

// ones has the byte 0x01 in each of its eight bytes.
const ones = 0x0101010101010101

// skipEscape returns the end of the valid escape sequence at d[i] (a backslash), or -1.
func skipEscape(d []byte, i int) int {
	if i+1 >= len(d) {
		return -1
	}
	switch d[i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return i + 2
	case 'u':
		if len(d)-i >= 6 && hexVal[d[i+2]]|hexVal[d[i+3]]|hexVal[d[i+4]]|hexVal[d[i+5]] < 16 {
			return i + 6
		}
	}
	return -1
}

// plain[c] is true for the bytes that a JSON string holds as themselves: not a control
// character (below 0x20), not '"', not '\\'. Bytes of 0x80 and above are plain.
var plain = func() (t [256]bool) {
	for c := ' '; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// hexVal[c] is the value of the hexadecimal digit c (either case), or 0xFF for other bytes.
var hexVal = func() (t [256]byte) {
	for c := range t {
		t[c] = 0xFF
	}
	for c := byte(0); c < 10; c++ {
		t['0'+c] = c
	}
	for c := byte(0); c < 6; c++ {
		t['a'+c], t['A'+c] = 10+c, 10+c
	}
	return t
}()

// appendString appends the string that the JSON string value raw (quotes included, as next
// returns it) holds, decoded exactly as encoding/json decodes it: all escapes, surrogate
// pairs, and invalid UTF-8 or lone surrogates replaced by U+FFFD. raw that next would not
// return is decoded all the same, without a panic and without reading outside raw: raw that
// is not quoted at both ends appends nothing, and inside the quotes a malformed escape
// appends what decodeRune gives for it.
func appendString(dst, raw []byte) []byte {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return dst
	}
	return appendUnescaped(dst, raw[1:len(raw)-1])
}

// appendUnescaped appends the decoding of b, the bytes between the quotes of a JSON string,
// to dst. Runs of bytes that decode to themselves are copied whole.
func appendUnescaped(dst, b []byte) []byte {
	start := 0 // b[start:i] decodes to itself and is not appended yet
	for i := 0; i < len(b); {
		// Eight bytes at a time while none is a backslash or above 0x7F (as in skipString).
		if len(b)-i >= 8 {
			w := binary.LittleEndian.Uint64(b[i:])
			e := w ^ (ones * '\\')
			m := (w | (e-ones)&^e) & (ones * 0x80)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		c := b[i]
		if c < utf8.RuneSelf && c != '\\' {
			i++
			continue
		}
		r, n := decodeRune(b, i)
		if r != utf8.RuneError && c != '\\' {
			i += n // valid UTF-8 stays as it is
			continue
		}
		dst = utf8.AppendRune(append(dst, b[start:i]...), r)
		i += n
		start = i
	}
	return append(dst, b[start:]...)
}

// decodeRune decodes the character at b[i] of the bytes between the quotes of a JSON string
// and returns it with the number of bytes it takes, as encoding/json decodes it: an escape
// (a surrogate pair taking both escapes), a UTF-8 sequence, or U+FFFD for one byte of
// invalid UTF-8 or an unpaired surrogate escape. Of a malformed escape (which next never
// reports), a backslash that ends b gives U+FFFD taking one byte, a \u without four
// hexadecimal digits after it gives U+FFFD taking the two bytes \u (what follows is decoded
// on its own), and a backslash before any other byte gives that byte, taking both. i must be
// below len(b).
func decodeRune(b []byte, i int) (r rune, n int) {
	c := b[i]
	if c < utf8.RuneSelf && c != '\\' {
		return rune(c), 1
	}
	if c != '\\' {
		return utf8.DecodeRune(b[i:])
	}
	if i+1 >= len(b) {
		return utf8.RuneError, 1
	}
	switch c = b[i+1]; c {
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r1 := hex4(b, i+2)
		if r1 < 0 {
			return utf8.RuneError, 2
		}
		if !utf16.IsSurrogate(r1) {
			return r1, 6
		}
		// A surrogate: decoded with the escape that follows when the two make a pair;
		// otherwise U+FFFD, and the next escape is read on its own (as encoding/json does).
		if len(b)-i >= 12 && b[i+6] == '\\' && b[i+7] == 'u' {
			if r = utf16.DecodeRune(r1, hex4(b, i+8)); r != utf8.RuneError {
				return r, 12
			}
		}
		return utf8.RuneError, 6
	}
	return rune(c), 2 // '"', '\\', '/' (and, for malformed input, any other byte)
}

// hex4 returns the value of the four hexadecimal digits at b[i:i+4], or -1.
func hex4(b []byte, i int) rune {
	if len(b)-i < 4 {
		return -1
	}
	v := rune(hexVal[b[i]])<<12 | rune(hexVal[b[i+1]])<<8 | rune(hexVal[b[i+2]])<<4 | rune(hexVal[b[i+3]])
	if hexVal[b[i]]|hexVal[b[i+1]]|hexVal[b[i+2]]|hexVal[b[i+3]] > 15 {
		return -1
	}
	return v
}
