package apierrimpl

import (
	"strconv"
	"strings"
)

// The methods below read the roles of the envelope a body is in: what a generated Parse puts
// in Error.Code, Detail, Name, Message, Description and RequestID. They apply to a Decoded that
// Decode found to be the vendor's JSON.

// IntCode returns the reply's int code: the value of the code key (see Decoded.IntCode; its
// first element for an envelope with CodeArray); else the code that starts a text of CodeText;
// else, when the envelope has a wire-name key, the code whose Wire name the body gives
// (Table.ByWire). fromName tells whether the name gave it. code is 0 when there is none.
func (l *Layout) IntCode(r *Decoded) (code int, fromName bool) {
	e := &l.Envelopes[r.env]
	if v := r.codeSpan(e); v.end != 0 {
		if n, ok := r.intCodeOf(r.buf[v.start:v.end]); ok && n != 0 {
			return n, false
		}
	}
	for _, k := range e.CodeText {
		if c, ok := codeInText(r.String(k), e.CodePrefix); ok {
			if n, err := strconv.Atoi(c); err == nil && n != 0 {
				return n, false
			}
		}
	}
	if e.WireName == NoKey || l.byName == nil {
		return 0, false
	}
	if n, ok := l.byName(r.String(e.WireName)); ok {
		return n, true
	}
	return 0, false
}

// StringCode returns the reply's string code: the value of the code key (its first element
// for an envelope with CodeArray), else the code that starts a text of CodeText; "" when there
// is none.
func (l *Layout) StringCode(r *Decoded) string {
	e := &l.Envelopes[r.env]
	if s, ok := r.stringCodeAt(r.codeSpan(e)); ok && s != "" {
		return s
	}
	for _, k := range e.CodeText {
		if c, ok := codeInText(r.String(k), e.CodePrefix); ok {
			return c
		}
	}
	return ""
}

// codeSpan returns where the value of the envelope's code key is: for CodeArray, the first
// element of an array (a single value as it is); the zero span when the body does not hold
// the key or the array is empty.
func (r *Decoded) codeSpan(e *Envelope) span {
	if e.Code == NoKey {
		return span{}
	}
	v := r.vals[e.Code]
	if !e.CodeArray || v.end == 0 || r.buf[v.start] != '[' {
		return v
	}
	first := span{}
	elements(r.buf[v.start:v.end], func(start, end int) {
		if first.end == 0 {
			first = span{v.start + start, v.start + end}
		}
	})
	return first
}

// codeInText returns the code at the start of text, after prefix: the bytes up to ':' or white
// space; ok is false when text does not start so, or the code is empty or not a token.
func codeInText(text, prefix string) (string, bool) {
	rest, ok := strings.CutPrefix(text, prefix)
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, ": \t\r\n")
	if end < 0 {
		end = len(rest)
	}
	code := rest[:end]
	return code, code != "" && Token(code) == code
}

// Plain returns a text of a reply of the envelope as a person reads it: without the code that
// starts it (CodePrefix, the code, ':') and without the trailer the vendor appends (Trailer),
// white space trimmed. Texts of envelopes without them are returned as they are.
func (e *Envelope) Plain(text string) string {
	if e.CodePrefix != "" {
		if c, ok := codeInText(text, e.CodePrefix); ok {
			if rest, ok := strings.CutPrefix(text[len(e.CodePrefix)+len(c):], ":"); ok {
				text = rest
			}
		}
	}
	if e.Trailer != "" {
		text, _, _ = strings.Cut(text, e.Trailer)
	}
	return strings.TrimSpace(text)
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
