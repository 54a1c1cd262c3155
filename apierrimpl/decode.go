package apierrimpl

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"unicode/utf8"
)

// A Decoded is one body as Decode read it: the value each key of the layout received and the
// envelope the body is in. A generated Parse reads the values into its Error. The zero Decoded
// is a body that is not the vendor's JSON.
type Decoded struct {
	texts        // what the values are read from (the body, or a challenge's parameters)
	body  []byte // the body
	env   int    // index of the envelope, or -1
	cut   bool   // the body is the start of a longer one (Input.Cut)
	// object is true when the body starts as a JSON object, whether or not it is in an
	// envelope: a cut one may be the vendor's JSON whose match keys were cut off.
	object bool
	// vals holds the value of each key, as a span of body; a zero span (end 0) is a key the
	// body does not hold.
	vals [MaxKeys]span
}

// An Input is a reply as a generated Parse or FromResponse hands it to Layout.Read.
type Input struct {
	// Status is the HTTP status of the reply, Body its body, Header its response's header
	// (nil for Parse).
	Status int
	Body   []byte
	Header http.Header
	// Borrowed is true when the body belongs to the caller (Parse), who may reuse it: an
	// *Error keeps a copy.
	Borrowed bool
	// Cut is true when Body is the first MaxBodySize bytes of a longer body (FromResponse).
	Cut bool
}

// Read decodes in.Body by the layout into r (Decode) and applies the vendor's rule (IsError).
// A body that is not the vendor's JSON, or carries no code, gives way to the error a response
// header's challenge carries, for a layout with an envelope read from one (Envelope.Header,
// readChallenge). It
// reports whether the reply is an error; when it is and the body is borrowed, r reads a copy
// of the body from then on (Own).
func (l *Layout) Read(r *Decoded, in *Input) bool {
	if !l.decode(r, in.Body, in.Cut) || !l.CarriesCode(r) {
		l.readChallenge(r, in)
	}
	if !l.IsError(r, in.Status) {
		return false
	}
	if in.Borrowed {
		r.Own()
	}
	return true
}

// Decode reads the whole body by the rules of the package documentation into r. It reports
// whether the body is the vendor's JSON: a JSON object in one of the layout's envelopes. r
// keeps body; the values it hands out share its memory.
func (l *Layout) Decode(r *Decoded, body []byte) bool {
	return l.decode(r, body, false)
}

// decode is Decode of a body that is whole, or the start of a longer one (cut): then the
// members up to the last whole one count, and an object that ends there is the vendor's JSON.
func (l *Layout) decode(r *Decoded, body []byte, cut bool) bool {
	return l.decodeFrom(r, body, body, cut, false)
}

