package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitDecoder writes decode.go: the assertion that the package builds against the runtime it
// was generated for, MaxBodySize, Parse and FromResponse, the layout of the vendor's bodies
// (the keys the decoder reads and the envelopes) that the runtime decodes by, parse, which
// fills an Error from the decoded body, and the struct types and Messages type the spec's
// fields use.
func emitDecoder(f *file, m *model.Model, o Options) {
	emitVersionGuard(f, o.RuntimeVersion)
	f.Add(commentLines("MaxBodySize is the most of a body that FromResponse reads and Parse looks at. " +
		"Error bodies are small; a longer body is cut at this size and still answered, and the part " +
		"read is what Error.Body keeps."))
	f.Const().Id("MaxBodySize").Op("=").Qual(runtimePkg, "MaxBodySize")
	f.Line()
	f.Add(commentLines(fmt.Sprintf("Parse decodes a reply of %s with the given HTTP status and body. It returns "+
		"nil when the reply is not an error and a *Error otherwise, also for a body that is not the "+
		"vendor's JSON (a gateway's HTML page, an empty body) when the status is 400 or more.", m.Vendor),
		ruleDoc(m),
		"Parse reads at most MaxBodySize bytes of body, as FromResponse does, and keeps a copy of "+
			"what it read in Error.Body; the caller may reuse body."))
	f.Func().Id("Parse").Params(jen.Id("status").Int(), jen.Id("body").Index().Byte()).Error().Block(
		jen.Return(jen.Id("parse").Call(jen.Id("status"), jen.Id("body"), jen.Nil(), jen.True())))
	f.Line()
	f.Add(commentLines(fromResponseDoc(m), "The *Error keeps the response's header (Error.Header). A failure to read "+
		"the body is returned as an error that wraps the read error."))
	f.Func().Id("FromResponse").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Error().Block(
		jen.List(jen.Id("body"), jen.Err()).Op(":=").Qual(runtimePkg, "ReadBody").Call(jen.Id("resp"), jen.Lit(m.Package)),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(jen.Id("parse").Call(jen.Id("resp").Dot("StatusCode"), jen.Id("body"), jen.Id("resp").Dot("Header"), jen.False())),
	)
	f.Line()
	f.Add(commentLines(fmt.Sprintf("CheckRetry decides whether to retry a call to %s, with the signature of "+
		"hashicorp/go-retryablehttp's CheckRetry: from the vendor's body, read by FromResponse, by "+
		"apierr.ShouldRetry, so that an error the body calls retryable is retried whatever the HTTP "+
		"status. Pair it with apierr.Backoff, which honours Retry-After.", m.Vendor)))
	f.Func().Id("CheckRetry").Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("resp").Op("*").Qual("net/http", "Response"),
		jen.Err().Error()).Params(jen.Bool(), jen.Error()).Block(
		jen.Return(jen.Qual(rootPkg, "ShouldRetry").Call(jen.Id("ctx"), jen.Id("resp"), jen.Err(), jen.Id("FromResponse"))))
	f.Line()
	emitLayout(f, m)
	emitParse(f, m)
	emitStructs(f, m)
}

// emitVersionGuard writes the compile-time assertion that the package builds against version
// v of the runtime (see apierrimpl.GenVersion).
func emitVersionGuard(f *file, v int) {
	f.Add(commentLines(fmt.Sprintf("This package was generated for version %d of package apierrimpl, the runtime "+
		"every generated package shares. If the declaration below does not compile (\"undefined: "+
		"apierrimpl.SupportPackageIsVersion%d\"), this package and the module github.com/apierr/apierr "+
		"it builds against are out of step: regenerate the package with the generator of that module "+
		"version (go generate ./...), or upgrade the module to the version it was generated with.", v, v)))
	f.Const().Id("_").Op("=").Qual(runtimePkg, fmt.Sprintf("SupportPackageIsVersion%d", v))
	f.Line()
}

// fromResponseDoc is the doc comment of FromResponse; it tells to call FromResponse on every
// reply only for vendors whose bodies decide error or success themselves.
func fromResponseDoc(m *model.Model) string {
	doc := "FromResponse reads the body of resp, at most MaxBodySize bytes, and returns what Parse " +
		"returns for its status and body. It leaves resp.Body readable from the start, so a caller can " +
		"still read a reply that is not an error. Closing resp.Body stays the caller's job."
	if m.Has.Outcome {
		doc += fmt.Sprintf(" %s answers some errors with a success status, and the body decides: call "+
			"FromResponse on every reply, not only on those with status 400 or more.", m.Vendor)
	}
	return doc
}

