package emit

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitExamples writes example_test.go: testable examples, shown on pkg.go.dev, for the common
// paths: Parse with errors.Is and errors.As (ExampleParse), FromResponse on a gateway's page
// (ExampleFromResponse), a fake vendor server (ExampleCode_Reply) and the vendor-neutral class
// (ExampleError_Class). Their Output blocks are computed from the model, so go test checks
// them.
func emitExamples(f *file, m *model.Model, o Options) {
	q := func(name string) *jen.Statement { return jen.Qual(o.ImportPath, name) }
	c := m.Example()
	tc := m.Cases()[0]
	want := m.ReplyCode(c)
	f.Comment("ExampleParse decodes a reply, checks its code with errors.Is and reads it with errors.As.")
	f.Func().Id("ExampleParse").Params().Block(
		jen.Id("body").Op(":=").Index().Byte().Call(bodyLit(tc.Body)),
		jen.Id("err").Op(":=").Add(q("Parse")).Call(jen.Lit(tc.Status), jen.Id("body")),
		jen.Qual("fmt", "Println").Call(jen.Qual("errors", "Is").Call(jen.Id("err"), q(c.Name))),
		jen.Line(),
		jen.Var().Id("e").Op("*").Add(q("Error")),
		jen.If(jen.Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
			jen.Qual("fmt", "Printf").Call(jen.Lit("%s %d %q\n"), jen.Id("e").Dot("Code").Dot("String").Call(),
				jen.Id("e").Dot("Status"), jen.Id("e").Dot("VendorRequestID").Call())),
		output(fmt.Sprintf("true\n%s %d %q", m.Display(want), tc.Status, tc.RequestID)),
	)
	f.Line()
	page := "<html><body>502 Bad Gateway</body></html>"
	f.Comment("ExampleFromResponse answers a gateway's HTML page, which is not the vendor's JSON: an")
	f.Comment("*Error with no code that keeps the status and the body.")
	f.Func().Id("ExampleFromResponse").Params().Block(
		jen.Id("resp").Op(":=").Op("&").Qual("net/http", "Response").Values(jen.Dict{
			jen.Id("StatusCode"): jen.Lit(502),
			jen.Id("Body"):       jen.Qual("io", "NopCloser").Call(jen.Qual("strings", "NewReader").Call(jen.Lit(page))),
		}),
		jen.Id("err").Op(":=").Add(q("FromResponse")).Call(jen.Id("resp")),
		jen.Var().Id("e").Op("*").Add(q("Error")),
		jen.If(jen.Qual("errors", "As").Call(jen.Id("err"), jen.Op("&").Id("e"))).Block(
			jen.Qual("fmt", "Println").Call(jen.Id("e").Dot("Status"),
				jen.Id("e").Dot("Code").Op("==").Lit(zeroCode(m)), jen.Len(jen.Id("e").Dot("Body")))),
		output(fmt.Sprintf("502 true %d", len(page))),
	)
	f.Line()
	f.Comment("ExampleCode_Reply fakes the vendor in a test: an *Error is an http.Handler that answers")
	f.Comment("with the vendor's status and body.")
	f.Func().Id("ExampleCode_Reply").Params().Block(
		jen.Id("srv").Op(":=").Qual("net/http/httptest", "NewServer").Call(q(c.Name).Dot("Reply").Call()),
		jen.Defer().Id("srv").Dot("Close").Call(),
		jen.Line(),
		jen.List(jen.Id("resp"), jen.Err()).Op(":=").Qual("net/http", "Get").Call(jen.Id("srv").Dot("URL")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Panic(jen.Err())),
		jen.Defer().Id("resp").Dot("Body").Dot("Close").Call(),
		jen.Qual("fmt", "Println").Call(jen.Id("resp").Dot("StatusCode"),
			jen.Qual("errors", "Is").Call(jen.Add(q("FromResponse")).Call(jen.Id("resp")), q(c.Name))),
		output(fmt.Sprintf("%d true", m.ReplyStatus(c))),
	)
	f.Line()
	emitClassExample(f, m, q)
	emitConsumerExamples(f, m, o)
}

// emitClassExample writes ExampleError_Class with the first code that has a class, if any.
func emitClassExample(f *file, m *model.Model, q func(string) *jen.Statement) {
	for _, c := range m.Codes {
		if c.Class == "" {
			continue
		}
		f.Comment("ExampleError_Class checks a reply against a vendor-neutral class, as code that works with")
		f.Comment("any identity provider would.")
		f.Func().Id("ExampleError_Class").Params().Block(
			jen.Id("err").Op(":=").Qual("fmt", "Errorf").Call(jen.Lit("signing in: %w"), q(c.Name).Dot("Reply").Call()),
			jen.Qual("fmt", "Println").Call(
				jen.Qual("errors", "Is").Call(jen.Id("err"), jen.Qual(rootPkg, model.ClassVar(c.Class))),
				jen.Qual(rootPkg, "ClassOf").Call(jen.Id("err")).Dot("Name").Call()),
			output("true "+c.Class),
		)
		return
	}
}

// bodyLit is the literal of a JSON body for an example: the body indented, one key per line,
// as a raw string, so that it reads as the vendor's reply; a quoted string when it is not JSON
// or a raw string could not hold it as it reads (rawStringSafe).
func bodyLit(body string) jen.Code {
	var out bytes.Buffer
	if json.Indent(&out, []byte(body), "\t", "\t") != nil || !rawStringSafe(out.String()) {
		return jen.Lit(body)
	}
	return jen.Op("`" + out.String() + "`")
}

// output is an example's Output comment for the printed text (outputComment, in safe.go).
func output(printed string) *jen.Statement {
	return outputComment(printed)
}
