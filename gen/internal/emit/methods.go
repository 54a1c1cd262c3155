package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitCodeMethods writes code_methods.go: String, Error, HTTPStatus, Known, the message,
// description and resolution accessors the document has, Parent and Is where the spec has
// catch-all parents, Lookup by wire name for int codes that have one, and text and JSON
// marshalling in the wire form.
func emitCodeMethods(f *jen.File, m *model) {
	recv := func() *jen.Statement { return jen.Func().Params(jen.Id("c").Id("Code")) }
	idx := jen.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0))
	row := func(field string) *jen.Statement {
		return jen.Id("codeInfos").Index(jen.Id("i")).Dot(field)
	}

	if m.StringCodes {
		f.Comment("String returns the code as the vendor writes it. It never allocates.")
		f.Add(recv()).Id("String").Params().String().Block(jen.Return(jen.String().Call(jen.Id("c"))))
	} else {
		name := "the Go name of the constant"
		if m.hasWire {
			name = "the vendor's string name (the \"" + m.Envelopes[0].WireNameKey + "\" key of a body)"
		}
		f.Add(commentLines("String returns " + name + " for a documented code, without allocating, " +
			"and Code(n) for any other."))
		f.Add(recv()).Id("String").Params().String().Block(
			idx.Clone().Block(jen.Return(jen.Id("codeNames").Index(jen.Id("i")))),
			jen.Var().Id("buf").Index(jen.Lit(32)).Byte(),
			jen.Id("b").Op(":=").Append(jen.Id("buf").Index(jen.Empty(), jen.Lit(0)), jen.Lit("Code(").Op("...")),
			jen.Id("b").Op("=").Qual("strconv", "AppendInt").Call(jen.Id("b"), jen.Int64().Call(jen.Id("c")), jen.Lit(10)),
			jen.Return(jen.String().Call(jen.Append(jen.Id("b"), jen.LitRune(')')))),
		)
	}
	f.Line()

	f.Add(commentLines(fmt.Sprintf("Error returns %q followed by the code and what the document says of it, "+
		"so that %%v of a code reads as an error message. %%d prints the number of an int code and "+
		"String the bare name. It does not allocate for documented codes.", m.Package+":")))
	f.Add(recv()).Id("Error").Params().String().Block(
		idx.Clone().Block(jen.Return(row("errText"))),
		jen.Return(jen.Lit(m.Package+": ").Op("+").Id("c").Dot("String").Call()),
	)
	f.Line()

	f.Comment("HTTPStatus returns the HTTP status the document gives for c, or 0 where it gives none,")
	f.Comment("says the code is not in use, or does not list c.")
	f.Add(recv()).Id("HTTPStatus").Params().Int().Block(
		idx.Clone().Block(jen.Return(row("status"))),
		jen.Return(jen.Lit(0)),
	)
	f.Line()

	for _, acc := range []struct {
		has        bool
		name, what string
	}{
		{m.hasMsg, "message", "the vendor's message"},
		{m.hasDesc, "description", "the vendor's description"},
		{m.hasRes, "resolution", "what the vendor says to do"},
	} {
		if !acc.has {
			continue
		}
		method := string(acc.name[0]-'a'+'A') + acc.name[1:]
		f.Commentf("%s returns %s for c, or \"\" when the document gives none.", method, acc.what)
		f.Add(recv()).Id(method).Params().String().Block(
			idx.Clone().Block(jen.Return(row(acc.name))),
			jen.Return(jen.Lit("")),
		)
		f.Line()
	}

	f.Comment("Known reports whether the document lists c.")
	f.Add(recv()).Id("Known").Params().Bool().Block(jen.Return(jen.Id("c").Dot("index").Call().Op(">=").Lit(0)))
	f.Line()

	if m.hasParents {
		emitParent(f, m)
		emitNearestListed(f, m)
	}
	emitClass(f, m)
	if m.hasWire {
		emitLookup(f, m)
	}
	emitMarshal(f, m)
}

// emitParent writes Parent: the documented parent, or the catch-all covering an unlisted code.
func emitParent(f *jen.File, m *model) {
	f.Add(commentLines("Parent returns the code c is a kind of: its documented parent or, for a code " +
		"the document does not list, the catch-all that covers it. ok is false when there is none."))
	f.Func().Params(jen.Id("c").Id("Code")).Id("Parent").Params().Params(jen.Id("Code"), jen.Bool()).BlockFunc(func(g *jen.Group) {
		g.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Id("p").Op(":=").Id("codeInfos").Index(jen.Id("i")).Dot("parent"),
			jen.Return(jen.Id("p"), jen.Id("p").Op("!=").Lit(m.zeroCode())),
		)
		if len(m.CatchAlls) > 0 {
			g.Switch().BlockFunc(func(sw *jen.Group) {
				for _, ca := range m.sortedCatchAlls() {
					var cond *jen.Statement
					if m.StringCodes {
						cond = jen.Qual("strings", "HasPrefix").Call(jen.String().Call(jen.Id("c")), jen.Lit(ca.Prefix))
					} else {
						cond = jen.Id("c").Op(">=").Lit(int(ca.From)).Op("&&").Id("c").Op("<=").Lit(int(ca.To))
					}
					ret := jen.Id(ca.Parent)
					if ca.NearestListed {
						ret = jen.Id("c").Dot("nearestListed").Call(jen.Id(ca.Parent))
					}
					sw.Case(cond).Block(jen.Return(ret, jen.True()))
				}
			})
		}
		g.Return(jen.Lit(m.zeroCode()), jen.False())
	})
	f.Line()
}

