package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apierr/apierr"
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

// ByWireName returns the code whose wire name is name (apierrimpl.Table.ByWire), or nil.
func (m *Model) ByWireName(name string) *spec.Code {
	if v, ok := m.rules.byWire(name); ok {
		return m.Lookup(v)
	}
	return nil
}

// CatchAllFor returns the catch-all that covers an unlisted code, or nil: the narrowest, by
// the runtime's rule (apierrimpl.Table.CatchAllOf). A listed code is never under a catch-all.
func (m *Model) CatchAllFor(v Value) *spec.CatchAll {
	if i, ok := m.rules.catchAllOf(v); ok {
		return m.CatchAlls[i]
	}
	return nil
}

// Parent returns the code v is a kind of, by the runtime's rule (apierrimpl.Table.Parent), or
// nil.
func (m *Model) Parent(v Value) *spec.Code {
	if p, ok := m.rules.parent(v); ok {
		return m.Lookup(p)
	}
	return nil
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

// Class returns the class of v, by the runtime's rule (apierrimpl.Table.Class), or nil.
func (m *Model) Class(v Value) *apierr.Class { return m.rules.class(v) }

// ReplyClass returns the class of a reply with code, detail code and HTTP status, by the
// runtime's rule (apierrimpl.Table.ReplyClass).
func (m *Model) ReplyClass(code, detail Value, status int) *apierr.Class {
	return m.rules.replyClass(&Reply{Code: code, Detail: detail, Status: status})
}

// Display returns the name of a documented code (apierrimpl.Table.String).
func (m *Model) Display(c *spec.Code) string { return m.rules.display(m.ValueOf(c)) }

// ErrText returns the error text of a documented code (apierrimpl.Table.CodeError).
func (m *Model) ErrText(c *spec.Code) string { return m.rules.codeError(m.ValueOf(c)) }

// Fake returns the reply the vendor sends for a code (apierrimpl.Table.Fake).
func (m *Model) Fake(v Value) Fake { return m.rules.fake(v) }

// ReplyStatus returns the HTTP status of the reply the vendor sends for c (Fake).
func (m *Model) ReplyStatus(c *spec.Code) int { return m.Fake(m.ValueOf(c)).Status }

// ReplyCode returns the code the reply the vendor sends for c carries in its code key (Fake).
func (m *Model) ReplyCode(c *spec.Code) *spec.Code { return m.Lookup(m.Fake(m.ValueOf(c)).Code) }

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

// SortedStatusClasses returns the spec's [[status_class]] rows by status.
func (m *Model) SortedStatusClasses() []*spec.StatusClass {
	out := append([]*spec.StatusClass(nil), m.StatusClasses...)
	sort.Slice(out, func(i, j int) bool { return out[i].Status < out[j].Status })
	return out
}
