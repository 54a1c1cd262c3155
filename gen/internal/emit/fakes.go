package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// replyStatus is the HTTP status a fake reply for c is sent with: the documented status, else
// 200 where the body itself says error (Akamai's "stat"), else 400.
func (m *model) replyStatus(c *spec.Code) int {
	switch {
	case c.Status.Code != 0:
		return c.Status.Code
	case m.envByName(c.Envelope).Outcome != nil:
		return 200
	}
	return 400
}

// replyCode is the code a reply for c carries in the envelope's code key: c, or for a detail
// code the nearest ancestor that is not one.
func (m *model) replyCode(c *spec.Code) *spec.Code {
	for c.Detail {
		c = m.byName[c.Parent]
	}
	return c
}

// emitFakes writes what users need to fake the vendor in tests: Code.Reply (the *Error the
// vendor sends for a code), Error.Marshal (the body in the vendor's envelope) and
// Error.ServeHTTP (an *Error is an http.Handler, for httptest servers).
func emitFakes(f *jen.File, m *model) {
	statusNote := "the documented HTTP status, else 400"
	if m.envs[0].Outcome != nil {
		statusNote = "the documented HTTP status, else 200 (the body says it is an error)"
	}
	f.Add(commentLines(fmt.Sprintf("Reply returns the *Error the vendor sends for c, to fake the vendor in "+
		"tests: %s, and the documented text in the body's keys. Set more fields (RequestID, the "+
		"extra fields) before use; Marshal writes it as a body and an *Error is an http.Handler:", statusNote),
		fmt.Sprintf("\tsrv := httptest.NewServer(%s.%s.Reply())", m.Package, m.exampleName())))
	f.Func().Params(jen.Id("c").Id("Code")).Id("Reply").Params().Op("*").Id("Error").BlockFunc(func(g *jen.Group) {
		g.Id("e").Op(":=").Op("&").Id("Error").Values(jen.Dict{jen.Id("Code"): jen.Id("c"), jen.Id("Status"): jen.Lit(400)})
		g.Id("i").Op(":=").Id("c").Dot("index").Call()
		g.If(jen.Id("i").Op("<").Lit(0)).Block(jen.Return(jen.Id("e")))
		g.Id("info").Op(":=").Op("&").Id("codeInfos").Index(jen.Id("i"))
		g.Id("e").Dot("Status").Op("=").Id("info").Dot("replyStatus")
		if m.hasDetail {
			g.If(jen.Id("info").Dot("replyCode").Op("!=").Id("c")).Block(
				jen.Id("e").Dot("Code").Op(",").Id("e").Dot("Detail").Op("=").Id("info").Dot("replyCode").Op(",").Id("c"))
		}
		if m.multiEnv {
			g.Id("e").Dot("Envelope").Op("=").Id("info").Dot("envelope")
		}
		if m.hasWire {
			g.Id("e").Dot("Name").Op("=").Id("info").Dot("name")
		}
		if m.hasDesc {
			m.inEnvelopes(g, func(em *envModel) bool { return len(em.Description) > 0 },
				jen.Id("e").Dot("Description").Op("=").Id("info").Dot("description"))
		}
		if m.hasMsg {
			m.inEnvelopes(g, func(em *envModel) bool { return len(em.Message) > 0 },
				jen.Id("e").Dot("Message").Op("=").Id("info").Dot("message"))
		}
		g.Return(jen.Id("e"))
	})
	f.Line()

	f.Add(commentLines("Marshal returns e as a body in the vendor's envelope: the keys the decoder " +
		"reads, from the fields of e (not from Body), with empty fields left out. Parse of the " +
		"result gives back an equal *Error."))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Marshal").Params().Index().Byte().BlockFunc(func(g *jen.Group) {
		g.Id("b").Op(":=").Index().Byte().Call(jen.Lit("{"))
		if !m.multiEnv {
			m.marshalEnvelope(g, m.envs[0])
		} else {
			g.Switch(jen.Id("e").Dot("Envelope")).BlockFunc(func(sw *jen.Group) {
				for _, em := range m.envs[1:] {
					sw.Case(jen.Lit(em.Name)).BlockFunc(func(cg *jen.Group) { m.marshalEnvelope(cg, em) })
				}
				sw.Default().BlockFunc(func(cg *jen.Group) {
					cg.Comment(m.envs[0].Name + ", the first envelope")
					m.marshalEnvelope(cg, m.envs[0])
				})
			})
		}
		g.Return(jen.Append(jen.Id("b"), jen.LitRune('}')))
	})
	f.Line()

	f.Add(commentLines("ServeHTTP answers any request with e: its status (400 when unset) and Marshal's " +
		"body, as JSON. It makes an *Error a fake of the vendor for httptest servers."))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("ServeHTTP").Params(jen.Id("w").Qual("net/http", "ResponseWriter"), jen.Id("_").Op("*").Qual("net/http", "Request")).Block(
		jen.Id("status").Op(":=").Id("e").Dot("Status"),
		jen.If(jen.Id("status").Op("==").Lit(0)).Block(jen.Id("status").Op("=").Qual("net/http", "StatusBadRequest")),
		jen.Id("w").Dot("Header").Call().Dot("Set").Call(jen.Lit("Content-Type"), jen.Lit("application/json")),
		jen.Id("w").Dot("WriteHeader").Call(jen.Id("status")),
		jen.Id("w").Dot("Write").Call(jen.Id("e").Dot("Marshal").Call()),
	)
	f.Line()

	f.Comment("appendKey appends one key and the JSON of its value to an object being built.")
	f.Func().Id("appendKey").Params(jen.Id("b").Index().Byte(), jen.Id("key").String(), jen.Id("value").Any()).Index().Byte().Block(
		jen.If(jen.Len(jen.Id("b")).Op(">").Lit(1)).Block(jen.Id("b").Op("=").Append(jen.Id("b"), jen.LitRune(','))),
		jen.List(jen.Id("k"), jen.Id("_")).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("key")),
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual("encoding/json", "Marshal").Call(jen.Id("value")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Id("v").Op("=").Index().Byte().Call(jen.Lit("null"))),
		jen.Id("b").Op("=").Append(jen.Id("b"), jen.Id("k").Op("...")),
		jen.Id("b").Op("=").Append(jen.Id("b"), jen.LitRune(':')),
		jen.Return(jen.Append(jen.Id("b"), jen.Id("v").Op("..."))),
	)
}

