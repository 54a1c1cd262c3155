package emit

import (
	"fmt"
	"path"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitError writes error.go: the Error struct (one decoded error response, plain data: the
// typed code, the HTTP status, the request ID, every documented field, the raw body and
// header), reply, which hands the package's table the fields its rules read, and the methods
// of *Error, each one call into the table or a read of a field; every one is safe on a nil
// *Error.
func emitError(f *file, m *model.Model, _ Options) {
	emitErrorStruct(f, m)
	f.Comment("reply is what the methods of e hand the package's table: the fields its rules read.")
	f.Add(errRecv()).Id("reply").Params().Op("*").Qual(runtimePkg, "Reply").Types(jen.Id("Code")).
		BlockFunc(func(g *jen.Group) {
			g.If(jen.Id("e").Op("==").Nil()).Block(
				jen.Return(jen.Op("&").Qual(runtimePkg, "Reply").Types(jen.Id("Code")).Values(jen.Id("Nil").Op(":").True())))
			reply := jen.Op("&").Qual(runtimePkg, "Reply").Types(jen.Id("Code")).Values(keyed(replyFields(m)...)...)
			if m.Second == nil {
				g.Return(reply)
				return
			}
			second := jen.Id("e").Dot(m.Second.Field.Name)
			g.Id("r").Op(":=").Add(reply)
			g.If(nonZero(second.Clone(), fieldKind(m, m.Second.Field))).Block(jen.Id("r").Dot("Second").Op("=").Add(second))
			g.Return(jen.Id("r"))
		})
	f.Line()
	tableMethod(f, "Error", nil, jen.String(), "ErrorText", fmt.Sprintf("Error returns one line: %q, the code, what "+
		"the document says of it, %s. It never includes text from the body, which may echo secrets: the "+
		"body's own message and description are in the fields of e.", m.Package+":", errorTail(m)))
	tableMethod(f, "LogValue", nil, jen.Qual("log/slog", "Value"), "LogValue", "LogValue makes an *Error log, with "+
		"log/slog, as the group of Attrs (their keys without the \"apierr.\" prefix). The body and its text "+
		"are left out: they may hold tokens, passwords or one-time codes. Log apierr.Redact(e.Body) "+
		"where the body is needed.")
	tableMethod(f, "GoString", nil, jen.String(), "GoString", "GoString makes %#v of an *Error show its code, "+
		"status and request ID, and not its body and fields, which may hold secrets.")
	tableMethod(f, "Attrs", nil, jen.Index().Qual("log/slog", "Attr"), "Attrs", "Attrs returns the attributes "+
		"of the reply for logs and telemetry: error.type and, under the prefix \"apierr.\", vendor, code, "+
		"name, status, request_id and class, empty ones left out. Values from the body appear only "+
		"when they look like identifiers; its text never does.")
	tableMethod(f, "ErrorType", nil, jen.String(), "ErrorType", "ErrorType returns the reply's error.type as "+
		"the OpenTelemetry semantic conventions define it: \""+m.Package+".<code>\" for a documented "+
		"code, \"_OTHER\" otherwise.")
	tableMethod(f, "CodeDoc", nil, jen.String(), "CodeDoc", "CodeDoc returns what the vendor's document says "+
		"of the reply's code, in full; never text from the body. It is \"\" for a code the document does "+
		"not list.")
	tableMethod(f, "CodeURL", nil, jen.String(), "CodeURL", "CodeURL returns the address of the reply's code "+
		"in this package's documentation on pkg.go.dev, or \"\" for a code the document does not list.")
	tableMethod(f, "MarshalJSON", nil, jen.Params(jen.Index().Byte(), jen.Error()), "JSON", "MarshalJSON "+
		"writes e as json.Marshal shows an error: the attributes of LogValue, never the body or its "+
		"text. Marshal writes the vendor's body.")
	emitVendorMessage(f, m)
	tableMethod(f, "RetryAfter", nil, jen.Params(jen.Qual("time", "Duration"), jen.Bool()), "RetryAfter",
		"RetryAfter returns how long the response asked to wait before retrying (its Retry-After "+
			"header, seconds or an HTTP date counted from now), and whether it gave one. Only "+
			"FromResponse keeps the header: an *Error from Parse has none.")
	tableMethod(f, "RawField", []arg{{"key", jen.String()}}, jen.Params(jen.Qual("encoding/json", "RawMessage"),
		jen.Bool()), "RawField", "RawField returns the raw JSON of a top-level key of the body, documented or "+
		"not, so nothing a vendor sends is lost: the fields of e hold what the document describes, "+
		"RawField the rest. An exact key match is preferred, then one that differs only in case, as "+
		"encoding/json matches. ok is false when the body is not a JSON object or lacks the key. The "+
		"value is raw: it may be a secret. Use apierr.Redact before logging it.")
	emitFakes(f, m)
	emitVendorError(f, m)
}

// arg is a parameter of a generated method: its name and type.
type arg struct {
	name string
	typ  jen.Code
}

// tableMethod writes a method of *Error that returns what the table's method call gives for
// e's reply and the method's arguments.
func tableMethod(f *file, name string, args []arg, result jen.Code, call, doc string) {
	params := make([]jen.Code, len(args))
	values := []jen.Code{jen.Id("e").Dot("reply").Call()}
	for i, a := range args {
		params[i] = jen.Id(a.name).Add(a.typ)
		values = append(values, jen.Id(a.name))
	}
	f.Add(commentLines(doc))
	f.Add(errRecv()).Id(name).Params(params...).Add(result).Block(jen.Return(table().Dot(call).Call(values...)))
	f.Line()
}

// replyFields are the fields of e that reply hands the table: those the package has.
func replyFields(m *model.Model) []kv {
	e := func(name string) jen.Code { return jen.Id("e").Dot(name) }
	fields := []kv{{"Code", e("Code")}}
	if m.Has.Detail {
		fields = append(fields, kv{"Detail", e("Detail")})
	}
	if m.Has.WireKey {
		fields = append(fields, kv{"Name", e("Name")})
	}
	fields = append(fields, kv{"Status", e("Status")})
	if m.Has.RequestID {
		fields = append(fields, kv{"RequestID", e("RequestID")})
	}
	return append(fields, kv{"Body", e("Body")}, kv{"Header", e("Header")})
}

// emitVendorMessage writes VendorMessage: the body's own message, else its description.
func emitVendorMessage(f *file, m *model.Model) {
	text := "its message, else its description"
	if !m.Has.MessageKey && !m.Has.DescriptionKey && messagesField(m) != "" {
		text = "its " + messagesField(m) + " as one text (Messages.Text)"
	}
	f.Add(commentLines("VendorMessage returns the vendor's own message from the body: " + text + ", " +
		"or \"\". It is vendor text that may echo the request (a user name, a " +
		"token): show it where the body may be shown, never log it unfiltered. Error never uses it; it is \"\" " +
		"for a nil *Error."))
	f.Add(errRecv()).Id("VendorMessage").Params().String().BlockFunc(func(g *jen.Group) {
		if m.Has.MessageKey || m.Has.DescriptionKey || messagesField(m) != "" {
			g.If(jen.Id("e").Op("==").Nil()).Block(jen.Return(jen.Lit("")))
		}
		plain := func(field string) jen.Code { return plainText(m, jen.Id("e").Dot(field)) }
		switch {
		case m.Has.MessageKey && m.Has.DescriptionKey:
			g.If(jen.Id("e").Dot("Message").Op("!=").Lit("")).Block(jen.Return(plain("Message")))
			g.Return(plain("Description"))
		case m.Has.MessageKey:
			g.Return(plain("Message"))
		case m.Has.DescriptionKey:
			g.Return(plain("Description"))
		case messagesField(m) != "":
			g.Return(jen.Id("e").Dot(messagesField(m)).Dot("Text").Call())
		default:
			g.Comment("The vendor's error bodies carry no message.")
			g.Return(jen.Lit(""))
		}
	})
	f.Line()
}

// plainText is text, a field of e, as VendorMessage returns it: made plain by its envelope
// (apierrimpl.Envelope.Plain: without the code that starts it and the vendor's trailer) where
// an envelope of the spec has a code prefix or a trailer.
func plainText(m *model.Model, text *jen.Statement) jen.Code {
	plain := false
	for _, e := range m.Envs {
		plain = plain || e.CodePrefix != "" || e.Trailer != ""
	}
	if !plain {
		return text
	}
	if m.Has.Envelopes {
		return table().Dot("Layout").Dot("Plain").Call(jen.Id("e").Dot("Envelope"), text)
	}
	return table().Dot("Layout").Dot("Envelopes").Index(jen.Lit(0)).Dot("Plain").Call(text)
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
		"An Error is plain data: its exported fields are all it holds, so an *Error from Parse is "+
			"reflect.DeepEqual to the literal with the same fields, and testify's assert.Equal and go-cmp "+
			"compare it field by field (with cmpopts.IgnoreFields(Error{}, \"Body\", \"Header\") to leave "+
			"out what FromResponse keeps of the response). Its methods are safe on a nil *Error."))
	f.Type().Id("Error").StructFunc(func(g *jen.Group) {
		g.Add(commentLines(codeFieldDoc(m)))
		g.Id("Code").Id("Code")
		roleFields(g, m)
		g.Line().Comment("Status is the HTTP status of the response.")
		g.Id("Status").Int()
		envelopeField(g, m)
		for _, fd := range m.Fields {
			g.Line().Add(commentLines(extraFieldDoc(m, fd)))
			g.Id(fd.Name).Add(fieldType(m, fd))
		}
		g.Line().Add(commentLines("Body is the raw response body, as received. It may hold more than the " +
			"fields above, including secrets the vendor echoes back: do not log it unfiltered."))
		g.Id("Body").Index().Byte()
		g.Line().Add(commentLines("Header is the header of the response, kept by FromResponse (Retry-After, " +
			"request IDs); nil for an *Error from Parse."))
		g.Id("Header").Qual("net/http", "Header")
		g.Line().Add(commentLines("Truncated is true when the body was longer than MaxBodySize: FromResponse " +
			"read and kept its first MaxBodySize bytes, and the fields above are what those hold."))
		g.Id("Truncated").Bool()
	})
	f.Line()
}

