package emit

import (
	"fmt"
	"strings"
	"unicode"

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
		f.Line()
		f.Comment("messagesAt decodes the key of body (matched as encoding/json matches keys) as Messages: the")
		f.Comment("object form, which the list of wireBody cannot hold.")
		f.Func().Id("messagesAt").Params(jen.Id("body").Index().Byte(), jen.Id("key").String()).Id("Messages").Block(
			jen.Var().Id("obj").Map(jen.String()).Qual("encoding/json", "RawMessage"),
			jen.Var().Id("ms").Id("Messages"),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("body"), jen.Op("&").Id("obj")).Op("!=").Nil()).Block(jen.Return(jen.Id("ms"))),
			jen.Id("raw").Op(",").Id("ok").Op(":=").Id("obj").Index(jen.Id("key")),
			jen.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("obj")).Block(
				jen.If(jen.Op("!").Id("ok").Op("&&").Qual("strings", "EqualFold").Call(jen.Id("k"), jen.Id("key"))).Block(
					jen.List(jen.Id("raw"), jen.Id("ok")).Op("=").List(jen.Id("v"), jen.True()))),
			jen.Id("_").Op("=").Id("ms").Dot("UnmarshalJSON").Call(jen.Id("raw")),
			jen.Return(jen.Id("ms")),
		)
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

// emitWireBody writes wireBody, one field per JSON key the decoder reads, and the small types
// that read codes and outcome values in place: they never fail (a value of an unexpected type
// cannot fail the whole body) and never allocate.
func emitWireBody(f *jen.File, m *model) {
	f.Add(commentLines("wireBody holds every top-level key the envelopes read."))
	f.Type().Id("wireBody").StructFunc(func(g *jen.Group) {
		for _, k := range m.keys {
			g.Id(k.Field).Add(m.wireType(k)).Tag(map[string]string{"json": k.JSON})
		}
	})
	f.Line()
	if m.StringCodes {
		f.Add(commentLines("wireCode reads a string code: a JSON string, or no code for any other value. " +
			"set records that the key was there, whatever its value. It never fails, so a value of " +
			"an unexpected type cannot fail the whole body, and allocates only the string."))
		f.Type().Id("wireCode").Struct(jen.Id("code").Id("Code"), jen.Id("set").Bool())
		f.Line()
		f.Comment("UnmarshalJSON reads a string without escapes in place, and any other through encoding/json.")
		f.Func().Params(jen.Id("c").Op("*").Id("wireCode")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
			jen.Id("c").Dot("set").Op("=").True(),
			jen.If(jen.Len(jen.Id("data")).Op("<").Lit(2).Op("||").Id("data").Index(jen.Lit(0)).Op("!=").LitRune('"')).Block(jen.Return(jen.Nil())),
			jen.If(jen.Qual("bytes", "IndexByte").Call(jen.Id("data"), jen.LitRune('\\')).Op("<").Lit(0)).Block(
				jen.Id("c").Dot("code").Op("=").Id("Code").Call(jen.Id("data").Index(jen.Lit(1), jen.Len(jen.Id("data")).Op("-").Lit(1))),
				jen.Return(jen.Nil())),
			jen.Var().Id("s").String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("s")).Op("==").Nil()).Block(
				jen.Id("c").Dot("code").Op("=").Id("Code").Call(jen.Id("s"))),
			jen.Return(jen.Nil()),
		)
		f.Line()
	} else {
		f.Add(commentLines("wireCode reads an int code from a JSON number or a JSON string of digits; " +
			"anything else is no code (0). set records that the key was there, whatever its value. " +
			"It never fails and never allocates."))
		f.Type().Id("wireCode").Struct(jen.Id("code").Id("Code"), jen.Id("set").Bool())
		f.Line()
		f.Comment("UnmarshalJSON reads the digits of data in place.")
		f.Func().Params(jen.Id("c").Op("*").Id("wireCode")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
			jen.Op("*").Id("c").Op("=").Id("wireCode").Values(jen.Dict{jen.Id("set"): jen.True()}),
			jen.If(jen.Len(jen.Id("data")).Op(">=").Lit(2).Op("&&").Id("data").Index(jen.Lit(0)).Op("==").LitRune('"').Op("&&").Id("data").Index(jen.Len(jen.Id("data")).Op("-").Lit(1)).Op("==").LitRune('"')).Block(
				jen.Id("data").Op("=").Id("data").Index(jen.Lit(1), jen.Len(jen.Id("data")).Op("-").Lit(1))),
			jen.Id("neg").Op(":=").Len(jen.Id("data")).Op(">").Lit(0).Op("&&").Id("data").Index(jen.Lit(0)).Op("==").LitRune('-'),
			jen.If(jen.Len(jen.Id("data")).Op(">").Lit(0).Op("&&").Parens(jen.Id("neg").Op("||").Id("data").Index(jen.Lit(0)).Op("==").LitRune('+'))).Block(
				jen.Id("data").Op("=").Id("data").Index(jen.Lit(1), jen.Empty())),
			jen.If(jen.Len(jen.Id("data")).Op("==").Lit(0).Op("||").Len(jen.Id("data")).Op(">").Lit(18)).Block(jen.Return(jen.Nil())),
			jen.Id("n").Op(":=").Lit(0),
			jen.For(jen.List(jen.Id("_"), jen.Id("b")).Op(":=").Range().Id("data")).Block(
				jen.If(jen.Id("b").Op("<").LitRune('0').Op("||").Id("b").Op(">").LitRune('9')).Block(jen.Return(jen.Nil())),
				jen.Id("n").Op("=").Id("n").Op("*").Lit(10).Op("+").Int().Call(jen.Id("b").Op("-").LitRune('0'))),
			jen.If(jen.Id("neg")).Block(jen.Id("n").Op("=").Op("-").Id("n")),
			jen.Id("c").Dot("code").Op("=").Id("Code").Call(jen.Id("n")),
			jen.Return(jen.Nil()),
		)
		f.Line()
	}
	lits := m.outcomeLiterals()
	if len(lits) == 0 {
		return
	}
	f.Add(commentLines("wireOutcome is the value of an outcome key: which of the vendor's outcome values " +
		"it holds (outcomeOther for any other value, 0 when the key is absent). It never fails and " +
		"never allocates."))
	f.Type().Id("wireOutcome").Uint8()
	f.Line()
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, l := range lits {
			g.Id(outcomeConst(l)).Id("wireOutcome").Op("=").Lit(i + 1).Comment("the JSON " + l)
		}
		g.Id("outcomeOther").Id("wireOutcome").Op("=").Lit(255)
	})
	f.Line()
	f.Comment("UnmarshalJSON tells which outcome value data is.")
	f.Func().Params(jen.Id("o").Op("*").Id("wireOutcome")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Switch(jen.String().Call(jen.Id("data"))).BlockFunc(func(g *jen.Group) {
			for _, l := range lits {
				g.Case(jen.Lit(l)).Block(jen.Op("*").Id("o").Op("=").Id(outcomeConst(l)))
			}
			g.Default().Block(jen.Op("*").Id("o").Op("=").Id("outcomeOther"))
		}),
		jen.Return(jen.Nil()),
	)
	f.Line()
}

