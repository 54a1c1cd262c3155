package emit

import (
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
	"net/textproto"
)

// emitParse writes parse: read the body by the layout and apply the vendor's rule (both in the
// runtime, Layout.Read), then fill an Error from the decoded body: the code and the roles of
// its envelope, then each field with the reader of its type.
func emitParse(f *file, m *model.Model) {
	f.Comment("parse is Parse and FromResponse on a reply as they read it.")
	f.Func().Id("parse").Params(jen.Id("in").Qual(runtimePkg, "Input")).Error().BlockFunc(func(g *jen.Group) {
		g.Id("l").Op(":=").Op("&").Add(table()).Dot("Layout")
		g.Var().Id("d").Qual(runtimePkg, "Decoded")
		g.If(jen.Op("!").Id("l").Dot("Read").Call(jen.Op("&").Id("d"), jen.Op("&").Id("in"))).Block(jen.Return(jen.Nil()))
		g.Id("e").Op(":=").Op("&").Id("Error").Values(keyed(
			kv{"Status", jen.Id("in").Dot("Status")},
			kv{"Body", jen.Id("d").Dot("Body").Call()},
			kv{"Header", jen.Id("in").Dot("Header")},
			kv{"Truncated", jen.Id("in").Dot("Cut")},
		)...)
		headers := headerFields(m)
		if len(m.RequestIDHeaders) == 0 && len(headers) == 0 {
			g.If(jen.Id("d").Dot("Envelope").Call().Op("<").Lit(0)).Block(jen.Return(jen.Id("e")))
			fillRoles(g, m)
			fillFields(g, m)
			g.Return(jen.Id("e"))
			return
		}
		g.If(jen.Id("d").Dot("Envelope").Call().Op(">=").Lit(0)).BlockFunc(func(g *jen.Group) {
			fillRoles(g, m)
			fillFields(g, m)
		})
		if len(m.RequestIDHeaders) > 0 {
			g.If(jen.Id("e").Dot("RequestID").Op("==").Lit("")).Block(requestIDFromHeader(m))
		}
		for _, fd := range headers {
			g.Id("e").Dot(fd.Name).Op("=").Qual(runtimePkg, "HeaderValue").Call(jen.Id("in").Dot("Header"), jen.Lit(headerKey(fd.Header)))
		}
		g.Return(jen.Id("e"))
	})
	f.Line()
}

// requestIDFromHeader writes the statement that reads the request ID from the response
// headers the spec names (request_id_headers), for a reply whose body has none.
func requestIDFromHeader(m *model.Model) jen.Code {
	args := []jen.Code{jen.Id("in").Dot("Header")}
	for _, h := range m.RequestIDHeaders {
		args = append(args, jen.Lit(headerKey(h)))
	}
	return jen.Id("e").Dot("RequestID").Op("=").Qual(runtimePkg, "HeaderValue").Call(args...)
}

// headerKey is a header name as net/http keys an http.Header by (its canonical form), for
// code that indexes the header map: the spec keeps the name as the vendor writes it.
func headerKey(name string) string {
	return textproto.CanonicalMIMEHeaderKey(name)
}

// fillRoles writes the statements that fill the code, detail, name, message, description,
// request ID and envelope of e from the decoded body.
func fillRoles(g *jen.Group, m *model.Model) {
	d := jen.Op("&").Id("d")
	role := func(method string) *jen.Statement { return jen.Id("l").Dot(method).Call(d.Clone()) }
	if m.StringCodes {
		g.Id("e").Dot("Code").Op("=").Id("Code").Call(role("StringCode"))
	} else {
		g.List(jen.Id("code"), jen.Id("_")).Op(":=").Add(role("IntCode"))
		g.Id("e").Dot("Code").Op("=").Id("Code").Call(jen.Id("code"))
	}
	if m.Has.Detail {
		g.Id("e").Dot("Detail").Op("=").Id("Code").Call(role("Detail"))
	}
	if m.Has.WireKey {
		g.Id("e").Dot("Name").Op("=").Add(role("Name"))
	}
	for _, x := range []struct {
		has   bool
		field string
	}{{m.Has.MessageKey, "Message"}, {m.Has.DescriptionKey, "Description"}, {m.Has.RequestIDKey, "RequestID"}} {
		if x.has {
			g.Id("e").Dot(x.field).Op("=").Add(role(x.field))
		}
	}
	if m.Has.Envelopes {
		g.Id("e").Dot("Envelope").Op("=").Add(role("EnvelopeName"))
	}
}

