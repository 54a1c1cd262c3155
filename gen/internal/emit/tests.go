package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// sharedTests are the test functions emitTests writes, one per shared test of apierrimpl/impltest:
// the name of the test, its doc comment after the name, and the impltest function it calls.
var sharedTests = []struct{ name, doc, call string }{
	{"TestDocumentedCodes", "drives every documented code through Parse, errors.Is, errors.As, String, " +
		"HTTPStatus, Class and the text and JSON round trips.", "DocumentedCodes"},
	{"TestCodesListsEveryCode", "checks that Codes returns each documented code once, in order.", "CodesListsEveryCode"},
	{"TestUnknownCode", "checks that a code the document does not list is kept exactly and matches no documented code.",
		"UnknownCode"},
	{"TestNotVendorBody", "checks replies that are not the vendor's JSON: an error from status 400 on, " +
		"keeping the status and the body.", "NotVendorBody"},
	{"TestOutcomeRule", "checks the vendor's own rule: the body says error or success, whatever the HTTP status.",
		"OutcomeRule"},
	{"TestFromResponse", "reads a reply through an *http.Response, keeping its header (Retry-After, request IDs).",
		"FromResponse"},
	{"TestSecretsStayOutOfLogs", "checks that text and secrets from a body never reach Error, fmt or slog output.",
		"SecretsStayOutOfLogs"},
	{"TestReplyRoundTrip", "checks that Parse(Marshal(e)) gives back e for the reply of every documented code.",
		"ReplyRoundTrip"},
	{"TestMirrorsExplain", "checks that Parse reads every mirrored reply as the generator's explain does.",
		"MirrorsExplain"},
	{"TestParentsAndClasses", "checks the parent and class of codes documented and not against the spec.",
		"ParentsAndClasses"},
	{"TestPlainData", "checks that an *Error is plain data: reflect.DeepEqual, testify and go-cmp compare it " +
		"field by field.", "PlainData"},
	{"TestNilError", "checks that every method of a nil *Error, and the functions of package apierr given " +
		"one, answer without panicking.", "NilError"},
	{"TestOneClass", "checks that every reply has one class, which errors.Is, apierr.ClassOf, IsThrottle, " +
		"Retryable and Problem agree on, at every status.", "OneClass"},
	{"TestLargeBodies", "checks that no error is lost in a body of 1, 2 or 64 MiB, by Parse or by FromResponse.",
		"LargeBodies"},
	{"TestCheckRetryReadsLittle", "checks that CheckRetry reads no more of a successful reply than the " +
		"vendor's rule needs.", "CheckRetryReadsLittle"},
	{"TestErrorText", "checks that error text, logs and JSON of every documented code and of hostile replies " +
		"stay one bounded line without the body's text.", "ErrorText"},
}

// emitTests writes generated_test.go, an internal test of the package: the package described
// for the shared tests of apierrimpl/impltest, one test function per shared test, and the data
// the model computes for them: a row per documented code (its reply and what the spec says
// of it), an unknown code, a code under a catch-all, the vendor's outcome rule, a reply full
// of secrets, and the replies of the mirror test with what explain makes of them.
func emitTests(f *file, m *model.Model, o Options) {
	emitPackageUnderTest(f, m, o)
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
		"PlainData":            {jen.Id("documented")},
		"OneClass":             {jen.Id("probes")},
		"LargeBodies":          {jen.Id("documented").Index(jen.Lit(0))},
		"ErrorText":            {jen.Id("documented"), jen.Id("hostile")},
	}
	for _, t := range sharedTests {
		f.Add(commentLines(t.name + " " + t.doc))
		f.Func().Id(t.name).Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
			jen.Qual(testPkg, t.call).Call(append([]jen.Code{jen.Id("t"), jen.Op("&").Id("pkg")}, args[t.call]...)...))
		f.Line()
	}
	f.Add(commentLines("FuzzParse checks that Parse never panics and never loses an error reply. Run it longer with",
		"\tgo test -run='^$' -fuzz=FuzzParse -fuzztime=5m "+o.ImportPath))
	f.Func().Id("FuzzParse").Params(jen.Id("f").Op("*").Qual("testing", "F")).Block(
		jen.Qual(testPkg, "FuzzParse").Call(jen.Id("f"), jen.Op("&").Id("pkg"), jen.Id("documented"),
			jen.Lit(m.WrongTypeBody())))
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
	emitDocumented(f, m)
	emitMirrored(f, m)
	emitProbes(f, m)
}

