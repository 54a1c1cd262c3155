package apierrimpl

// The scanner: one pass over the top-level JSON object of an error body.
//
// Rules the scanner follows (scanner, newScanner, begin, next):
//
//   - Input. The body is read in place: it is neither copied nor modified. It may start with
//     one UTF-8 byte-order mark (EF BB BF), which is skipped, then JSON white space: space,
//     tab, line feed and carriage return, and nothing else (not form feed, vertical tab or
//     any non-ASCII space). The first other byte must be '{': the body is one JSON object.
//     Anything else (an array, a string, a number, a literal, an empty body) is rejected.
//   - Syntax. Everything from that '{' to its matching '}' must be valid JSON as RFC 8259
//     defines it: members separated by single commas (no leading, trailing or doubled
//     comma), each a string key, a colon and a value; arrays likewise; numbers by the
//     RFC 8259 grammar -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? (no leading zeros, no
//     '+', no bare '.', a digit on both sides of '.', a digit after the exponent mark), with
//     no limit on their size; the literals true, false and null, lower case; strings
//     without raw control characters (bytes 00-1F, including tab and line feed) and with
//     only the escapes \" \\ \/ \b \f \n \r \t and \uXXXX (four hexadecimal digits, either
//     case). Values that the caller does not read are validated all the same, at any
//     nesting depth. A body that breaks any of these rules, or that ends before the closing
//     '}', is rejected as a whole: the scanner reports the failure and stays failed.
//   - Not checked, as encoding/json does not check them either: invalid UTF-8 inside
//     strings and \u escapes of unpaired UTF-16 surrogates (both read as U+FFFD by
//     appendString), duplicate keys (each member is reported, in the order of the body),
//     and what follows the closing '}': trailing bytes, white space or a second value never
//     change the result (the eight-byte string loop may load up to seven of them, and
//     ignores them).
//   - Depth. Arrays and objects may nest to any depth, with no limit (encoding/json refuses
//     more than 10000 levels); the scanner does not recurse but keeps one bit per open
//     level. The first 64 levels below the top-level object cost no allocation; deeper
//     levels use a slice grown on demand.
//   - Cost. The bytes up to the closing '}' are read in one pass, without backtracking;
//     nothing is allocated except for nesting deeper than 64 levels. Keys and values are
//     reported as spans of the body: a key as the raw bytes between its quotes, a value
//     exactly as written (a string with its quotes, an object or array whole), without the
//     white space around it.
//   - Decoding. Strings are decoded only on request, exactly as encoding/json decodes them
//     (appendString, keyIs; keyFold for encoding/json's case-insensitive match of keys with
//     field names); integers are read as json.Unmarshal reads a number into an int64
//     (parseInt). No function here panics, whatever the bytes.

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// span is the part data[start:end] of a body.
type span struct{ start, end int }

// scanState is where a scanner stands in the top-level object.
type scanState uint8

const (
	stateInit   scanState = iota // begin has not succeeded yet
	stateFirst                   // after '{': a key or '}' comes next
	stateMore                    // after a member: ',' or '}' comes next
	stateDone                    // the closing '}' has been read
	stateFailed                  // the body is not a valid object
)

// scanner reads the top-level JSON object of a body once, member by member. The zero value
// is a failed scanner of no data; use newScanner.
type scanner struct {
	data  []byte
	pos   int       // index of the next byte to read
	state scanState // where the scanner stands
	// deep holds the nesting bits of levels 64 and deeper (level k in deep[k/64-1], bit k%64;
	// set for an object, clear for an array), grown on demand and reused across members.
	deep []uint64
}

// newScanner returns a scanner of data (data is not copied and not modified).
func newScanner(data []byte) scanner {
	return scanner{data: data}
}

// begin skips a UTF-8 byte-order mark (EF BB BF) and JSON white space (space, \t, \n, \r)
// and consumes the '{' of a top-level object. It reports false when data does not start
// with an object that way, and the scanner is then failed. Calling begin again starts over.
func (s *scanner) begin() bool {
	d := s.data
	i := 0
	if len(d) >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF {
		i = 3
	}
	i = skipSpace(d, i)
	if i >= len(d) || d[i] != '{' {
		s.state = stateFailed
		return false
	}
	s.pos, s.state = i+1, stateFirst
	return true
}

