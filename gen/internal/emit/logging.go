package emit

import (
	"github.com/dave/jennifer/jen"
)

// emitLogging writes the methods that keep secrets out of logs and still lose nothing:
// LogValue (slog: vendor, code, name, status, request ID, class; never body text), GoString
// (%#v without the body), and RawField, which reads any top-level key of the body, documented
// or not.
func emitLogging(f *jen.File, m *model) {
	e := func() *jen.Statement { return jen.Func().Params(jen.Id("e").Op("*").Id("Error")) }
	f.Add(commentLines("LogValue makes an *Error log, with log/slog, as its vendor, code, name, " +
		"HTTP status, request ID and class. The body and its text are left out: they may hold " +
		"tokens, passwords or one-time codes. Log apierr.Redact(e.Body) where the body is needed."))
	f.Add(e()).Id("LogValue").Params().Qual("log/slog", "Value").BlockFunc(func(g *jen.Group) {
		g.Id("class").Op(":=").Lit("")
		g.If(jen.Id("c").Op(":=").Id("e").Dot("Class").Call(), jen.Id("c").Op("!=").Nil()).Block(
			jen.Id("class").Op("=").Id("c").Dot("Name").Call())
		name := jen.Id("e").Dot("Code").Dot("String").Call()
		if m.hasDetail {
			g.Id("name").Op(":=").Id("e").Dot("Code").Dot("String").Call()
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(jen.Id("name").Op("=").Id("e").Dot("Detail").Dot("String").Call())
			name = jen.Id("name")
		} else if m.hasWire {
			g.Id("name").Op(":=").Id("e").Dot("Code").Dot("String").Call()
			g.If(jen.Op("!").Id("e").Dot("Code").Dot("Known").Call().Op("&&").Id("e").Dot("Name").Op("!=").Lit("")).Block(
				jen.Id("name").Op("=").Id("e").Dot("Name"))
			name = jen.Id("name")
		}
		g.Return(jen.Qual("log/slog", "GroupValue").Call(
			jen.Qual("log/slog", "String").Call(jen.Lit("vendor"), jen.Lit(m.Vendor)),
			jen.Qual("log/slog", "String").Call(jen.Lit("code"), jen.Id("e").Dot("VendorCode").Call()),
			jen.Qual("log/slog", "String").Call(jen.Lit("name"), name),
			jen.Qual("log/slog", "Int").Call(jen.Lit("status"), jen.Id("e").Dot("Status")),
			jen.Qual("log/slog", "String").Call(jen.Lit("request_id"), jen.Id("e").Dot("VendorRequestID").Call()),
			jen.Qual("log/slog", "String").Call(jen.Lit("class"), jen.Id("class")),
		))
	})
	f.Line()

	codeFmt := "%s.Code(%d)"
	if m.StringCodes {
		codeFmt = "%s.Code(%q)"
	}
	f.Add(commentLines("GoString makes %#v of an *Error show its code, status and request ID, and " +
		"not its body and fields, which may hold secrets."))
	f.Add(e()).Id("GoString").Params().String().Block(
		jen.Return(jen.Qual("fmt", "Sprintf").Call(
			jen.Lit("&"+m.Package+".Error{Code: "+codeFmt+", Status: %d, RequestID: %q, Body: [%d bytes]}"),
			jen.Lit(m.Package), jen.Id("e").Dot("Code"), jen.Id("e").Dot("Status"), jen.Id("e").Dot("VendorRequestID").Call(), jen.Len(jen.Id("e").Dot("Body")))),
	)
	f.Line()

	f.Add(commentLines("RawField returns the raw JSON of a top-level key of the body, documented or "+
		"not, so nothing a vendor sends is lost: the fields of e hold what the document describes, "+
		"RawField the rest. An exact key match is preferred, then one that differs only in case, "+
		"as encoding/json matches. ok is false when the body is not a JSON object or lacks the key.",
		"The value is raw: it may be a secret. Use apierr.Redact before logging it."))
	f.Add(e()).Id("RawField").Params(jen.Id("key").String()).Params(jen.Qual("encoding/json", "RawMessage"), jen.Bool()).Block(
		jen.Var().Id("obj").Map(jen.String()).Qual("encoding/json", "RawMessage"),
		jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("e").Dot("Body"), jen.Op("&").Id("obj")).Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), jen.False())),
		jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("obj").Index(jen.Id("key")), jen.Id("ok")).Block(
			jen.Return(jen.Id("v"), jen.True())),
		jen.Comment("Ranging over the map is fine: only a key equal to key up to case is taken, and"),
		jen.Comment("the least such key is chosen so the answer does not depend on map order."),
		jen.Id("best").Op(":=").Lit(""),
		jen.For(jen.Id("k").Op(":=").Range().Id("obj")).Block(
			jen.If(jen.Qual("strings", "EqualFold").Call(jen.Id("k"), jen.Id("key")).Op("&&").Parens(jen.Id("best").Op("==").Lit("").Op("||").Id("k").Op("<").Id("best"))).Block(
				jen.Id("best").Op("=").Id("k"))),
		jen.If(jen.Id("best").Op("==").Lit("")).Block(jen.Return(jen.Nil(), jen.False())),
		jen.Return(jen.Id("obj").Index(jen.Id("best")), jen.True()),
	)
	f.Line()
}
