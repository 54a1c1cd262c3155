package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// errRecv starts a method on *Error.
func errRecv() *jen.Statement { return jen.Func().Params(jen.Id("e").Op("*").Id("Error")) }

// emitError writes error.go: the Error struct (one decoded error response: the typed code,
// the HTTP status, the request ID, every documented field and the raw body), summary, which
// hands the runtime what an *Error shows of itself, and the methods that format it (Error,
// LogValue, GoString), find things in it (RawField, Unwrap, Is, Class) or fake the vendor
// with it (Marshal, ServeHTTP).
func emitError(f *file, m *model.Model, o Options) {
	emitErrorStruct(f, m)
	emitSummary(f, m, o)
	summaryMethod(f, "Error", jen.String(), fmt.Sprintf("Error returns one line: %q, the code, what the document says of "+
		"it, %s. It never includes text from the body, which may echo secrets: the body's own "+
		"message and description are in the fields of e.", m.Package+":", errorTail(m)))
	summaryMethod(f, "LogValue", jen.Qual("log/slog", "Value"), "LogValue makes an *Error log, with log/slog, as its vendor, code, name, "+
		"HTTP status, request ID and class. The body and its text are left out: they may hold "+
		"tokens, passwords or one-time codes. Log apierr.Redact(e.Body) where the body is needed.")
	summaryMethod(f, "GoString", jen.String(), "GoString makes %#v of an *Error show its code, status and request ID, and "+
		"not its body and fields, which may hold secrets.")
	summaryMethod(f, "Attrs", jen.Index().Qual("log/slog", "Attr"), "Attrs returns the attributes of the reply for logs and "+
		"telemetry, the list LogValue groups: vendor, code, name, HTTP status, request ID, class and error.type. Values "+
		"from the body appear only when they look like identifiers; its text never does.")
	summaryMethod(f, "ErrorType", jen.String(), "ErrorType returns the reply's error.type as the OpenTelemetry "+
		"semantic conventions define it: \""+m.Package+".<code>\" for a documented code, \"_OTHER\" otherwise.")
	summaryMethod(f, "CodeDoc", jen.String(), "CodeDoc returns what the vendor's document says of the reply's "+
		"code, in full; never text from the body. It is \"\" for a code the document does not list.")
	summaryMethod(f, "CodeURL", jen.String(), "CodeURL returns the address of the reply's code in this "+
		"package's documentation on pkg.go.dev, or \"\" for a code the document does not list.")
	f.Add(commentLines("MarshalJSON writes e as json.Marshal shows an error: the attributes of Attrs, " +
		"never the body or its text. Marshal writes the vendor's body."))
	f.Add(errRecv()).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Id("s").Op(":=").Id("e").Dot("summary").Call(),
		jen.Return(jen.Id("s").Dot("MarshalJSON").Call()),
	)
	f.Line()
	emitVendorMessage(f, m)
	f.Add(commentLines("RetryAfter returns how long the response asked to wait before retrying (its " +
		"Retry-After header, seconds or an HTTP date counted from now), and whether it gave one. " +
		"Only FromResponse keeps the header: an *Error from Parse has none."))
	f.Add(errRecv()).Id("RetryAfter").Params().Params(jen.Qual("time", "Duration"), jen.Bool()).Block(
		jen.Return(jen.Qual(runtimePkg, "RetryAfter").Call(jen.Id("e").Dot("Header"))))
	f.Line()
	f.Add(commentLines("RawField returns the raw JSON of a top-level key of the body, documented or "+
		"not, so nothing a vendor sends is lost: the fields of e hold what the document describes, "+
		"RawField the rest. An exact key match is preferred, then one that differs only in case, "+
		"as encoding/json matches. ok is false when the body is not a JSON object or lacks the key.",
		"The value is raw: it may be a secret. Use apierr.Redact before logging it."))
	f.Add(errRecv()).Id("RawField").Params(jen.Id("key").String()).Params(jen.Qual("encoding/json", "RawMessage"), jen.Bool()).Block(
		jen.Return(jen.Qual(runtimePkg, "RawField").Call(jen.Id("e").Dot("Body"), jen.Id("key"))))
	f.Line()
	emitFakes(f, m)
	emitUnwrap(f, m)
	emitVendorError(f, m)
	emitFound(f, m)
}

