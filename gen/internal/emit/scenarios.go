package emit

import (
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// detailsField returns the Go name of the field holding the details object, or "".
func detailsField(m *model.Model) string {
	for _, e := range m.Envs {
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
// Error.Resolution, which tell which documented scenarios a reply matches (by the runtime's
// rule, apierrimpl.ScenarioRule) and what the vendor says to do.
func emitScenarios(f *file, m *model.Model, _ Options) {
	emitScenarioType(f)
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
		jen.Return(jen.Append(jen.Index().Id("Scenario").Parens(jen.Nil()),
			jen.Id("scenarios").Index(jen.Empty(), jen.Empty()).Op("..."))))
	f.Line()
	f.Add(commentLines("Scenarios returns the documented scenarios that e matches, in the document's " +
		"order. Several can match: the document repeats rows across its sections, and some rows " +
		"cannot be told apart by the body. It is nil for a nil *Error."))
	f.Add(errRecv()).Id("Scenarios").Params().Index().Id("Scenario").Block(
		jen.Var().Id("out").Index().Id("Scenario"),
		jen.If(jen.Id("e").Op("==").Nil()).Block(jen.Return(jen.Nil())),
		jen.For(jen.Id("i").Op(":=").Range().Id("scenarios")).Block(
			jen.If(jen.Id("scenarios").Index(jen.Id("i")).Dot("matches").Call(jen.Id("e"))).Block(
				jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("scenarios").Index(jen.Id("i"))))),
		jen.Return(jen.Id("out")),
	)
	f.Line()
	f.Comment("Resolution returns what the vendor says to do about e: the resolution of the first")
	f.Comment("documented scenario it matches, or \"\" when it matches none (or e is nil).")
	f.Add(errRecv()).Id("Resolution").Params().String().Block(
		jen.If(jen.Id("e").Op("==").Nil()).Block(jen.Return(jen.Lit(""))),
		jen.For(jen.Id("i").Op(":=").Range().Id("scenarios")).Block(
			jen.If(jen.Id("scenarios").Index(jen.Id("i")).Dot("matches").Call(jen.Id("e"))).Block(
				jen.Return(jen.Id("scenarios").Index(jen.Id("i")).Dot("Resolution")))),
		jen.Return(jen.Lit("")),
	)
	f.Line()
	emitMatches(f, m)
}

// emitScenarioType writes the Scenario type: one row of the document's scenario tables.
func emitScenarioType(f *file) {
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
}

// emitMatches writes Scenario.matches, which hands the scenario's rule and what the reply
// shows to the runtime.
func emitMatches(f *file, m *model.Model) {
	reply := jen.Dict{
		jen.Id("Status"):   jen.Id("e").Dot("Status"),
		jen.Id("SameCode"): jen.Id("s").Dot("Code").Op("==").Id("e").Dot("Code"),
		jen.Id("NoCode"):   jen.Id("e").Dot("Code").Op("==").Lit(zeroCode(m)),
		jen.Id("Body"):     jen.Id("e").Dot("Body"),
	}
	if d := detailsField(m); d != "" {
		reply[jen.Id("Details")] = jen.Id("e").Dot(d)
	}
	if m.Has.DescriptionKey {
		reply[jen.Id("Description")] = jen.Id("e").Dot("Description")
	}
	if m.Has.MessageKey {
		reply[jen.Id("Message")] = jen.Id("e").Dot("Message")
	}
	f.Comment("matches reports whether e is a reply of the scenario.")
	f.Func().Params(jen.Id("s").Op("*").Id("Scenario")).Id("matches").Params(jen.Id("e").Op("*").Id("Error")).Bool().Block(
		jen.Id("rule").Op(":=").Qual(runtimePkg, "ScenarioRule").Values(jen.Dict{
			jen.Id("Status"):      jen.Id("s").Dot("Status"),
			jen.Id("DetailKey"):   jen.Id("s").Dot("DetailKey"),
			jen.Id("DetailValue"): jen.Id("s").Dot("DetailValue"),
			jen.Id("Text"):        jen.Id("s").Dot("Text"),
		}),
		jen.Return(jen.Id("rule").Dot("Matches").Call(jen.Op("&").Qual(runtimePkg, "ScenarioReply").Values(reply))),
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
	for _, kv := range []struct{ key, value string }{
		{"Code", sc.Error}, {"DetailKey", sc.DetailKey}, {"DetailValue", sc.DetailValue}, {"Text", sc.Text},
		{"Message", sc.Message},
	} {
		if kv.value != "" {
			d[jen.Id(kv.key)] = jen.Lit(kv.value)
		}
	}
	return d
}
