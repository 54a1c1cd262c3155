package apierrimpl

// The methods below read the roles of the envelope a body is in: what a generated Parse puts
// in Error.Code, Detail, Name, Message, Description and RequestID. They apply to a Reply that
// Decode found to be the vendor's JSON.

// IntCode returns the reply's int code: the value of the code key (see Reply.IntCode) or,
// when that gives no code (none, 0, or a value that is not a code) and the envelope has a
// wire-name key, the code byName gives the name. fromName tells which. code is 0 when there
// is none.
func (l *Layout) IntCode(r *Reply, byName func(string) (int, bool)) (code int, fromName bool) {
	e := &l.Envelopes[r.env]
	if n, ok := r.IntCode(e.Code); ok && n != 0 {
		return n, false
	}
	if e.WireName == NoKey || byName == nil {
		return 0, false
	}
	if n, ok := byName(r.String(e.WireName)); ok {
		return n, true
	}
	return 0, false
}

// StringCode returns the reply's string code: the value of the code key, or "".
func (l *Layout) StringCode(r *Reply) string {
	s, _ := r.StringCode(l.Envelopes[r.env].Code)
	return s
}

// Detail returns the reply's detail code: the value of the detail key, or "".
func (l *Layout) Detail(r *Reply) string {
	s, _ := r.StringCode(l.Envelopes[r.env].Detail)
	return s
}

// Name returns the name of an int code as the body gives it (the wire-name key), or "".
func (l *Layout) Name(r *Reply) string {
	return r.String(l.Envelopes[r.env].WireName)
}

// Message returns the reply's message: the first message key holding a non-empty string.
func (l *Layout) Message(r *Reply) string {
	return r.First(l.Envelopes[r.env].Message)
}

// Description returns the reply's description: the first description key holding a
// non-empty string.
func (l *Layout) Description(r *Reply) string {
	return r.First(l.Envelopes[r.env].Description)
}

// RequestID returns the reply's request ID: the first request ID key holding a non-empty
// string.
func (l *Layout) RequestID(r *Reply) string {
	return r.First(l.Envelopes[r.env].RequestID)
}

// EnvelopeName returns the name of the reply's envelope, or "" when the body is not the
// vendor's JSON.
func (l *Layout) EnvelopeName(r *Reply) string {
	if r.env < 0 {
		return ""
	}
	return l.Envelopes[r.env].Name
}

// First returns the string held by the first of keys that holds a non-empty string, or "".
func (r *Reply) First(keys []int) string {
	for _, k := range keys {
		if s := r.String(k); s != "" {
			return s
		}
	}
	return ""
}