// next reads the next member of the object begun by begin: the key (the raw bytes between
// its quotes, escapes not decoded), whether the key contains a backslash escape, and the span
// of its value (the value's bytes exactly, without surrounding white space). done is true,
// with ok true, once the closing '}' of the top-level object has been read; bytes after it
// are never looked at. ok is false when the bytes up to the end of the object are not valid
// JSON (RFC 8259 syntax) or the data ends first; the scanner then stays failed. next before
// a successful begin reports ok false.
func (s *scanner) next() (key span, keyEscaped bool, val span, done, ok bool) {
	d := s.data
	i := skipSpace(d, s.pos)
	switch s.state {
	case stateFirst:
		if i < len(d) && d[i] == '}' {
			s.pos, s.state = i+1, stateDone
			return span{}, false, span{}, true, true
		}
	case stateMore:
		if i < len(d) && d[i] == '}' {
			s.pos, s.state = i+1, stateDone
			return span{}, false, span{}, true, true
		}
		if i >= len(d) || d[i] != ',' {
			return s.fail()
		}
		i = skipSpace(d, i+1)
	case stateDone:
		return span{}, false, span{}, true, true
	default:
		return s.fail()
	}
	if i >= len(d) || d[i] != '"' {
		return s.fail()
	}
	end, keyEscaped := skipString(d, i)
	if end < 0 {
		return s.fail()
	}
	key = span{i + 1, end - 1}
	i = skipSpace(d, end)
	if i >= len(d) || d[i] != ':' {
		return s.fail()
	}
	if i = skipSpace(d, i+1); i < len(d) && d[i] == '"' {
		end, _ = skipString(d, i) // the most common value, without two calls more
	} else {
		end = s.skipValue(i)
	}
	if end < 0 {
		return s.fail()
	}
	s.pos, s.state = end, stateMore
	return key, keyEscaped, span{i, end}, false, true
}

// fail marks the scanner failed and returns next's results for a failure.
func (s *scanner) fail() (key span, keyEscaped bool, val span, done, ok bool) {
	s.state = stateFailed
	return span{}, false, span{}, false, false
}

// skipValue returns the end of the JSON value that starts at data[i] (no white space
// before it), or -1 when there is no valid value there.
func (s *scanner) skipValue(i int) int {
	if i < len(s.data) && (s.data[i] == '{' || s.data[i] == '[') {
		return s.skipNested(i)
	}
	return skipScalar(s.data, i)
}

// valueEnd returns the end of the valid JSON value that starts at data[i] (no white space
// before it), checked as next checks a value; ok is false when there is none there.
func valueEnd(data []byte, i int) (end int, ok bool) {
	if i < 0 {
		return -1, false
	}
	s := scanner{data: data}
	end = s.skipValue(i)
	return end, end >= 0
}

// skipNested returns the end of the array or object that starts at data[i] ('[' or '{'),
// or -1 when it is not valid JSON or the data ends first. It does not recurse: the kind of
// each open level is one bit, in kinds for the first 64 levels and in s.deep below them.
func (s *scanner) skipNested(i int) int {
	var (
		d     = s.data
		depth int    // levels open
		kinds uint64 // bit k set: level k (k < 64) is an object
		inObj bool   // the innermost open level is an object
	)
open: // d[i] is '{' or '['
	inObj = d[i] == '{'
	kinds = s.setKind(kinds, depth, inObj)
	depth++
	if i = skipSpace(d, i+1); i >= len(d) {
		return -1
	}
	if d[i] == closer(inObj) {
		i++
		goto closed
	}
	if !inObj {
		goto value
	}
key: // the key of a member starts at d[i]
	if i = skipKey(d, i); i < 0 {
		return -1
	}
value: // a value starts at d[i], white space skipped
	if i < len(d) && (d[i] == '{' || d[i] == '[') {
		goto open
	}
	if i < len(d) && d[i] == '"' {
		i, _ = skipString(d, i) // the most common value, without a call more
	} else {
		i = skipScalar(d, i)
	}
	if i < 0 {
		return -1
	}
after: // a value has ended before d[i]: ',' or the closer comes next
	if i = skipSpace(d, i); i >= len(d) {
		return -1
	}
	if d[i] == ',' {
		i = skipSpace(d, i+1)
		if inObj {
			goto key
		}
		goto value
	}
	if d[i] != closer(inObj) {
		return -1
	}
	i++
closed: // the level depth-1 has just been closed, before d[i]
	if depth--; depth == 0 {
		return i
	}
	inObj = s.kind(kinds, depth-1)
	goto after
}

// skipKey returns the start of the value of the member whose key starts at d[i]: the index
// after the key, the colon and the white space around it; or -1 when they are not there.
func skipKey(d []byte, i int) int {
	if i >= len(d) || d[i] != '"' {
		return -1
	}
	if i, _ = skipString(d, i); i < 0 {
		return -1
	}
	if i = skipSpace(d, i); i >= len(d) || d[i] != ':' {
		return -1
	}
	return skipSpace(d, i+1)
}

