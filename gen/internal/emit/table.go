package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitTable writes table.go: table, the package's apierrimpl.Table (a row for each documented
// code, one line each; the catch-alls; the classes of HTTP statuses; the layout of the
// vendor's bodies), and the constants that name the keys and envelopes of the layout.
func emitTable(f *file, m *model.Model, o Options) {
	ctor := "NewStringTable"
	if !m.StringCodes {
		ctor = "NewIntTable"
	}
	f.Add(commentLines(fmt.Sprintf("table is what the document says of each code of %s and how the vendor "+
		"lays out its error bodies: the data that the methods of Code and Error hand to package "+
		"apierrimpl, whose rules (a code's parent and class, the class of a reply, error text) are the "+
		"same for every generated package.", m.Vendor)))
	f.Var().Id("table").Op("=").Qual(runtimePkg, ctor).Call(
		jen.Op("&").Qual(runtimePkg, "Table").Types(jen.Id("Code")).Values(
			keyed(
				kv{"Package", jen.Lit(m.Package)},
				kv{"Vendor", jen.Lit(m.Vendor)},
				kv{"ImportPath", jen.Lit(o.ImportPath)},
				kv{"Codes", codeRows(m)},
				kv{"CatchAlls", catchAllRows(m)},
				kv{"StatusClasses", statusClasses(m)},
				kv{"Layout", layoutValue(m)},
				kv{"ResetHeader", strLit(m.ResetHeader)},
			)...))
	f.Line()
	var keys, envs []string
	for _, k := range m.Keys {
		keys = append(keys, k.Ident)
	}
	emitIota(f, "The keys of a body that the decoder reads, as indexes into table.Layout.Keys.", keys)
	if m.Has.Envelopes {
		for _, e := range m.Envs {
			envs = append(envs, e.Ident)
		}
		emitIota(f, "The envelopes of the vendor's bodies, as indexes into table.Layout.Envelopes.", envs)
	}
}

// codeRows is the list of the table's rows, one line per documented code.
func codeRows(m *model.Model) jen.Code {
	return jen.Index().Qual(runtimePkg, "CodeInfo").Types(jen.Id("Code")).ValuesFunc(func(g *jen.Group) {
		for _, c := range m.Codes {
			g.Line().Values(inline(rowFields(m, c)...)...)
		}
		g.Line()
	})
}

// rowFields are the fields of a code's row that are not zero, in the order of
// apierrimpl.CodeInfo.
func rowFields(m *model.Model, c *spec.Code) []kv {
	r := m.Row(c)
	fs := []kv{{"Code", valueLit(m, r.Value)}, {"GoName", jen.Lit(c.Name)}, {"Wire", strLit(c.Wire)},
		{"Status", intLit(c.Status.Code)}}
	if r.Parent != (model.Value{}) {
		fs = append(fs, kv{"Parent", valueLit(m, r.Parent)})
	}
	fs = append(fs,
		kv{"Class", classVar(c.Class)}, kv{"Unclassified", strLit(c.Unclassified)}, kv{"Temporary", boolOrNil(c.Temporary)},
		kv{"Envelope", envelopeConst(m, r.Envelope)}, kv{"Detail", boolOrNil(c.Detail)},
		kv{"Template", boolOrNil(r.Template)}, kv{"Message", strLit(c.Message)},
		kv{"Description", strLit(c.Description)}, kv{"Resolution", strLit(c.Resolution)})
	return fs
}

// catchAllRows is the list of the table's catch-alls, in the spec's order, or nil for none.
func catchAllRows(m *model.Model) jen.Code {
	if len(m.CatchAlls) == 0 {
		return nil
	}
	return jen.Index().Qual(runtimePkg, "CatchAll").Types(jen.Id("Code")).ValuesFunc(func(g *jen.Group) {
		for _, ca := range m.CatchAlls {
			var fs []kv
			if m.StringCodes {
				fs = append(fs, kv{"Prefix", jen.Lit(ca.Prefix)})
			} else {
				fs = append(fs, kv{"From", jen.Lit(int(ca.From))}, kv{"To", jen.Lit(int(ca.To))})
			}
			fs = append(fs, kv{"Parent", valueLit(m, m.ValueOf(m.Named(ca.Parent)))},
				kv{"NearestListed", boolOrNil(ca.NearestListed)})
			g.Line().Values(inline(fs...)...)
		}
		g.Line()
	})
}

// statusClasses is the map of the spec's [[status_class]] rows, by status, or nil for none.
func statusClasses(m *model.Model) jen.Code {
	rows := m.SortedStatusClasses()
	if len(rows) == 0 {
		return nil
	}
	return jen.Map(jen.Int()).Op("*").Qual(rootPkg, "Class").ValuesFunc(func(g *jen.Group) {
		for _, sc := range rows {
			g.Line().Lit(sc.Status).Op(":").Add(classVar(sc.Class))
		}
		g.Line()
	})
}

