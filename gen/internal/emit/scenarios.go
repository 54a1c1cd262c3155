package emit

import (
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// detailsField is the Go name of the field holding the details object, or "".
func (m *model) detailsField() string {
	for _, e := range m.Envelopes {
		for _, f := range m.Fields {
			if e.DetailsKey != "" && f.JSON == e.DetailsKey {
				return f.Name
			}
		}
	}
	return ""
}

// emitScenarios writes scenario.go, for specs with [[scenario]] tables: the Scenario type, the
// documented scenarios in the document's order, Scenarios, and Error.Scenarios and
// Error.Resolution, which tell which documented scenarios a reply matches and what the
// vendor says to do.
func emitScenarios(f *jen.File, m *model) {
	f.Add(commentLines("Scenario is one situation the vendor document describes: the HTTP status, the " +
		"error code and what in the body tells it apart, with the vendor's resolution. Error.Scenarios " +
		"tells which ones a reply matches."))
	f.Type().Id("Scenario").Struct(
		jen.Comment("Section is the table of the document the row comes from."),
		jen.Id("Section").String(),
		jen.Comment("Status is the HTTP status of the reply."),
		jen.Id("Status").Int(),
		jen.Comment("Code is the error code of the reply; \"\" for replies that are not the vendor's JSON."),
		jen.Id("Code").Id("Code"),
		jen.Comment("DetailKey is a key of the details object that identifies the row; \"<digits>\" stands for any"),
		jen.Comment("all-digit key."),
		jen.Id("DetailKey").String(),
		jen.Comment("DetailValue is the string value under DetailKey, or a key of its object value."),
		jen.Id("DetailValue").String(),
		jen.Comment("Text is text that the reply's description, message or (for a reply that is not JSON) body holds."),
		jen.Id("Text").String(),
		jen.Comment("Situation is the document's Scenario column."),
		jen.Id("Situation").String(),
		jen.Comment("Message is the document's Message column, as printed (it may not be valid JSON)."),
		jen.Id("Message").String(),
		jen.Comment("Resolution is what the vendor says to do."),
		jen.Id("Resolution").String(),
	)
	f.Line()
	f.Comment("scenarios holds the documented scenarios, in the document's order.")
	f.Var().Id("scenarios").Op("=").Index(jen.Op("...")).Id("Scenario").ValuesFunc(func(g *jen.Group) {
		for _, sc := range m.Scenarios {
			g.Line().Values(scenarioValues(sc))
		}
		g.Line()
	})
	f.Line()
	f.Comment("Scenarios returns every documented scenario, in the document's order, in a new slice.")
	f.Func().Id("Scenarios").Params().Index().Id("Scenario").Block(
		jen.Return(jen.Append(jen.Index().Id("Scenario").Parens(jen.Nil()), jen.Id("scenarios").Index(jen.Empty(), jen.Empty()).Op("..."))))
	f.Line()
	f.Add(commentLines("Scenarios returns the documented scenarios that e matches, in the document's " +
		"order. Several can match: the document repeats rows across its sections, and some rows " +
		"cannot be told apart by the body."))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Scenarios").Params().Index().Id("Scenario").Block(
		jen.Var().Id("out").Index().Id("Scenario"),
		jen.For(jen.Id("i").Op(":=").Range().Id("scenarios")).Block(
			jen.If(jen.Id("scenarios").Index(jen.Id("i")).Dot("matches").Call(jen.Id("e"))).Block(
				jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("scenarios").Index(jen.Id("i"))))),
		jen.Return(jen.Id("out")),
	)
	f.Line()
	f.Comment("Resolution returns what the vendor says to do about e: the resolution of the first")
	f.Comment("documented scenario it matches, or \"\" when it matches none.")
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Resolution").Params().String().Block(
		jen.For(jen.Id("i").Op(":=").Range().Id("scenarios")).Block(
			jen.If(jen.Id("scenarios").Index(jen.Id("i")).Dot("matches").Call(jen.Id("e"))).Block(
				jen.Return(jen.Id("scenarios").Index(jen.Id("i")).Dot("Resolution")))),
		jen.Return(jen.Lit("")),
	)
	f.Line()
	details := m.detailsField()
	f.Comment("matches reports whether e is a reply of the scenario.")
	f.Func().Params(jen.Id("s").Op("*").Id("Scenario")).Id("matches").Params(jen.Id("e").Op("*").Id("Error")).Bool().BlockFunc(func(g *jen.Group) {
		g.If(jen.Id("s").Dot("Status").Op("!=").Id("e").Dot("Status").Op("||").Id("s").Dot("Code").Op("!=").Id("e").Dot("Code")).Block(jen.Return(jen.False()))
		if details != "" {
			g.If(jen.Id("s").Dot("DetailKey").Op("!=").Lit("").Op("&&").Op("!").Id("detailMatches").Call(jen.Id("e").Dot(details), jen.Id("s").Dot("DetailKey"), jen.Id("s").Dot("DetailValue"))).Block(jen.Return(jen.False()))
		} else {
			g.If(jen.Id("s").Dot("DetailKey").Op("!=").Lit("")).Block(jen.Return(jen.False()))
		}
		var texts []jen.Code
		if m.hasDescKey {
			texts = append(texts, jen.Qual("strings", "Contains").Call(jen.Id("e").Dot("Description"), jen.Id("s").Dot("Text")))
		}
		if m.hasMessageKey {
			texts = append(texts, jen.Qual("strings", "Contains").Call(jen.Id("e").Dot("Message"), jen.Id("s").Dot("Text")))
		}
		texts = append(texts, jen.Parens(jen.Id("e").Dot("Code").Op("==").Lit(m.zeroCode()).Op("&&").Qual("bytes", "Contains").Call(jen.Id("e").Dot("Body"), jen.Index().Byte().Call(jen.Id("s").Dot("Text")))))
		cond := jen.Id("s").Dot("Text").Op("==").Lit("")
		for _, t := range texts {
			cond = cond.Op("||").Add(t)
		}
		g.Return(cond)
	})
	if details == "" {
		return
	}
	f.Line()
	f.Comment("detailMatches reports whether the details object has key (any all-digit key for")
	f.Comment("\"<digits>\") and, when value is set, whether the key holds that string or an object with")
	f.Comment("that key.")
	f.Func().Id("detailMatches").Params(jen.Id("details").Map(jen.String()).Qual("encoding/json", "RawMessage"), jen.List(jen.Id("key"), jen.Id("value")).String()).Bool().Block(
		jen.For(jen.List(jen.Id("k"), jen.Id("raw")).Op(":=").Range().Id("details")).Block(
			jen.If(jen.Id("k").Op("!=").Id("key").Op("&&").Op("!").Parens(jen.Id("key").Op("==").Lit("<digits>").Op("&&").Id("allDigits").Call(jen.Id("k")))).Block(jen.Continue()),
			jen.If(jen.Id("value").Op("==").Lit("")).Block(jen.Return(jen.True())),
			jen.Var().Id("s").String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("s")).Op("==").Nil().Op("&&").Id("s").Op("==").Id("value")).Block(jen.Return(jen.True())),
			jen.Var().Id("obj").Map(jen.String()).Qual("encoding/json", "RawMessage"),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("obj")).Op("==").Nil()).Block(
				jen.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("obj").Index(jen.Id("value")), jen.Id("ok")).Block(jen.Return(jen.True()))),
		),
		jen.Return(jen.False()),
	)
	f.Line()
	f.Comment("allDigits reports whether s is a non-empty string of ASCII digits.")
	f.Func().Id("allDigits").Params(jen.Id("s").String()).Bool().Block(
		jen.For(jen.Id("i").Op(":=").Range().Id("s")).Block(
			jen.If(jen.Id("s").Index(jen.Id("i")).Op("<").LitRune('0').Op("||").Id("s").Index(jen.Id("i")).Op(">").LitRune('9')).Block(jen.Return(jen.False()))),
		jen.Return(jen.Id("s").Op("!=").Lit("")),
	)
}

// scenarioValues is the literal of one documented scenario.
func scenarioValues(sc *spec.Scenario) jen.Dict {
	d := jen.Dict{
		jen.Id("Section"):    jen.Lit(sc.Section),
		jen.Id("Status"):     jen.Lit(sc.Status),
		jen.Id("Situation"):  jen.Lit(sc.Scenario),
		jen.Id("Resolution"): jen.Lit(sc.Resolution),
	}
	for k, v := range map[string]string{"Code": sc.Error, "DetailKey": sc.DetailKey, "DetailValue": sc.DetailValue, "Text": sc.Text, "Message": sc.Message} {
		if v != "" {
			d[jen.Id(k)] = jen.Lit(v)
		}
	}
	return d
}
