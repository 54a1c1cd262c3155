package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// typicalRequestID is the request ID of every typical body: as long as the UUIDs vendors send.
const typicalRequestID = "8c2f6a1e-3b7d-4e9a-a5c1-2d4f6b8e0a13"

// Typical is the typical error body of a spec: the reply of the documented code whose body
// carries the most, read back with the runtime's decoder.
type Typical struct {
	Code   *spec.Code
	Status int
	Body   string
	// Keys are the body's top-level keys, in order, and Vals the JSON of their values.
	Keys, Vals []string
	// VendorCode is what the generated Error's VendorCode returns for the body.
	VendorCode string
	// ErrorFields are the Go names of the generated Error's fields that the body fills.
	ErrorFields []string
}

// typical returns the typical body of m: of every documented code that is not deprecated
// and whose body the runtime reads as an error with that code, the one whose body has the
// most top-level keys, the first in code order on a tie.
//
// A code's body carries its envelope's outcome, code, wire name and detail code as the reply
// the vendor sends for it (model.Model.ReplyCode, ReplyStatus), then the first key of each of
// the envelope's other roles (message, description, request ID) and each of its fields. A
// key some code lists in its fields is carried only by the codes that list it; a key no code
// lists, by every body of its envelope. A message or description holds the code's text (the
// description falls back on the message), or a sample text when the code has none; a field
// holds a sample value of its type.
func typical(m *model.Model) (*Typical, error) {
	var best *Typical
	for _, c := range m.Codes {
		if c.Deprecated != "" {
			continue
		}
		t := bodyOf(m, c)
		if !readsAs(m, t) {
			continue
		}
		if best == nil || len(t.Keys) > len(best.Keys) {
			best = t
		}
	}
	if best == nil {
		return nil, fmt.Errorf("%s: no documented code gives a body that the runtime reads as an error with that code",
			m.File)
	}
	return best, nil
}

// readsAs reports whether the runtime reads t's body as an error with t's code, and fills
// t.VendorCode.
func readsAs(m *model.Model, t *Typical) bool {
	rd := m.Read(t.Status, []byte(t.Body))
	want := m.ValueOf(m.ReplyCode(t.Code))
	if !rd.IsError || rd.Env == nil || rd.Code != want {
		return false
	}
	if t.Code.Detail && rd.Detail != m.ValueOf(t.Code) {
		return false
	}
	t.VendorCode = m.VendorCode(rd.Reply())
	return true
}

// bodyOf builds the body of c (typical's rule).
func bodyOf(m *model.Model, c *spec.Code) *Typical {
	em := m.EnvelopeOf(c)
	t := &Typical{Code: c, Status: m.ReplyStatus(c)}
	var b object
	fields := errorFields{}
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, m.Literal(m.ReplyCode(c)))
	fields.add("Code")
	if em.WireName != nil && c.Wire != "" && b.add(em.WireName.JSON, c.Wire) {
		fields.add("Name")
	}
	if c.Detail && b.add(em.Detail.JSON, c.Str) {
		fields.add("Detail")
	}
	if k := first(em.Message); k != nil && carries(m, c, k.JSON) &&
		b.add(k.JSON, firstNonEmpty(c.Message, "example message")) {
		fields.add("Message")
	}
	if k := first(em.Description); k != nil && carries(m, c, k.JSON) &&
		b.add(k.JSON, firstNonEmpty(c.Description, c.Message, "example description")) {
		fields.add("Description")
	}
	if k := first(em.RequestID); k != nil && carries(m, c, k.JSON) && b.add(k.JSON, typicalRequestID) {
		fields.add("RequestID")
	}
	for _, f := range em.Fields {
		if f.Header == "" && carries(m, c, f.JSON) && b.add(f.JSON, fieldSample(m, f)) {
			fields.add(f.Name)
		}
	}
	t.Body, t.Keys, t.Vals = b.String(), b.keys, b.vals
	t.ErrorFields = fields
	return t
}

