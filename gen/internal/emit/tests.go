package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitTests writes generated_test.go, in the external test package: a table with one row per
// documented code (a reply in the vendor's envelope, and what the document says the code's
// String and HTTPStatus are), driven through Parse, errors.Is, errors.As, String, HTTPStatus
// and the text and JSON round trips; plus an unknown code, a catch-all, the vendor's
// error/success rule and replies that are not the vendor's JSON.
func emitTests(f *file, m *model) {
	pkg := m.pkgPath()
	code := func(name string) *jen.Statement { return jen.Qual(pkg, name) }
	f.ImportName(pkg, m.Package)

	f.Comment("documentedCase is a code the spec lists, with the reply that carries it.")
	f.Type().Id("documentedCase").Struct(
		jen.Id("code").Add(code("Code")).Comment("the code under test"),
		jen.Id("status").Int().Comment("HTTP status of the reply"),
		jen.Id("body").String().Comment("the reply, in the vendor's envelope"),
		jen.Id("wantCode").Add(code("Code")).Comment("Error.Code after Parse"),
		jen.Id("wantDetail").Add(code("Code")).Comment("Error.Detail after Parse, for detail codes"),
		jen.Id("str").String().Comment("what String returns, per the spec"),
		jen.Id("httpStatus").Int().Comment("what HTTPStatus returns, per the spec"),
		jen.Id("requestID").String(),
		jen.Id("vendorCode").String().Comment("what Error.VendorCode returns"),
		jen.Id("class").Op("*").Qual(rootPkg, "Class").Comment("Code.Class, per the spec"),
		jen.Id("errClass").Op("*").Qual(rootPkg, "Class").Comment("Error.Class of the reply, per the spec"),
	)
	pkgExpr := func(name string) expr { return qual(pkg, name) }
	documented := &table{doc: []string{"documented has one row per code the spec lists."},
		name: "documented", typ: "[]documentedCase"}
	for i, c := range m.Codes {
		tc := m.caseFor(i, c)
		fs := []field{
			{"code", pkgExpr(c.Name)},
			{"status", lit(tc.status)},
			{"body", lit(tc.body)},
			{"wantCode", pkgExpr(tc.wantCode.Name)},
			{"str", lit(m.display(c))},
			{"httpStatus", lit(c.Status.Code)},
		}
		if tc.wantDetail != nil {
			fs = append(fs, field{"wantDetail", pkgExpr(tc.wantDetail.Name)})
		}
		if tc.requestID != "" {
			fs = append(fs, field{"requestID", lit(tc.requestID)})
		}
		fs = append(fs, field{"vendorCode", lit(fmt.Sprint(m.codeLit(c)))})
		if c.Class != "" {
			fs = append(fs, field{"class", classExpr(c.Class)})
		}
		if cl := m.errClass(tc); cl != "" {
			fs = append(fs, field{"errClass", classExpr(cl)})
		}
		documented.structRow(fs)
	}
	f.add(documented)
	f.Line()
	jf := f.File
	emitDocumentedTest(jf, m, code)
	emitCodesTest(jf, m, code)
	emitUnknownTest(jf, m, code)
	emitNotVendorTest(jf, m, code)
	emitOutcomeTest(jf, m, code)
	emitFromResponseTest(jf, m, code)
	emitSecretsTest(jf, m, code)
	emitFakesTest(jf, m, code)
	emitFuzz(jf, m, code)
	if len(m.Scenarios) > 0 {
		emitScenarioTest(jf, m, code)
	}
}

// scenarioBody builds the reply of a documented scenario: for a row without an error code, a
// page holding its text; otherwise the envelope with the code, the text in the description
// and the detail key and value in the details object.
func (m *model) scenarioBody(sc *spec.Scenario) string {
	if sc.Error == "" {
		return "<html><body><h1>" + sc.Text + "</h1></body></html>"
	}
	em := m.envs[0]
	pairs := []pair{{em.CodeKey, sc.Error}}
	if sc.Text != "" && len(em.Description) > 0 {
		pairs = append(pairs, pair{em.Description[0], "x " + sc.Text + " x"})
	}
	if sc.DetailKey != "" {
		key := sc.DetailKey
		if key == "<digits>" {
			key = "475"
		}
		value := sc.DetailValue
		if value == "" {
			value = "any value"
		}
		pairs = append(pairs, pair{em.DetailsKey, map[string]string{key: value}})
	}
	return object(pairs)
}

