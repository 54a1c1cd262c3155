package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// emitDecoder writes decode.go: MaxBodySize, Parse, FromResponse, the wireBody struct that
// holds every JSON key the envelopes read, the struct types and the Messages type the spec
// declares, and the helpers that read codes and tell errors from successes by the vendor's
// own rule.
func emitDecoder(f *jen.File, m *model) {
	f.Add(commentLines("MaxBodySize is the most of a body that FromResponse reads and Parse looks at. " +
		"Error bodies are small; a longer body is cut at this size and still answered, and the part " +
		"read is what Error.Body keeps."))
	f.Const().Id("MaxBodySize").Op("=").Lit(1).Op("<<").Lit(20)
	f.Line()
	f.Add(commentLines(fmt.Sprintf("Parse decodes a reply of %s with the given HTTP status and body. It returns "+
		"nil when the reply is not an error and a *Error otherwise, also for a body that is not the "+
		"vendor's JSON (a gateway's HTML page, an empty body) when the status is 400 or more.", m.Vendor),
		m.ruleDoc(),
		"Parse reads at most MaxBodySize bytes of body, as FromResponse does, and keeps a copy of "+
			"what it read in Error.Body; the caller may reuse body."))
	f.Func().Id("Parse").Params(jen.Id("status").Int(), jen.Id("body").Index().Byte()).Error().Block(
		jen.Return(jen.Id("parse").Call(jen.Id("status"), jen.Id("body"), jen.True())))
	f.Line()
	f.Add(commentLines("FromResponse reads the body of resp, at most MaxBodySize bytes, and returns what "+
		"Parse returns for its status and body. It leaves resp.Body readable from the start, so a "+
		"caller can still read a reply that is not an error (Akamai, for one, answers some errors "+
		"with HTTP 200, so call FromResponse on every reply). Closing resp.Body stays the caller's job.",
		"A failure to read the body is returned as an error that wraps the read error."))
	f.Func().Id("FromResponse").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Error().Block(
		jen.If(jen.Id("resp").Op("==").Nil()).Block(
			jen.Return(jen.Qual("errors", "New").Call(jen.Lit(m.Package+": FromResponse called with a nil *http.Response")))),
		jen.Var().Id("body").Index().Byte(),
		jen.If(jen.Id("resp").Dot("Body").Op("!=").Nil()).Block(
			jen.List(jen.Id("b"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(
				jen.Qual("io", "LimitReader").Call(jen.Id("resp").Dot("Body"), jen.Id("MaxBodySize"))),
			jen.Id("resp").Dot("Body").Op("=").Id("replayBody").Values(jen.Dict{
				jen.Id("Reader"): jen.Qual("io", "MultiReader").Call(jen.Qual("bytes", "NewReader").Call(jen.Id("b")), jen.Id("resp").Dot("Body")),
				jen.Id("Closer"): jen.Id("resp").Dot("Body"),
			}),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Package+": reading the body of an HTTP %d response: %w"),
					jen.Id("resp").Dot("StatusCode"), jen.Err()))),
			jen.Id("body").Op("=").Id("b"),
		),
		jen.Return(jen.Id("parse").Call(jen.Id("resp").Dot("StatusCode"), jen.Id("body"), jen.False())),
	)
	f.Line()
	f.Comment("replayBody gives back the bytes FromResponse read, then the rest of the original body.")
	f.Type().Id("replayBody").Struct(jen.Qual("io", "Reader"), jen.Qual("io", "Closer"))
	f.Line()
	emitWireBody(f, m)
	emitParse(f, m)
	emitCodeFrom(f, m)
	for _, st := range m.Structs {
		f.Line()
		f.Add(commentLines(st.Doc))
		f.Type().Id(st.Name).StructFunc(func(g *jen.Group) {
			for i, fd := range st.Fields {
				if i > 0 {
					g.Line()
				}
				g.Add(commentLines(fieldDoc(fd.Name, []string{fd.JSON}, nil, fd.Doc)))
				g.Id(fd.Name).Add(goType(fd.Type)).Tag(map[string]string{"json": fd.JSON})
			}
		})
	}
	if m.hasMessages {
		emitMessages(f, m)
	}
}

