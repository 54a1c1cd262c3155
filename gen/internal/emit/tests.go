package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitTests writes generated_test.go, an internal test of the package: the package described
// for the shared tests of apierrimpl/impltest, one test function per shared test, and the data
// the model computes for them: a row per documented code (its reply and what the spec says
// of it), an unknown code, a code under a catch-all, the vendor's outcome rule, a reply full
// of secrets, and the replies of the mirror test with what explain makes of them.
func emitTests(f *file, m *model.Model, o Options) {
	emitPackageUnderTest(f, m, o)
	tests := []struct{ name, doc, call string }{
		{"TestDocumentedCodes", "drives every documented code through Parse, errors.Is, errors.As, String, HTTPStatus, Class and the text and JSON round trips.", "DocumentedCodes"},
		{"TestCodesListsEveryCode", "checks that Codes returns each documented code once, in order.", "CodesListsEveryCode"},
		{"TestUnknownCode", "checks that a code the document does not list is kept exactly and matches no documented code.", "UnknownCode"},
		{"TestNotVendorBody", "checks replies that are not the vendor's JSON: an error from status 400 on, keeping the status and the body.", "NotVendorBody"},
		{"TestOutcomeRule", "checks the vendor's own rule: the body says error or success, whatever the HTTP status.", "OutcomeRule"},
		{"TestFromResponse", "reads a reply through an *http.Response, keeping its header (Retry-After, request IDs).", "FromResponse"},
		{"TestSecretsStayOutOfLogs", "checks that text and secrets from a body never reach Error, fmt or slog output.", "SecretsStayOutOfLogs"},
		{"TestReplyRoundTrip", "checks that Parse(Marshal(e)) gives back e for the reply of every documented code.", "ReplyRoundTrip"},
		{"TestMirrorsExplain", "checks that Parse reads every mirrored reply as the generator's explain does.", "MirrorsExplain"},
		{"TestParentsAndClasses", "checks the parent and class of codes documented and not against the spec.", "ParentsAndClasses"},
		{"TestRemembered", "checks that what Parse works out once about a reply answers as a lookup would, also after the reply's fields change.", "Remembered"},
		{"TestErrorText", "checks that error text, logs and JSON of every documented code and of hostile replies stay one bounded line without the body's text.", "ErrorText"},
	}
	secretStatus, secretBody := m.SecretBody()
	args := map[string][]jen.Code{
		"DocumentedCodes":      {jen.Id("documented")},
		"CodesListsEveryCode":  {jen.Id("documented")},
		"UnknownCode":          {jen.Id("unknown")},
		"NotVendorBody":        {jen.Lit(m.WrongTypeBody())},
		"OutcomeRule":          {jen.Id("outcomeRows")},
		"FromResponse":         {jen.Id("documented").Index(jen.Lit(0))},
		"SecretsStayOutOfLogs": {jen.Lit(secretStatus), jen.Id("secretBody")},
		"MirrorsExplain":       {jen.Id("mirrored")},
		"ParentsAndClasses":    {jen.Id("probes")},
		"Remembered":           {jen.Id("probes")},
		"ErrorText":            {jen.Id("documented"), jen.Id("hostile")},
	}
	for _, t := range tests {
		f.Add(commentLines(t.name + " " + t.doc))
		f.Func().Id(t.name).Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
			jen.Qual(testPkg, t.call).Call(append([]jen.Code{jen.Id("t"), jen.Op("&").Id("pkg")}, args[t.call]...)...))
		f.Line()
	}
	f.Add(commentLines("FuzzParse checks that Parse never panics and never loses an error reply. Run it longer with",
		"\tgo test -run='^$' -fuzz=FuzzParse -fuzztime=5m "+o.ImportPath))
	f.Func().Id("FuzzParse").Params(jen.Id("f").Op("*").Qual("testing", "F")).Block(
		jen.Qual(testPkg, "FuzzParse").Call(jen.Id("f"), jen.Op("&").Id("pkg"), jen.Id("documented"), jen.Lit(m.WrongTypeBody())))
	f.Line()
	if len(m.Scenarios) > 0 {
		emitScenarioTest(f, m)
	}
	f.Comment("secretBody is a reply with a secret in every text and field it carries and under secret keys.")
	f.Var().Id("secretBody").Op("=").Lit(secretBody)
	f.Line()
	emitHostile(f, m)
	emitUnknownCase(f, m)
	emitOutcomeRows(f, m)
	f.add(documentedTable(m))
	f.add(mirrorTable(m))
	f.add(probeTable(m))
}

