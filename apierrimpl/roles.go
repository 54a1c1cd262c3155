package apierrimpl

// The methods below read the roles of the envelope a body is in: what a generated Parse puts
// in Error.Code, Detail, Name, Message, Description and RequestID. They apply to a Decoded that
// Decode found to be the vendor's JSON.

// IntCode returns the reply's int code: the value of the code key (see Decoded.IntCode) or,
// when that gives no code (none, 0, or a value that is not a code) and the envelope has a
// wire-name key, the code whose Wire name the body gives (Table.ByWire). fromName tells
// which. code is 0 when there is none.
func (l *Layout) IntCode(r *Decoded) (code int, fromName bool) {
	e := &l.Envelopes[r.env]
	if n, ok := r.IntCode(e.Code); ok && n != 0 {
		return n, false
	}
	if e.WireName == NoKey || l.byName == nil {
		return 0, false
	}
	if n, ok := l.byName(r.String(e.WireName)); ok {
		return n, true
	}
	return 0, false
}

// StringCode returns the reply's string code: the value of the code key, or "".
func (l *Layout) StringCode(r *Decoded) string {
	s, _ := r.StringCode(l.Envelopes[r.env].Code)
	return s
}

// Detail returns the reply's detail code: the value of the detail key, or "".
func (l *Layout) Detail(r *Decoded) string {
	s, _ := r.StringCode(l.Envelopes[r.env].Detail)
	return s
}

// Name returns the name of an int code as the body gives it (the wire-name key), or "".
func (l *Layout) Name(r *Decoded) string {
	return r.String(l.Envelopes[r.env].WireName)
}

// Message returns the reply's message: the first message key holding a non-empty string.
func (l *Layout) Message(r *Decoded) string {
	return r.First(l.Envelopes[r.env].Message)
}

// Description returns the reply's description: the first description key holding a
// non-empty string.
func (l *Layout) Description(r *Decoded) string {
	return r.First(l.Envelopes[r.env].Description)
}

// RequestID returns the reply's request ID: the first request ID key holding a non-empty
// string.
func (l *Layout) RequestID(r *Decoded) string {
	return r.First(l.Envelopes[r.env].RequestID)
}

// EnvelopeName returns the name of the reply's envelope, or "" when the body is not the
// vendor's JSON.
func (l *Layout) EnvelopeName(r *Decoded) string {
	if r.env < 0 {
		return ""
	}
	return l.Envelopes[r.env].Name
}

// First returns the string held by the first of keys that holds a non-empty string, or "".
func (r *Decoded) First(keys []int) string {
	for _, k := range keys {
		if s := r.String(k); s != "" {
			return s
		}
	}
	return ""
}