// emitScenarioTest writes TestScenarios: a reply built from each documented row must match
// that row, and so tell its documented resolution.
func emitScenarioTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("TestScenarios builds a reply from each documented scenario and checks that the decoded")
	f.Comment("error matches that scenario, and so tells its resolution.")
	f.Func().Id("TestScenarios").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Id("bodies").Op(":=").Index().String().ValuesFunc(func(g *jen.Group) {
			for _, sc := range m.Scenarios {
				g.Line().Lit(m.scenarioBody(sc))
			}
			g.Line()
		}),
		jen.Id("all").Op(":=").Add(code("Scenarios")).Call(),
		jen.If(jen.Len(jen.Id("all")).Op("!=").Lit(len(m.Scenarios))).Block(
			jen.Id("t").Dot("Fatalf").Call(jen.Lit("Scenarios() has %d rows, the spec %d"), jen.Len(jen.Id("all")), jen.Lit(len(m.Scenarios)))),
		jen.For(jen.List(jen.Id("i"), jen.Id("want")).Op(":=").Range().Id("all")).Block(
			jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("want").Dot("Status"), jen.Index().Byte().Call(jen.Id("bodies").Index(jen.Id("i")))),
			jen.Var().Id("e").Op("*").Add(code("Error")),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: Parse = %v, want an *Error"), jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation"), jen.Id("err")),
				jen.Continue()),
			jen.Id("found").Op(":=").False(),
			jen.For(jen.List(jen.Id("_"), jen.Id("got")).Op(":=").Range().Id("e").Dot("Scenarios").Call()).Block(
				jen.Id("found").Op("=").Id("found").Op("||").Id("got").Op("==").Id("want")),
			jen.If(jen.Op("!").Id("found").Op("||").Id("e").Dot("Resolution").Call().Op("==").Lit("")).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s / %s: the reply %s does not match its scenario (it matches %d)"), jen.Id("want").Dot("Section"), jen.Id("want").Dot("Situation"), jen.Id("bodies").Index(jen.Id("i")), jen.Len(jen.Id("e").Dot("Scenarios").Call()))),
		),
	)
	f.Line()
}

// emitFakesTest writes TestReplyRoundTrip: for every documented code, Reply, Marshal and Parse
// give back an equal *Error, and an httptest server built on the reply answers like the vendor.
func emitFakesTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("TestReplyRoundTrip checks that Parse(Marshal(e)) gives back e for the reply of every")
	f.Comment("documented code, and that an httptest server serving the reply answers like the vendor.")
	f.Func().Id("TestReplyRoundTrip").Params(jen.Id("t").Op("*").Qual("testing", "T")).BlockFunc(func(g *jen.Group) {
		g.For(jen.List(jen.Id("_"), jen.Id("c")).Op(":=").Range().Add(code("Codes")).Call()).BlockFunc(func(b *jen.Group) {
			b.Id("want").Op(":=").Id("c").Dot("Reply").Call()
			if m.hasRequestID {
				b.Id("want").Dot("RequestID").Op("=").Lit("req-fake")
			}
			b.Id("body").Op(":=").Id("want").Dot("Marshal").Call()
			b.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("want").Dot("Status"), jen.Id("body"))
			b.Var().Id("got").Op("*").Add(code("Error"))
			b.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("got"))).Block(
				jen.Id("t").Dot("Fatalf").Call(jen.Lit("%s: Parse(Marshal(Reply())) = %v, want an *Error; body %s"), jen.Id("c").Dot("String").Call(), jen.Id("err"), jen.Id("body")))
			b.Id("got").Dot("Body").Op("=").Nil()
			b.If(jen.Op("!").Qual("reflect", "DeepEqual").Call(jen.Id("got"), jen.Id("want"))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s: Parse(Marshal(e)) = %#v, want %#v; body %s"), jen.Id("c").Dot("String").Call(), jen.Id("got"), jen.Id("want"), jen.Id("body")))
			b.If(jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), jen.Id("c"))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s: errors.Is(Parse(Marshal(Reply())), code) = false"), jen.Id("c").Dot("String").Call()))
		})
		g.Line()
		g.Comment("A fake vendor in a few lines.")
		g.Id("first").Op(":=").Add(code("Codes")).Call().Index(jen.Lit(0))
		g.Id("srv").Op(":=").Qual("net/http/httptest", "NewServer").Call(jen.Id("first").Dot("Reply").Call())
		g.Defer().Id("srv").Dot("Close").Call()
		g.List(jen.Id("resp"), jen.Err()).Op(":=").Qual("net/http", "Get").Call(jen.Id("srv").Dot("URL"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Id("t").Dot("Fatal").Call(jen.Err()))
		g.Defer().Id("resp").Dot("Body").Dot("Close").Call()
		g.If(jen.Id("err").Op(":=").Add(code("FromResponse")).Call(jen.Id("resp")), jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), jen.Id("first"))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("the fake server answered %v, want %s"), jen.Id("err"), jen.Id("first").Dot("String").Call()))
		g.If(jen.Id("resp").Dot("StatusCode").Op("!=").Id("first").Dot("Reply").Call().Dot("Status").Op("||").Id("resp").Dot("Header").Dot("Get").Call(jen.Lit("Content-Type")).Op("!=").Lit("application/json")).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("the fake server answered HTTP %d %s"), jen.Id("resp").Dot("StatusCode"), jen.Id("resp").Dot("Header").Dot("Get").Call(jen.Lit("Content-Type"))))
	})
	f.Line()
}

