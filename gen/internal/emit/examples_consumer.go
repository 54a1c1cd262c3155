package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitConsumerExamples writes the examples of what a service does with a failed call besides
// matching it: retry it (ExampleCheckRetry), forward it to its own client as an RFC 9457
// problem (ExampleError_problem) and record it for telemetry (ExampleError_Attrs). Their
// Output blocks are computed with the runtime's own functions from the model's reading of the
// same replies, so go test checks that the generated package agrees with them.
func emitConsumerExamples(f *file, m *model.Model, o Options) {
	q := func(name string) *jen.Statement { return jen.Qual(o.ImportPath, name) }
	emitRetryExample(f, m, q)
	cases := m.Cases()
	for _, tc := range cases {
		if tc.Code.Class != "" {
			emitProblemExample(f, m, o, q, tc)
			break
		}
	}
	emitAttrsExample(f, m, o, q, cases[0])
}

// emitRetryExample writes ExampleCheckRetry: a gateway's 503 with Retry-After is retried after
// the wait it asks for, and the reply of a documented code that a retry cannot cure is not.
func emitRetryExample(f *file, m *model.Model, q func(string) *jen.Statement) {
	call := func(srv string) *jen.Statement {
		return jen.Id("resp").Op("=").Id("get").Call(jen.Id(srv).Dot("URL")).Line().
			Defer().Id("resp").Dot("Body").Dot("Close").Call().Line().
			List(jen.Id("retry"), jen.Id("_")).Op("=").Add(q("CheckRetry")).Call(
			jen.Qual("context", "Background").Call(), jen.Id("resp"), jen.Nil())
	}
	body := []jen.Code{
		jen.Id("get").Op(":=").Func().Params(jen.Id("url").String()).Op("*").Qual("net/http", "Response").Block(
			jen.List(jen.Id("resp"), jen.Err()).Op(":=").Qual("net/http", "Get").Call(jen.Id("url")),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Panic(jen.Err())),
			jen.Return(jen.Id("resp"))),
		jen.Line(),
		jen.Comment("A gateway in front of the vendor is overloaded."),
		jen.Id("gateway").Op(":=").Qual("net/http/httptest", "NewServer").Call(jen.Qual("net/http", "HandlerFunc").Call(
			jen.Func().Params(
				jen.Id("w").Qual("net/http", "ResponseWriter"), jen.Id("_").Op("*").Qual("net/http", "Request"),
			).Block(
				jen.Id("w").Dot("Header").Call().Dot("Set").Call(jen.Lit("Retry-After"), jen.Lit("2")),
				jen.Qual("net/http", "Error").Call(
					jen.Id("w"), jen.Lit("overloaded"), jen.Qual("net/http", "StatusServiceUnavailable"))))),
		jen.Defer().Id("gateway").Dot("Close").Call(),
		jen.Id("resp").Op(":=").Id("get").Call(jen.Id("gateway").Dot("URL")),
		jen.Defer().Id("resp").Dot("Body").Dot("Close").Call(),
		jen.List(jen.Id("retry"), jen.Id("_")).Op(":=").Add(q("CheckRetry")).Call(
			jen.Qual("context", "Background").Call(), jen.Id("resp"), jen.Nil()),
		jen.Qual("fmt", "Println").Call(jen.Id("retry"), jen.Qual(rootPkg, "Backoff").Call(
			jen.Qual("time", "Second"), jen.Qual("time", "Minute"), jen.Lit(0), jen.Id("resp"))),
	}
	printed := "true 2s"
	if c := permanentCode(m); c != nil {
		body = append(body,
			jen.Line(),
			commentLines(fmt.Sprintf("The vendor answers %s: retrying the same request cannot help.", m.Display(c))),
			jen.Id("vendor").Op(":=").Qual("net/http/httptest", "NewServer").Call(q(c.Name).Dot("Reply").Call()),
			jen.Defer().Id("vendor").Dot("Close").Call(),
			call("vendor"),
			jen.Qual("fmt", "Println").Call(jen.Id("retry")))
		printed += "\nfalse"
	}
	f.Comment("ExampleCheckRetry decides from the vendor's reply whether a call is worth retrying, as")
	f.Comment("hashicorp/go-retryablehttp's CheckRetry; apierr.Backoff honours the reply's Retry-After.")
	f.Func().Id("ExampleCheckRetry").Params().Block(append(body, output(printed))...)
	f.Line()
}

