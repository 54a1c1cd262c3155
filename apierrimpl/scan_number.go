package apierrimpl

// Numbers: the RFC 8259 number grammar (skipNumber) and integers read as json.Unmarshal reads
// them into an int64 (parseInt).

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