// ruleDoc says in words how the vendor tells errors from successes, as the runtime decides it
// (apierrimpl.Layout.IsError).
func ruleDoc(m *model.Model) string {
	var parts []string
	for _, e := range m.Envs {
		var rule string
		if e.Outcome != nil {
			rule = fmt.Sprintf("the %q key decides whatever the HTTP status: %s means error, %s success; "+
				"without it, ", e.Outcome.JSON, litList(e.Envelope.Outcome.Error), litList(e.Envelope.Outcome.Success))
		}
		rule += "a body is an error when the status is 400 or more or it carries a code"
		if m.Has.Envelopes {
			rule = fmt.Sprintf("In the %s envelope (%s), %s.", e.Name, matchDoc(e), rule)
		} else {
			rule = strings.ToUpper(rule[:1]) + rule[1:] + "."
		}
		parts = append(parts, rule)
	}
	return strings.Join(parts, " ")
}

// litList writes outcome values as JSON, joined by "or".
func litList(vs []any) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = model.JSON(v)
	}
	return strings.Join(out, " or ")
}

// matchDoc says in words which bodies are in an envelope, by the runtime's rule
// (apierrimpl.Layout.Decode): those with its defining key, and those with another of its match
// keys and no other envelope's defining key.
func matchDoc(e *model.Envelope) string {
	doc := fmt.Sprintf("a body with %q", e.Match[0].JSON)
	if len(e.Match) > 1 {
		var others []string
		for _, k := range e.Match[1:] {
			others = append(others, fmt.Sprintf("%q", k.JSON))
		}
		doc += ", or with " + strings.Join(others, " or ") + " and no key that defines another envelope"
	}
	return doc
}

// emitLayout writes the constants of the keys and envelopes and the layout variable.
func emitLayout(f *file, m *model.Model) {
	var keys, envs []string
	for _, k := range m.Keys {
		keys = append(keys, k.Ident)
	}
	for _, e := range m.Envs {
		envs = append(envs, e.Ident)
	}
	emitIota(f, "The keys of a body that the decoder reads, as indexes into layout.Keys.", keys)
	if m.Has.Envelopes {
		emitIota(f, "The envelopes of the vendor's bodies, as indexes into layout.Envelopes.", envs)
	}
	f.Commentf("layout is how %s lays out its error bodies: what apierrimpl decodes them by.", m.Vendor)
	f.Var().Id("layout").Op("=").Qual(runtimePkg, "Layout").Values(keyed(
		kv{"Keys", jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, k := range m.Keys {
				g.Line().Id(k.Ident).Op(":").Lit(k.JSON)
			}
			g.Line()
		})},
		kv{"Envelopes", jen.Index().Qual(runtimePkg, "Envelope").ValuesFunc(func(g *jen.Group) {
			for _, e := range m.Envs {
				g.Line().Values(envelopeFields(m, e)...)
			}
			g.Line()
		})},
		kv{"IntCodes", boolOrNil(!m.StringCodes)},
	)...)
	f.Line()
}

// emitIota writes a block of constants numbered from 0 with iota.
func emitIota(f *file, doc string, names []string) {
	f.Comment(doc)
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, name := range names {
			if i == 0 {
				g.Id(name).Op("=").Iota()
			} else {
				g.Id(name)
			}
		}
	})
	f.Line()
}

// kv is one field of a keyed composite literal.
type kv struct {
	key string
	val jen.Code // nil: the field is left out
}

// keyed returns the fields of a keyed composite literal, one per line, in the order given.
func keyed(fields ...kv) []jen.Code {
	var out []jen.Code
	for _, f := range fields {
		if f.val != nil {
			out = append(out, jen.Line().Id(f.key).Op(":").Add(f.val))
		}
	}
	return append(out, jen.Line())
}

// boolOrNil is true, or nil to leave a boolean field out.
func boolOrNil(b bool) jen.Code {
	if b {
		return jen.True()
	}
	return nil
}

// envelopeFields are the fields of one envelope of the layout, in the order of
// apierrimpl.Envelope.
func envelopeFields(m *model.Model, e *model.Envelope) []jen.Code {
	key := func(k *model.Key) jen.Code {
		if k == nil {
			return jen.Qual(runtimePkg, "NoKey")
		}
		return jen.Id(k.Ident)
	}
	keys := func(ks []*model.Key) jen.Code {
		if len(ks) == 0 {
			return nil
		}
		return jen.Index().Int().ValuesFunc(func(g *jen.Group) {
			for _, k := range ks {
				g.Id(k.Ident)
			}
		})
	}
	fields := []kv{
		{"Name", jen.Lit(e.Name)},
		{"Match", keys(e.Match)},
		{"Code", key(e.Code)},
		{"WireName", key(e.WireName)},
		{"Detail", key(e.Detail)},
		{"Outcome", key(e.Outcome)},
		{"Message", keys(e.Message)},
		{"Description", keys(e.Description)},
		{"RequestID", keys(e.RequestID)},
	}
	if e.Outcome != nil {
		le := m.Layout.Envelopes[e.Index]
		fields = append(fields, kv{"ErrorValues", stringList(le.ErrorValues)}, kv{"SuccessValues", stringList(le.SuccessValues)})
	}
	return keyed(fields...)
}

// stringList is the literal of a []string.
func stringList(vs []string) jen.Code {
	return jen.Index().String().ValuesFunc(func(g *jen.Group) {
		for _, v := range vs {
			g.Lit(v)
		}
	})
}
