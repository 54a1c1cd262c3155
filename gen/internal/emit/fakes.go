package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitReply writes Code.Reply: the *Error the vendor sends for a code, to fake the vendor in
// tests, as the runtime's rule gives it (apierrimpl.Table.Fake): its status, the codes the
// reply carries, its envelope and the documented text its envelope has keys for.
func emitReply(f *file, m *model.Model) {
	statusNote := "the documented HTTP status, else 400"
	if m.Has.Outcome {
		statusNote = "the documented HTTP status, else 200 where the body says it is an error, else 400"
	}
	f.Add(commentLines(fmt.Sprintf("Reply returns the *Error the vendor sends for c, to fake the vendor in "+
		"tests: %s, and the documented text in the body's keys. Set more fields (RequestID, the "+
		"extra fields) before use; Marshal writes it as a body and an *Error is an http.Handler:", statusNote),
		fmt.Sprintf("\tsrv := httptest.NewServer(%s.%s.Reply())", m.Package, m.Example().Name)))
	fields := []kv{{"Code", jen.Id("r").Dot("Code")}}
	for _, x := range []struct {
		has   bool
		field string
		from  string
	}{
		{m.Has.WireKey, "Name", "Name"}, {m.Has.Detail, "Detail", "Detail"}, {m.Has.MessageKey, "Message", "Message"},
		{m.Has.DescriptionKey, "Description", "Description"}, {m.Has.Envelopes, "Envelope", "Envelope"},
	} {
		if x.has {
			fields = append(fields, kv{x.field, jen.Id("r").Dot(x.from)})
		}
	}
	fields = append(fields, kv{"Status", jen.Id("r").Dot("Status")})
	f.Add(codeRecv()).Id("Reply").Params().Op("*").Id("Error").Block(
		jen.Id("r").Op(":=").Add(table()).Dot("Fake").Call(jen.Id("c")),
		jen.Return(jen.Op("&").Id("Error").Values(keyed(fields...)...)),
	)
	f.Line()
}

// emitFakes writes Error.Marshal (the body in the vendor's envelope) and Error.ServeHTTP (an
// *Error is an http.Handler, for httptest servers).
func emitFakes(f *file, m *model.Model) {
	f.Add(commentLines("Marshal returns e as a body in the vendor's envelope: the keys the decoder " +
		"reads, from the fields of e (not from Body), with empty fields left out; nil for a nil *Error. " +
		"Parse of the result gives back an equal *Error."))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Marshal").Params().Index().Byte().BlockFunc(func(g *jen.Group) {
		g.If(jen.Id("e").Op("==").Nil()).Block(jen.Return(jen.Nil()))
		g.Var().Id("o").Qual(runtimePkg, "Object")
		if !m.Has.Envelopes {
			marshalEnvelope(g, m, m.Envs[0])
		} else {
			g.Switch(jen.Id("e").Dot("Envelope")).BlockFunc(func(sw *jen.Group) {
				for _, em := range m.Envs[1:] {
					sw.Case(jen.Lit(em.Name)).BlockFunc(func(cg *jen.Group) { marshalEnvelope(cg, m, em) })
				}
				sw.Default().BlockFunc(func(cg *jen.Group) {
					cg.Add(commentLines(m.Envs[0].Name + ", the first envelope"))
					marshalEnvelope(cg, m, m.Envs[0])
				})
			})
		}
		g.Return(jen.Id("o").Dot("Bytes").Call())
	})
	f.Line()
	header := jen.Id("e").Dot("Header")
	doc := "ServeHTTP answers any request with e: its Header, its status (400 when unset) and " +
		"Marshal's body, as JSON; a nil *Error answers 500 with no body. It makes an *Error a fake " +
		"of the vendor for httptest servers."
	if len(m.RequestIDHeaders) > 0 {
		header = jen.Qual(runtimePkg, "WithHeader").Call(header, jen.Lit(m.RequestIDHeaders[0]), jen.Id("e").Dot("RequestID"))
		doc += fmt.Sprintf(" The RequestID is also sent as the %s header, unless Header sets it.", m.RequestIDHeaders[0])
	}
	for _, fd := range headerFields(m) {
		header = jen.Qual(runtimePkg, "WithHeader").Call(header, jen.Lit(fd.Header), jen.Id("e").Dot(fd.Name))
		doc += fmt.Sprintf(" %s is sent as the %s header, unless Header sets it.", fd.Name, fd.Header)
	}
	f.Add(commentLines(doc))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("ServeHTTP").Params(
		jen.Id("w").Qual("net/http", "ResponseWriter"), jen.Id("_").Op("*").Qual("net/http", "Request")).Block(
		jen.If(jen.Id("e").Op("==").Nil()).Block(
			jen.Qual(runtimePkg, "Serve").Call(
				jen.Id("w"), jen.Qual("net/http", "StatusInternalServerError"), jen.Nil(), jen.Nil()),
			jen.Return()),
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
		g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(
			add(em.Detail.JSON, jen.String().Call(jen.Id("e").Dot("Detail"))))
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
		value := jen.Id("e").Dot(fd.Name)
		switch {
		case fd.Header != "":
			continue // sent as a header by ServeHTTP
		case fd.CodeOf != "":
			value = jen.Id(fieldKind(m, fd)).Call(value) // the code's wire form
		}
		g.If(nonZero(jen.Id("e").Dot(fd.Name), fieldKind(m, fd))).Block(add(fd.JSON, value))
	}
}