// secretBody is the reply of the first documented code with a secret in every text key the
// envelope reads, in every field the spec declares, and under some apierr.SecretKeys.
func (m *model) secretBody() (status int, body string) {
	c := m.Codes[0]
	tc := m.caseFor(0, c)
	em := m.envModelOf(c.Envelope)
	var pairs []pair
	if em.Outcome != nil {
		pairs = append(pairs, pair{em.Outcome.Key, em.Outcome.Error[0]})
	}
	pairs = append(pairs, pair{em.CodeKey, m.codeLit(tc.wantCode)})
	if c.Detail {
		pairs = append(pairs, pair{em.DetailKey, c.Str})
	}
	for _, k := range append(append([]string{}, em.Message...), em.Description...) {
		pairs = append(pairs, pair{k, "SECRET-text: Invalid authorization code: SECRET-code"})
	}
	for _, f := range em.fields {
		switch f.Type {
		case "string":
			pairs = append(pairs, pair{f.JSON, "SECRET-field"})
		case "json.RawMessage", "map[string]json.RawMessage":
			pairs = append(pairs, pair{f.JSON, map[string]string{"access_token": "SECRET-token"}})
		case "Messages", "[]string":
			pairs = append(pairs, pair{f.JSON, []string{"SECRET-message"}})
		}
	}
	pairs = append(pairs, pair{"access_token", "SECRET-access"}, pair{"password", "SECRET-password"}, pair{"otp", "SECRET-otp"})
	return tc.status, object(pairs)
}

// emitSecretsTest writes TestSecretsStayOutOfLogs: a reply full of secrets, whose Error, %v,
// %+v, %#v and slog output must hold none, while Body and RawField keep them for code that
// asks.
func emitSecretsTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	status, body := m.secretBody()
	f.Comment("TestSecretsStayOutOfLogs checks that text and secrets from a body never reach Error, fmt")
	f.Comment("or slog output, and stay reachable through Body and RawField.")
	f.Func().Id("TestSecretsStayOutOfLogs").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Id("body").Op(":=").Lit(body),
		jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Lit(status), jen.Index().Byte().Call(jen.Id("body"))),
		jen.Var().Id("e").Op("*").Add(code("Error")),
		jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
			jen.Id("t").Dot("Fatalf").Call(jen.Lit("Parse = %v, want an *Error"), jen.Id("err"))),
		jen.Var().Id("logged").Qual("bytes", "Buffer"),
		jen.Qual("log/slog", "New").Call(jen.Qual("log/slog", "NewTextHandler").Call(jen.Op("&").Id("logged"), jen.Nil())).Dot("Error").Call(jen.Lit("call failed"), jen.Lit("err"), jen.Id("e")),
		jen.Qual("log/slog", "New").Call(jen.Qual("log/slog", "NewJSONHandler").Call(jen.Op("&").Id("logged"), jen.Nil())).Dot("Error").Call(jen.Lit("call failed"), jen.Lit("err"), jen.Id("e")),
		jen.For(jen.List(jen.Id("what"), jen.Id("out")).Op(":=").Range().Map(jen.String()).String().Values(jen.Dict{
			jen.Lit("Error()"): jen.Id("e").Dot("Error").Call(),
			jen.Lit("%v"):      jen.Qual("fmt", "Sprintf").Call(jen.Lit("%v"), jen.Id("err")),
			jen.Lit("%+v"):     jen.Qual("fmt", "Sprintf").Call(jen.Lit("%+v"), jen.Id("err")),
			jen.Lit("%#v"):     jen.Qual("fmt", "Sprintf").Call(jen.Lit("%#v"), jen.Id("err")),
			jen.Lit("slog"):    jen.Id("logged").Dot("String").Call(),
			jen.Lit("Redact"):  jen.String().Call(jen.Qual(rootPkg, "Redact").Call(jen.Id("e").Dot("Body"))),
		})).Block(
			jen.If(jen.Qual("strings", "Contains").Call(jen.Id("out"), jen.Lit("SECRET-access")).Op("||").Qual("strings", "Contains").Call(jen.Id("out"), jen.Lit("SECRET-password")).Op("||").Qual("strings", "Contains").Call(jen.Id("out"), jen.Lit("SECRET-otp")).Op("||").
				Parens(jen.Id("what").Op("!=").Lit("Redact").Op("&&").Qual("strings", "Contains").Call(jen.Id("out"), jen.Lit("SECRET")))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("%s shows a secret: %s"), jen.Id("what"), jen.Id("out"))),
		),
		jen.If(jen.Op("!").Qual("strings", "Contains").Call(jen.Id("logged").Dot("String").Call(), jen.Lit("status=")).Op("||").Op("!").Qual("strings", "Contains").Call(jen.Id("logged").Dot("String").Call(), jen.Lit("vendor="))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("slog output lacks the vendor or status: %s"), jen.Id("logged").Dot("String").Call())),
		jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("e").Dot("RawField").Call(jen.Lit("ACCESS_TOKEN")), jen.Op("!").Id("ok").Op("||").String().Call(jen.Id("v")).Op("!=").Lit(`"SECRET-access"`)).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("RawField(ACCESS_TOKEN) = %s, %v; want the raw value"), jen.Id("v"), jen.Id("ok"))),
		jen.If(jen.String().Call(jen.Id("e").Dot("Body")).Op("!=").Id("body")).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Body lost the raw reply"))),
	)
	f.Line()
}