// carries reports whether the body of c carries the key: c lists it in its fields, or no
// code lists it.
func carries(m *model.Model, c *spec.Code, key string) bool {
	if contains(c.Fields, key) {
		return true
	}
	for _, o := range m.Codes {
		if contains(o.Fields, key) {
			return false
		}
	}
	return true
}

// first returns the first of keys, or nil.
func first(keys []*model.Key) *model.Key {
	if len(keys) == 0 {
		return nil
	}
	return keys[0]
}

// fieldSample returns a value of the [[field]] f: for a field that holds a code of another
// spec (code_of), that spec's first code; else a sample of its type.
func fieldSample(m *model.Model, f *model.Field) any {
	if f.CodeOf != "" {
		o := m.Second.Model
		if v := o.ValueOf(o.Codes[0]); o.StringCodes {
			return v.Str
		} else {
			return v.Int
		}
	}
	return sample(m.Spec, f.JSON, f.Type)
}

// sample returns a value of the field type expr (validated by the loader: a base type,
// json.RawMessage, Messages, a [[struct]] of s, []T or map[string]T) as a JSON-encodable Go
// value. key names the field, so that the sample strings of different fields differ.
func sample(s *spec.Spec, key, expr string) any {
	return sampleOf(s, key, mustParse(s, key, expr))
}

// sampleOf is sample of a parsed type expression.
func sampleOf(s *spec.Spec, key string, e ast.Expr) any {
	switch t := e.(type) {
	case *ast.Ident:
		switch t.Name {
		case "string":
			return "example " + key
		case "bool":
			return true
		case "int", "int64":
			return 42
		case "float64":
			return 1.5
		case "Messages":
			return []string{"example " + key}
		}
		return sampleStruct(s, t.Name)
	case *ast.SelectorExpr: // json.RawMessage
		return json.RawMessage(`{"example":"` + key + `"}`)
	case *ast.ArrayType:
		return []any{sampleOf(s, key, t.Elt)}
	case *ast.MapType:
		var o object
		o.add("example", sampleOf(s, key, t.Value))
		return json.RawMessage(o.String())
	}
	panic(fmt.Sprintf("%s: field %s: no sample for the type %T", s.File, key, e))
}

// sampleStruct returns an object with a sample value for every field of the [[struct]] name.
func sampleStruct(s *spec.Spec, name string) json.RawMessage {
	for _, st := range s.Structs {
		if st.Name == name {
			var o object
			for _, f := range st.Fields {
				o.add(f.JSON, sampleOf(s, f.JSON, mustParse(s, f.JSON, f.Type)))
			}
			return json.RawMessage(o.String())
		}
	}
	panic(fmt.Sprintf("%s: no [[struct]] %s, though the loader accepted a field of that type", s.File, name))
}

// mustParse parses a field type expression that the loader accepted.
func mustParse(s *spec.Spec, key, expr string) ast.Expr {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		panic(fmt.Sprintf("%s: field %s: type %q does not parse, though the loader accepted it: %v",
			s.File, key, expr, err))
	}
	return e
}

// object writes a JSON object with its keys in the order they are added, each key once.
type object struct {
	keys []string
	vals []string
}

// add appends a key and the JSON of its value, unless the object has the key already; it
// reports whether it added it.
func (o *object) add(key string, val any) bool {
	if contains(o.keys, key) {
		return false
	}
	b, err := json.Marshal(val)
	if err != nil {
		panic(err) // strings, numbers, booleans, slices and raw JSON always marshal
	}
	o.keys = append(o.keys, key)
	o.vals = append(o.vals, string(b))
	return true
}

// String returns the object.
func (o *object) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		b.WriteString(o.vals[i])
	}
	b.WriteByte('}')
	return b.String()
}

// errorFields are the Go names of Error fields, each once.
type errorFields []string

// add appends name unless it is there.
func (f *errorFields) add(name string) {
	if !contains(*f, name) {
		*f = append(*f, name)
	}
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

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