// ruleDoc says in words how the vendor tells errors from successes.
func (m *model) ruleDoc() string {
	var parts []string
	for _, e := range m.Envelopes {
		var rule string
		if e.Outcome != nil {
			rule = fmt.Sprintf("the %q key decides whatever the HTTP status: %s means error, %s success; "+
				"without it, ", e.Outcome.Key, litList(e.Outcome.Error), litList(e.Outcome.Success))
		}
		rule += "a body is an error when the status is 400 or more or it carries a code"
		if m.multiEnv {
			rule = fmt.Sprintf("In the %s envelope (a body with %s), %s.", e.Name, quoteList(e.Match), rule)
		} else {
			rule = strings.ToUpper(rule[:1]) + rule[1:] + "."
		}
		parts = append(parts, rule)
	}
	return strings.Join(parts, " ")
}

func litList(vs []any) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = jsonLit(v)
	}
	return strings.Join(out, " or ")
}

func quoteList(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(out, " or ")
}

// emitWireBody writes wireBody, one field per JSON key the decoder reads.
func emitWireBody(f *jen.File, m *model) {
	f.Add(commentLines("wireBody holds every top-level key the envelopes read. Codes and outcome values " +
		"are kept raw, so a value of an unexpected type never fails the whole body."))
	f.Type().Id("wireBody").StructFunc(func(g *jen.Group) {
		for _, k := range m.keys {
			typ := goType(k.Type)
			if k.Type == "Code" {
				typ = jen.Qual("encoding/json", "RawMessage")
			}
			g.Id(k.Field).Add(typ).Tag(map[string]string{"json": k.JSON})
		}
	})
	f.Line()
}

// emitParse writes parse: decode, pick the envelope, fill an Error, apply the vendor's rule.
func emitParse(f *jen.File, m *model) {
	f.Comment("parse is Parse; keep says whether body must be copied before it is kept.")
	f.Func().Id("parse").Params(jen.Id("status").Int(), jen.Id("body").Index().Byte(), jen.Id("keep").Bool()).Error().BlockFunc(func(g *jen.Group) {
		g.If(jen.Len(jen.Id("body")).Op(">").Id("MaxBodySize")).Block(
			jen.Id("body").Op("=").Id("body").Index(jen.Empty(), jen.Id("MaxBodySize")))
		g.Var().Id("w").Id("wireBody")
		g.Id("trimmed").Op(":=").Qual("bytes", "TrimSpace").Call(jen.Id("body"))
		g.If(jen.Len(jen.Id("trimmed")).Op("==").Lit(0).Op("||").Id("trimmed").Index(jen.Lit(0)).Op("!=").LitRune('{')).Block(
			jen.Return(jen.Id("notVendor").Call(jen.Id("status"), jen.Id("body"), jen.Id("keep"))))
		g.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("trimmed"), jen.Op("&").Id("w")), jen.Err().Op("!=").Nil()).Block(
			jen.Comment("A value of the wrong type leaves its field empty and the rest decoded;"),
			jen.Comment("anything else means the body is not JSON."),
			jen.Var().Id("te").Op("*").Qual("encoding/json", "UnmarshalTypeError"),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("te"))).Block(
				jen.Return(jen.Id("notVendor").Call(jen.Id("status"), jen.Id("body"), jen.Id("keep")))),
		)
		g.Id("e").Op(":=").Op("&").Id("Error").Values(jen.Dict{jen.Id("Status"): jen.Id("status")})
		if !m.multiEnv {
			m.fillEnvelope(g, m.envs[0])
		} else {
			g.Switch().BlockFunc(func(sw *jen.Group) {
				for _, em := range m.envs {
					var cond *jen.Statement
					for i, k := range em.match {
						c := present(k)
						if i == 0 {
							cond = c
						} else {
							cond = cond.Op("||").Add(c)
						}
					}
					sw.Case(cond).BlockFunc(func(cg *jen.Group) {
						cg.Id("e").Dot("Envelope").Op("=").Lit(em.Name)
						m.fillEnvelope(cg, em)
					})
				}
				sw.Default().Block(jen.Return(jen.Id("notVendor").Call(jen.Id("status"), jen.Id("body"), jen.Id("keep"))))
			})
		}
		g.If(jen.Id("keep")).Block(jen.Id("body").Op("=").Qual("bytes", "Clone").Call(jen.Id("body")))
		g.Id("e").Dot("Body").Op("=").Id("body")
		g.Return(jen.Id("e"))
	})
	f.Line()
	f.Comment("notVendor answers a body that is not the vendor's JSON: an error from status 400 on.")
	f.Func().Id("notVendor").Params(jen.Id("status").Int(), jen.Id("body").Index().Byte(), jen.Id("keep").Bool()).Error().Block(
		jen.If(jen.Id("status").Op("<").Lit(400)).Block(jen.Return(jen.Nil())),
		jen.If(jen.Id("keep")).Block(jen.Id("body").Op("=").Qual("bytes", "Clone").Call(jen.Id("body"))),
		jen.Return(jen.Op("&").Id("Error").Values(jen.Dict{jen.Id("Status"): jen.Id("status"), jen.Id("Body"): jen.Id("body")})),
	)
	f.Line()
}