// fillFields writes the statements that fill the extra fields of e: those every envelope
// carries, then, under a switch on the envelope, those only some carry.
func fillFields(g *jen.Group, m *model.Model) {
	type group struct {
		envs   []*model.Envelope
		fields []*model.Field
	}
	var groups []*group // fields that only some envelopes carry, by the set of envelopes
	for _, fd := range m.Fields {
		if fd.Header != "" {
			continue // read from the response's header, whatever the body
		}
		envs := carriers(m, fd)
		if len(envs) == len(m.Envs) {
			readField(g, m, fd)
			continue
		}
		var found *group
		for _, gr := range groups {
			if sameEnvs(gr.envs, envs) {
				found = gr
			}
		}
		if found == nil {
			found = &group{envs: envs}
			groups = append(groups, found)
		}
		found.fields = append(found.fields, fd)
	}
	if len(groups) == 0 {
		return
	}
	g.Switch(jen.Id("d").Dot("Envelope").Call()).BlockFunc(func(sw *jen.Group) {
		for _, gr := range groups {
			var cases []jen.Code
			for _, e := range gr.envs {
				cases = append(cases, jen.Id(e.Ident))
			}
			sw.Case(cases...).BlockFunc(func(cg *jen.Group) {
				for _, fd := range gr.fields {
					readField(cg, m, fd)
				}
			})
		}
	})
}

// carriers returns the envelopes whose bodies carry a field.
func carriers(m *model.Model, fd *model.Field) []*model.Envelope {
	var out []*model.Envelope
	for _, e := range m.Envs {
		for _, x := range e.Fields {
			if x == fd {
				out = append(out, e)
			}
		}
	}
	return out
}

// sameEnvs reports whether two lists hold the same envelopes.
func sameEnvs(a, b []*model.Envelope) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// readField writes the statements that fill one field from its key and, while it is still
// empty, from each of its aliases.
func readField(g *jen.Group, m *model.Model, fd *model.Field) {
	target := jen.Id("e").Dot(fd.Name)
	for i, k := range fd.Keys {
		stmt := reader(target.Clone(), fd.Type, k)
		if st, list := scannedStruct(m, fd.Type); st != nil {
			stmt = structReader(target.Clone(), st, list, k)
		}
		if fd.CodeOf != "" {
			stmt = target.Clone().Op("=").Qual(m.Second.ImportPath, "Code").Call(
				jen.Id("d").Dot(readerMethod(fieldKind(m, fd))).Call(jen.Id(k.Ident)))
		}
		if i == 0 {
			g.Add(stmt)
			continue
		}
		g.If(jen.Op("!").Parens(nonZero(target.Clone(), fieldKind(m, fd)))).Block(stmt)
	}
}

// headerFields are the extra fields read from a response header.
func headerFields(m *model.Model) []*model.Field {
	var out []*model.Field
	for _, fd := range m.Fields {
		if fd.Header != "" {
			out = append(out, fd)
		}
	}
	return out
}

// readerMethods are the readers of apierrimpl.Decoded by the spec type they read.
var readerMethods = map[string]string{
	"string": "String", "bool": "Bool", "int": "Int", "int64": "Int64", "float64": "Float64",
	"json.RawMessage": "Raw", "Messages": "Messages", "[]string": "Strings",
	"map[string]json.RawMessage": "RawMap",
}

// readerMethod is the reader of apierrimpl.Decoded of a spec type, or "" for one read with
// encoding/json.
func readerMethod(typ string) string { return readerMethods[typ] }

// reader is the statement that reads key k of the decoded body into target, a field of the
// given type: a reader of apierrimpl.Decoded where the type has one, else encoding/json (a
// [[struct]] that the scanner reads is structReader's).
func reader(target *jen.Statement, typ string, k *model.Key) *jen.Statement {
	if method := readerMethod(typ); method != "" {
		return target.Op("=").Id("d").Dot(method).Call(jen.Id(k.Ident))
	}
	return jen.Id("d").Dot("Unmarshal").Call(jen.Id(k.Ident), jen.Op("&").Add(target))
}

// emitStructs writes the struct types the spec declares, each with its reader when the
// runtime's scanner reads it, and, when a field has that type, the Messages type.
func emitStructs(f *file, m *model.Model) {
	for _, st := range m.Structs {
		f.Add(commentLines(st.Doc))
		f.Type().Id(st.Name).StructFunc(func(g *jen.Group) {
			for i, fd := range st.Fields {
				if i > 0 {
					g.Line()
				}
				g.Add(commentLines(fieldDoc(fd.Name, []string{fd.JSON}, "", fd.Doc)))
				g.Id(fd.Name).Add(goType(fd.Type)).Tag(map[string]string{"json": fd.JSON})
			}
		})
		f.Line()
		if s, _ := scannedStruct(m, st.Name); s != nil {
			emitStructReader(f, st)
		}
	}
	if m.Has.Messages {
		f.Add(commentLines("Messages holds the messages of an error body, which the vendor sends either as " +
			"an array of strings (List) or as an object whose keys are request field names (Fields), each " +
			"with one message or a list of them."))
		f.Type().Id("Messages").Op("=").Qual(runtimePkg, "Messages")
		f.Line()
	}
}
