package emit

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitError writes error.go: the Error struct (one decoded error response: the typed code,
// the HTTP status, the request ID, every documented field and the raw body) and its methods
// Error, Unwrap, HTTPStatus and, where the spec has detail codes, Is.
func emitError(f *jen.File, m *model) {
	f.Add(commentLines(fmt.Sprintf("Error is one %s error response, as Parse and FromResponse decode it. "+
		"Unwrap returns its Code, so errors.Is(err, %s) and errors.As(err, &code) reach the code "+
		"through any wrapping.", m.Vendor, m.exampleName()),
		"A reply that is not the vendor's JSON (a gateway's HTML page, an empty body) is an "+
			"Error too, with no Code: its Status and Body are kept."))
	f.Type().Id("Error").StructFunc(func(g *jen.Group) {
		zero := "0"
		if m.StringCodes {
			zero = `""`
		}
		codeDoc := fmt.Sprintf("Code is the code of the body (%s), documented or not, exactly as received; "+
			"%s when the body carries none.", m.keyList(func(e *envModel) []*wireKey { return []*wireKey{e.code} }), zero)
		if !m.StringCodes {
			codeDoc += " A code sent as a JSON string of digits is read as its number."
		}
		if m.hasWire {
			codeDoc += " A body with no code but a documented name (Name) gets the code of that name."
		}
		g.Add(commentLines(codeDoc))
		g.Id("Code").Id("Code")
		if m.hasWire {
			g.Line().Add(commentLines(fmt.Sprintf("Name is the string name of the code as the body gives it (%s).",
				m.keyList(func(e *envModel) []*wireKey { return []*wireKey{e.wireName} }))))
			g.Id("Name").String()
		}
		if m.hasDetail {
			g.Line().Add(commentLines(fmt.Sprintf("Detail is the more specific code of the body (%s), documented or not. "+
				"errors.Is matches it and its parents as well as Code.",
				m.keyList(func(e *envModel) []*wireKey { return []*wireKey{e.detail} }))))
			g.Id("Detail").Id("Code")
		}
		if m.hasMessageKey {
			g.Line().Add(commentLines(fmt.Sprintf("Message is the message of the body (%s).",
				m.keyList(func(e *envModel) []*wireKey { return e.message }))))
			g.Id("Message").String()
		}
		if m.hasDescKey {
			g.Line().Add(commentLines(fmt.Sprintf("Description is the description of the body (%s).",
				m.keyList(func(e *envModel) []*wireKey { return e.description }))))
			g.Id("Description").String()
		}
		if m.hasRequestID {
			g.Line().Add(commentLines(fmt.Sprintf("RequestID identifies the request for the vendor's support (%s).",
				m.keyList(func(e *envModel) []*wireKey { return e.requestID }))))
			g.Id("RequestID").String()
		}
		g.Line().Comment("Status is the HTTP status of the response.")
		g.Id("Status").Int()
		if m.multiEnv {
			names := make([]string, len(m.Envelopes))
			for i, e := range m.Envelopes {
				names[i] = fmt.Sprintf("%q", e.Name)
			}
			g.Line().Add(commentLines("Envelope names the shape of the body: " + strings.Join(names, " or ") +
				"; \"\" for a body that is not the vendor's JSON."))
			g.Id("Envelope").String()
		}
		for _, fd := range m.Fields {
			g.Line().Add(commentLines(fieldDoc(fd.Name, append([]string{fd.JSON}, fd.Aliases...), fd.Envelopes, fd.Doc)))
			g.Id(fd.Name).Add(goType(fd.Type))
		}
		g.Line().Add(commentLines("Body is the raw response body, as received. It may hold more than the " +
			"fields above, including secrets the vendor echoes back: do not log it unfiltered."))
		g.Id("Body").Index().Byte()
	})
	f.Line()
	emitErrorMethod(f, m)
	emitLogging(f, m)
	emitFakes(f, m)
	f.Comment("Unwrap returns the Code of the body, or nil when the body carries none. A documented")
	f.Comment("code comes back as an error value made once, so Unwrap does not allocate.")
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Unwrap").Params().Error().Block(
		jen.If(jen.Id("i").Op(":=").Id("e").Dot("Code").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Return(jen.Id("codeErrors").Index(jen.Id("i")))),
		jen.If(jen.Id("e").Dot("Code").Op("==").Lit(m.zeroCode())).Block(jen.Return(jen.Nil())),
		jen.Return(jen.Id("e").Dot("Code")),
	)
	f.Line()
	f.Comment("HTTPStatus returns the HTTP status of the response.")
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("HTTPStatus").Params().Int().Block(
		jen.Return(jen.Id("e").Dot("Status")))
	f.Line()
	emitVendorError(f, m)
}

