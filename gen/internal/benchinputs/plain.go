package main

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// The baseline of BenchmarkParse is json.Unmarshal into a plain struct: what a Go programmer
// without apierr would declare for the vendor's error body. Its fields are the top-level keys
// the generated decoder reads (model.Model.Keys), so that both sides know the same keys.

// plainField is a field of a plain struct.
type plainField struct {
	name string   // Go name
	key  string   // JSON key
	typ  jen.Code // Go type
}

// plainFields returns the fields of the plain struct of m, one per key the decoder reads, in
// the decoder's key order. A key of a [[field]] (or one of its aliases) has the field's type,
// with the [[struct]] types of the spec named prefix+Name and Messages as []string (the
// array GoPoints sends most); a code key has the spec's code type; an outcome key the type of
// its values (bool or string); every other key (wire name, detail code, message,
// description, request ID) is a string.
func plainFields(m *model.Model, prefix string) []plainField {
	types := map[string]jen.Code{}
	for _, f := range m.Fields {
		for _, k := range f.Keys {
			if types[k.JSON] == nil {
				types[k.JSON] = fieldGoType(m, prefix, f)
			}
		}
	}
	for _, e := range m.Envs {
		if types[e.Code.JSON] == nil {
			types[e.Code.JSON] = codeType(m)
		}
		if e.Outcome != nil && types[e.Outcome.JSON] == nil {
			types[e.Outcome.JSON] = outcomeType(e.Envelope.Outcome)
		}
	}
	var out []plainField
	names := map[string]bool{}
	for _, k := range m.Keys {
		t := types[k.JSON]
		if t == nil {
			t = jen.String()
		}
		out = append(out, plainField{name: uniqueName(names, model.KeyName(k.JSON)), key: k.JSON, typ: t})
	}
	return out
}

// plainStructFields returns the fields of the plain struct of a [[struct]] of s.
func plainStructFields(s *spec.Spec, prefix string, st *spec.Struct) []plainField {
	var out []plainField
	for _, f := range st.Fields {
		out = append(out, plainField{name: f.Name, key: f.JSON, typ: goType(s, prefix, f.Type)})
	}
	return out
}

// uniqueName returns name, or name with the smallest number from 2 up that makes it unique
// among names ("code" and "Code" both give Code), and records it.
func uniqueName(names map[string]bool, name string) string {
	n := name
	for i := 2; names[n]; i++ {
		n = name + strconv.Itoa(i)
	}
	names[n] = true
	return n
}

// codeType is the Go type of m's code key.
func codeType(m *model.Model) jen.Code {
	if m.StringCodes {
		return jen.String()
	}
	return jen.Int()
}

// outcomeType is the Go type of an outcome key: bool when its values are, else string.
func outcomeType(o *spec.Outcome) jen.Code {
	if _, ok := o.Error[0].(bool); ok {
		return jen.Bool()
	}
	return jen.String()
}

// fieldGoType is the Go type of the [[field]] f in the plain struct: the code type of the
// other spec for a field with code_of, else its type expression's.
func fieldGoType(m *model.Model, prefix string, f *model.Field) jen.Code {
	if f.CodeOf != "" {
		return codeType(m.Second.Model)
	}
	return goType(m.Spec, prefix, f.Type)
}

// goType is the Go type of a field type expression of s in the plain struct.
func goType(s *spec.Spec, prefix, expr string) jen.Code {
	return goTypeOf(s, prefix, mustParse(s, expr, expr))
}

// goTypeOf is goType of a parsed type expression.
func goTypeOf(s *spec.Spec, prefix string, e ast.Expr) jen.Code {
	switch t := e.(type) {
	case *ast.Ident:
		switch t.Name {
		case "string", "bool", "int", "int64", "float64":
			return jen.Id(t.Name)
		case "Messages":
			return jen.Index().String()
		}
		return jen.Id(prefix + t.Name)
	case *ast.SelectorExpr: // json.RawMessage
		return jen.Qual("encoding/json", "RawMessage")
	case *ast.ArrayType:
		return jen.Index().Add(goTypeOf(s, prefix, t.Elt))
	case *ast.MapType:
		return jen.Map(jen.String()).Add(goTypeOf(s, prefix, t.Value))
	}
	panic(fmt.Sprintf("%s: no Go type for the field type %T", s.File, e))
}

// structDecl declares a plain struct type.
func structDecl(doc, name string, fields []plainField) jen.Code {
	var fs []jen.Code
	for _, f := range fields {
		fs = append(fs, jen.Id(f.name).Add(f.typ).Tag(map[string]string{"json": f.key}))
	}
	st := jen.Null()
	for _, line := range strings.Split(wrap(doc, 95), "\n") {
		st.Comment(line).Line()
	}
	return st.Type().Id(name).Struct(fs...)
}

// wrap breaks text into lines of at most width bytes at spaces (a longer word stays whole).
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
