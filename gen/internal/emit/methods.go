package emit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitCodeMethods writes code_methods.go: Codes, and the methods of Code, each one call into
// the package's table (String, Error, HTTPStatus, the texts the document gives, Known, Parent
// where the spec has parents, Class, Unclassified and Temporary where codes have them, Is),
// LogValue, Lookup by wire name for int codes that have one, text and JSON marshalling in the
// wire form, and Reply, which fakes the vendor.
func emitCodeMethods(f *file, m *model.Model, _ Options) {
	f.Comment("Codes returns every documented code in ascending order, in a new slice.")
	f.Func().Id("Codes").Params().Index().Id("Code").Block(jen.Return(table().Dot("List").Call()))
	f.Line()
	emitString(f, m)
	f.Add(commentLines(fmt.Sprintf("Error returns %q followed by the code and what the document says of it "+
		"in short, so that %%v of a code reads as an error message; Description has the document's full "+
		"text and String the bare code. It does not allocate for documented codes.", m.Package+":")))
	f.Add(codeRecv()).Id("Error").Params().String().Block(jen.Return(table().Dot("CodeError").Call(jen.Id("c"))))
	f.Line()
	f.Comment("HTTPStatus returns the HTTP status the document gives for c, or 0 where it gives none,")
	f.Comment("says the code is not in use, or does not list c.")
	f.Add(codeRecv()).Id("HTTPStatus").Params().Int().Block(jen.Return(info("Status")))
	f.Line()
	for _, acc := range []struct {
		has          bool
		method, what string
	}{
		{m.Has.Message, "Message", "the vendor's message"},
		{m.Has.Description, "Description", "the vendor's description"},
		{m.Has.Resolution, "Resolution", "what the vendor says to do"},
		{m.Has.Unclassified, "Unclassified", "why the spec gives c no class"},
	} {
		if acc.has {
			f.Commentf("%s returns %s for c, or \"\".", acc.method, acc.what)
			f.Add(codeRecv()).Id(acc.method).Params().String().Block(jen.Return(info(acc.method)))
			f.Line()
		}
	}
	f.Comment("Known reports whether the document lists c.")
	f.Add(codeRecv()).Id("Known").Params().Bool().Block(jen.Return(table().Dot("Known").Call(jen.Id("c"))))
	f.Line()
	emitRelations(f, m)
	f.Add(commentLines("LogValue makes a Code log, with log/slog, as String gives it: the vendor's name of the " +
		"code, not the sentence of Error."))
	f.Add(codeRecv()).Id("LogValue").Params().Qual("log/slog", "Value").Block(
		jen.Return(jen.Qual("log/slog", "StringValue").Call(jen.Id("c").Dot("String").Call())))
	f.Line()
	if m.Has.Wire {
		emitLookup(f, m)
	}
	emitMarshal(f, m)
	emitReply(f, m)
}

// info is table.Info(c).<field>: what the document says of c.
func info(field string) *jen.Statement {
	return table().Dot("Info").Call(jen.Id("c")).Dot(field)
}

// emitString writes String: the code itself for string codes; the wire name (else the Go
// name) of a documented int code, Code(n) for another.
func emitString(f *file, m *model.Model) {
	if m.StringCodes {
		f.Comment("String returns the code as the vendor writes it.")
		f.Add(codeRecv()).Id("String").Params().String().Block(jen.Return(jen.String().Call(jen.Id("c"))))
		f.Line()
		return
	}
	name := "the Go name of its constant"
	if m.Has.Wire {
		name = "the vendor's string name" + wireKeys(m)
	}
	f.Add(commentLines("String returns " + name + " for a documented code, without allocating, " +
		"and Code(n) for any other."))
	f.Add(codeRecv()).Id("String").Params().String().Block(jen.Return(table().Dot("String").Call(jen.Id("c"))))
	f.Line()
}

