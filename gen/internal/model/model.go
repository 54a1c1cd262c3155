// Package model derives from a validated spec the facts that the generator's outputs share:
// which keys the decoder reads and what each envelope reads from them (the runtime Layout),
// the rows of the runtime Table, the replies the generated tests send. The emitters turn these
// facts into Go, explain prints them, and the expectations of the generated tests are
// computed from them.
//
// Every rule (how a body is decoded, whether a reply is an error, a code's parent and class,
// the class of a reply, error text, a fake reply) is the runtime's: the model builds the same
// apierrimpl.Table the generated package declares and asks it, so generated code and
// generator cannot disagree.
//
// New computes every derived fact; the other files of the package only read them.
package model

import (
	"strings"

	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/spec"
)

// Model is a spec with its derived facts.
type Model struct {
	*spec.Spec

	// Keys are the top-level JSON keys the decoder reads, in match order (the order of
	// first use: envelope by envelope its roles, then the fields).
	Keys []*Key
	// Envs are the spec's envelopes, their roles resolved to keys.
	Envs []*Envelope
	// Fields are the spec's extra fields with the keys that fill them.
	Fields []*Field
	// Layout is the runtime's description of the keys and envelopes, built from Keys and
	// Envs: what the generated package's table holds as its Layout.
	Layout apierrimpl.Layout
	// Has tells what the spec has, so that emitters write only what applies.
	Has Has

	// Second is the field that holds a code of another spec (code_of) with that spec's
	// model, or nil.
	Second *Second

	byName  map[string]*spec.Code
	byValue map[Value]*spec.Code
	rules   rules // the runtime Table of the spec
}

// Second is a [[field]] with code_of: it holds a code of the spec of Model, whose package is
// at ImportPath.
type Second struct {
	Field      *Field
	Model      *Model
	ImportPath string
}

// Other is another spec of the folder, for the fields that hold its codes (code_of), with the
// import path of its package.
type Other struct {
	Spec       *spec.Spec
	ImportPath string
}

// Has tells what a spec has.
type Has struct {
	Wire                                     bool // int codes with a string name (Akamai)
	WireKey                                  bool // an envelope with a key of the string name
	Message, Description, Resolution         bool // codes with a documented text of the kind
	Parents                                  bool // a code with a parent, or a catch-all
	Detail                                   bool // an envelope with a detail key
	Messages                                 bool // a field of type Messages
	MessageKey, DescriptionKey, RequestIDKey bool // an envelope with a key of the role
	RequestID                                bool // RequestIDKey or [spec] request_id_headers
	Class, Unclassified, Temporary           bool // a code with the property
	Envelopes                                bool // more than one envelope
	Outcome                                  bool // an envelope with an outcome key
}

// Key is one top-level JSON key the decoder reads.
type Key struct {
	Index int    // its index in Keys and in the Layout's Keys
	JSON  string // the key as the vendor writes it
	Ident string // the Go name of its constant in the generated package: keyErrorCode
}

// Envelope is a spec envelope with its roles resolved to keys; a role the envelope does not
// have is nil.
type Envelope struct {
	*spec.Envelope
	Index                           int
	Ident                           string // the Go name of its constant: envOAuth
	Code, WireName, Detail, Outcome *Key
	Message, Description, RequestID []*Key
	CodeText                        []*Key
	Match                           []*Key
	Fields                          []*Field // the fields bodies of this envelope carry
}

// Field is an extra field with the keys that fill it: its JSON key, then its aliases.
type Field struct {
	*spec.Field
	Keys []*Key
}

// Value is a code's value: Int for int specs, Str for string specs. The zero Value is "no
// code", as the generated Code's zero value.
type Value struct {
	Int int64
	Str string
}

// New derives the facts of s, for a package at importPath ("" where the import path does not
// matter: it shows only in CodeURL). others are the other specs of the folder, among them
// the spec whose codes a field with code_of holds.
func New(s *spec.Spec, importPath string, others ...Other) *Model {
	m := &Model{
		Spec:    s,
		byName:  make(map[string]*spec.Code, len(s.Codes)),
		byValue: make(map[Value]*spec.Code, len(s.Codes)),
	}
	for _, c := range s.Codes {
		m.byName[c.Name] = c
		m.byValue[m.ValueOf(c)] = c
	}
	keys := newKeySet()
	for i, e := range s.Envelopes {
		m.Envs = append(m.Envs, envelope(keys, i, e))
	}
	for _, f := range s.Fields {
		fm := &Field{Field: f}
		if f.JSON != "" {
			for _, k := range append([]string{f.JSON}, f.Aliases...) {
				fm.Keys = append(fm.Keys, keys.add(k))
			}
		}
		m.Fields = append(m.Fields, fm)
		if f.CodeOf != "" {
			for _, o := range others {
				if o.Spec.Dir == f.CodeOf {
					m.Second = &Second{Field: fm, Model: New(o.Spec, o.ImportPath), ImportPath: o.ImportPath}
				}
			}
		}
		for _, em := range m.Envs {
			if len(f.Envelopes) == 0 || contains(f.Envelopes, em.Name) {
				em.Fields = append(em.Fields, fm)
			}
		}
	}
	m.Keys = keys.list
	m.Layout = m.layout()
	m.rules = m.newRules(importPath)
	m.Layout = *m.rules.layout() // completed by apierrimpl.NewIntTable or NewStringTable
	m.Has = m.has()
	return m
}