// layoutValue is the literal of the layout: the keys the decoder reads and the envelopes.
func layoutValue(m *model.Model) jen.Code {
	return jen.Qual(runtimePkg, "Layout").Values(keyed(
		kv{"Keys", jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, k := range m.Keys {
				g.Line().Id(k.Ident).Op(":").Lit(k.JSON)
			}
			g.Line()
		})},
		kv{"Envelopes", jen.Index().Qual(runtimePkg, "Envelope").ValuesFunc(func(g *jen.Group) {
			for _, e := range m.Envs {
				g.Line().Values(envelopeFields(m, e)...)
			}
			g.Line()
		})},
	)...)
}

// envelopeFields are the fields of one envelope of the layout, in the order of
// apierrimpl.Envelope.
func envelopeFields(m *model.Model, e *model.Envelope) []jen.Code {
	key := func(k *model.Key) jen.Code {
		if k == nil {
			return jen.Qual(runtimePkg, "NoKey")
		}
		return jen.Id(k.Ident)
	}
	keys := func(ks []*model.Key) jen.Code {
		if len(ks) == 0 {
			return nil
		}
		return jen.Index().Int().ValuesFunc(func(g *jen.Group) {
			for _, k := range ks {
				g.Id(k.Ident)
			}
		})
	}
	fields := []kv{
		{"Name", jen.Lit(e.Name)},
		{"Match", keys(e.Match)},
		{"Code", key(e.Code)},
		{"WireName", key(e.WireName)},
		{"Detail", key(e.Detail)},
		{"Outcome", key(e.Outcome)},
		{"Message", keys(e.Message)},
		{"Description", keys(e.Description)},
		{"RequestID", keys(e.RequestID)},
		{"Header", strLit(e.Envelope.Header)},
		{"CodeArray", boolOrNil(e.CodeArray)},
		{"CodeText", keys(e.CodeText)},
		{"CodePrefix", strLit(e.CodePrefix)},
		{"Trailer", strLit(e.Trailer)},
	}
	if e.Outcome != nil {
		le := m.Layout.Envelopes[e.Index]
		fields = append(fields, kv{"ErrorValues", stringList(le.ErrorValues)},
			kv{"SuccessValues", stringList(le.SuccessValues)})
	}
	return keyed(fields...)
}

// emitIota writes a block of constants numbered from 0 with iota.
func emitIota(f *file, doc string, names []string) {
	f.Comment(doc)
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, name := range names {
			if i == 0 {
				g.Id(name).Op("=").Iota()
			} else {
				g.Id(name)
			}
		}
	})
	f.Line()
}

// kv is one field of a keyed composite literal.
type kv struct {
	key string
	val jen.Code // nil: the field is left out
}

// keyed returns the fields of a keyed composite literal, one per line, in the order given.
func keyed(fields ...kv) []jen.Code {
	var out []jen.Code
	for _, f := range fields {
		if f.val != nil {
			out = append(out, jen.Line().Id(f.key).Op(":").Add(f.val))
		}
	}
	return append(out, jen.Line())
}

// inline returns the fields of a keyed composite literal on one line, in the order given.
func inline(fields ...kv) []jen.Code {
	var out []jen.Code
	for _, f := range fields {
		if f.val != nil {
			out = append(out, jen.Id(f.key).Op(":").Add(f.val))
		}
	}
	return out
}

// boolOrNil is true, or nil to leave a boolean field out.
func boolOrNil(b bool) jen.Code {
	if b {
		return jen.True()
	}
	return nil
}

// strLit is the literal of a string, or nil to leave an empty one out.
func strLit(s string) jen.Code {
	if s == "" {
		return nil
	}
	return jen.Lit(s)
}

// intLit is the literal of an int, or nil to leave 0 out.
func intLit(n int) jen.Code {
	if n == 0 {
		return nil
	}
	return jen.Lit(n)
}

// stringList is the literal of a []string.
func stringList(vs []string) jen.Code {
	return jen.Index().String().ValuesFunc(func(g *jen.Group) {
		for _, v := range vs {
			g.Lit(v)
		}
	})
}

// valueLit is the literal of a code value: its number or its string, as an untyped constant.
func valueLit(m *model.Model, v model.Value) *jen.Statement {
	if m.StringCodes {
		return jen.Lit(v.Str)
	}
	return jen.Lit(int(v.Int))
}

// codeExpr is a code value as an expression of type Code: the constant of a documented code,
// else a conversion.
func codeExpr(m *model.Model, v model.Value) *jen.Statement {
	if c := m.Lookup(v); c != nil {
		return jen.Id(c.Name)
	}
	return jen.Id("Code").Call(valueLit(m, v))
}

// envelopeConst is the constant of envelope i (envOAuth), or nil for the first, the zero
// value.
func envelopeConst(m *model.Model, i int) jen.Code {
	if i == 0 {
		return nil
	}
	return jen.Id(m.Envs[i].Ident)
}
