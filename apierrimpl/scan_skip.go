package apierrimpl

// Skipping values: the scanner checks a value it does not read (an array or object at any
// depth, a literal) without decoding it. Strings are in scan_string.go, numbers in
// scan_number.go.

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