// envelope resolves the roles of a spec envelope to keys, adding each key on first use.
func envelope(keys *keySet, i int, e *spec.Envelope) *Envelope {
	em := &Envelope{Envelope: e, Index: i, Ident: "env" + KeyName(e.Name)}
	em.Code = keys.add(e.CodeKey)
	em.WireName = keys.addOpt(e.WireNameKey)
	em.Detail = keys.addOpt(e.DetailKey)
	if e.Outcome != nil {
		em.Outcome = keys.add(e.Outcome.Key)
	}
	em.Message = keys.addAll(e.Message)
	em.Description = keys.addAll(e.Description)
	em.RequestID = keys.addAll(e.RequestID)
	em.CodeText = keys.addAll(e.CodeText)
	for _, k := range e.Match {
		em.Match = append(em.Match, keys.byJSON[k])
	}
	return em
}

// has tells what the spec has.
func (m *Model) has() Has {
	var h Has
	for _, c := range m.Codes {
		h.Wire = h.Wire || c.Wire != ""
		h.Message = h.Message || c.Message != ""
		h.Description = h.Description || c.Description != ""
		h.Resolution = h.Resolution || c.Resolution != ""
		h.Parents = h.Parents || c.Parent != ""
		h.Class = h.Class || c.Class != ""
		h.Unclassified = h.Unclassified || c.Unclassified != ""
		h.Temporary = h.Temporary || c.Temporary
	}
	h.Parents = h.Parents || len(m.CatchAlls) > 0
	h.Envelopes = len(m.Envs) > 1
	for _, e := range m.Envs {
		h.Detail = h.Detail || e.Detail != nil
		h.WireKey = h.WireKey || e.WireName != nil
		h.Outcome = h.Outcome || e.Outcome != nil
		h.MessageKey = h.MessageKey || len(e.Message) > 0
		h.DescriptionKey = h.DescriptionKey || len(e.Description) > 0
		h.RequestIDKey = h.RequestIDKey || len(e.RequestID) > 0
	}
	h.RequestID = h.RequestIDKey || len(m.RequestIDHeaders) > 0
	for _, f := range m.Fields {
		h.Messages = h.Messages || strings.Contains(f.Type, "Messages")
	}
	return h
}

// layout builds the runtime Layout of the keys and envelopes.
func (m *Model) layout() apierrimpl.Layout {
	var l apierrimpl.Layout
	for _, k := range m.Keys {
		l.Keys = append(l.Keys, k.JSON)
	}
	for _, e := range m.Envs {
		le := apierrimpl.Envelope{
			Name:        e.Name,
			Match:       indexes(e.Match),
			Code:        index(e.Code),
			WireName:    index(e.WireName),
			Detail:      index(e.Detail),
			Outcome:     index(e.Outcome),
			Message:     indexes(e.Message),
			Description: indexes(e.Description),
			RequestID:   indexes(e.RequestID),
			Header:      e.Envelope.Header,
			CodeArray:   e.Envelope.CodeArray,
			CodeText:    indexes(e.CodeText),
			CodePrefix:  e.CodePrefix,
			Trailer:     e.Trailer,
		}
		if e.Outcome != nil {
			le.ErrorValues = jsonValues(e.Envelope.Outcome.Error)
			le.SuccessValues = jsonValues(e.Envelope.Outcome.Success)
		}
		l.Envelopes = append(l.Envelopes, le)
	}
	return l
}

// index is the index of a key in the Layout, or apierrimpl.NoKey for none.
func index(k *Key) int {
	if k == nil {
		return apierrimpl.NoKey
	}
	return k.Index
}

// indexes are the indexes of keys in the Layout.
func indexes(keys []*Key) []int {
	var out []int
	for _, k := range keys {
		out = append(out, k.Index)
	}
	return out
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