// emitErrorMethod writes Error.Error: the package, the code, the body's description (or the
// documented text), the HTTP status and the request ID on one line.
func emitErrorMethod(f *jen.File, m *model) {
	tail := "and the HTTP status"
	if m.hasRequestID {
		tail = "the HTTP status and the request ID"
	}
	f.Add(commentLines(fmt.Sprintf("Error returns one line: %q, the code, what the document says of "+
		"it, %s. It never includes text from the body, which may echo secrets: the body's own "+
		"message and description are in the fields of e.", m.Package+":", tail)))
	f.Func().Params(jen.Id("e").Op("*").Id("Error")).Id("Error").Params().String().BlockFunc(func(g *jen.Group) {
		g.Var().Id("b").Qual("strings", "Builder")
		g.Id("b").Dot("WriteString").Call(jen.Lit(m.Package + ": "))
		noCode := jen.Id("e").Dot("Code").Op("==").Lit(m.zeroCode()).Add(m.detailZero())
		if m.hasWire {
			noCode = noCode.Op("&&").Id("e").Dot("Name").Op("==").Lit("")
		}
		g.If(noCode).Block(
			jen.Qual("fmt", "Fprintf").Call(jen.Op("&").Id("b"), jen.Lit("HTTP %d reply without an error code"), jen.Id("e").Dot("Status")),
			jen.Return(jen.Id("b").Dot("String").Call()),
		)
		// The code: its name as the document or the body gives it, and the number where the
		// name is not already the number.
		if m.StringCodes {
			g.Id("b").Dot("WriteString").Call(jen.Id("e").Dot("Code").Dot("String").Call())
		} else {
			g.Id("name").Op(":=").Id("e").Dot("Code").Dot("String").Call()
			if m.hasWire {
				g.If(jen.Op("!").Id("e").Dot("Code").Dot("Known").Call().Op("&&").Id("e").Dot("Name").Op("!=").Lit("")).Block(
					jen.Id("name").Op("=").Id("e").Dot("Name"))
			}
			g.Id("b").Dot("WriteString").Call(jen.Id("name"))
			g.If(jen.Id("e").Dot("Code").Dot("Known").Call().Op("||").Id("name").Op("!=").Id("e").Dot("Code").Dot("String").Call()).Block(
				jen.Qual("fmt", "Fprintf").Call(jen.Op("&").Id("b"), jen.Lit(" (%d)"), jen.Id("e").Dot("Code")))
		}
		if m.hasDetail {
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(
				jen.Id("b").Dot("WriteString").Call(jen.Lit(" ").Op("+").Id("e").Dot("Detail").Dot("String").Call()))
		}
		// The text is what the document says of the code, never the body's own text: bodies
		// echo secrets (Alibaba's sample OAuth error quotes the authorization code).
		var texts []*jen.Statement
		doc := jen.Id("e").Dot("Code")
		if m.hasDetail && (m.hasDesc || m.hasMsg) {
			g.Id("documented").Op(":=").Id("e").Dot("Code")
			g.If(jen.Id("e").Dot("Detail").Dot("Known").Call()).Block(jen.Id("documented").Op("=").Id("e").Dot("Detail"))
			doc = jen.Id("documented")
		}
		if m.hasDesc {
			texts = append(texts, doc.Clone().Dot("Description").Call())
		}
		if m.hasMsg {
			texts = append(texts, doc.Clone().Dot("Message").Call())
		}
		if len(texts) == 0 {
			texts = append(texts, jen.Lit(""))
		}
		g.Id("text").Op(":=").Add(texts[0])
		for _, t := range texts[1:] {
			g.If(jen.Id("text").Op("==").Lit("")).Block(jen.Id("text").Op("=").Add(t))
		}
		g.If(jen.Id("text").Op("!=").Lit("")).Block(
			jen.Id("b").Dot("WriteString").Call(jen.Lit(": ")),
			jen.Id("b").Dot("WriteString").Call(jen.Qual("strings", "Join").Call(jen.Qual("strings", "Fields").Call(jen.Id("text")), jen.Lit(" "))),
		)
		g.Qual("fmt", "Fprintf").Call(jen.Op("&").Id("b"), jen.Lit(" (HTTP %d"), jen.Id("e").Dot("Status"))
		if m.hasRequestID {
			g.If(jen.Id("e").Dot("RequestID").Op("!=").Lit("")).Block(
				jen.Id("b").Dot("WriteString").Call(jen.Lit(", request ID ").Op("+").Id("e").Dot("RequestID")))
		}
		g.Id("b").Dot("WriteString").Call(jen.Lit(")"))
		g.Return(jen.Id("b").Dot("String").Call())
	})
	f.Line()
}

