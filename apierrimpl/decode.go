package apierrimpl

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// A Reply is one body as Decode read it: the value each key of the layout received and the
// envelope the body is in. A generated Parse reads the values into its Error. The zero Reply
// is a body that is not the vendor's JSON.
type Reply struct {
	texts     // the body, and the strings handed out of it
	env   int // index of the envelope, or -1
	// vals holds the value of each key, as a span of body; a zero span (end 0) is a key the
	// body does not hold.
	vals [MaxKeys]span
}

// Decode reads body, which Parse has already cut to MaxBodySize, by the rules of the package
// documentation, into r. It reports whether the body is the vendor's JSON: a JSON object in
// one of the layout's envelopes. r keeps body; the values it hands out share its memory.
func (l *Layout) Decode(r *Reply, body []byte) bool {
	*r = Reply{texts: texts{buf: body}, env: -1}
	s := newScanner(body)
	if !s.begin() {
		return false
	}
	for {
		key, escaped, val, done, ok := s.next()
		if !ok {
			r.vals = [MaxKeys]span{}
			return false
		}
		if done {
			break
		}
		k := l.match(body[key.start:key.end], escaped)
		if k < 0 || isNull(body, val) && r.vals[k].end != 0 {
			continue // a null never replaces a value
		}
		r.vals[k] = val // else the last value wins
	}
	r.env = l.envelope(r)
	if r.env < 0 {
		r.vals = [MaxKeys]span{}
		return false
	}
	return true
}

// KeyIndex returns the index of the key that a key of a body named name fills, or -1: the
// key equal to it, else the first equal to it up to case (as Decode matches keys).
func (l *Layout) KeyIndex(name string) int {
	raw, _ := json.Marshal(name) // a string always marshals
	raw = raw[1 : len(raw)-1]
	return l.match(raw, bytes.IndexByte(raw, '\\') >= 0)
}

// match returns the index of the key a body key fills, or -1 (matchName).
func (l *Layout) match(key []byte, escaped bool) int {
	return matchName(key, escaped, l.Keys)
}

// matchName returns the index in names of the name a key of a JSON object (as scanner.next
// returns it) fills, or -1: the name equal to it, else the first equal to it up to case, as
// encoding/json matches an object's keys with a struct's fields (see keyFold).
func matchName(key []byte, escaped bool, names []string) int {
	for i, k := range names {
		if keyIs(key, escaped, k) {
			return i
		}
	}
	for i, k := range names {
		if keyFold(key, escaped, k) {
			return i
		}
	}
	return -1
}

// envelope returns the envelope of a decoded body: the only one; else, the envelopes taken in
// order, the first whose defining key (its first match key) the body holds; else the first
// whose other match keys it holds (see Reply.Has); -1 when there is none. So a body is in the
// envelope it defines, whatever keys of another it also carries.
func (l *Layout) envelope(r *Reply) int {
	if len(l.Envelopes) == 1 {
		return 0
	}
	for i := range l.Envelopes {
		if m := l.Envelopes[i].Match; len(m) > 0 && r.Has(m[0]) {
			return i
		}
	}
	for i := range l.Envelopes {
		for _, k := range l.Envelopes[i].Match {
			if r.Has(k) {
				return i
			}
		}
	}
	return -1
}

// IsError applies the vendor's rule to a reply with the given HTTP status whose body Decode
// read into r (whether or not it was the vendor's JSON):
//   - a body that is not the vendor's JSON is an error from status 400 on;
//   - when the envelope's outcome key holds one of its error values the reply is an error,
//     when it holds a success value it is not, whatever the status;
//   - otherwise the reply is an error when the status is 400 or more, or when the body
//     carries a code: its code, detail or wire-name key holds a value (see Has).
func (l *Layout) IsError(r *Reply, status int) bool {
	if r.env < 0 {
		return status >= 400
	}
	if isErr, decided := l.Outcome(r); decided {
		return isErr
	}
	return status >= 400 || l.CarriesCode(r)
}

// Outcome reports whether the envelope's outcome key decides the reply (it holds one of the
// envelope's error or success values) and, when it does, whether the reply is an error.
func (l *Layout) Outcome(r *Reply) (isError, decided bool) {
	if r.env < 0 {
		return false, false
	}
	e := &l.Envelopes[r.env]
	v := r.value(e.Outcome)
	switch {
	case v == nil:
		return false, false
	case oneOf(v, e.ErrorValues):
		return true, true
	case oneOf(v, e.SuccessValues):
		return false, true
	}
	return false, false
}

// CarriesCode reports whether the body carries a code: its code, detail or wire-name key
// holds a value (see Has).
func (l *Layout) CarriesCode(r *Reply) bool {
	if r.env < 0 {
		return false
	}
	e := &l.Envelopes[r.env]
	return r.Has(e.Code) || r.Has(e.Detail) || r.Has(e.WireName)
}

// oneOf reports whether the JSON value v is one of the JSON values vs: equal as JSON, so a
// string with escapes matches the same string written plainly.
func oneOf(v []byte, vs []string) bool {
	for _, want := range vs {
		if string(v) == want {
			return true
		}
	}
	if len(v) == 0 || v[0] != '"' || bytes.IndexByte(v, '\\') < 0 && utf8.Valid(v) {
		return false // only a string with escapes or invalid UTF-8 can equal another spelling
	}
	var got, w [64]byte
	decoded := appendString(got[:0], v)
	for _, want := range vs {
		if len(want) > 0 && want[0] == '"' && string(decoded) == string(appendString(w[:0], []byte(want))) {
			return true
		}
	}
	return false
}

// Envelope returns the index of the envelope of the body, or -1 when the body is not the
// vendor's JSON.
func (r *Reply) Envelope() int { return r.env }

// Body returns the body Decode read.
func (r *Reply) Body() []byte { return r.buf }

// Has reports whether the body holds key k with a value other than null and the empty
// string: what makes a key identify an envelope, or a code key carry a code.
func (r *Reply) Has(k int) bool {
	if k == NoKey {
		return false
	}
	v := r.vals[k]
	return v.end != 0 && !(v.end-v.start == 2 && r.buf[v.start] == '"') && !isNull(r.buf, v)
}

// value returns the raw JSON value of key k, or nil when the body does not hold it.
func (r *Reply) value(k int) []byte {
	if k == NoKey || r.vals[k].end == 0 {
		return nil
	}
	v := r.vals[k]
	return r.buf[v.start:v.end:v.end]
}

// isNull reports whether the value v of body is the literal null.
func isNull(body []byte, v span) bool {
	return v.end-v.start == 4 && string(body[v.start:v.end]) == "null"
}

// Own replaces the body the reply reads by a copy of it, so that the body and the values read
// afterwards no longer share memory with the caller's, and returns the copy.
func (r *Reply) Own() []byte {
	r.texts = texts{buf: bytes.Clone(r.buf)}
	return r.buf
}