// emitFromResponseTest writes TestFromResponse: the first documented code's reply through an
// http.Response, the body still readable afterwards, and a body larger than MaxBodySize.
func emitFromResponseTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	newResp := func(status jen.Code, body jen.Code) *jen.Statement {
		return jen.Op("&").Qual("net/http", "Response").Values(jen.Dict{
			jen.Id("StatusCode"): status,
			jen.Id("Body"):       jen.Qual("io", "NopCloser").Call(jen.Qual("strings", "NewReader").Call(body)),
		})
	}
	f.Comment("TestFromResponse reads a reply through an *http.Response: the error is decoded, the body")
	f.Comment("stays readable from the start, and a body far larger than MaxBodySize is cut and answered.")
	f.Func().Id("TestFromResponse").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Id("tc").Op(":=").Id("documented").Index(jen.Lit(0)),
		jen.Id("resp").Op(":=").Add(newResp(jen.Id("tc").Dot("status"), jen.Id("tc").Dot("body"))),
		jen.If(jen.Id("err").Op(":=").Add(code("FromResponse")).Call(jen.Id("resp")), jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), jen.Id("tc").Dot("code"))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("FromResponse = %v, want %v"), jen.Id("err"), jen.Id("tc").Dot("str"))),
		jen.If(jen.List(jen.Id("rest"), jen.Id("_")).Op(":=").Qual("io", "ReadAll").Call(jen.Id("resp").Dot("Body")), jen.String().Call(jen.Id("rest")).Op("!=").Id("tc").Dot("body")).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("resp.Body after FromResponse reads %q, want the whole body"), jen.Id("rest"))),
		jen.Line(),
		jen.Id("huge").Op(":=").Lit("<html>").Op("+").Qual("strings", "Repeat").Call(jen.Lit("x"), jen.Lit(3).Op("*").Add(code("MaxBodySize"))),
		jen.Id("err").Op(":=").Add(code("FromResponse")).Call(newResp(jen.Lit(502), jen.Id("huge"))),
		jen.Var().Id("e").Op("*").Add(code("Error")),
		jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e")).Op("||").Id("e").Dot("Status").Op("!=").Lit(502).Op("||").Len(jen.Id("e").Dot("Body")).Op("!=").Add(code("MaxBodySize"))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("FromResponse(502, huge body) = %v, want an *Error with the first MaxBodySize bytes"), jen.Id("err"))),
		jen.If(jen.Id("err").Op(":=").Add(code("FromResponse")).Call(jen.Nil()), jen.Id("err").Op("==").Nil()).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("FromResponse(nil) = nil, want an error"))),
	)
}

// pkgPath is the import path the test file uses for the package under test. Tests of the
// generated package import it by the name the output folder gives it; the generator sets
// the real path (see Files).
func (m *model) pkgPath() string {
	return m.importPath
}

func emitDocumentedTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("TestDocumentedCodes drives every documented code through Parse, errors.Is, errors.As,")
	f.Comment("String, HTTPStatus and the text and JSON round trips.")
	t := jen.Id("t")
	f.Func().Id("TestDocumentedCodes").Params(t.Clone().Op("*").Qual("testing", "T")).Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("tc")).Op(":=").Range().Id("documented")).Block(
			jen.Id("t").Dot("Run").Call(jen.Id("tc").Dot("str"), jen.Func().Params(t.Clone().Op("*").Qual("testing", "T")).BlockFunc(func(g *jen.Group) {
				g.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("tc").Dot("status"), jen.Index().Byte().Call(jen.Id("tc").Dot("body")))
				g.If(jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), jen.Id("tc").Dot("code"))).Block(
					jen.Id("t").Dot("Fatalf").Call(jen.Lit("errors.Is(Parse(%d, %s), %v) = false; Parse returned %v"), jen.Id("tc").Dot("status"), jen.Id("tc").Dot("body"), jen.Id("tc").Dot("str"), jen.Id("err")))
				g.Id("wrapped").Op(":=").Qual("fmt", "Errorf").Call(jen.Lit("calling the vendor: %w"), jen.Id("err"))
				g.If(jen.Op("!").Qual("errors", "Is").Call(jen.Id("wrapped"), jen.Id("tc").Dot("code"))).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.Is through fmt.Errorf(%%w) = false")))
				g.Var().Id("e").Op("*").Add(code("Error"))
				g.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("wrapped"), jen.Op("&").Id("e"))).Block(
					jen.Id("t").Dot("Fatalf").Call(jen.Lit("errors.As(*Error) = false for %T"), jen.Id("err")))
				g.If(jen.Id("e").Dot("Code").Op("!=").Id("tc").Dot("wantCode").Op("||").Id("e").Dot("Status").Op("!=").Id("tc").Dot("status")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("Error{Code: %s, Status: %d}, want {%s, %d}"), jen.Id("e").Dot("Code").Dot("String").Call(), jen.Id("e").Dot("Status"), jen.Id("tc").Dot("wantCode").Dot("String").Call(), jen.Id("tc").Dot("status")))
				if m.hasDetail {
					g.If(jen.Id("e").Dot("Detail").Op("!=").Id("tc").Dot("wantDetail")).Block(
						jen.Id("t").Dot("Errorf").Call(jen.Lit("Error.Detail = %q, want %q"), jen.Id("e").Dot("Detail"), jen.Id("tc").Dot("wantDetail")))
					g.If(jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), jen.Id("tc").Dot("wantCode"))).Block(
						jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.Is(err, %v) = false for the code key"), jen.Id("tc").Dot("wantCode")))
				}
				if m.hasRequestID {
					g.If(jen.Id("e").Dot("RequestID").Op("!=").Id("tc").Dot("requestID")).Block(
						jen.Id("t").Dot("Errorf").Call(jen.Lit("Error.RequestID = %q, want %q"), jen.Id("e").Dot("RequestID"), jen.Id("tc").Dot("requestID")))
				}
				g.Var().Id("ve").Qual(rootPkg, "VendorError").Op("=").Id("e")
				g.If(jen.Id("ve").Dot("Vendor").Call().Op("!=").Lit(m.Vendor).Op("||").Id("ve").Dot("VendorCode").Call().Op("!=").Id("tc").Dot("vendorCode").Op("||").Id("ve").Dot("VendorRequestID").Call().Op("!=").Id("tc").Dot("requestID").Op("||").Qual(rootPkg, "HTTPStatus").Call(jen.Id("wrapped")).Op("!=").Id("tc").Dot("status")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("VendorError: %q %q %q %d"), jen.Id("ve").Dot("Vendor").Call(), jen.Id("ve").Dot("VendorCode").Call(), jen.Id("ve").Dot("VendorRequestID").Call(), jen.Qual(rootPkg, "HTTPStatus").Call(jen.Id("wrapped"))))
				g.If(jen.Id("got").Op(":=").Id("tc").Dot("code").Dot("Class").Call(), jen.Id("got").Op("!=").Id("tc").Dot("class")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("Code.Class() = %v, want %v"), jen.Id("got"), jen.Id("tc").Dot("class")))
				g.If(jen.Id("got").Op(":=").Qual(rootPkg, "ClassOf").Call(jen.Id("wrapped")), jen.Id("got").Op("!=").Id("tc").Dot("errClass")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("apierr.ClassOf(err) = %v, want %v"), jen.Id("got"), jen.Id("tc").Dot("errClass")))
				g.If(jen.Id("tc").Dot("errClass").Op("!=").Nil().Op("&&").Op("!").Qual("errors", "Is").Call(jen.Id("wrapped"), jen.Id("tc").Dot("errClass"))).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.Is(err, %v) = false"), jen.Id("tc").Dot("errClass")))
				g.If(jen.String().Call(jen.Id("e").Dot("Body")).Op("!=").Id("tc").Dot("body")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("Error.Body = %s, want the reply"), jen.Id("e").Dot("Body")))
				g.Var().Id("c").Add(code("Code"))
				g.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("c")).Op("||").Id("c").Op("!=").Id("tc").Dot("wantCode")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.As(Code) = %v, want %v"), jen.Id("c").Dot("String").Call(), jen.Id("tc").Dot("wantCode").Dot("String").Call()))
				g.If(jen.Id("got").Op(":=").Id("tc").Dot("code").Dot("String").Call(), jen.Id("got").Op("!=").Id("tc").Dot("str")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("String() = %q, want %q"), jen.Id("got"), jen.Id("tc").Dot("str")))
				g.If(jen.Id("got").Op(":=").Id("tc").Dot("code").Dot("HTTPStatus").Call(), jen.Id("got").Op("!=").Id("tc").Dot("httpStatus")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("HTTPStatus() = %d, want %d"), jen.Id("got"), jen.Id("tc").Dot("httpStatus")))
				g.If(jen.Op("!").Id("tc").Dot("code").Dot("Known").Call()).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("Known() = false for a documented code")))
				g.If(jen.Id("got").Op(":=").Qual("fmt", "Sprint").Call(jen.Id("tc").Dot("code")), jen.Id("got").Op("!=").Id("tc").Dot("code").Dot("Error").Call()).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("%%v = %q, want Error() %q"), jen.Id("got"), jen.Id("tc").Dot("code").Dot("Error").Call()))
				g.List(jen.Id("text"), jen.Id("_")).Op(":=").Id("tc").Dot("code").Dot("MarshalText").Call()
				g.Var().Id("back").Add(code("Code"))
				g.If(jen.Id("err").Op(":=").Id("back").Dot("UnmarshalText").Call(jen.Id("text")), jen.Id("err").Op("!=").Nil().Op("||").Id("back").Op("!=").Id("tc").Dot("code")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("text round trip: %q gave %v, %v"), jen.Id("text"), jen.Id("back"), jen.Id("err")))
				g.List(jen.Id("js"), jen.Id("_")).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("tc").Dot("code"))
				g.Id("back").Op("=").Lit(m.zeroCode())
				g.If(jen.Id("err").Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("js"), jen.Op("&").Id("back")), jen.Id("err").Op("!=").Nil().Op("||").Id("back").Op("!=").Id("tc").Dot("code")).Block(
					jen.Id("t").Dot("Errorf").Call(jen.Lit("JSON round trip: %s gave %v, %v"), jen.Id("js"), jen.Id("back"), jen.Id("err")))
			})),
		),
	)
	f.Line()
}

func emitCodesTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("TestCodesListsEveryCode checks that Codes returns each documented code once, in order.")
	f.Func().Id("TestCodesListsEveryCode").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Id("all").Op(":=").Add(code("Codes")).Call(),
		jen.If(jen.Len(jen.Id("all")).Op("!=").Len(jen.Id("documented"))).Block(
			jen.Id("t").Dot("Fatalf").Call(jen.Lit("Codes() has %d codes, the spec %d"), jen.Len(jen.Id("all")), jen.Len(jen.Id("documented")))),
		jen.For(jen.List(jen.Id("i"), jen.Id("tc")).Op(":=").Range().Id("documented")).Block(
			jen.If(jen.Id("all").Index(jen.Id("i")).Op("!=").Id("tc").Dot("code")).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("Codes()[%d] = %v, want %v"), jen.Id("i"), jen.Id("all").Index(jen.Id("i")).Dot("String").Call(), jen.Id("tc").Dot("str")))),
	)
	f.Line()
}

func emitUnknownTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	value, body := m.unknownCase()
	wantStr := fmt.Sprint(value)
	if !m.StringCodes {
		wantStr = fmt.Sprintf("Code(%d)", value)
	}
	f.Comment("TestUnknownCode checks that a code the document does not list is kept exactly and")
	f.Comment("matches no documented code.")
	f.Func().Id("TestUnknownCode").Params(jen.Id("t").Op("*").Qual("testing", "T")).BlockFunc(func(g *jen.Group) {
		g.Id("body").Op(":=").Lit(body)
		g.Id("err").Op(":=").Add(code("Parse")).Call(jen.Lit(400), jen.Index().Byte().Call(jen.Id("body")))
		g.Var().Id("e").Op("*").Add(code("Error"))
		g.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
			jen.Id("t").Dot("Fatalf").Call(jen.Lit("Parse(400, %s) = %v, want an *Error"), jen.Id("body"), jen.Id("err")))
		g.If(jen.Id("e").Dot("Code").Op("!=").Add(code("Code")).Call(jen.Lit(value))).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Error.Code = %v, want the code as received"), jen.Id("e").Dot("Code").Dot("String").Call()))
		g.If(jen.Id("e").Dot("Code").Dot("Known").Call()).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Known() = true for an undocumented code")))
		g.If(jen.Id("got").Op(":=").Id("e").Dot("Code").Dot("String").Call(), jen.Id("got").Op("!=").Lit(wantStr)).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("String() = %q, want %q"), jen.Id("got"), jen.Lit(wantStr)))
		g.If(jen.Id("e").Dot("Code").Dot("HTTPStatus").Call().Op("!=").Lit(0)).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("HTTPStatus() of an undocumented code is not 0")))
		var fallback jen.Code = jen.Nil()
		for _, sc := range m.StatusClasses {
			if sc.Status == 400 {
				fallback = classRef(sc.Class)
			}
		}
		g.Comment("Its class comes from the spec's [[status_class]] row for HTTP 400, if any.")
		g.If(jen.Id("got").Op(":=").Qual(rootPkg, "ClassOf").Call(jen.Id("err")), jen.Id("got").Op("!=").Add(fallback)).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("apierr.ClassOf(undocumented at HTTP 400) = %v"), jen.Id("got")))
		g.For(jen.List(jen.Id("_"), jen.Id("c")).Op(":=").Range().Add(code("Codes")).Call()).Block(
			jen.If(jen.Qual("errors", "Is").Call(jen.Id("err"), jen.Id("c"))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.Is(undocumented, %v) = true"), jen.Id("c").Dot("String").Call())))
		if v, parent, cbody, ok := m.catchAllCase(); ok {
			g.Line().Comment("An unlisted code under a catch-all still matches its parent.")
			g.Id("err").Op("=").Add(code("Parse")).Call(jen.Lit(400), jen.Index().Byte().Call(jen.Lit(cbody)))
			g.If(jen.Op("!").Qual("errors", "Is").Call(jen.Id("err"), code(parent))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("errors.Is(%v, "+parent+") = false"), jen.Id("err")))
			g.If(jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Add(code("Code")).Call(jen.Lit(v)).Dot("Parent").Call(), jen.Op("!").Id("ok").Op("||").Id("p").Op("!=").Add(code(parent))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("Parent() = %v, %v; want "+parent), jen.Id("p").Dot("String").Call(), jen.Id("ok")))
		}
	})
	f.Line()
}

func emitNotVendorTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("TestNotVendorBody checks replies that are not the vendor's JSON: an error from status")
	f.Comment("400 on, keeping the status and the body, and nil below.")
	f.Func().Id("TestNotVendorBody").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("tc")).Op(":=").Range().Index().Struct(
			jen.Id("status").Int(),
			jen.Id("body").String(),
		).Values(
			jen.Values(jen.Lit(502), jen.Lit("<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>")),
			jen.Values(jen.Lit(503), jen.Lit("")),
			jen.Values(jen.Lit(500), jen.Lit("upstream connect error")),
			jen.Values(jen.Lit(504), jen.Lit(`{"truncated": `)),
			jen.Values(jen.Lit(502), jen.Lit(`{"message": "Internal server error"}`)),
			jen.Values(jen.Lit(500), jen.Lit(`{"a":`).Op("+").Qual("strings", "Repeat").Call(jen.Lit(`{"a":`), jen.Lit(20000)).Op("+").Lit("1").Op("+").Qual("strings", "Repeat").Call(jen.Lit("}"), jen.Lit(20001))),
			jen.Values(jen.Lit(400), jen.Lit(m.wrongTypeBody())),
		)).Block(
			jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("tc").Dot("status"), jen.Index().Byte().Call(jen.Id("tc").Dot("body"))),
			jen.Var().Id("e").Op("*").Add(code("Error")),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
				jen.Id("t").Dot("Fatalf").Call(jen.Lit("Parse(%d, %q) = %v, want an *Error"), jen.Id("tc").Dot("status"), jen.Id("tc").Dot("body"), jen.Id("err"))),
			jen.If(jen.Id("e").Dot("Status").Op("!=").Id("tc").Dot("status").Op("||").String().Call(jen.Id("e").Dot("Body")).Op("!=").Id("tc").Dot("body").Op("||").Id("e").Dot("Unwrap").Call().Op("!=").Nil()).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("Parse(%d, %q) = %+v, want the status and body kept and no code"), jen.Id("tc").Dot("status"), jen.Id("tc").Dot("body"), jen.Id("e"))),
			jen.If(jen.Op("!").Qual("strings", "Contains").Call(jen.Id("e").Dot("Error").Call(), jen.Qual("fmt", "Sprint").Call(jen.Id("tc").Dot("status")))).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("Error() = %q does not name the status"), jen.Id("e").Dot("Error").Call())),
		),
		jen.If(jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Lit(200), jen.Index().Byte().Call(jen.Lit("<html>ok</html>"))), jen.Id("err").Op("!=").Nil()).Block(
			jen.Id("t").Dot("Errorf").Call(jen.Lit("Parse(200, html) = %v, want nil"), jen.Id("err"))),
	)
	f.Line()
}

// emitOutcomeTest writes TestOutcomeRule for envelopes whose body says error or success.
func emitOutcomeTest(f *jen.File, m *model, code func(string) *jen.Statement) {
	type row struct {
		status int
		body   string
		isErr  bool
	}
	var rows []row
	for _, em := range m.envs {
		if em.Outcome == nil {
			continue
		}
		c := m.firstOf(em.Name)
		if c == nil {
			continue
		}
		errBody := object([]pair{{em.Outcome.Key, em.Outcome.Error[0]}, {em.CodeKey, m.codeLit(c)}})
		okBody := object([]pair{{em.Outcome.Key, em.Outcome.Success[0]}, {em.CodeKey, m.codeLit(c)}})
		rows = append(rows, row{200, errBody, true}, row{400, okBody, false}, row{200, okBody, false})
	}
	if len(rows) == 0 {
		return
	}
	f.Comment("TestOutcomeRule checks the vendor's own rule: the body says error or success, whatever")
	f.Comment("the HTTP status.")
	f.Func().Id("TestOutcomeRule").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("tc")).Op(":=").Range().Index().Struct(
			jen.Id("status").Int(),
			jen.Id("body").String(),
			jen.Id("isErr").Bool(),
		).ValuesFunc(func(g *jen.Group) {
			for _, r := range rows {
				g.Values(jen.Lit(r.status), jen.Lit(r.body), jen.Lit(r.isErr))
			}
		})).Block(
			jen.If(jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("tc").Dot("status"), jen.Index().Byte().Call(jen.Id("tc").Dot("body"))), jen.Parens(jen.Id("err").Op("!=").Nil()).Op("!=").Id("tc").Dot("isErr")).Block(
				jen.Id("t").Dot("Errorf").Call(jen.Lit("Parse(%d, %s) = %v, want error: %v"), jen.Id("tc").Dot("status"), jen.Id("tc").Dot("body"), jen.Id("err"), jen.Id("tc").Dot("isErr"))),
		),
	)
}

// firstOf returns the first documented non-detail code of an envelope.
func (m *model) firstOf(env string) *spec.Code {
	for _, c := range m.Codes {
		if c.Envelope == env && !c.Detail {
			return c
		}
	}
	return nil
}

// errClass is the class Error.Class gives the reply of a test case, from the spec: the detail
// code's class, the code's own, or the status table's when no detail code and no class.
func (m *model) errClass(tc testCase) string {
	if tc.wantDetail != nil && tc.wantDetail.Class != "" {
		return tc.wantDetail.Class
	}
	if tc.wantCode.Class != "" {
		return tc.wantCode.Class
	}
	if tc.wantDetail != nil {
		return ""
	}
	for _, sc := range m.StatusClasses {
		if sc.Status == tc.status {
			return sc.Class
		}
	}
	return ""
}

// wrongTypeBody is a body in the first envelope whose code has the wrong JSON type.
func (m *model) wrongTypeBody() string {
	em := m.envs[0]
	var pairs []pair
	if em.Outcome != nil {
		pairs = append(pairs, pair{em.Outcome.Key, em.Outcome.Error[0]})
	}
	pairs = append(pairs, pair{em.CodeKey, map[string]bool{"nested": true}})
	return object(pairs)
}