// emitRelations writes Parent where the spec has parents, Class, Temporary where codes have
// it, and Is.
func emitRelations(f *file, m *model.Model) {
	if m.Has.Parents {
		f.Add(commentLines("Parent returns the code c is a kind of: its documented parent or, for a code " +
			"the document does not list, the code the catch-all that covers it gives. ok is false when " +
			"there is none."))
		f.Add(codeRecv()).Id("Parent").Params().Params(jen.Id("Code"), jen.Bool()).Block(
			jen.Return(table().Dot("Parent").Call(jen.Id("c"))))
		f.Line()
	}
	classDoc := "Class returns the vendor-neutral class of c, one of the apierr.Err variables: the class the " +
		"spec gives a documented code"
	if m.Has.Parents {
		classDoc += ", or for a code the document does not list, the class of the code it is a kind of"
	}
	f.Add(commentLines(classDoc + ". It is nil for a code without one."))
	f.Add(codeRecv()).Id("Class").Params().Op("*").Qual(rootPkg, "Class").Block(
		jen.Return(table().Dot("Class").Call(jen.Id("c"))))
	f.Line()
	if m.Has.Temporary {
		f.Comment("Temporary reports whether the vendor documents c as temporary: retrying later may succeed.")
		f.Add(codeRecv()).Id("Temporary").Params().Bool().Block(jen.Return(info("Temporary")))
		f.Line()
	}
	doc := "Is reports whether target is the class of c (an apierr.Err variable)"
	if m.Has.Parents {
		doc += " or a code c is a kind of, so that errors.Is(err, parent) holds for every code under " +
			"a catch-all, listed or not"
	}
	f.Add(commentLines(doc + ". errors.Is compares c itself with target before calling Is."))
	f.Add(codeRecv()).Id("Is").Params(jen.Id("target").Error()).Bool().Block(
		jen.Return(table().Dot("CodeIs").Call(jen.Id("c"), jen.Id("target"))))
	f.Line()
}

// emitLookup writes Lookup, from the vendor's string name of an int code to the code.
func emitLookup(f *file, m *model.Model) {
	f.Add(commentLines("Lookup returns the code whose string name" + wireKeys(m) + " is name. " +
		"Where the document gives two codes the same name, Lookup " +
		"returns the lower one; the integer code of a body is authoritative."))
	f.Func().Id("Lookup").Params(jen.Id("name").String()).Params(jen.Id("Code"), jen.Bool()).Block(
		jen.Return(table().Dot("ByWire").Call(jen.Id("name"))))
	f.Line()
}

// wireKeys names the keys of the string name of a code, in parentheses after a space
// (" (the \"error\" key of a body)"), or "" when no envelope has one.
func wireKeys(m *model.Model) string {
	var keys []string
	for _, e := range m.Envs {
		if e.WireName != nil && !slices.Contains(keys, strconv.Quote(e.WireName.JSON)) {
			keys = append(keys, strconv.Quote(e.WireName.JSON))
		}
	}
	if len(keys) == 0 {
		return ""
	}
	return " (the " + strings.Join(keys, " or ") + " key of a body)"
}

// emitMarshal writes MarshalText and UnmarshalText (the wire form: the decimal number or the
// string) and, for int codes, MarshalJSON and UnmarshalJSON so JSON holds a number.
func emitMarshal(f *file, m *model.Model) {
	c := func() *jen.Statement { return jen.Id("c") }
	if m.StringCodes {
		f.Comment("MarshalText returns the code as the vendor writes it.")
		f.Add(codeRecv()).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Return(jen.Index().Byte().Call(c()), jen.Nil()))
		f.Line()
		f.Comment("UnmarshalText sets c to text, documented or not.")
		f.Func().Params(c().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
			jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("text")),
			jen.Return(jen.Nil()))
		f.Line()
		return
	}
	f.Comment("MarshalText returns the code as a decimal number, its wire form.")
	f.Add(codeRecv()).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Qual("strconv", "AppendInt").Call(jen.Nil(), jen.Int64().Call(c()), jen.Lit(10)), jen.Nil()))
	f.Line()
	f.Comment("UnmarshalText sets c from a decimal number, documented or not.")
	f.Func().Params(c().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
		jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(jen.String().Call(jen.Id("text"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Package+": cannot read %q as a Code: want a decimal integer"),
				jen.Id("text")))),
		jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("n")),
		jen.Return(jen.Nil()))
	f.Line()
	f.Comment("MarshalJSON returns the code as a JSON number, its wire form.")
	f.Add(codeRecv()).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(c().Dot("MarshalText").Call()))
	f.Line()
	f.Comment("UnmarshalJSON sets c from a JSON number; null leaves c unchanged.")
	f.Func().Params(c().Op("*").Id("Code")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.If(jen.String().Call(jen.Id("data")).Op("==").Lit("null")).Block(jen.Return(jen.Nil())),
		jen.Return(c().Dot("UnmarshalText").Call(jen.Id("data"))))
	f.Line()
}