// summaryMethod writes a method of *Error that the runtime's Summary formats: name returns
// what the Summary method of the same name does.
func summaryMethod(f *file, name string, result jen.Code, doc string) {
	f.Add(commentLines(doc))
	f.Add(errRecv()).Id(name).Params().Add(result).Block(
		jen.Id("s").Op(":=").Id("e").Dot("summary").Call(),
		jen.Return(jen.Id("s").Dot(name).Call()),
	)
	f.Line()
}

// emitVendorMessage writes VendorMessage: the body's own message, else its description.
func emitVendorMessage(f *file, m *model.Model) {
	text := "its message, else its description"
	if !m.Has.MessageKey && !m.Has.DescriptionKey && messagesField(m) != "" {
		text = "its " + messagesField(m) + " as one text (Messages.Text)"
	}
	f.Add(commentLines("VendorMessage returns the vendor's own message from the body: " + text + ", " +
		"or \"\". It is vendor text that may echo the request (a user name, a " +
		"token): show it where the body may be shown, never log it unfiltered. Error never uses it."))
	f.Add(errRecv()).Id("VendorMessage").Params().String().BlockFunc(func(g *jen.Group) {
		switch {
		case m.Has.MessageKey && m.Has.DescriptionKey:
			g.If(jen.Id("e").Dot("Message").Op("!=").Lit("")).Block(jen.Return(jen.Id("e").Dot("Message")))
			g.Return(jen.Id("e").Dot("Description"))
		case m.Has.MessageKey:
			g.Return(jen.Id("e").Dot("Message"))
		case m.Has.DescriptionKey:
			g.Return(jen.Id("e").Dot("Description"))
		case messagesField(m) != "":
			g.Return(jen.Id("e").Dot(messagesField(m)).Dot("Text").Call())
		default:
			g.Comment("The vendor's error bodies carry no message.")
			g.Return(jen.Lit(""))
		}
	})
	f.Line()
}

// messagesField returns the name of the first extra field of type Messages, or "".
func messagesField(m *model.Model) string {
	for _, fd := range m.Fields {
		if fd.Type == "Messages" {
			return fd.Name
		}
	}
	return ""
}

// errorTail names what Error prints after the code.
func errorTail(m *model.Model) string {
	if m.Has.RequestID {
		return "the HTTP status and the request ID"
	}
	return "and the HTTP status"
}