// marshalEnvelope writes the statements that append e's keys in one envelope's shape.
func (m *model) marshalEnvelope(g *jen.Group, em *envModel) {
	add := func(key string, value jen.Code) *jen.Statement {
		return jen.Id("b").Op("=").Id("appendKey").Call(jen.Id("b"), jen.Lit(key), value)
	}
	if em.Outcome != nil {
		g.Add(add(em.Outcome.Key, jen.Lit(em.Outcome.Error[0])))
	}
	zero := jen.Lit(m.zeroCode())
	codeValue := jen.Int().Call(jen.Id("e").Dot("Code"))
	if m.StringCodes {
		codeValue = jen.String().Call(jen.Id("e").Dot("Code"))
	}
	g.If(jen.Id("e").Dot("Code").Op("!=").Add(zero)).Block(add(em.CodeKey, codeValue))
	if em.wireName != nil {
		g.If(jen.Id("e").Dot("Name").Op("!=").Lit("")).Block(add(em.WireNameKey, jen.Id("e").Dot("Name")))
	}
	if em.detail != nil {
		g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(add(em.DetailKey, jen.String().Call(jen.Id("e").Dot("Detail"))))
	}
	for _, r := range []struct {
		keys  []string
		field string
	}{{em.Message, "Message"}, {em.Description, "Description"}, {em.RequestID, "RequestID"}} {
		if len(r.keys) == 0 {
			continue
		}
		if r.field == "Description" && len(em.Message) > 0 && em.Message[0] == r.keys[0] {
			// The same key holds both (Akamai's older "message"): write it once.
			continue
		}
		g.If(jen.Id("e").Dot(r.field).Op("!=").Lit("")).Block(add(r.keys[0], jen.Id("e").Dot(r.field)))
	}
	for _, fd := range em.fields {
		g.If(nonZero(jen.Id("e").Dot(fd.Name), fd.Type)).Block(add(fd.JSON, jen.Id("e").Dot(fd.Name)))
	}
}

// inEnvelopes writes stmt so that it runs for codes of the envelopes that has accepts: always
// when all do, never when none does, else under a test of the code's envelope.
func (m *model) inEnvelopes(g *jen.Group, has func(*envModel) bool, stmt *jen.Statement) {
	var names []jen.Code
	for _, em := range m.envs {
		if has(em) {
			names = append(names, jen.Lit(em.Name))
		}
	}
	switch {
	case len(names) == 0:
	case len(names) == len(m.envs):
		g.Add(stmt)
	default:
		g.Switch(jen.Id("info").Dot("envelope")).Block(jen.Case(names...).Block(stmt))
	}
}