// emitTable writes a test table: a variable of a slice type with one row per line.
func emitRows(f *file, name, doc string, typ jen.Code, rows [][]kv) {
	f.Add(commentLines(doc))
	f.Var().Id(name).Op("=").Index().Add(typ).ValuesFunc(func(g *jen.Group) {
		for _, r := range rows {
			g.Line().Values(inline(r...)...)
		}
		g.Line()
	})
	f.Line()
}

// emitProbes writes probes: codes documented and not, with their parent and class.
func emitProbes(f *file, m *model.Model) {
	var rows [][]kv
	for _, v := range m.Probes() {
		r := []kv{{"Code", codeExpr(m, v)}}
		if p := m.Parent(v); p != nil {
			r = append(r, kv{"Parent", jen.Id(p.Name)}, kv{"HasParent", jen.True()})
		}
		if cl := m.Class(v); cl != nil {
			r = append(r, kv{"Class", classVar(cl.Name())})
		}
		rows = append(rows, r)
	}
	emitRows(f, "probes", "probes are codes, documented and not, with the parent and class the spec gives them.",
		jen.Qual(testPkg, "Probe").Types(jen.Id("Code")), rows)
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
		jen.Id("Layout"):       jen.Op("&").Add(table()).Dot("Layout"),
		jen.Id("Parse"):        jen.Id("Parse"),
		jen.Id("FromResponse"): jen.Id("FromResponse"),
		jen.Id("CheckRetry"):   jen.Id("CheckRetry"),
		jen.Id("Codes"):        jen.Id("Codes"),
		jen.Id("Reply"):        jen.Id("Code").Dot("Reply"),
		jen.Id("Fields"): jen.Func().Params(jen.Id("e").Op("*").Id("Error")).
			Qual(testPkg, "Fields").Types(jen.Id("Code")).Block(
			jen.Return(jen.Qual(testPkg, "Fields").Types(jen.Id("Code")).Values(fields))),
	}
	d[jen.Id("SetHeader")] = jen.Func().Params(jen.Id("e").Op("*").Id("Error"),
		jen.Id("h").Qual("net/http", "Header")).Block(
		jen.Id("e").Dot("Header").Op("=").Id("h"))
	if len(m.RequestIDHeaders) > 0 {
		var names []jen.Code
		for _, h := range m.RequestIDHeaders {
			names = append(names, jen.Lit(headerKey(h)))
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
				g.Line().Lit(body[:i]).Op("+").Qual("strings", "Repeat").Call(jen.Lit("x"), jen.Lit(1<<20)).
					Op("+").Lit(body[i+len(long):])
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
		jen.Id("Code"): codeExpr(m, v),
		jen.Id("Body"): jen.Lit(m.UnknownBody(v)),
		jen.Id("Str"):  jen.Lit(str),
	}
	if c := m.ReplyClass(v, model.Value{}, 400); c != nil {
		d[jen.Id("Class")] = classVar(c.Name())
	}
	if cv, parent, body, ok := m.CatchAllCase(); ok {
		d[jen.Id("UnderCatchAll")] = jen.Op("&").Qual(testPkg, "CatchAllCase").Types(jen.Id("Code")).Values(jen.Dict{
			jen.Id("Code"):   codeExpr(m, cv),
			jen.Id("Parent"): jen.Id(parent.Name),
			jen.Id("Body"):   jen.Lit(body),
		})
	}
	f.Comment("unknown is a code the spec does not list, with a reply that carries it.")
	f.Var().Id("unknown").Op("=").Qual(testPkg, "Unknown").Types(jen.Id("Code")).Values(d)
	f.Line()
}