// probeTable is probes: codes documented and not, with their parent and class.
func probeTable(m *model.Model) *table {
	t := &table{doc: []string{"probes are codes, documented and not, with the parent and class the spec gives them."},
		name: "probes", typ: "[]impltest.Probe[Code]"}
	for _, v := range m.Probes() {
		fs := []field{{"Code", valueExpr(m, v)}}
		if p := m.Parent(v); p != nil {
			fs = append(fs, field{"Parent", ident(p.Name)}, field{"HasParent", lit(true)})
		}
		if cl := m.Class(v); cl != nil {
			fs = append(fs, field{"Class", qual(rootPkg, model.ClassVar(cl.Name()))})
		}
		t.inlineRow(fs)
	}
	return t
}

// emitPackageUnderTest writes pkg, the package described for impltest.
func emitPackageUnderTest(f *file, m *model.Model, o Options) {
	fields := jen.Dict{
		jen.Id("Code"):   jen.Id("e").Dot("Code"),
		jen.Id("Status"): jen.Id("e").Dot("Status"),
		jen.Id("Body"):   jen.Id("e").Dot("Body"),
	}
	if m.Has.Detail {
		fields[jen.Id("Detail")] = jen.Id("e").Dot("Detail")
	}
	if m.Has.RequestID {
		fields[jen.Id("RequestID")] = jen.Id("e").Dot("RequestID")
	}
	if m.Has.Envelopes {
		fields[jen.Id("Envelope")] = jen.Id("e").Dot("Envelope")
	}
	typ := jen.Qual(testPkg, "Package").Types(jen.Id("Code"), jen.Op("*").Id("Error"))
	d := jen.Dict{
		jen.Id("Name"):         jen.Lit(m.Package),
		jen.Id("Vendor"):       jen.Lit(m.Vendor),
		jen.Id("ImportPath"):   jen.Lit(o.ImportPath),
		jen.Id("Layout"):       jen.Op("&").Id("layout"),
		jen.Id("Parse"):        jen.Id("Parse"),
		jen.Id("FromResponse"): jen.Id("FromResponse"),
		jen.Id("Codes"):        jen.Id("Codes"),
		jen.Id("Reply"):        jen.Id("Code").Dot("Reply"),
		jen.Id("Equal"):        jen.Parens(jen.Op("*").Id("Error")).Dot("Equal"),
		jen.Id("Fields"): jen.Func().Params(jen.Id("e").Op("*").Id("Error")).Qual(testPkg, "Fields").Types(jen.Id("Code")).Block(
			jen.Return(jen.Qual(testPkg, "Fields").Types(jen.Id("Code")).Values(fields))),
	}
	d[jen.Id("SetHeader")] = jen.Func().Params(jen.Id("e").Op("*").Id("Error"), jen.Id("h").Qual("net/http", "Header")).Block(
		jen.Id("e").Dot("Header").Op("=").Id("h"))
	if len(m.RequestIDHeaders) > 0 {
		var names []jen.Code
		for _, h := range m.RequestIDHeaders {
			names = append(names, jen.Lit(h))
		}
		d[jen.Id("RequestIDHeaders")] = jen.Index().String().Values(names...)
	}
	if m.Has.RequestID {
		d[jen.Id("SetRequestID")] = jen.Func().Params(jen.Id("e").Op("*").Id("Error"), jen.Id("id").String()).Block(
			jen.Id("e").Dot("RequestID").Op("=").Id("id"))
	}
	if m.Has.Parents {
		d[jen.Id("Parent")] = jen.Id("Code").Dot("Parent")
	}
	f.Comment("pkg is this package, described for the shared tests of package impltest.")
	f.Var().Id("pkg").Op("=").Add(typ).Values(d)
	f.Line()
}

