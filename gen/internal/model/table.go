package model

import (
	"log/slog"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/spec"
)

// The generated package holds its codes as an apierrimpl.Table, and the runtime's rules walk
// it. The model builds the same Table from the spec (newRules) and asks it every question
// about codes and replies, so that the generator's outputs (explain, the generated tests'
// expectations, the catalogue) and the generated package cannot disagree: no rule is written
// twice.

// rules is the runtime Table of a spec, whatever the type of its codes, asked with Values.
type rules interface {
	parent(v Value) (Value, bool)
	class(v Value) *apierr.Class
	replyClass(r *Reply) *apierr.Class
	display(v Value) string
	codeError(v Value) string
	fake(v Value) Fake
	byWire(name string) (Value, bool)
	catchAllOf(v Value) (int, bool)
	vendorCode(r *Reply) string
	errorText(r *Reply) string
	attrs(r *Reply) []slog.Attr
	codeURL(r *Reply) string
	layout() *apierrimpl.Layout
}

// Fake is an apierrimpl.Fake of Values: the reply the vendor sends for a code.
type Fake struct {
	Code, Detail                         Value
	Status                               int
	Name, Message, Description, Envelope string
}

// Reply is an apierrimpl.Reply of Values.
type Reply struct {
	Code, Detail Value
	Second       *SecondCode // nil for none
	Name         string
	Status       int
	RequestID    string
	Body         []byte
}

// SecondCode is a reply's code of another spec (a [[field]] with code_of), with that spec's
// model: what apierrimpl.Reply.Second holds, an error with a class.
type SecondCode struct {
	Model *Model
	Value Value
}

// Error is the code's Code.Error.
func (c *SecondCode) Error() string { return c.Model.rules.codeError(c.Value) }

// Class is the code's class, by its spec's rules.
func (c *SecondCode) Class() *apierr.Class { return c.Model.Class(c.Value) }

// typed is the rules of a Table of codes of type C, converting Values to and from C.
type typed[C apierrimpl.CodeType] struct {
	t    *apierrimpl.Table[C]
	to   func(Value) C
	from func(C) Value
}

// newRules builds the runtime Table of the spec: the one the generated package declares.
func (m *Model) newRules(importPath string) rules {
	if m.StringCodes {
		t := tableOf(m, importPath, func(v Value) string { return v.Str })
		return &typed[string]{apierrimpl.NewStringTable(t), func(v Value) string { return v.Str },
			func(s string) Value { return Value{Str: s} }}
	}
	t := tableOf(m, importPath, func(v Value) int { return int(v.Int) })
	return &typed[int]{apierrimpl.NewIntTable(t), func(v Value) int { return int(v.Int) },
		func(n int) Value { return Value{Int: int64(n)} }}
}

// tableOf returns the Table the generated package declares, its codes converted by to.
func tableOf[C apierrimpl.CodeType](m *Model, importPath string, to func(Value) C) *apierrimpl.Table[C] {
	t := &apierrimpl.Table[C]{
		Package: m.Package, Vendor: m.Vendor, ImportPath: importPath, Layout: m.Layout,
		StatusClasses: map[int]*apierr.Class{}, ResetHeader: m.ResetHeader,
	}
	for _, c := range m.Codes {
		r := m.Row(c)
		t.Codes = append(t.Codes, apierrimpl.CodeInfo[C]{
			Code: to(r.Value), GoName: c.Name, Wire: c.Wire, Message: c.Message, Description: c.Description,
			Resolution: c.Resolution, Status: c.Status.Code, Parent: to(r.Parent), Class: r.Class,
			Unclassified: c.Unclassified, Temporary: c.Temporary, Envelope: r.Envelope, Detail: c.Detail,
			Template: r.Template,
		})
	}
	for _, ca := range m.CatchAlls {
		t.CatchAlls = append(t.CatchAlls, apierrimpl.CatchAll[C]{
			From: to(Value{Int: ca.From}), To: to(Value{Int: ca.To}), Prefix: ca.Prefix,
			Parent: to(m.ValueOf(m.byName[ca.Parent])), NearestListed: ca.NearestListed,
		})
	}
	for _, sc := range m.StatusClasses {
		t.StatusClasses[sc.Status] = apierr.ClassByName(sc.Class)
	}
	return t
}

// Row is what a documented code's row of the Table holds beyond the spec's text: its value,
// its parent's value (the zero Value for none), its class, the index of its envelope, and
// whether its texts hold placeholders (apierrimpl.HasPlaceholder, in a spec whose document
// writes them).
type Row struct {
	Value, Parent Value
	Class         *apierr.Class
	Envelope      int
	Template      bool
}

// Row returns the row of a documented code.
func (m *Model) Row(c *spec.Code) Row {
	r := Row{Value: m.ValueOf(c), Class: apierr.ClassByName(c.Class), Envelope: m.EnvelopeOf(c).Index,
		Template: m.Placeholders && (apierrimpl.HasPlaceholder(c.Message) || apierrimpl.HasPlaceholder(c.Description))}
	if p := m.byName[c.Parent]; p != nil {
		r.Parent = m.ValueOf(p)
	}
	return r
}

func (r *typed[C]) parent(v Value) (Value, bool) {
	p, ok := r.t.Parent(r.to(v))
	return r.from(p), ok
}

func (r *typed[C]) class(v Value) *apierr.Class { return r.t.Class(r.to(v)) }

func (r *typed[C]) replyClass(x *Reply) *apierr.Class { return r.t.ClassOf(r.reply(x)) }

func (r *typed[C]) display(v Value) string   { return r.t.String(r.to(v)) }
func (r *typed[C]) codeError(v Value) string { return r.t.CodeError(r.to(v)) }

func (r *typed[C]) fake(v Value) Fake {
	f := r.t.Fake(r.to(v))
	return Fake{Code: r.from(f.Code), Detail: r.from(f.Detail), Status: f.Status, Name: f.Name,
		Message: f.Message, Description: f.Description, Envelope: f.Envelope}
}

func (r *typed[C]) catchAllOf(v Value) (int, bool) { return r.t.CatchAllOf(r.to(v)) }
func (r *typed[C]) layout() *apierrimpl.Layout     { return &r.t.Layout }

func (r *typed[C]) byWire(name string) (Value, bool) {
	c, ok := r.t.ByWire(name)
	return r.from(c), ok
}

func (r *typed[C]) reply(x *Reply) *apierrimpl.Reply[C] {
	out := &apierrimpl.Reply[C]{Code: r.to(x.Code), Detail: r.to(x.Detail), Name: x.Name, Status: x.Status,
		RequestID: x.RequestID, Body: x.Body}
	if x.Second != nil {
		out.Second = x.Second
	}
	return out
}

func (r *typed[C]) vendorCode(x *Reply) string { return r.t.VendorCode(r.reply(x)) }
func (r *typed[C]) errorText(x *Reply) string  { return r.t.ErrorText(r.reply(x)) }
func (r *typed[C]) attrs(x *Reply) []slog.Attr { return r.t.Attrs(r.reply(x)) }
func (r *typed[C]) codeURL(x *Reply) string    { return r.t.CodeURL(r.reply(x)) }