// emitErrorStruct writes the Error struct.
func emitErrorStruct(f *file, m *model.Model) {
	f.Add(commentLines(fmt.Sprintf("Error is one %s error response, as Parse and FromResponse decode it. "+
		"errors.Is(err, %s) and errors.As(err, &code) reach its Code through any wrapping "+
		"(the methods Is and As).", m.Vendor, m.Example().Name),
		"A reply that is not the vendor's JSON (a gateway's HTML page, an empty body) is an "+
			"Error too, with no Code: its Status and Body are kept.",
		"Compare two *Error values with Equal, not reflect.DeepEqual: an *Error from Parse also keeps "+
			"what it worked out about its codes, so that errors.Is need not look them up."))
	f.Type().Id("Error").StructFunc(func(g *jen.Group) {
		g.Add(commentLines(codeFieldDoc(m)))
		g.Id("Code").Id("Code")
		roles := []struct {
			has        bool
			name, typ  string
			doc        string
			keysOfRole func(*model.Envelope) []*model.Key
		}{
			{m.Has.Wire, "Name", "string", "Name is the string name of the code as the body gives it (%s).",
				func(e *model.Envelope) []*model.Key { return opt(e.WireName) }},
			{m.Has.Detail, "Detail", "Code", "Detail is the more specific code of the body (%s), documented or not. " +
				"errors.Is matches it and its parents as well as Code.", func(e *model.Envelope) []*model.Key { return opt(e.Detail) }},
			{m.Has.MessageKey, "Message", "string", "Message is the message of the body (%s).",
				func(e *model.Envelope) []*model.Key { return e.Message }},
			{m.Has.DescriptionKey, "Description", "string", "Description is the description of the body (%s).",
				func(e *model.Envelope) []*model.Key { return e.Description }},
			{m.Has.RequestID, "RequestID", "string", "RequestID identifies the request for the vendor's support (%s).",
				func(e *model.Envelope) []*model.Key { return e.RequestID }},
		}
		for _, r := range roles {
			if r.has {
				g.Line().Add(commentLines(roleDoc(m, r.name, r.doc, keyList(m, r.keysOfRole))))
				g.Id(r.name).Id(r.typ)
			}
		}
		g.Line().Comment("Status is the HTTP status of the response.")
		g.Id("Status").Int()
		if m.Has.Envelopes {
			names := make([]string, len(m.Envs))
			for i, e := range m.Envs {
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
		g.Line().Add(commentLines("Header is the header of the response, kept by FromResponse (Retry-After, " +
			"request IDs); nil for an *Error from Parse."))
		g.Id("Header").Qual("net/http", "Header")
		foundFields(g, m)
	})
	f.Line()
}

// codeFieldDoc is the doc comment of Error.Code.
func codeFieldDoc(m *model.Model) string {
	zero := "0"
	if m.StringCodes {
		zero = `""`
	}
	doc := fmt.Sprintf("Code is the code of the body (%s), documented or not, exactly as received; "+
		"%s when the body carries none.", keyList(m, func(e *model.Envelope) []*model.Key { return []*model.Key{e.Code} }), zero)
	if !m.StringCodes {
		doc += " A code sent as a JSON string of digits is read as its number."
	}
	if m.Has.Wire {
		doc += " A body with no code but a documented name (Name) gets the code of that name."
	}
	return doc
}

// opt is a list of at most one key.
func opt(k *model.Key) []*model.Key {
	if k == nil {
		return nil
	}
	return []*model.Key{k}
}

// roleDoc is the doc comment of the Error field of a role, from its template and the keys
// that fill it; the request ID also names the response headers that fill it when the body
// has none ([spec] request_id_headers).
func roleDoc(m *model.Model, name, doc, keys string) string {
	if name != "RequestID" || len(m.RequestIDHeaders) == 0 {
		return fmt.Sprintf(doc, keys)
	}
	if !m.Has.RequestIDKey {
		keys = "the response header " + strings.Join(m.RequestIDHeaders, " or ") + ", read by FromResponse"
	} else {
		keys += "; when the body has none, the response header " + strings.Join(m.RequestIDHeaders, " or ") + ", read by FromResponse"
	}
	return fmt.Sprintf(doc, keys)
}

// keyList names the JSON keys a role reads in every envelope, for doc comments.
func keyList(m *model.Model, role func(*model.Envelope) []*model.Key) string {
	var out []string
	seen := map[string]bool{}
	for _, e := range m.Envs {
		for _, k := range role(e) {
			if !seen[k.JSON] {
				seen[k.JSON] = true
				out = append(out, fmt.Sprintf("%q", k.JSON))
			}
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

// emitSummary writes summary, which hands apierrimpl what an *Error shows of itself.
func emitSummary(f *file, m *model.Model, o Options) {
	f.Comment("summary is what e shows of itself in error text, logs and %#v; apierrimpl formats it.")
	f.Add(errRecv()).Id("summary").Params().Qual(runtimePkg, "Summary").BlockFunc(func(g *jen.Group) {
		detail := jen.Id("_")
		if m.Has.Detail {
			detail = jen.Id("detail")
		}
		g.List(jen.Id("code"), detail).Op(":=").Id("e").Dot("rows").Call()
		d := jen.Dict{
			jen.Id("Package"):    jen.Lit(m.Package),
			jen.Id("ImportPath"): jen.Lit(o.ImportPath),
			jen.Id("Vendor"):     jen.Lit(m.Vendor),
			jen.Id("Known"):      jen.Id("code").Op(">=").Lit(0),
			jen.Id("Status"):     jen.Id("e").Dot("Status"),
			jen.Id("Class"):      jen.Id("e").Dot("Class").Call(),
			jen.Id("BodySize"):   jen.Len(jen.Id("e").Dot("Body")),
			jen.Id("RequestID"):  jen.Id("e").Dot("VendorRequestID").Call(),
			jen.Id("VendorCode"): jen.Id("e").Dot("VendorCode").Call(),
		}
		if m.StringCodes {
			d[jen.Id("Code")] = jen.String().Call(jen.Id("e").Dot("Code"))
			d[jen.Id("CodeValue")] = jen.String().Call(jen.Id("e").Dot("Code"))
		} else {
			d[jen.Id("IntCodes")] = jen.True()
		}
		if m.Has.Wire {
			d[jen.Id("Name")] = jen.Id("e").Dot("Name")
		}
		if m.Has.Detail {
			d[jen.Id("Detail")] = jen.String().Call(jen.Id("e").Dot("Detail"))
		}
		g.Id("s").Op(":=").Qual(runtimePkg, "Summary").Values(d)
		if !m.StringCodes {
			g.If(jen.Id("e").Dot("Code").Op("!=").Lit(0)).Block(
				jen.List(jen.Id("s").Dot("Code"), jen.Id("s").Dot("CodeValue")).Op("=").List(
					jen.Id("e").Dot("Code").Dot("String").Call(), jen.Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("e").Dot("Code")))))
		}
		g.If(jen.Id("code").Op(">=").Lit(0)).Block(jen.Id("s").Dot("Info").Op("=").Op("&").Id("codeInfos").Index(jen.Id("code")))
		if m.Has.Detail {
			g.If(jen.Id("detail").Op(">=").Lit(0)).Block(jen.Id("s").Dot("Info").Op("=").Op("&").Id("codeInfos").Index(jen.Id("detail")))
		}
		g.Return(jen.Id("s"))
	})
	f.Line()
}

// emitUnwrap writes As, Unwrap (kept, deprecated, for the API contract) and HTTPStatus.
func emitUnwrap(f *file, m *model.Model) {
	zero := jen.Lit(zeroCode(m))
	f.Add(commentLines("As sets *target to the reply's Code when the reply carries one and target points to a " +
		"Code (or to an interface a Code implements), so that errors.As(err, &code) reads the code through " +
		"any wrapping."))
	f.Add(errRecv()).Id("As").Params(jen.Id("target").Any()).Bool().Block(
		jen.If(jen.Id("e").Dot("Code").Op("==").Add(zero)).Block(jen.Return(jen.False())),
		jen.If(jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("target").Assert(jen.Op("*").Id("Code")), jen.Id("ok")).Block(
			jen.Op("*").Id("p").Op("=").Id("e").Dot("Code"),
			jen.Return(jen.True())),
		jen.Return(jen.Qual("errors", "As").Call(jen.Id("e").Dot("Code"), jen.Id("target"))),
	)
	f.Line()
	f.Add(commentLines("Unwrap returns nil: an *Error wraps no other error.",
		"Deprecated: Unwrap returned the Code until 2026-12-02. An *Error now matches its Code, the "+
			"code's parents and its class itself (Is) and gives its Code to errors.As (As), so that "+
			"errors.Is stops at it instead of walking one error further; use errors.As(err, &code) "+
			"or the Code field."))
	f.Add(errRecv()).Id("Unwrap").Params().Error().Block(jen.Return(jen.Nil()))
	f.Line()
	f.Comment("HTTPStatus returns the HTTP status of the response.")
	f.Add(errRecv()).Id("HTTPStatus").Params().Int().Block(jen.Return(jen.Id("e").Dot("Status")))
	f.Line()
}