// emitOutcomeRows writes outcomeRows, the replies that say error or success by an outcome key.
func emitOutcomeRows(f *file, m *model.Model) {
	f.Comment("outcomeRows are replies whose body says error or success by the vendor's outcome key.")
	f.Var().Id("outcomeRows").Op("=").Index().Qual(testPkg, "OutcomeRow").ValuesFunc(func(g *jen.Group) {
		for _, r := range m.OutcomeRows() {
			g.Line().Values(jen.Dict{jen.Id("Status"): jen.Lit(r.Status), jen.Id("Body"): jen.Lit(r.Body),
				jen.Id("IsError"): jen.Lit(r.IsError)})
		}
		if len(m.OutcomeRows()) > 0 {
			g.Line()
		}
	})
	f.Line()
}

// emitDocumented writes documented: one row per documented code, with its reply and what the
// model says of both.
func emitDocumented(f *file, m *model.Model) {
	var rows [][]kv
	for _, tc := range m.Cases() {
		c, rd := tc.Code, tc.Reading
		r := []kv{
			{"Code", jen.Id(c.Name)},
			{"Status", jen.Lit(tc.Status)},
			{"Body", jen.Lit(tc.Body)},
			{"WantCode", jen.Id(m.ReplyCode(c).Name)},
			{"Str", jen.Lit(m.Display(c))},
			{"HTTPStatus", intLit(c.Status.Code)},
			{"VendorCode", jen.Lit(m.VendorCode(rd.Reply()))},
		}
		if c.Detail {
			r = append(r, kv{"WantDetail", jen.Id(c.Name)})
		}
		r = append(r, kv{"RequestID", strLit(tc.RequestID)}, kv{"Class", classVar(c.Class)})
		if cl := rd.Class(m); cl != nil {
			r = append(r, kv{"ErrClass", classVar(cl.Name())})
		}
		rows = append(rows, r)
	}
	emitRows(f, "documented", "documented has one row per code the spec lists.",
		jen.Qual(testPkg, "Documented").Types(jen.Id("Code")), rows)
}

// emitMirrored writes mirrored: the replies of the mirror test with what explain makes of them.
func emitMirrored(f *file, m *model.Model) {
	var rows [][]kv
	for _, mc := range m.Mirror() {
		rd := mc.Reading
		r := []kv{{"Status", jen.Lit(mc.Status)}, {"Body", jen.Lit(mc.Body)}}
		if rd.IsError {
			r = append(r, mirrorFields(m, rd)...)
		}
		rows = append(rows, r)
	}
	emitRows(f, "mirrored", "mirrored are replies of every shape, at several statuses, with what the generator's "+
		"explain makes of them (the model's reading, by the runtime's rules).",
		jen.Qual(testPkg, "Mirrored").Types(jen.Id("Code")), rows)
}

// mirrorFields are the fields of a mirrored reply that is an error.
func mirrorFields(m *model.Model, rd *model.Reading) []kv {
	r := []kv{{"IsError", jen.True()}}
	if rd.Code != (model.Value{}) {
		r = append(r, kv{"Code", codeExpr(m, rd.Code)})
	}
	if rd.Detail != (model.Value{}) {
		r = append(r, kv{"Detail", codeExpr(m, rd.Detail)})
	}
	r = append(r, kv{"RequestID", strLit(rd.RequestID)})
	if rd.Env != nil && m.Has.Envelopes {
		r = append(r, kv{"Envelope", jen.Lit(rd.Env.Name)})
	}
	if cl := rd.Class(m); cl != nil {
		r = append(r, kv{"Class", classVar(cl.Name())})
	}
	return r
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
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: Parse gives no *Error"),
					jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation")),
				jen.Continue()),
			jen.If(jen.Op("!").Qual("slices", "Contains").Call(jen.Id("e").Dot("Scenarios").Call(), jen.Id("want")).
				Op("||").Id("e").Dot("Resolution").Call().Op("==").Lit("")).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: the reply does not match its scenario"),
					jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation"))),
		),
		jen.If(jen.Len(jen.Id("Scenarios").Call()).Op("!=").Lit(len(m.Scenarios))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Scenarios() has %d rows, the spec %d"),
				jen.Len(jen.Id("Scenarios").Call()), jen.Lit(len(m.Scenarios)))),
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
