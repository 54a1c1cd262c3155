package model

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/spec"
)

// ValueOf returns the value of a documented code.
func (m *Model) ValueOf(c *spec.Code) Value {
	if m.StringCodes {
		return Value{Str: c.Str}
	}
	return Value{Int: c.Int}
}

// Literal returns the value of a documented code as a Go value: an int or a string.
func (m *Model) Literal(c *spec.Code) any {
	if m.StringCodes {
		return c.Str
	}
	return int(c.Int)
}

// Named returns the documented code with the Go name name, or nil.
func (m *Model) Named(name string) *spec.Code { return m.byName[name] }

// Lookup returns the documented code with value v, or nil.
func (m *Model) Lookup(v Value) *spec.Code { return m.byValue[v] }

// Row returns the row of the code called name in the generated table of codes (the codes in
// value order), or -1 for "".
func (m *Model) Row(name string) int {
	if r, ok := m.rows[name]; ok {
		return r
	}
	return -1
}

// ByWireName returns the code whose wire name is name, the lowest where the document gives
// several codes the same name (the generated Lookup), or nil.
func (m *Model) ByWireName(name string) *spec.Code { return m.byWire[name] }

// CatchAllFor returns the catch-all that covers an unlisted code, or nil: the narrowest range
// or longest prefix that covers it (the generated Parent tests them in this order). A listed
// code is never under a catch-all.
func (m *Model) CatchAllFor(v Value) *spec.CatchAll {
	if m.Lookup(v) != nil {
		return nil
	}
	for _, ca := range m.catchAlls {
		if m.StringCodes && strings.HasPrefix(v.Str, ca.Prefix) ||
			!m.StringCodes && v.Int >= ca.From && v.Int <= ca.To {
			return ca
		}
	}
	return nil
}

// NarrowestCatchAlls returns the catch-alls in the order an unlisted code is tested against them.
func (m *Model) NarrowestCatchAlls() []*spec.CatchAll { return m.catchAlls }

// Parent returns the code v is a kind of, as the generated Code.Parent does: a listed code's
// documented parent, or for an unlisted code the parent of the catch-all that covers it (with
// nearest_listed, the longest listed code that is v up to a dot, when there is one); nil when
// there is none.
func (m *Model) Parent(v Value) *spec.Code {
	if c := m.Lookup(v); c != nil {
		return m.byName[c.Parent]
	}
	ca := m.CatchAllFor(v)
	if ca == nil {
		return nil
	}
	if ca.NearestListed {
		known := func(s string) bool { return m.Lookup(Value{Str: s}) != nil }
		if s, ok := apierrimpl.NearestListed(v.Str, known); ok {
			return m.Lookup(Value{Str: s})
		}
	}
	return m.byName[ca.Parent]
}

// Parents returns the chain of parents of v, nearest first. The loader rejects cycles; the
// bound only keeps a broken spec from looping.
func (m *Model) Parents(v Value) []*spec.Code {
	var out []*spec.Code
	for p := m.Parent(v); p != nil && len(out) <= len(m.Codes); p = m.Parent(m.ValueOf(p)) {
		out = append(out, p)
	}
	return out
}

// Class returns the class of v, as the generated Code.Class does: the class the spec gives a
// listed code, or for an unlisted code the class of its parent; nil when there is none.
func (m *Model) Class(v Value) *apierr.Class {
	if c := m.Lookup(v); c != nil {
		return apierr.ClassByName(c.Class)
	}
	if p := m.Parent(v); p != nil {
		return apierr.ClassByName(p.Class)
	}
	return nil
}

// StatusClass returns the class [[status_class]] gives an HTTP status, or nil.
func (m *Model) StatusClass(status int) *apierr.Class {
	for _, sc := range m.StatusClasses {
		if sc.Status == status {
			return apierr.ClassByName(sc.Class)
		}
	}
	return nil
}

// Display returns what the generated String returns for a documented code: the code itself
// for string codes, else its wire name, else its Go name.
func (m *Model) Display(c *spec.Code) string {
	switch {
	case m.StringCodes:
		return c.Str
	case c.Wire != "":
		return c.Wire
	}
	return c.Name
}

// ErrText returns what the generated Code.Error returns for a documented code: the package,
// the code and what the document says of it, in short (the runtime's CodeInfo.Short).
func (m *Model) ErrText(c *spec.Code) string {
	head := m.Package + ": " + m.Display(c)
	if !m.StringCodes {
		head += fmt.Sprintf(" (%d)", c.Int)
	}
	info := apierrimpl.CodeInfo{Description: c.Description, Message: c.Message}
	if text := info.Short(); text != "" {
		head += ": " + text
	}
	return head
}

// ReplyStatus returns the HTTP status a fake reply for c is sent with (the generated
// Code.Reply): the documented status, else 200 where the body itself says it is an error
// (an outcome key), else 400.
func (m *Model) ReplyStatus(c *spec.Code) int {
	switch {
	case c.Status.Code != 0:
		return c.Status.Code
	case m.EnvelopeOf(c).Outcome != nil:
		return 200
	}
	return 400
}

// ReplyCode returns the code a reply for c carries in its envelope's code key: c, or for a
// detail code the nearest ancestor that is not one.
func (m *Model) ReplyCode(c *spec.Code) *spec.Code {
	for c.Detail {
		c = m.byName[c.Parent]
	}
	return c
}

// EnvelopeOf returns the envelope c arrives in.
func (m *Model) EnvelopeOf(c *spec.Code) *Envelope {
	for _, e := range m.Envs {
		if e.Name == c.Envelope {
			return e
		}
	}
	return m.Envs[0]
}

// Example returns a code to show in documentation: the first documented one.
func (m *Model) Example() *spec.Code { return m.Codes[0] }

// OneLine collapses text to a single line.
func OneLine(text string) string {
	return strings.Join(strings.Fields(text), " ")
}

// StatusText describes a code's documented status in words, for documentation.
func StatusText(s spec.Status) string {
	switch {
	case s.NotInUse:
		return "documented as not in use (the code is not currently returned)"
	case s.Code == 0:
		return "not documented"
	case s.Source != "":
		return fmt.Sprintf("%d (from %s)", s.Code, s.Source)
	}
	return fmt.Sprint(s.Code)
}

// ClassVar returns the Go name of a class's variable in package apierr:
// "invalid_credentials" → "ErrInvalidCredentials".
func ClassVar(name string) string {
	var b strings.Builder
	b.WriteString("Err")
	for _, part := range strings.Split(name, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}
