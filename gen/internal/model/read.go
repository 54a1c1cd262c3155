package model

import (
	"log/slog"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// Reading is a reply read by the runtime's decoder and rule (apierrimpl.Layout.Decode and
// Decide), which the generated Parse calls: whether it is an error, and what the *Error holds.
// explain prints it; the generated tests expect Parse to agree.
type Reading struct {
	Status  int
	Body    []byte
	Decoded apierrimpl.Decoded
	Env     *Envelope // nil when the body is not the vendor's JSON
	Verdict apierrimpl.Verdict
	IsError bool

	Code       Value       // Error.Code
	CodeByName bool        // the code comes from the wire name: the body has none of its own
	Detail     Value       // Error.Detail
	Second     *SecondCode // the code of another spec the reply carries, or nil
	Name       string
	Message    string
	Desc       string
	RequestID  string
}

// Read reads a reply with the runtime's decoder and rule.
func (m *Model) Read(status int, body []byte) *Reading {
	rd := &Reading{Status: status, Body: body}
	l, r := &m.Layout, &rd.Decoded
	if l.Decode(r, body) {
		rd.Env = m.Envs[r.Envelope()]
	}
	rd.Verdict = l.Decide(r, status)
	rd.IsError = rd.Verdict.IsError()
	if rd.Env == nil {
		return rd
	}
	if m.StringCodes {
		rd.Code = Value{Str: l.StringCode(r)}
		rd.Detail = Value{Str: l.Detail(r)}
	} else {
		n, byName := l.IntCode(r)
		rd.Code, rd.CodeByName = Value{Int: int64(n)}, byName
	}
	rd.Second = m.readSecond(r)
	rd.Name = l.Name(r)
	rd.Message = l.Message(r)
	rd.Desc = l.Description(r)
	rd.RequestID = l.RequestID(r)
	return rd
}

// readSecond reads the code of another spec that a decoded body carries (the spec's field with
// code_of), or nil.
func (m *Model) readSecond(r *apierrimpl.Decoded) *SecondCode {
	if m.Second == nil || len(m.Second.Field.Keys) == 0 {
		return nil
	}
	k := m.Second.Field.Keys[0].Index
	v := Value{Str: r.String(k)}
	if !m.Second.Model.StringCodes {
		v = Value{Int: int64(r.Int(k))}
	}
	if v == (Value{}) {
		return nil
	}
	return &SecondCode{Model: m.Second.Model, Value: v}
}

// Reply returns the apierrimpl.Reply of the *Error the reply decodes to.
func (rd *Reading) Reply() *Reply {
	return &Reply{Code: rd.Code, Detail: rd.Detail, Second: rd.Second, Name: rd.Name, Status: rd.Status,
		RequestID: rd.RequestID, Body: rd.Body}
}

// Class returns the class of the reply (apierrimpl.Table.ClassOf).
func (rd *Reading) Class(m *Model) *apierr.Class { return m.rules.replyClass(rd.Reply()) }

// VendorCode returns the most specific code of a reply as the vendor writes it, or ""
// (apierrimpl.Table.VendorCode).
func (m *Model) VendorCode(r *Reply) string { return m.rules.vendorCode(r) }

// ErrorText returns the error text of a reply (apierrimpl.Table.ErrorText).
func (m *Model) ErrorText(r *Reply) string { return m.rules.errorText(r) }

// Attrs returns the attributes of a reply (apierrimpl.Table.Attrs).
func (m *Model) Attrs(r *Reply) []slog.Attr { return m.rules.attrs(r) }

// CodeURL returns the documentation address of a reply's code (apierrimpl.Table.CodeURL).
func (m *Model) CodeURL(r *Reply) string { return m.rules.codeURL(r) }