// emitFuzz writes FuzzParse, seeded with the documented replies and replies that are not the
// vendor's JSON: Parse must never panic, never lose an error reply (nil from status 400 on
// only when the body says success by the vendor's rule), and every *Error must keep the status
// and what it read of the body, and survive its methods.
func emitFuzz(f *jen.File, m *model, code func(string) *jen.Statement) {
	f.Comment("FuzzParse checks that Parse never panics and never loses an error reply: from status 400")
	f.Comment("on it returns an error unless the body says success by the vendor's own rule, and every")
	f.Comment("*Error keeps the status and what Parse read of the body. Run it longer with")
	f.Add(commentLines("go test -run='^$' -fuzz=FuzzParse -fuzztime=5m " + m.importPath))
	f.Func().Id("FuzzParse").Params(jen.Id("f").Op("*").Qual("testing", "F")).Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("tc")).Op(":=").Range().Id("documented")).Block(
			jen.Id("f").Dot("Add").Call(jen.Id("tc").Dot("status"), jen.Index().Byte().Call(jen.Id("tc").Dot("body")))),
		jen.For(jen.List(jen.Id("_"), jen.Id("body")).Op(":=").Range().Index().String().Values(
			jen.Lit("<html><body>502 Bad Gateway</body></html>"), jen.Lit(""), jen.Lit("upstream connect error"),
			jen.Lit(`{"truncated": `), jen.Lit(`{"message": "Internal server error"}`), jen.Lit(m.wrongTypeBody()),
			jen.Lit(`{"Code":"InvalidParameter","Message":"bad","RequestId":"r"}`),
		)).Block(
			jen.Id("f").Dot("Add").Call(jen.Lit(502), jen.Index().Byte().Call(jen.Id("body"))),
			jen.Id("f").Dot("Add").Call(jen.Lit(200), jen.Index().Byte().Call(jen.Id("body")))),
		jen.Id("f").Dot("Fuzz").Call(jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T"), jen.Id("status").Int(), jen.Id("body").Index().Byte()).Block(
			jen.Id("err").Op(":=").Add(code("Parse")).Call(jen.Id("status"), jen.Id("body")),
			jen.Id("read").Op(":=").Id("body"),
			jen.If(jen.Len(jen.Id("read")).Op(">").Add(code("MaxBodySize"))).Block(jen.Id("read").Op("=").Id("read").Index(jen.Empty(), code("MaxBodySize"))),
			jen.If(jen.Id("err").Op("==").Nil()).Block(
				jen.If(jen.Id("status").Op(">=").Lit(400).Op("&&").Op("!").Id("saysSuccess").Call(jen.Id("read"))).Block(
					jen.Id("t").Dot("Fatalf").Call(jen.Lit("Parse(%d, %q) = nil for an error reply"), jen.Id("status"), jen.Id("body"))),
				jen.Return()),
			jen.Var().Id("e").Op("*").Add(code("Error")),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
				jen.Id("t").Dot("Fatalf").Call(jen.Lit("Parse returned %T, want *Error"), jen.Id("err"))),
			jen.If(jen.Id("e").Dot("Status").Op("!=").Id("status").Op("||").Op("!").Qual("bytes", "Equal").Call(jen.Id("e").Dot("Body"), jen.Id("read"))).Block(
				jen.Id("t").Dot("Fatalf").Call(jen.Lit("Error{Status: %d, Body: %d bytes}, want the status and the %d bytes read"), jen.Id("e").Dot("Status"), jen.Len(jen.Id("e").Dot("Body")), jen.Len(jen.Id("read")))),
			jen.Id("_").Op("=").Id("e").Dot("Error").Call().Op("+").Id("e").Dot("GoString").Call().Op("+").Id("e").Dot("VendorCode").Call(),
			jen.Id("_").Op("=").Id("e").Dot("LogValue").Call(),
			jen.Id("_").Op("=").Id("e").Dot("Marshal").Call(),
			jen.Id("_").Op("=").Qual("errors", "Is").Call(jen.Id("err"), jen.Qual(rootPkg, "ErrInternal")),
		)),
	)
	f.Line()
	f.Comment("saysSuccess reports whether body is a JSON object with an outcome key (matched up to case,")
	f.Comment("as the decoder matches keys) holding one of the vendor's success values.")
	f.Func().Id("saysSuccess").Params(jen.Id("body").Index().Byte()).Bool().BlockFunc(func(g *jen.Group) {
		type rule struct{ key, value string }
		var rules []rule
		for _, em := range m.envs {
			if em.Outcome != nil {
				for _, v := range em.Outcome.Success {
					rules = append(rules, rule{em.Outcome.Key, jsonLit(v)})
				}
			}
		}
		if len(rules) == 0 {
			g.Comment("The vendor's bodies never say success: the HTTP status decides.")
			g.Return(jen.False())
			return
		}
		g.Var().Id("obj").Map(jen.String()).Qual("encoding/json", "RawMessage")
		g.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("body"), jen.Op("&").Id("obj")).Op("!=").Nil()).Block(jen.Return(jen.False()))
		g.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("obj")).BlockFunc(func(fg *jen.Group) {
			for _, r := range rules {
				fg.If(jen.Qual("strings", "EqualFold").Call(jen.Id("k"), jen.Lit(r.key)).Op("&&").String().Call(jen.Id("v")).Op("==").Lit(r.value)).Block(jen.Return(jen.True()))
			}
		})
		g.Return(jen.False())
	})
	f.Line()
}