// emitHostile writes hostile, the replies of TestErrorText. A body of a million bytes is built
// when the test runs, not written out.
func emitHostile(f *file, m *model.Model) {
	f.Comment("hostile are replies that try to get their text into error text and logs.")
	f.Var().Id("hostile").Op("=").Index().String().ValuesFunc(func(g *jen.Group) {
		for _, body := range m.HostileBodies() {
			if len(body) > 1<<16 {
				long := strings.Repeat("x", 1<<20)
				i := strings.Index(body, long)
				g.Line().Lit(body[:i]).Op("+").Qual("strings", "Repeat").Call(jen.Lit("x"), jen.Lit(1<<20)).Op("+").Lit(body[i+len(long):])
				continue
			}
			g.Line().Lit(body)
		}
		g.Line()
	})
	f.Line()
}

// emitUnknownCase writes unknown: a code the spec does not list and, where there is one, an
// unlisted code under a catch-all.
func emitUnknownCase(f *file, m *model.Model) {
	v := m.UnknownValue()
	str := v.Str
	if !m.StringCodes {
		str = fmt.Sprintf("Code(%d)", v.Int)
	}
	d := jen.Dict{
		jen.Id("Code"): valueLit(m, v),
		jen.Id("Body"): jen.Lit(m.UnknownBody(v)),
		jen.Id("Str"):  jen.Lit(str),
	}
	if c := m.StatusClass(400); c != nil {
		d[jen.Id("Class")] = jen.Qual(rootPkg, model.ClassVar(c.Name()))
	}
	if cv, parent, body, ok := m.CatchAllCase(); ok {
		d[jen.Id("UnderCatchAll")] = jen.Op("&").Qual(testPkg, "CatchAllCase").Types(jen.Id("Code")).Values(jen.Dict{
			jen.Id("Code"):   valueLit(m, cv),
			jen.Id("Parent"): jen.Id(parent.Name),
			jen.Id("Body"):   jen.Lit(body),
		})
	}
	f.Comment("unknown is a code the spec does not list, with a reply that carries it.")
	f.Var().Id("unknown").Op("=").Qual(testPkg, "Unknown").Types(jen.Id("Code")).Values(d)
	f.Line()
}

// valueLit is the literal of a code value: a constant of the package or a conversion.
func valueLit(m *model.Model, v model.Value) *jen.Statement {
	if c := m.Lookup(v); c != nil {
		return jen.Id(c.Name)
	}
	if m.StringCodes {
		return jen.Id("Code").Call(jen.Lit(v.Str))
	}
	return jen.Id("Code").Call(jen.Lit(int(v.Int)))
}

// emitOutcomeRows writes outcomeRows, the replies that say error or success by an outcome key.
func emitOutcomeRows(f *file, m *model.Model) {
	f.Comment("outcomeRows are replies whose body says error or success by the vendor's outcome key.")
	f.Var().Id("outcomeRows").Op("=").Index().Qual(testPkg, "OutcomeRow").ValuesFunc(func(g *jen.Group) {
		for _, r := range m.OutcomeRows() {
			g.Line().Values(jen.Dict{jen.Id("Status"): jen.Lit(r.Status), jen.Id("Body"): jen.Lit(r.Body), jen.Id("IsError"): jen.Lit(r.IsError)})
		}
		if len(m.OutcomeRows()) > 0 {
			g.Line()
		}
	})
	f.Line()
}

// documentedTable is documented: one row per documented code, with its reply and what the
// model says of both.
func documentedTable(m *model.Model) *table {
	t := &table{doc: []string{"documented has one row per code the spec lists."},
		name: "documented", typ: "[]impltest.Documented[Code]"}
	for _, tc := range m.Cases() {
		c, rd := tc.Code, tc.Reading
		fs := []field{
			{"Code", ident(c.Name)},
			{"Status", lit(tc.Status)},
			{"Body", lit(tc.Body)},
			{"WantCode", ident(m.ReplyCode(c).Name)},
			{"Str", lit(m.Display(c))},
			{"HTTPStatus", lit(c.Status.Code)},
			{"VendorCode", lit(fmt.Sprint(m.Literal(c)))},
		}
		if c.Detail {
			fs = append(fs, field{"WantDetail", ident(c.Name)})
		}
		if tc.RequestID != "" {
			fs = append(fs, field{"RequestID", lit(tc.RequestID)})
		}
		if c.Class != "" {
			fs = append(fs, field{"Class", qual(rootPkg, model.ClassVar(c.Class))})
		}
		if cl := rd.Class(m); cl != nil {
			fs = append(fs, field{"ErrClass", qual(rootPkg, model.ClassVar(cl.Name()))})
		}
		t.structRow(fs)
	}
	return t
}