// present is the condition that a wire key was in the body.
func present(k *wireKey) *jen.Statement {
	x := jen.Id("w").Dot(k.Field)
	if k.Type == "Code" || k.Type == "json.RawMessage" {
		return jen.Len(x).Op(">").Lit(0)
	}
	return nonZero(x, k.Type)
}

// fillEnvelope writes the statements that fill e from w for one envelope and return nil
// when the envelope's rule says the body is a success.
func (m *model) fillEnvelope(g *jen.Group, em *envModel) {
	w := func(k *wireKey) *jen.Statement { return jen.Id("w").Dot(k.Field) }
	g.Id("e").Dot("Code").Op("=").Id("codeFrom").Call(w(em.code))
	if em.wireName != nil {
		g.Id("e").Dot("Name").Op("=").Add(w(em.wireName))
		g.If(jen.Id("e").Dot("Code").Op("==").Lit(0).Op("&&").Id("e").Dot("Name").Op("!=").Lit("")).Block(
			jen.Comment("No code, but a name the document lists: the document pairs them one to one."),
			jen.List(jen.Id("e").Dot("Code"), jen.Id("_")).Op("=").Id("Lookup").Call(jen.Id("e").Dot("Name")))
	}
	if em.detail != nil {
		g.Id("e").Dot("Detail").Op("=").Id("codeFrom").Call(w(em.detail))
	}
	first := func(field string, keys []*wireKey, typ string) {
		for i := len(keys) - 1; i >= 0; i-- {
			if i == len(keys)-1 {
				g.Id("e").Dot(field).Op("=").Add(w(keys[i]))
				continue
			}
			g.If(nonZero(w(keys[i]), typ)).Block(jen.Id("e").Dot(field).Op("=").Add(w(keys[i])))
		}
	}
	first("Message", em.message, "string")
	first("Description", em.description, "string")
	first("RequestID", em.requestID, "string")
	for _, fd := range em.fields {
		first(fd.Name, fd.keys, fd.Type)
	}
	noCode := jen.Id("e").Dot("Code").Op("==").Lit(m.zeroCode())
	if em.detail != nil {
		noCode = noCode.Op("&&").Id("e").Dot("Detail").Op("==").Lit("")
	}
	byStatus := jen.If(jen.Id("status").Op("<").Lit(400).Op("&&").Add(noCode)).Block(jen.Return(jen.Nil()))
	if em.Outcome == nil {
		g.Add(byStatus)
		return
	}
	lits := func(vs []any) []jen.Code {
		out := make([]jen.Code, len(vs))
		for i, v := range vs {
			out[i] = jen.Lit(jsonLit(v))
		}
		return out
	}
	g.Switch(jen.String().Call(w(em.outcome))).Block(
		jen.Case(lits(em.Outcome.Error)...).Comment("an error, whatever the HTTP status"),
		jen.Case(lits(em.Outcome.Success)...).Block(jen.Return(jen.Nil())),
		jen.Default().Block(byStatus),
	)
}