// roleFields writes the Error fields of the roles the spec's envelopes have: the string name,
// the detail code, the message, the description and the request ID.
func roleFields(g *jen.Group, m *model.Model) {
	roles := []struct {
		has        bool
		name, typ  string
		doc        string
		keysOfRole func(*model.Envelope) []*model.Key
	}{
		{m.Has.WireKey, "Name", "string", "Name is the string name of the code as the body gives it (%s).",
			func(e *model.Envelope) []*model.Key { return opt(e.WireName) }},
		{m.Has.Detail, "Detail", "Code", "Detail is the more specific code of the body (%s), documented or not. " +
			"errors.Is matches it and its parents as well as Code.",
			func(e *model.Envelope) []*model.Key { return opt(e.Detail) }},
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
}

// envelopeField writes Error.Envelope when the spec has several envelopes.
func envelopeField(g *jen.Group, m *model.Model) {
	if !m.Has.Envelopes {
		return
	}
	names := make([]string, len(m.Envs))
	for i, e := range m.Envs {
		names[i] = fmt.Sprintf("%q", e.Name)
	}
	g.Line().Add(commentLines("Envelope names the shape of the body: " + strings.Join(names, " or ") +
		"; \"\" for a body that is not the vendor's JSON."))
	g.Id("Envelope").String()
}

// codeFieldDoc is the doc comment of Error.Code.
func codeFieldDoc(m *model.Model) string {
	zero := "0"
	if m.StringCodes {
		zero = `""`
	}
	doc := fmt.Sprintf("Code is the code of the body (%s), documented or not, exactly as received; "+
		"%s when the body carries none.",
		keyList(m, func(e *model.Envelope) []*model.Key { return []*model.Key{e.Code} }), zero)
	if !m.StringCodes {
		doc += " A code sent as a JSON string of digits is read as its number."
	}
	if m.Has.Wire && m.Has.WireKey {
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
		keys += "; when the body has none, the response header " + strings.Join(m.RequestIDHeaders, " or ") +
			", read by FromResponse"
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

// extraFieldDoc is the doc comment of an extra field of Error: where it comes from and the
// spec's description.
func extraFieldDoc(m *model.Model, fd *model.Field) string {
	switch {
	case fd.Header != "":
		return fmt.Sprintf("%s is the %q response header, which FromResponse reads. %s", fd.Name, fd.Header, fd.Doc)
	case fd.CodeOf != "":
		pkg := path.Base(m.Second.ImportPath)
		return fieldDoc(fd.Name, append([]string{fd.JSON}, fd.Aliases...), fieldWhere(m, fd), fmt.Sprintf("A code of "+
			"package %s, which errors.Is and errors.As reach through the reply, and whose class is the reply's "+
			"when its own codes have none. %s", pkg, fd.Doc))
	}
	return fieldDoc(fd.Name, append([]string{fd.JSON}, fd.Aliases...), fieldWhere(m, fd), fd.Doc)
}

// fieldWhere says where a field's keys are: "" (every body), "of management bodies", "of the
// WWW-Authenticate challenge (envelope challenge)", or both joined by "and".
func fieldWhere(m *model.Model, fd *model.Field) string {
	var bodies, headers []string
	for _, name := range fd.Envelopes {
		header := ""
		for _, e := range m.Envs {
			if e.Name == name {
				header = e.Envelope.Header
			}
		}
		if header == "" {
			bodies = append(bodies, name)
		} else {
			headers = append(headers, fmt.Sprintf("of the %s challenge (envelope %s)", header, name))
		}
	}
	var where []string
	if len(bodies) > 0 {
		where = append(where, "of "+strings.Join(bodies, " and ")+" bodies")
	}
	return strings.Join(append(where, headers...), " and ")
}

// fieldDoc is the doc comment of a decoded field: its name, the JSON keys it comes from, where
// they are (fieldWhere, "" for every body), and the spec's description.
func fieldDoc(name string, keys []string, where, doc string) string {
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	head := fmt.Sprintf("%s is the %s key", name, strings.Join(quoted, " or "))
	if where != "" {
		head += " " + where
	}
	return head + ". " + doc
}

// emitVendorError writes the methods by which *Error satisfies apierr.VendorError and
// errors.Is and errors.As reach its codes and class: As, Unwrap (kept, deprecated, for the API
// contract), HTTPStatus, Vendor, VendorCode, VendorRequestID, Class, Is, and Temporary where
// the spec has temporary codes.
func emitVendorError(f *file, m *model.Model) {
	tableMethod(f, "As", []arg{{"target", jen.Any()}}, jen.Bool(), "As", "As sets *target to the "+
		"reply's Code when the reply carries one and target points to a Code (or to an interface a Code "+
		"implements), so that errors.As(err, &code) reads the code through any wrapping.")
	f.Add(commentLines("Unwrap returns nil: an *Error wraps no other error.",
		"Deprecated: Unwrap returned the Code until 2026-12-02. An *Error now matches its Code, the "+
			"code's parents and its class itself (Is) and gives its Code to errors.As (As), so that "+
			"errors.Is stops at it instead of walking one error further; use errors.As(err, &code) "+
			"or the Code field."))
	f.Add(errRecv()).Id("Unwrap").Params().Error().Block(jen.Return(jen.Nil()))
	f.Line()
	f.Comment("HTTPStatus returns the HTTP status of the response.")
	f.Add(errRecv()).Id("HTTPStatus").Params().Int().Block(jen.Return(jen.Id("e").Dot("reply").Call().Dot("Status")))
	f.Line()
	f.Comment("Vendor returns the name of the identity provider, for apierr.VendorError.")
	f.Add(errRecv()).Id("Vendor").Params().String().Block(jen.Return(table().Dot("Vendor")))
	f.Line()
	tableMethod(f, "VendorCode", nil, jen.String(), "VendorCode", "VendorCode returns the most specific code "+
		"of the reply as the vendor writes it, or \"\" when the reply had none, for apierr.VendorError. "+
		"It is the raw value: Error, Attrs and apierr.Problem show it only by their rule.")
	if m.Has.RequestID {
		f.Comment("VendorRequestID returns the request ID of the reply, for apierr.VendorError.")
	} else {
		f.Comment("VendorRequestID returns \"\": the vendor's replies carry no request ID.")
	}
	f.Add(errRecv()).Id("VendorRequestID").Params().String().Block(
		jen.Return(jen.Id("e").Dot("reply").Call().Dot("RequestID")))
	f.Line()
	classDoc := "Class returns the vendor-neutral class of the reply: the class of its "
	if m.Has.Detail {
		classDoc += "detail code, else of its "
	}
	tableMethod(f, "Class", nil, jen.Op("*").Qual(rootPkg, "Class"), "ClassOf", classDoc+"code, else of its "+
		"HTTP status (package apierrimpl states the rule). It is nil when there is none.")
	doc := "Is reports whether target is the class of the reply (an apierr.Err variable) or its Code"
	if m.Has.Parents {
		doc += " or a code it is a kind of"
	}
	if m.Has.Detail {
		doc += ", or its Detail code or a code that one is a kind of"
	}
	tableMethod(f, "Is", []arg{{"target", jen.Error()}}, jen.Bool(), "Is", doc+". An *Error answers "+
		"for all of them itself, so errors.Is stops at it.")
	if m.Has.Temporary {
		tableMethod(f, "Temporary", nil, jen.Bool(), "Temporary", "Temporary reports whether the vendor "+
			"documents the reply's code as temporary.")
	}
}
