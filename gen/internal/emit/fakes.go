package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitReply writes Code.Reply: the *Error the vendor sends for a code, to fake the vendor in
// tests, from the code's row (its reply status, the code the reply carries, its envelope and
// text).
func emitReply(f *file, m *model.Model) {
	statusNote := "the documented HTTP status, else 400"
	if m.Envs[0].Outcome != nil {
		statusNote = "the documented HTTP status, else 200 (the body says it is an error)"
	}
	f.Add(commentLines(fmt.Sprintf("Reply returns the *Error the vendor sends for c, to fake the vendor in "+
		"tests: %s, and the documented text in the body's keys. Set more fields (RequestID, the "+
		"extra fields) before use; Marshal writes it as a body and an *Error is an http.Handler:", statusNote),
		fmt.Sprintf("\tsrv := httptest.NewServer(%s.%s.Reply())", m.Package, m.Example().Name)))
	f.Add(recv()).Id("Reply").Params().Op("*").Id("Error").BlockFunc(func(g *jen.Group) {
		g.Id("e").Op(":=").Op("&").Id("Error").Values(jen.Dict{jen.Id("Code"): jen.Id("c"), jen.Id("Status"): jen.Lit(400)})
		g.Id("r").Op(":=").Id("c").Dot("row").Call()
		g.If(jen.Id("r").Op("==").Nil()).Block(jen.Id("e").Dot("remember").Call(), jen.Return(jen.Id("e")))
		g.Id("e").Dot("Status").Op("=").Id("r").Dot("ReplyStatus")
		if m.Has.Detail {
			g.If(jen.Id("r").Dot("ReplyCode").Op(">").Lit(0)).Block(
				jen.List(jen.Id("e").Dot("Code"), jen.Id("e").Dot("Detail")).Op("=").List(
					jen.Id("codes").Index(jen.Id("r").Dot("ReplyCode").Op("-").Lit(1)), jen.Id("c")))
		}
		if m.Has.Envelopes {
			g.Id("e").Dot("Envelope").Op("=").Id("layout").Dot("Envelopes").Index(jen.Id("r").Dot("Envelope")).Dot("Name")
		}
		if m.Has.Wire {
			g.Id("e").Dot("Name").Op("=").Id("r").Dot("Name")
		}
		if m.Has.Description {
			inEnvelopes(g, m, func(em *model.Envelope) bool { return len(em.Description) > 0 },
				jen.Id("e").Dot("Description").Op("=").Id("r").Dot("Description"))
		}
		if m.Has.Message {
			inEnvelopes(g, m, func(em *model.Envelope) bool { return len(em.Message) > 0 },
				jen.Id("e").Dot("Message").Op("=").Id("r").Dot("Message"))
		}
		g.Id("e").Dot("remember").Call()
		g.Return(jen.Id("e"))
	})
	f.Line()
}

// inEnvelopes writes stmt so that it runs for codes of the envelopes has accepts: always when
// all do, never when none does, else under a test of the code's envelope.
func inEnvelopes(g *jen.Group, m *model.Model, has func(*model.Envelope) bool, stmt *jen.Statement) {
	var envs []jen.Code
	for _, em := range m.Envs {
		if has(em) {
			envs = append(envs, jen.Id(em.Ident))
		}
	}
	switch {
	case len(envs) == 0:
	case len(envs) == len(m.Envs):
		g.Add(stmt)
	default:
		g.Switch(jen.Id("r").Dot("Envelope")).Block(jen.Case(envs...).Block(stmt))
	}
}

// emitFakes writes Error.Marshal (the body in the vendor's envelope) and Error.ServeHTTP (an
// *Error is an http.Handler, for httptest servers).
func emitFakes(f *file, m *model.Model) {
	f.Add(commentLines("Marshal returns e as a body in the vendor's envelope: the keys the decoder " +
		"reads, from the fields of e (not from Body), with empty fields left out. Parse of the " +
		"result gives back an equal *Error."))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Marshal").Params().Index().Byte().BlockFunc(func(g *jen.Group) {
		g.Var().Id("o").Qual(runtimePkg, "Object")
		if !m.Has.Envelopes {
			marshalEnvelope(g, m, m.Envs[0])
		} else {
			g.Switch(jen.Id("e").Dot("Envelope")).BlockFunc(func(sw *jen.Group) {
				for _, em := range m.Envs[1:] {
					sw.Case(jen.Lit(em.Name)).BlockFunc(func(cg *jen.Group) { marshalEnvelope(cg, m, em) })
				}
				sw.Default().BlockFunc(func(cg *jen.Group) {
					cg.Comment(m.Envs[0].Name + ", the first envelope")
					marshalEnvelope(cg, m, m.Envs[0])
				})
			})
		}
		g.Return(jen.Id("o").Dot("Bytes").Call())
	})
	f.Line()
	header := jen.Id("e").Dot("Header")
	doc := "ServeHTTP answers any request with e: its Header, its status (400 when unset) and " +
		"Marshal's body, as JSON. It makes an *Error a fake of the vendor for httptest servers."
	if len(m.RequestIDHeaders) > 0 {
		header = jen.Qual(runtimePkg, "WithHeader").Call(header, jen.Lit(m.RequestIDHeaders[0]), jen.Id("e").Dot("RequestID"))
		doc += fmt.Sprintf(" The RequestID is also sent as the %s header, unless Header sets it.", m.RequestIDHeaders[0])
	}
	f.Add(commentLines(doc))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("ServeHTTP").Params(
		jen.Id("w").Qual("net/http", "ResponseWriter"), jen.Id("_").Op("*").Qual("net/http", "Request")).Block(
		jen.Qual(runtimePkg, "Serve").Call(jen.Id("w"), jen.Id("e").Dot("Status"), header, jen.Id("e").Dot("Marshal").Call()),
	)
	f.Line()
}