// emitCodeFrom writes codeFrom, which reads a code from its raw JSON.
func emitCodeFrom(f *jen.File, m *model) {
	if m.StringCodes {
		f.Comment("codeFrom reads a code from a JSON string; any other JSON is no code.")
		f.Func().Id("codeFrom").Params(jen.Id("raw").Qual("encoding/json", "RawMessage")).Id("Code").Block(
			jen.Var().Id("s").String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("s")).Op("!=").Nil()).Block(
				jen.Return(jen.Lit(""))),
			jen.Return(jen.Id("Code").Call(jen.Id("s"))),
		)
		return
	}
	f.Comment("codeFrom reads a code from a JSON number, or a JSON string of digits; anything else is no code.")
	f.Func().Id("codeFrom").Params(jen.Id("raw").Qual("encoding/json", "RawMessage")).Id("Code").Block(
		jen.If(jen.Len(jen.Id("raw")).Op(">=").Lit(2).Op("&&").Id("raw").Index(jen.Lit(0)).Op("==").LitRune('"')).Block(
			jen.Id("raw").Op("=").Id("raw").Index(jen.Lit(1), jen.Len(jen.Id("raw")).Op("-").Lit(1))),
		jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(jen.String().Call(jen.Id("raw"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Lit(0))),
		jen.Return(jen.Id("Code").Call(jen.Id("n"))),
	)
}

// emitMessages writes the Messages type: an array of strings or an object of field messages.
func emitMessages(f *jen.File, m *model) {
	f.Line()
	f.Add(commentLines("Messages holds the messages of an error body, which the vendor sends either as " +
		"an array of strings (List) or as an object whose keys are request field names (Fields), each " +
		"with one message or a list of them."))
	f.Type().Id("Messages").Struct(
		jen.Comment("List holds the array form."),
		jen.Id("List").Index().String(),
		jen.Line().Comment("Fields holds the object form: field name to its messages."),
		jen.Id("Fields").Map(jen.String()).Index().String(),
	)
	f.Line()
	f.Add(commentLines("UnmarshalJSON reads either form. A value of another shape is left out rather than " +
		"failing the whole body; Error.Body still holds it."))
	f.Func().Params(jen.Id("ms").Op("*").Id("Messages")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Var().Id("list").Index().String(),
		jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("list")).Op("==").Nil()).Block(
			jen.Id("ms").Dot("List").Op("=").Id("list"),
			jen.Return(jen.Nil())),
		jen.Var().Id("obj").Map(jen.String()).Qual("encoding/json", "RawMessage"),
		jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("obj")).Op("!=").Nil().Op("||").Id("obj").Op("==").Nil()).Block(
			jen.Return(jen.Nil())),
		jen.Id("ms").Dot("Fields").Op("=").Make(jen.Map(jen.String()).Index().String(), jen.Len(jen.Id("obj"))),
		jen.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("obj")).Block(
			jen.Var().Id("one").String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("v"), jen.Op("&").Id("one")).Op("==").Nil()).Block(
				jen.Id("ms").Dot("Fields").Index(jen.Id("k")).Op("=").Index().String().Values(jen.Id("one")),
				jen.Continue()),
			jen.Var().Id("many").Index().String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("v"), jen.Op("&").Id("many")).Op("==").Nil()).Block(
				jen.Id("ms").Dot("Fields").Index(jen.Id("k")).Op("=").Id("many")),
		),
		jen.Return(jen.Nil()),
	)
	f.Line()
	f.Comment("MarshalJSON writes the object form when Fields is set and the array form otherwise.")
	f.Func().Params(jen.Id("ms").Id("Messages")).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("ms").Dot("Fields").Op("!=").Nil()).Block(
			jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Id("ms").Dot("Fields")))),
		jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Id("ms").Dot("List"))),
	)
}