// wireType is the Go type of a wire key's field.
func (m *model) wireType(k *wireKey) jen.Code {
	switch k.Type {
	case "Code":
		return jen.Id("wireCode")
	case "outcome":
		return jen.Id("wireOutcome")
	case "Messages":
		// The array form decodes natively; the object form is read on the rare path (parse).
		return jen.Index().String()
	}
	return goType(k.Type)
}

// outcomeLiterals lists the JSON of every outcome value the envelopes use, in first-use order.
func (m *model) outcomeLiterals() []string {
	var out []string
	for _, e := range m.Envelopes {
		if e.Outcome == nil {
			continue
		}
		for _, v := range append(append([]any{}, e.Outcome.Error...), e.Outcome.Success...) {
			if l := jsonLit(v); !contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// outcomeConst names the constant of an outcome value: "error" → outcomeError, false →
// outcomeFalse; characters that cannot be in a name become their code point.
func outcomeConst(lit string) string {
	var b strings.Builder
	b.WriteString("outcome")
	upper := true
	for _, r := range strings.Trim(lit, `"`) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if upper {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			upper = false
		default:
			fmt.Fprintf(&b, "U%04X", r)
			upper = true
		}
	}
	if strings.HasPrefix(lit, `"`) {
		b.WriteString("Str")
	}
	return b.String()
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
		var typeErr []jen.Code
		if m.hasMessages {
			g.Id("typeErr").Op(":=").False()
			typeErr = append(typeErr, jen.Id("typeErr").Op("=").True())
		}
		g.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("trimmed"), jen.Op("&").Id("w")), jen.Err().Op("!=").Nil()).Block(
			append([]jen.Code{
				jen.Comment("A value of the wrong type leaves its field empty and the rest decoded;"),
				jen.Comment("anything else means the body is not JSON."),
				jen.Var().Id("te").Op("*").Qual("encoding/json", "UnmarshalTypeError"),
				jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("te"))).Block(
					jen.Return(jen.Id("notVendor").Call(jen.Id("status"), jen.Id("body"), jen.Id("keep")))),
			}, typeErr...)...,
		)
		g.Id("e").Op(":=").Op("&").Id("Error").Values(jen.Dict{jen.Id("Status"): jen.Id("status")})
		if !m.multiEnv {
			m.fillEnvelope(g, m.envs[0])
		} else {
			g.Switch().BlockFunc(func(sw *jen.Group) {
				for _, em := range m.envs {
					var cond *jen.Statement
					for i, k := range em.match {
						c := m.present(k)
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
func (m *model) present(k *wireKey) *jen.Statement {
	x := jen.Id("w").Dot(k.Field)
	switch {
	case k.Type == "outcome":
		return x.Op("!=").Lit(0)
	case k.Type == "Code":
		return x.Dot("set")
	case k.Type == "json.RawMessage":
		return jen.Len(x).Op(">").Lit(0)
	}
	return nonZero(x, k.Type)
}

// fillEnvelope writes the statements that fill e from w for one envelope and return nil
// when the envelope's rule says the body is a success.
func (m *model) fillEnvelope(g *jen.Group, em *envModel) {
	w := func(k *wireKey) *jen.Statement { return jen.Id("w").Dot(k.Field) }
	g.Id("e").Dot("Code").Op("=").Add(w(em.code)).Dot("code")
	if em.wireName != nil {
		g.Id("e").Dot("Name").Op("=").Add(w(em.wireName))
		g.If(jen.Id("e").Dot("Code").Op("==").Lit(0).Op("&&").Id("e").Dot("Name").Op("!=").Lit("")).Block(
			jen.Comment("No code, but a name the document lists: the document pairs them one to one."),
			jen.List(jen.Id("e").Dot("Code"), jen.Id("_")).Op("=").Id("Lookup").Call(jen.Id("e").Dot("Name")))
	}
	if em.detail != nil {
		g.Id("e").Dot("Detail").Op("=").Add(w(em.detail)).Dot("code")
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
		if fd.Type == "Messages" {
			// The list form came in w; the object form, a type error for the list, is read again.
			g.Id("e").Dot(fd.Name).Op("=").Id("Messages").Values(jen.Dict{jen.Id("List"): w(fd.keys[0])})
			g.If(jen.Id("typeErr").Op("&&").Id("e").Dot(fd.Name).Dot("List").Op("==").Nil()).Block(
				jen.Id("e").Dot(fd.Name).Op("=").Id("messagesAt").Call(jen.Id("trimmed"), jen.Lit(fd.JSON)))
			continue
		}
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
	cases := func(vs []any) []jen.Code {
		out := make([]jen.Code, len(vs))
		for i, v := range vs {
			out[i] = jen.Id(outcomeConst(jsonLit(v)))
		}
		return out
	}
	g.Switch(w(em.outcome)).Block(
		jen.Case(cases(em.Outcome.Error)...).Comment("an error, whatever the HTTP status"),
		jen.Case(cases(em.Outcome.Success)...).Block(jen.Return(jen.Nil())),
		jen.Default().Block(byStatus),
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
		jen.Comment("data is one JSON value with no white space around it: its first byte tells the form."),
		jen.If(jen.Len(jen.Id("data")).Op("==").Lit(0)).Block(jen.Return(jen.Nil())),
		jen.If(jen.Id("data").Index(jen.Lit(0)).Op("==").LitRune('[')).Block(
			jen.Var().Id("list").Index().String(),
			jen.If(jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("list")).Op("==").Nil()).Block(
				jen.Id("ms").Dot("List").Op("=").Id("list")),
			jen.Return(jen.Nil())),
		jen.If(jen.Id("data").Index(jen.Lit(0)).Op("!=").LitRune('{')).Block(jen.Return(jen.Nil())),
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