// permanentCode returns the first documented code whose reply no retry can cure: classified,
// not documented as temporary, and of a class that is neither a throttle nor an outage; nil
// when the spec has none.
func permanentCode(m *model.Model) *spec.Code {
	for _, c := range m.Codes {
		cl := apierr.ClassByName(c.Class)
		if cl != nil && !c.Temporary && cl != apierr.ErrRateLimited && cl != apierr.ErrUnavailable {
			return c
		}
	}
	return nil
}

// emitProblemExample writes ExampleError_problem: the reply of a classified code forwarded to
// the service's own client as an RFC 9457 problem, with the status the class gives.
func emitProblemExample(f *file, m *model.Model, o Options, q func(string) *jen.Statement, tc model.Case) {
	r := tc.Reading.Reply()
	typ := m.CodeURL(r)
	if typ == "" {
		typ = "about:blank"
	}
	class := tc.Reading.Class(m)
	f.Comment("ExampleError_problem answers the service's own client when a call to the vendor failed: an")
	f.Comment("RFC 9457 problem whose status is the service's, decided by the class, whose type links the")
	f.Comment("code's documentation and whose text is the document's, never the vendor's body.")
	f.Func().Id("ExampleError_problem").Params().Block(
		wrappedReply(q, tc),
		jen.Line(),
		jen.Id("rec").Op(":=").Qual("net/http/httptest", "NewRecorder").Call(),
		jen.Qual(rootPkg, "Problem").Call(jen.Id("err")).Dot("ServeHTTP").Call(jen.Id("rec"),
			jen.Qual("net/http/httptest", "NewRequest").Call(jen.Lit("POST"), jen.Lit("/sign-in"), jen.Nil())),
		jen.Qual("fmt", "Println").Call(jen.Id("rec").Dot("Code"),
			jen.Id("rec").Dot("Header").Call().Dot("Get").Call(jen.Lit("Content-Type"))),
		jen.Line(),
		jen.Id("p").Op(":=").Qual(rootPkg, "Problem").Call(jen.Id("err")),
		jen.Qual("fmt", "Println").Call(jen.Id("p").Dot("Type")),
		jen.Qual("fmt", "Println").Call(jen.Id("p").Dot("Code"), jen.Id("p").Dot("Class"), jen.Id("p").Dot("RequestID")),
		output(fmt.Sprintf("%d %s\n%s\n%s %s %s", apierr.ProblemStatus(class), apierr.ProblemContentType, typ,
			m.VendorCode(r), class.Name(), tc.RequestID)),
	)
	f.Line()
}

// wrappedReply is the first lines of an example: the reply of a case, and err, what Parse makes
// of it, wrapped as a caller would.
func wrappedReply(q func(string) *jen.Statement, tc model.Case) *jen.Statement {
	return jen.Id("body").Op(":=").Index().Byte().Call(bodyLit(tc.Body)).Line().
		Id("err").Op(":=").Qual("fmt", "Errorf").Call(jen.Lit("signing in: %w"),
		q("Parse").Call(jen.Lit(tc.Status), jen.Id("body")))
}

// emitAttrsExample writes ExampleError_Attrs: the low-cardinality error.type and the attribute
// list that logs and traces record for a reply.
func emitAttrsExample(f *file, m *model.Model, o Options, q func(string) *jen.Statement, tc model.Case) {
	attrs := m.Attrs(tc.Reading.Reply())
	lines := []string{attrs[0].Value.String()} // error.type comes first
	for _, a := range attrs {
		lines = append(lines, fmt.Sprintf("%s=%v", a.Key, a.Value))
	}
	f.Comment("ExampleError_Attrs records a failed call for telemetry without an OpenTelemetry import:")
	f.Comment("error.type as the semantic conventions define it, and the attributes LogValue also logs,")
	f.Comment("none of them free text from the body. With OpenTelemetry, turn each slog.Attr into an")
	f.Comment("attribute.KeyValue and set them on the span.")
	f.Func().Id("ExampleError_Attrs").Params().Block(
		wrappedReply(q, tc),
		jen.Line(),
		jen.Qual("fmt", "Println").Call(jen.Qual(rootPkg, "ErrorType").Call(jen.Id("err"))),
		jen.For(jen.List(jen.Id("_"), jen.Id("a")).Op(":=").Range().Qual(rootPkg, "Attrs").Call(jen.Id("err"))).Block(
			jen.Qual("fmt", "Printf").Call(jen.Lit("%s=%v\n"), jen.Id("a").Dot("Key"), jen.Id("a").Dot("Value"))),
		output(strings.Join(lines, "\n")),
	)
	f.Line()
}