// emitNearestListed writes nearestListed, for catch-alls with nearest_listed: an unlisted
// dotted code falls under the longest listed code that is its prefix up to a dot.
func emitNearestListed(f *jen.File, m *model) {
	for _, ca := range m.CatchAlls {
		if !ca.NearestListed {
			continue
		}
		f.Comment("nearestListed returns the longest documented code that is c up to one of its dots, or")
		f.Comment("fallback when there is none: Operation.Failure.User.Locked.X falls under")
		f.Comment("Operation.Failure.User.Locked, not only under its catch-all's parent.")
		f.Func().Params(jen.Id("c").Id("Code")).Id("nearestListed").Params(jen.Id("fallback").Id("Code")).Id("Code").Block(
			jen.Id("s").Op(":=").String().Call(jen.Id("c")),
			jen.For(jen.Id("i").Op(":=").Qual("strings", "LastIndexByte").Call(jen.Id("s"), jen.LitRune('.')), jen.Id("i").Op(">").Lit(0), jen.Id("i").Op("=").Qual("strings", "LastIndexByte").Call(jen.Id("s"), jen.LitRune('.'))).Block(
				jen.Id("s").Op("=").Id("s").Index(jen.Empty(), jen.Id("i")),
				jen.If(jen.Id("Code").Call(jen.Id("s")).Dot("Known").Call()).Block(jen.Return(jen.Id("Code").Call(jen.Id("s")))),
			),
			jen.Return(jen.Id("fallback")),
		)
		f.Line()
		return
	}
}

// sortedCatchAlls orders catch-alls so the narrowest match comes first.
func (m *model) sortedCatchAlls() []*spec.CatchAll { return m.CatchAllsNarrowestFirst() }

// emitLookup writes Lookup, from the vendor's string name of an int code to the code.
func emitLookup(f *jen.File, m *model) {
	f.Add(commentLines("Lookup returns the code whose string name (the \"" + m.Envelopes[0].WireNameKey +
		"\" key of a body) is name. Where the document gives two codes the same name, Lookup " +
		"returns the lower one; the integer code of a body is authoritative."))
	f.Func().Id("Lookup").Params(jen.Id("name").String()).Params(jen.Id("Code"), jen.Bool()).Block(
		jen.Switch(jen.Id("name")).BlockFunc(func(g *jen.Group) {
			seen := map[string]bool{}
			for _, c := range m.Codes {
				if c.Wire == "" || seen[c.Wire] {
					continue
				}
				seen[c.Wire] = true
				g.Case(jen.Lit(c.Wire)).Block(jen.Return(jen.Id(c.Name), jen.True()))
			}
		}),
		jen.Return(jen.Lit(0), jen.False()),
	)
	f.Line()
}

// emitMarshal writes MarshalText and UnmarshalText (the wire form: the decimal number or the
// string) and, for int codes, MarshalJSON and UnmarshalJSON so JSON holds a number.
func emitMarshal(f *jen.File, m *model) {
	c := jen.Id("c")
	if m.StringCodes {
		f.Comment("MarshalText returns the code as the vendor writes it.")
		f.Func().Params(c.Clone().Id("Code")).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Return(jen.Index().Byte().Call(c.Clone()), jen.Nil()))
		f.Line()
		f.Comment("UnmarshalText sets c to text, documented or not.")
		f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
			jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("text")),
			jen.Return(jen.Nil()))
		return
	}
	f.Comment("MarshalText returns the code as a decimal number, its wire form.")
	f.Func().Params(c.Clone().Id("Code")).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Qual("strconv", "AppendInt").Call(jen.Nil(), jen.Int64().Call(c.Clone()), jen.Lit(10)), jen.Nil()))
	f.Line()
	f.Comment("UnmarshalText sets c from a decimal number, documented or not.")
	f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalText").Params(jen.Id("text").Index().Byte()).Error().Block(
		jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "Atoi").Call(jen.String().Call(jen.Id("text"))),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Package+": cannot read %q as a Code: want a decimal integer"), jen.Id("text")))),
		jen.Op("*").Id("c").Op("=").Id("Code").Call(jen.Id("n")),
		jen.Return(jen.Nil()))
	f.Line()
	f.Comment("MarshalJSON returns the code as a JSON number, its wire form.")
	f.Func().Params(c.Clone().Id("Code")).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(c.Clone().Dot("MarshalText").Call()))
	f.Line()
	f.Comment("UnmarshalJSON sets c from a JSON number; null leaves c unchanged.")
	f.Func().Params(c.Clone().Op("*").Id("Code")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.If(jen.String().Call(jen.Id("data")).Op("==").Lit("null")).Block(jen.Return(jen.Nil())),
		jen.Return(c.Clone().Dot("UnmarshalText").Call(jen.Id("data"))))
}

