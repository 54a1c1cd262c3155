package apierrimpl

import (
	"bytes"
	"unicode/utf8"
)

// texts hands out the Go strings of the JSON strings of one buffer (a body, or a value of
// one) with as few allocations as it can: a string that decodes to its own bytes is cut from
// one copy of the buffer, made on first use, so that all the strings a decoded error keeps
// cost one allocation together; a string with escapes or invalid UTF-8 is decoded on its own.
// A buffer larger than shareLimit is not copied whole: each string is copied alone, so that a
// few short strings of a large body do not keep all of it alive.
type texts struct {
	buf  []byte
	copy string // buf as a string, once made
}

// shareLimit is the largest buffer texts copies whole.
const shareLimit = 4 << 10

// str returns the string the JSON string at buf[start:end] (quotes included) holds, decoded as
// encoding/json decodes it; "" when it is not a JSON string.
func (t *texts) str(start, end int) string {
	if end-start < 2 || t.buf[start] != '"' {
		return ""
	}
	inner := t.buf[start+1 : end-1]
	if bytes.IndexByte(inner, '\\') >= 0 || !utf8.Valid(inner) {
		var scratch [256]byte
		return string(appendUnescaped(scratch[:0], inner))
	}
	return t.sub(start+1, end-1)
}

// sub returns buf[start:end] as a string: cut from the copy of buf when buf is small enough
// to be copied whole, else copied alone.
func (t *texts) sub(start, end int) string {
	if start == end {
		return ""
	}
	if len(t.buf) > shareLimit {
		return string(t.buf[start:end])
	}
	if t.copy == "" {
		t.copy = string(t.buf)
	}
	return t.copy[start:end]
}

// shared returns t with the copy of its buffer made when the buffer is small enough to be
// copied whole, so that copies of t (the struct readers' Members) cut their strings from the
// same copy as t does.
func (t *texts) shared() texts {
	if t.copy == "" && len(t.buf) > 0 && len(t.buf) <= shareLimit {
		t.copy = string(t.buf)
	}
	return *t
}

// key returns the string of a key as scanner.next returns it: the bytes between its quotes.
func (t *texts) key(k span) string {
	return t.str(k.start-1, k.end+1)
}

// strings returns the strings of the JSON array at buf[start:end] when every element is a
// string, else nil (an empty array gives an empty, non-nil slice).
func (t *texts) strings(start, end int) []string {
	v := t.buf[start:end]
	if len(v) == 0 || v[0] != '[' {
		return nil
	}
	n, ok := stringElements(v, nil)
	if !ok {
		return nil
	}
	out := make([]string, 0, n)
	stringElements(v, func(s, e int) { out = append(out, t.str(start+s, start+e)) })
	return out
}

// stringElements walks the elements of the valid JSON array v, calling each (when not nil)
// with the span of each element in v while they are strings; it returns the number of
// elements, and false when one is not a string.
func stringElements(v []byte, each func(start, end int)) (int, bool) {
	ok := true
	n := elements(v, func(s, e int) {
		ok = ok && v[s] == '"'
		if ok && each != nil {
			each(s, e)
		}
	})
	return n, ok
}
