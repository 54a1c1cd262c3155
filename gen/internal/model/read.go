package model

import (
	"strconv"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// Reading is a reply as the generated Parse reads it: whether it is an error, and what the
// *Error it returns holds. explain prints it; the generated tests expect Parse to agree.
type Reading struct {
	Status  int
	Body    []byte // the part of the body Parse looks at
	Cut     bool   // the body was longer than apierrimpl.MaxBodySize
	Reply   apierrimpl.Reply
	Env     *Envelope // nil when the body is not the vendor's JSON
	IsError bool

	Code       Value // Error.Code
	CodeByName bool  // the code comes from the wire name: the body has none of its own
	Detail     Value // Error.Detail
	Name       string
	Message    string
	Desc       string
	RequestID  string
}

// Read reads a reply as the generated Parse does, with the runtime's decoder and rules.
func (m *Model) Read(status int, body []byte) *Reading {
	rd := &Reading{Status: status, Body: apierrimpl.Limit(body), Cut: len(body) > apierrimpl.MaxBodySize}
	if m.Layout.Decode(&rd.Reply, rd.Body) {
		rd.Env = m.Envs[rd.Reply.Envelope()]
	}
	rd.IsError = m.Layout.IsError(&rd.Reply, status)
	if rd.Env == nil {
		return rd
	}
	l, r := &m.Layout, &rd.Reply
	if m.StringCodes {
		rd.Code = Value{Str: l.StringCode(r)}
		rd.Detail = Value{Str: l.Detail(r)}
	} else {
		n, byName := l.IntCode(r, m.codeByName)
		rd.Code, rd.CodeByName = Value{Int: int64(n)}, byName
	}
	rd.Name = l.Name(r)
	rd.Message = l.Message(r)
	rd.Desc = l.Description(r)
	rd.RequestID = l.RequestID(r)
	return rd
}

// codeByName is the generated Lookup: the code of a wire name.
func (m *Model) codeByName(name string) (int, bool) {
	if c := m.ByWireName(name); c != nil {
		return int(c.Int), true
	}
	return 0, false
}

// Class returns the class of the reply, as the generated Error.Class gives it.
func (rd *Reading) Class(m *Model) *apierr.Class {
	return m.ReplyClass(rd.Code, rd.Detail, rd.Status)
}

// ReplyClass returns the class of a reply with code, detail code and HTTP status, as the
// generated Error.Class gives it (the rule is the runtime's).
func (m *Model) ReplyClass(code, detail Value, status int) *apierr.Class {
	var dc *apierr.Class
	if detail != (Value{}) {
		dc = m.Class(detail)
	}
	var cc *apierr.Class
	if code != (Value{}) {
		cc = m.Class(code)
	}
	return apierrimpl.ReplyClass(dc, cc, detail != (Value{}), m.StatusClass, status)
}

// VendorCode returns what the generated Error.VendorCode gives: the most specific code as the
// vendor writes it, or "".
func (m *Model) VendorCode(code, detail Value) string {
	switch {
	case detail != (Value{}):
		return detail.Str
	case code == (Value{}):
		return ""
	case m.StringCodes:
		return code.Str
	}
	return strconv.FormatInt(code.Int, 10)
}