// mirrorTable is mirrored: the replies of the mirror test with what explain makes of them.
func mirrorTable(m *model.Model) *table {
	t := &table{doc: []string{
		"mirrored are replies of every shape, at several statuses, with what the generator's explain",
		"makes of them (the model's reading, by the runtime's rules).",
	}, name: "mirrored", typ: "[]impltest.Mirrored[Code]"}
	for _, mc := range m.Mirror() {
		rd := mc.Reading
		fs := []field{{"Status", lit(mc.Status)}, {"Body", lit(mc.Body)}}
		if rd.IsError {
			fs = append(fs, mirrorFields(m, rd)...)
		}
		t.inlineRow(fs)
	}
	return t
}

// mirrorFields are the fields of a mirrored reply that is an error.
func mirrorFields(m *model.Model, rd *model.Reading) []field {
	fs := []field{{"IsError", lit(true)}}
	if rd.Code != (model.Value{}) {
		fs = append(fs, field{"Code", valueExpr(m, rd.Code)})
	}
	if rd.Detail != (model.Value{}) {
		fs = append(fs, field{"Detail", valueExpr(m, rd.Detail)})
	}
	if rd.RequestID != "" {
		fs = append(fs, field{"RequestID", lit(rd.RequestID)})
	}
	if rd.Env != nil && m.Has.Envelopes {
		fs = append(fs, field{"Envelope", lit(rd.Env.Name)})
	}
	if cl := rd.Class(m); cl != nil {
		fs = append(fs, field{"Class", qual(rootPkg, model.ClassVar(cl.Name()))})
	}
	return fs
}

// valueExpr is the table expression of a code value: a constant of the package or a literal.
func valueExpr(m *model.Model, v model.Value) expr {
	if c := m.Lookup(v); c != nil {
		return ident(c.Name)
	}
	if m.StringCodes {
		return lit(v.Str)
	}
	return lit(int(v.Int))
}

// emitScenarioTest writes TestScenarios: a reply built from each documented scenario must
// match that scenario, and so tell its documented resolution.
func emitScenarioTest(f *file, m *model.Model) {
	f.Comment("TestScenarios builds a reply from each documented scenario and checks that the decoded")
	f.Comment("error matches that scenario, and so tells its resolution.")
	f.Func().Id("TestScenarios").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.For(jen.List(jen.Id("i"), jen.Id("want")).Op(":=").Range().Id("Scenarios").Call()).Block(
			jen.Var().Id("e").Op("*").Id("Error"),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("Parse").Call(jen.Id("want").Dot("Status"),
				jen.Index().Byte().Call(jen.Id("scenarioBodies").Index(jen.Id("i")))), jen.Op("&").Id("e"))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: Parse gives no *Error"), jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation")),
				jen.Continue()),
			jen.If(jen.Op("!").Qual("slices", "Contains").Call(jen.Id("e").Dot("Scenarios").Call(), jen.Id("want")).Op("||").Id("e").Dot("Resolution").Call().Op("==").Lit("")).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: the reply does not match its scenario"),
					jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation"))),
		),
		jen.If(jen.Len(jen.Id("Scenarios").Call()).Op("!=").Lit(len(m.Scenarios))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Scenarios() has %d rows, the spec %d"), jen.Len(jen.Id("Scenarios").Call()), jen.Lit(len(m.Scenarios)))),
	)
	f.Line()
	f.Comment("scenarioBodies are replies built from each documented scenario, in the order of Scenarios.")
	f.Var().Id("scenarioBodies").Op("=").Index().String().ValuesFunc(func(g *jen.Group) {
		for _, sc := range m.Scenarios {
			g.Line().Lit(m.ScenarioBody(sc))
		}
		g.Line()
	})
	f.Line()
}