// closer returns the byte that closes an object (inObj) or an array.
func closer(inObj bool) byte {
	if inObj {
		return '}'
	}
	return ']'
}

// setKind records whether nesting level k is an object: in kinds, which it returns, for
// k < 64, and in s.deep, grown as needed, for deeper levels.
func (s *scanner) setKind(kinds uint64, k int, inObj bool) uint64 {
	var bit uint64
	if inObj {
		bit = 1
	}
	if k < 64 {
		return kinds&^(1<<k) | bit<<k
	}
	w := k/64 - 1
	for len(s.deep) <= w {
		s.deep = append(s.deep, 0)
	}
	s.deep[w] = s.deep[w]&^(1<<(k%64)) | bit<<(k%64)
	return kinds
}

// kind reports whether nesting level k is an object, from kinds for k < 64 and from
// s.deep for deeper levels (as setKind recorded it).
func (s *scanner) kind(kinds uint64, k int) bool {
	if k < 64 {
		return kinds&(1<<k) != 0
	}
	return s.deep[k/64-1]&(1<<(k%64)) != 0
}

// skipSpace returns the index of the first byte at or after i that is not JSON white space.
func skipSpace(d []byte, i int) int {
	for ; i < len(d); i++ {
		if c := d[i]; c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
			break
		}
	}
	return i
}

// skipScalar returns the end of the string, number, true, false or null that starts at
// d[i], or -1 when there is none there.
func skipScalar(d []byte, i int) int {
	if i >= len(d) {
		return -1
	}
	switch d[i] {
	case '"':
		end, _ := skipString(d, i)
		return end
	case 't':
		return skipLiteral(d, i, "true")
	case 'f':
		return skipLiteral(d, i, "false")
	case 'n':
		return skipLiteral(d, i, "null")
	}
	return skipNumber(d, i)
}

// skipLiteral returns the end of lit at d[i], or -1 when d does not hold lit there.
func skipLiteral(d []byte, i int, lit string) int {
	if len(d)-i >= len(lit) && string(d[i:i+len(lit)]) == lit {
		return i + len(lit)
	}
	return -1
}

// skipNumber returns the end of the RFC 8259 number that starts at d[i], or -1 when there
// is none there: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. What follows the number
// is left to the caller (so "01" ends after the "0").
func skipNumber(d []byte, i int) int {
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i >= len(d):
		return -1
	case d[i] == '0':
		i++
	case '1' <= d[i] && d[i] <= '9':
		i = skipDigits(d, i+1)
	default:
		return -1
	}
	if i < len(d) && d[i] == '.' {
		start := i + 1
		if i = skipDigits(d, start); i == start {
			return -1
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		start := i
		if i = skipDigits(d, start); i == start {
			return -1
		}
	}
	return i
}

// skipDigits returns the index of the first byte at or after i that is not a digit.
func skipDigits(d []byte, i int) int {
	for i < len(d) && d[i]-'0' <= 9 {
		i++
	}
	return i
}

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
// pairs, and invalid UTF-8 or lone surrogates replaced by U+FFFD. raw that is not a string
// as next returns it gives an unspecified result, without a panic.
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
// invalid UTF-8 or an unpaired surrogate escape. A malformed escape (which next never
// reports) gives U+FFFD. i must be below len(b).
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

// parseInt reads a JSON number value as json.Unmarshal reads it into an int64: ok is false
// for a fraction or exponent ("1.0", "1e2"), for values out of the int64 range, and for
// anything that is not a JSON number. (It is not called on strings.)
func parseInt(raw []byte) (n int64, ok bool) {
	i, neg := 0, false
	if len(raw) > 0 && raw[0] == '-' {
		i, neg = 1, true
	}
	if i >= len(raw) || (raw[i] == '0' && len(raw) > i+1) {
		return 0, false // empty, "-", or a leading zero ("01", "0.5", "0e1")
	}
	limit := uint64(1<<63 - 1)
	if neg {
		limit = 1 << 63
	}
	var u uint64
	for ; i < len(raw); i++ {
		c := uint64(raw[i] - '0')
		if c > 9 || u > (limit-c)/10 {
			return 0, false // not a digit (also '.', 'e', 'E') or out of range
		}
		u = u*10 + c
	}
	if neg {
		return -int64(u), true
	}
	return int64(u), true
}
