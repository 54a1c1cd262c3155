package apierrimpl

// The scanner: one pass over the top-level JSON object of an error body. This file holds its
// core (the scanner, begin, next); scan_skip.go skips the values the caller does not read,
// scan_string.go checks and decodes strings, scan_key.go matches keys with names and
// scan_number.go reads numbers.
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

// skipSpace returns the index of the first byte at or after i that is not JSON white space.
func skipSpace(d []byte, i int) int {
	for ; i < len(d); i++ {
		if c := d[i]; c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
			break
		}
	}
	return i
}