// decodeFrom reads src, the body or (fromHeader) a challenge's parameters as a JSON object,
// into r, choosing among the envelopes read from there; body is the reply's body, kept.
func (l *Layout) decodeFrom(r *Decoded, src, body []byte, cut, fromHeader bool) bool {
	*r = Decoded{texts: texts{buf: src}, body: body, env: -1, cut: cut}
	s := newScanner(src)
	if !s.begin() {
		return false
	}
	r.object = true
	for {
		key, escaped, val, done, ok := s.next()
		if !ok && cut {
			break
		}
		if !ok {
			r.vals = [MaxKeys]span{}
			return false
		}
		if done {
			break
		}
		k := l.match(src[key.start:key.end], escaped)
		if k < 0 || isNull(src, val) && r.vals[k].end != 0 {
			continue // a null never replaces a value
		}
		r.vals[k] = val // else the last value wins
	}
	r.env = l.envelope(r, fromHeader)
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

// envelope returns the envelope of a decoded body (or, fromHeader, challenge), among the
// envelopes read from there: the only one; else, the envelopes taken in order, the first whose
// defining key (its first match key) the body holds; else the first whose other match keys it
// holds (see Decoded.Has); -1 when there is none. So a body is in the envelope it defines,
// whatever keys of another it also carries.
func (l *Layout) envelope(r *Decoded, fromHeader bool) int {
	var only []int
	for i := range l.Envelopes {
		if (l.Envelopes[i].Header != "") == fromHeader {
			only = append(only, i)
		}
	}
	if len(only) == 1 {
		return only[0]
	}
	for _, i := range only {
		if m := l.Envelopes[i].Match; len(m) > 0 && r.Has(m[0]) {
			return i
		}
	}
	for _, i := range only {
		for _, k := range l.Envelopes[i].Match {
			if r.Has(k) {
				return i
			}
		}
	}
	return -1
}

// IsError applies the vendor's rule, as the package documentation states it ("Whether a
// reply is an error"), to a reply with the given HTTP status whose body Decode read into r.
func (l *Layout) IsError(r *Decoded, status int) bool {
	return l.Decide(r, status).IsError()
}

// A Verdict is what decided whether a reply is an error: one reason of the vendor's rule.
type Verdict int

// The verdicts, in the order the rule tries them.
const (
	NotJSONError   Verdict = iota // not the vendor's JSON, HTTP status 400 or more: an error
	NotJSONSuccess                // not the vendor's JSON, HTTP status below 400: not an error
	OutcomeError                  // the outcome key holds an error value: an error
	OutcomeSuccess                // the outcome key holds a success value: not an error
	StatusError                   // HTTP status 400 or more: an error
	CodeError                     // the body carries a code: an error
	CutError                      // cut before the outcome key could decide: an error
	NoCodeSuccess                 // HTTP status below 400 and no code: not an error
)

// String says in words what decided, as the rule of the package documentation states it.
func (v Verdict) String() string {
	switch v {
	case NotJSONError:
		return "the body is not the vendor's JSON and the HTTP status is 400 or more"
	case NotJSONSuccess:
		return "the body is not the vendor's JSON and the HTTP status is below 400"
	case OutcomeError:
		return "the outcome key holds an error value, whatever the HTTP status"
	case OutcomeSuccess:
		return "the outcome key holds a success value, whatever the HTTP status"
	case StatusError:
		return "the HTTP status is 400 or more"
	case CodeError:
		return "the body carries a code"
	case CutError:
		return "the body was cut before its outcome key could decide"
	case NoCodeSuccess:
		return "the HTTP status is below 400 and the body carries no code"
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// IsError reports whether the verdict makes the reply an error.
func (v Verdict) IsError() bool {
	switch v {
	case NotJSONSuccess, OutcomeSuccess, NoCodeSuccess:
		return false
	}
	return true
}

// Decide applies the vendor's rule to a reply with the given HTTP status whose body Decode
// read into r, and says which part of the rule decided.
func (l *Layout) Decide(r *Decoded, status int) Verdict {
	if r.env < 0 {
		switch {
		case status >= 400:
			return NotJSONError
		case r.cut && r.object && l.hasOutcome():
			return CutError // the envelope's match keys, and its outcome key, may be past the cut
		}
		return NotJSONSuccess
	}
	if isErr, decided := l.Outcome(r); decided {
		if isErr {
			return OutcomeError
		}
		return OutcomeSuccess
	}
	switch {
	case status >= 400:
		return StatusError
	case l.CarriesCode(r):
		return CodeError
	case r.cut && l.Envelopes[r.env].Outcome != NoKey:
		return CutError
	}
	return NoCodeSuccess
}

// Outcome reports whether the envelope's outcome key decides the reply (it holds one of the
// envelope's error or success values) and, when it does, whether the reply is an error.
func (l *Layout) Outcome(r *Decoded) (isError, decided bool) {
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
func (l *Layout) CarriesCode(r *Decoded) bool {
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
func (r *Decoded) Envelope() int { return r.env }

// Body returns the body of the reply.
func (r *Decoded) Body() []byte { return r.body }

// Cut reports whether the body is the start of a longer one (Input.Cut).
func (r *Decoded) Cut() bool { return r.cut }

// Has reports whether the body holds key k with a value other than null and the empty
// string: what makes a key identify an envelope, or a code key carry a code.
func (r *Decoded) Has(k int) bool {
	if k == NoKey {
		return false
	}
	v := r.vals[k]
	return v.end != 0 && !(v.end-v.start == 2 && r.buf[v.start] == '"') && !isNull(r.buf, v)
}

// value returns the raw JSON value of key k, or nil when the body does not hold it.
func (r *Decoded) value(k int) []byte {
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
func (r *Decoded) Own() []byte {
	fromBody := len(r.buf) > 0 && len(r.body) > 0 && &r.buf[0] == &r.body[0]
	r.body = bytes.Clone(r.body)
	if fromBody {
		r.texts = texts{buf: r.body}
	}
	return r.body
}