// marshalEnvelope writes the statements that add e's keys to o in one envelope's shape.
func marshalEnvelope(g *jen.Group, m *model.Model, em *model.Envelope) {
	add := func(key string, value jen.Code) *jen.Statement {
		return jen.Id("o").Dot("Add").Call(jen.Lit(key), value)
	}
	if em.Outcome != nil {
		g.Add(add(em.Outcome.JSON, jen.Lit(em.Envelope.Outcome.Error[0])))
	}
	codeValue := jen.Int().Call(jen.Id("e").Dot("Code"))
	if m.StringCodes {
		codeValue = jen.String().Call(jen.Id("e").Dot("Code"))
	}
	g.If(jen.Id("e").Dot("Code").Op("!=").Lit(zeroCode(m))).Block(add(em.Code.JSON, codeValue))
	if em.WireName != nil {
		g.If(jen.Id("e").Dot("Name").Op("!=").Lit("")).Block(add(em.WireName.JSON, jen.Id("e").Dot("Name")))
	}
	if em.Detail != nil {
		g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(add(em.Detail.JSON, jen.String().Call(jen.Id("e").Dot("Detail"))))
	}
	for _, r := range []struct {
		keys  []*model.Key
		field string
	}{{em.Message, "Message"}, {em.Description, "Description"}, {em.RequestID, "RequestID"}} {
		if len(r.keys) == 0 {
			continue
		}
		if r.field == "Description" && len(em.Message) > 0 && em.Message[0] == r.keys[0] {
			continue // the same key holds both (Akamai's older "message"): write it once
		}
		g.If(jen.Id("e").Dot(r.field).Op("!=").Lit("")).Block(add(r.keys[0].JSON, jen.Id("e").Dot(r.field)))
	}
	for _, fd := range em.Fields {
		g.If(nonZero(jen.Id("e").Dot(fd.Name), fd.Type)).Block(add(fd.JSON, jen.Id("e").Dot(fd.Name)))
	}
}

// emitMarshal writes MarshalText and UnmarshalText (the wire form: the decimal number or the
// string) and, for int codes, MarshalJSON and UnmarshalJSON so JSON holds a number.
func emitMarshal(f *file, m *model.Model) {
	c := jen.Id("c")
	if m.StringCodes {
		f.Comment("MarshalText returns the code as the vendor writes it.")
		f.Func().Params(c.Clone().Id("Code")).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Return(jen.Index().Byte().Call(c.Clone()), jen.Nil()))
		f.Line()
		f.Comment("UnmarshalText sets c to text, documented or not.")
		f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
			jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("text")),
			jen.Return(jen.Nil()))
		f.Line()
		return
	}
	f.Comment("MarshalText returns the code as a decimal number, its wire form.")
	f.Func().Params(c.Clone().Id("Code")).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Qual("strconv", "AppendInt").Call(jen.Nil(), jen.Int64().Call(c.Clone()), jen.Lit(10)), jen.Nil()))
	f.Line()
	f.Comment("UnmarshalText sets c from a decimal number, documented or not.")
	f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
		jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(jen.String().Call(jen.Id("text"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Package+": cannot read %q as a Code: want a decimal integer"), jen.Id("text")))),
		jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("n")),
		jen.Return(jen.Nil()))
	f.Line()
	f.Comment("MarshalJSON returns the code as a JSON number, its wire form.")
	f.Func().Params(c.Clone().Id("Code")).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(c.Clone().Dot("MarshalText").Call()))
	f.Line()
	f.Comment("UnmarshalJSON sets c from a JSON number; null leaves c unchanged.")
	f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.If(jen.String().Call(jen.Id("data")).Op("==").Lit("null")).Block(jen.Return(jen.Nil())),
		jen.Return(c.Clone().Dot("UnmarshalText").Call(jen.Id("data"))))
	f.Line()
}