// emitClass writes Class (the vendor-neutral class of a code), Unclassified and Temporary
// where the spec has them, and Is, which matches a code's class and its chain of parents.
func emitClass(f *jen.File, m *model) {
	c := func() *jen.Statement { return jen.Func().Params(jen.Id("c").Id("Code")) }
	idx := func() *jen.Statement {
		return jen.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0))
	}
	f.Add(commentLines("Class returns the vendor-neutral class of c, one of the apierr.Err variables: " +
		"the class the spec gives a documented code, or for a code the document does not list, " +
		"the class of the catch-all that covers it. It is nil for a code without one."))
	f.Add(c()).Id("Class").Params().Op("*").Qual(rootPkg, "Class").BlockFunc(func(g *jen.Group) {
		if m.hasClass {
			g.Add(idx()).Block(jen.Return(jen.Id("codeInfos").Index(jen.Id("i")).Dot("class")))
		} else {
			g.If(jen.Id("c").Dot("Known").Call()).Block(jen.Return(jen.Nil()))
		}
		if m.hasParents {
			g.If(jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("c").Dot("Parent").Call(), jen.Id("ok")).Block(
				jen.Return(jen.Id("p").Dot("Class").Call()))
		}
		g.Return(jen.Nil())
	})
	f.Line()
	if m.hasUnclassified {
		f.Comment("Unclassified returns why the spec gives c no class, or \"\".")
		f.Add(c()).Id("Unclassified").Params().String().Block(
			idx().Block(jen.Return(jen.Id("codeInfos").Index(jen.Id("i")).Dot("unclassified"))),
			jen.Return(jen.Lit("")))
		f.Line()
	}
	if m.hasTemporary {
		f.Comment("Temporary reports whether the vendor documents c as temporary: retrying later may succeed.")
		f.Add(c()).Id("Temporary").Params().Bool().Block(
			idx().Block(jen.Return(jen.Id("codeInfos").Index(jen.Id("i")).Dot("temporary"))),
			jen.Return(jen.False()))
		f.Line()
	}
	doc := "Is reports whether target is the class of c (an apierr.Err variable)"
	if m.hasParents {
		doc += " or a Code among the parents of c, so that errors.Is(err, parent) holds for every code " +
			"under a catch-all, listed or not"
	}
	f.Add(commentLines(doc + ". errors.Is compares c itself with == before calling Is."))
	f.Add(c()).Id("Is").Params(jen.Id("target").Error()).Bool().BlockFunc(func(g *jen.Group) {
		g.If(jen.List(jen.Id("class"), jen.Id("ok")).Op(":=").Id("target").Assert(jen.Op("*").Qual(rootPkg, "Class")), jen.Id("ok")).Block(
			jen.Return(jen.Id("class").Op("!=").Nil().Op("&&").Id("class").Op("==").Id("c").Dot("Class").Call()))
		if !m.hasParents {
			g.Return(jen.False())
			return
		}
		// The parents of a listed code are walked by row, so only the first step looks c up.
		g.List(jen.Id("t"), jen.Id("ok")).Op(":=").Id("target").Assert(jen.Id("Code"))
		g.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.False()))
		g.Id("i").Op(":=").Id("c").Dot("index").Call()
		g.If(jen.Id("i").Op("<").Lit(0)).Block(
			jen.Comment("An unlisted code: its catch-all's parent, then that code's parents."),
			jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("c").Dot("Parent").Call(),
			jen.If(jen.Op("!").Id("ok").Op("||").Id("p").Op("==").Id("t")).Block(jen.Return(jen.Id("ok"))),
			jen.Id("i").Op("=").Id("p").Dot("index").Call(),
		)
		g.For(jen.Id("r").Op(":=").Id("codeInfos").Index(jen.Id("i")).Dot("parentRow"), jen.Id("r").Op(">=").Lit(0), jen.Id("r").Op("=").Id("codeInfos").Index(jen.Id("r")).Dot("parentRow")).Block(
			jen.If(jen.Id("codeInfos").Index(jen.Id("r")).Dot("code").Op("==").Id("t")).Block(jen.Return(jen.True())))
		g.Return(jen.False())
	})
	f.Line()
}
