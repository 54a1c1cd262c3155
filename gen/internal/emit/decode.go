package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitDecoder writes decode.go: the assertion that the package builds against the runtime it
// was generated for, MaxBodySize, Parse, FromResponse and CheckRetry, parse, which fills an
// Error from the decoded body, and the struct types and Messages type the spec's fields use.
func emitDecoder(f *file, m *model.Model, o Options) {
	emitVersionGuard(f, o.RuntimeVersion)
	f.Add(commentLines("MaxBodySize is the most of a body that FromResponse reads. Error bodies are small; " +
		"of a longer body, FromResponse keeps the first MaxBodySize bytes and decides from them (Error.Truncated)."))
	f.Const().Id("MaxBodySize").Op("=").Qual(runtimePkg, "MaxBodySize")
	f.Line()
	f.Add(commentLines(fmt.Sprintf("Parse decodes a reply of %s with the given HTTP status and body. It returns "+
		"nil when the reply is not an error and a *Error otherwise, also for a body that is not the "+
		"vendor's JSON (a gateway's HTML page, an empty body) when the status is 400 or more.", m.Vendor),
		ruleDoc(m),
		"Parse reads the whole body and keeps a copy of it in Error.Body; the caller may reuse body."))
	f.Func().Id("Parse").Params(jen.Id("status").Int(), jen.Id("body").Index().Byte()).Error().Block(
		jen.Return(jen.Id("parse").Call(jen.Qual(runtimePkg, "Input").Values(
			jen.Id("Status").Op(":").Id("status"), jen.Id("Body").Op(":").Id("body"), jen.Id("Borrowed").Op(":").True()))))
	f.Line()
	f.Add(commentLines(fromResponseDoc(m), "The *Error keeps the response's header (Error.Header). A failure to read "+
		"the body is returned as an error that wraps the read error."))
	f.Func().Id("FromResponse").Params(jen.Id("resp").Op("*").Qual("net/http", "Response")).Error().Block(
		jen.List(jen.Id("in"), jen.Err()).Op(":=").Qual(runtimePkg, "ReadResponse").Call(jen.Id("resp"), jen.Lit(m.Package)),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(jen.Id("parse").Call(jen.Id("in"))),
	)
	f.Line()
	read := "reading no body at all below HTTP 400, since the vendor answers errors with an error status"
	if m.Has.Outcome {
		read = "reading below HTTP 400 only as much of the body as its outcome key needs"
	}
	f.Add(commentLines(fmt.Sprintf("CheckRetry decides whether to retry a call to %s, with the signature of "+
		"hashicorp/go-retryablehttp's CheckRetry: by apierr.ShouldRetry, from the vendor's reply as "+
		"FromResponse reads it, %s (apierrimpl.Layout.ForRetry). The body stays readable from its "+
		"start. Pair it with apierr.Backoff, which honours Retry-After.", m.Vendor, read)))
	f.Func().Id("CheckRetry").Params(jen.Id("ctx").Qual("context", "Context"),
		jen.Id("resp").Op("*").Qual("net/http", "Response"), jen.Err().Error()).Params(jen.Bool(), jen.Error()).Block(
		jen.Return(jen.Qual(rootPkg, "ShouldRetry").Call(jen.Id("ctx"), jen.Id("resp"), jen.Err(),
			table().Dot("Layout").Dot("ForRetry").Call(jen.Id("FromResponse")))))
	f.Line()
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

// ruleDoc names the data of the vendor's rule for telling errors from successes: the rule
// itself is the runtime's, stated once in package apierrimpl's documentation.
func ruleDoc(m *model.Model) string {
	doc := "Whether a reply is an error is decided by the rule of package apierrimpl (its documentation, " +
		"\"Whether a reply is an error\")"
	var parts []string
	for _, e := range m.Envs {
		var part string
		if m.Has.Envelopes {
			part = fmt.Sprintf("the %s envelope is %s", e.Name, matchDoc(e))
		}
		if e.Outcome != nil {
			if part != "" {
				part += ", and its"
			} else {
				part = "the"
			}
			part += fmt.Sprintf(" outcome key is %q: %s means error, %s success", e.Outcome.JSON,
				litList(e.Envelope.Outcome.Error), litList(e.Envelope.Outcome.Success))
		}
		if part != "" {
			parts = append(parts, part)
		}
	}
	if len(parts) == 0 {
		return doc + "; the vendor's bodies have no outcome key."
	}
	return doc + ": " + strings.Join(parts, "; ") + "."
}

// litList writes outcome values as JSON, joined by "or".
func litList(vs []any) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = model.JSON(v)
	}
	return strings.Join(out, " or ")
}

// matchDoc names the keys by which a body is in an envelope (apierrimpl.Layout.Decode decides
// with them): its defining key, then its other match keys.
func matchDoc(e *model.Envelope) string {
	if e.Envelope.Header != "" {
		return fmt.Sprintf("a challenge with %q in the %s header, read when the body carries no code",
			e.Match[0].JSON, e.Envelope.Header)
	}
	doc := fmt.Sprintf("a body with %q", e.Match[0].JSON)
	if len(e.Match) > 1 {
		var others []string
		for _, k := range e.Match[1:] {
			others = append(others, fmt.Sprintf("%q", k.JSON))
		}
		doc += ", else with " + strings.Join(others, " or ")
	}
	return doc
}