// detailZero extends the "no code" condition with "and no detail code" where there are details.
func (m *model) detailZero() *jen.Statement {
	if !m.hasDetail {
		return jen.Null()
	}
	return jen.Op("&&").Id("e").Dot("Detail").Op("==").Lit("")
}

// keyList names the JSON keys a role reads in every envelope, for doc comments.
func (m *model) keyList(role func(*envModel) []*wireKey) string {
	var out []string
	seen := map[string]bool{}
	for _, e := range m.envs {
		for _, k := range role(e) {
			if k == nil || seen[k.JSON] {
				continue
			}
			seen[k.JSON] = true
			out = append(out, fmt.Sprintf("%q", k.JSON))
		}
	}
	return "JSON " + strings.Join(out, " or ")
}

// fieldDoc is the doc comment of a decoded field: its name, the JSON keys it comes from, the
// envelopes that carry it, and the spec's description.
func fieldDoc(name string, keys, envelopes []string, doc string) string {
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	head := fmt.Sprintf("%s is the %s key", name, strings.Join(quoted, " or "))
	if len(envelopes) > 0 {
		head += " of " + strings.Join(envelopes, " and ") + " bodies"
	}
	return head + ". " + doc
}

// emitVendorError writes the methods by which *Error satisfies apierr.VendorError (Vendor,
// VendorCode, VendorRequestID, Class), Is (classes, and the detail code where the spec has
// one), Temporary where the spec has temporary codes, and statusClass where it has
// [[status_class]] rows.
func emitVendorError(f *jen.File, m *model) {
	e := func() *jen.Statement { return jen.Func().Params(jen.Id("e").Op("*").Id("Error")) }
	zero := jen.Lit(m.zeroCode())
	f.Comment("Vendor returns the name of the identity provider, for apierr.VendorError.")
	f.Add(e()).Id("Vendor").Params().String().Block(jen.Return(jen.Lit(m.Vendor)))
	f.Line()

	f.Add(commentLines("VendorCode returns the most specific code of the reply as the vendor writes it, " +
		"or \"\" when the reply had none, for apierr.VendorError."))
	f.Add(e()).Id("VendorCode").Params().String().BlockFunc(func(g *jen.Group) {
		if m.hasDetail {
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(jen.Return(jen.String().Call(jen.Id("e").Dot("Detail"))))
		}
		g.If(jen.Id("e").Dot("Code").Op("==").Add(zero)).Block(jen.Return(jen.Lit("")))
		if m.StringCodes {
			g.Return(jen.String().Call(jen.Id("e").Dot("Code")))
		} else {
			g.Return(jen.Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("e").Dot("Code"))))
		}
	})
	f.Line()

	f.Comment("VendorRequestID returns the request ID of the reply, for apierr.VendorError.")
	f.Add(e()).Id("VendorRequestID").Params().String().BlockFunc(func(g *jen.Group) {
		if m.hasRequestID {
			g.Return(jen.Id("e").Dot("RequestID"))
		} else {
			g.Comment("The vendor's error bodies carry no request ID.")
			g.Return(jen.Lit(""))
		}
	})
	f.Line()

	rule := "Class returns the vendor-neutral class of the reply: the class of its "
	if m.hasDetail {
		rule += "detail code, else of its "
	}
	rule += "code (documented, or under a catch-all)"
	if len(m.StatusClasses) > 0 {
		rule += ", else, for a reply "
		if m.hasDetail {
			rule += "without a detail code "
		}
		rule += "whose code is undocumented, unclassified or absent, the class the spec gives its HTTP status"
	}
	f.Add(commentLines(rule + ". It is nil when there is none."))
	f.Add(e()).Id("Class").Params().Op("*").Qual(rootPkg, "Class").BlockFunc(func(g *jen.Group) {
		if m.hasDetail {
			g.If(jen.Id("class").Op(":=").Id("e").Dot("Detail").Dot("Class").Call(), jen.Id("class").Op("!=").Nil()).Block(
				jen.Return(jen.Id("class")))
		}
		g.If(jen.Id("class").Op(":=").Id("e").Dot("Code").Dot("Class").Call(), jen.Id("class").Op("!=").Nil()).Block(
			jen.Return(jen.Id("class")))
		if len(m.StatusClasses) == 0 {
			g.Return(jen.Nil())
			return
		}
		if m.hasDetail {
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(jen.Return(jen.Nil()))
		}
		g.Return(jen.Id("statusClass").Call(jen.Id("e").Dot("Status")))
	})
	f.Line()

	doc := "Is reports whether target is the class of the reply (an apierr.Err variable), or its Code or " +
		"one of that code's parents"
	if m.hasDetail {
		doc += ", or its Detail code or one of that code's parents"
	}
	f.Add(commentLines(doc + ". Matching here, not only through Unwrap, keeps errors.Is short: it stops " +
		"at the *Error."))
	f.Add(e()).Id("Is").Params(jen.Id("target").Error()).Bool().Block(
		jen.Switch(jen.Id("t").Op(":=").Id("target").Assert(jen.Type())).BlockFunc(func(g *jen.Group) {
			g.Case(jen.Op("*").Qual(rootPkg, "Class")).Block(
				jen.Return(jen.Id("t").Op("!=").Nil().Op("&&").Id("t").Op("==").Id("e").Dot("Class").Call()))
			g.Case(jen.Id("Code")).BlockFunc(func(cg *jen.Group) {
				if m.hasDetail {
					cg.If(jen.Id("e").Dot("Detail").Op("!=").Lit("").Op("&&").Parens(jen.Id("e").Dot("Detail").Op("==").Id("t").Op("||").Id("e").Dot("Detail").Dot("Is").Call(jen.Id("t")))).Block(
						jen.Return(jen.True()))
				}
				cg.Return(jen.Id("e").Dot("Code").Op("!=").Add(zero.Clone()).Op("&&").Parens(jen.Id("e").Dot("Code").Op("==").Id("t").Op("||").Id("e").Dot("Code").Dot("Is").Call(jen.Id("t"))))
			})
		}),
		jen.Return(jen.False()),
	)
	f.Line()

	if m.hasTemporary {
		f.Comment("Temporary reports whether the vendor documents the reply's code as temporary.")
		f.Add(e()).Id("Temporary").Params().Bool().BlockFunc(func(g *jen.Group) {
			if m.hasDetail {
				g.Return(jen.Id("e").Dot("Code").Dot("Temporary").Call().Op("||").Id("e").Dot("Detail").Dot("Temporary").Call())
			} else {
				g.Return(jen.Id("e").Dot("Code").Dot("Temporary").Call())
			}
		})
		f.Line()
	}

	if len(m.StatusClasses) > 0 {
		f.Comment("statusClass is the class the spec gives an HTTP status, for replies with no documented code.")
		f.Func().Id("statusClass").Params(jen.Id("status").Int()).Op("*").Qual(rootPkg, "Class").Block(
			jen.Switch(jen.Id("status")).BlockFunc(func(g *jen.Group) {
				for _, sc := range m.sortedStatusClasses() {
					g.Case(jen.Lit(sc.Status)).Block(jen.Return(classRef(sc.Class)))
				}
			}),
			jen.Return(jen.Nil()),
		)
	}
}

// sortedStatusClasses orders the status table by status.
func (m *model) sortedStatusClasses() []*spec.StatusClass {
	out := append([]*spec.StatusClass(nil), m.StatusClasses...)
	sort.Slice(out, func(i, j int) bool { return out[i].Status < out[j].Status })
	return out
}
