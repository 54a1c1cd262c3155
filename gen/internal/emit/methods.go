package emit

import (
	"fmt"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// recv starts a method on Code.
func recv() *jen.Statement { return jen.Func().Params(jen.Id("c").Id("Code")) }

// ifRow is "if r := c.row(); r != nil".
func ifRow() *jen.Statement {
	return jen.If(jen.Id("r").Op(":=").Id("c").Dot("row").Call(), jen.Id("r").Op("!=").Nil())
}

// emitCodeMethods writes code_methods.go: String, Error, HTTPStatus, Known, the message,
// description and resolution accessors the document has, Parent and Is where the spec has
// parents, Class, Unclassified and Temporary, Lookup by wire name for int codes that have
// one, text and JSON marshalling in the wire form, and Reply, which fakes the vendor.
func emitCodeMethods(f *file, m *model.Model, _ Options) {
	emitString(f, m)
	f.Add(commentLines(fmt.Sprintf("Error returns %q followed by the code and what the document says of it "+
		"in short, so that %%v of a code reads as an error message; Description has the document's "+
		"full text. %%d prints the number of an int code and String the bare name. It does not "+
		"allocate for documented codes.", m.Package+":")))
	f.Add(recv()).Id("Error").Params().String().Block(
		ifRow().Block(jen.Return(jen.Id("r").Dot("ErrText"))),
		jen.Return(jen.Qual(runtimePkg, "CodeText").Call(jen.Lit(m.Package), jen.Id("c").Dot("String").Call())),
	)
	f.Line()
	f.Comment("HTTPStatus returns the HTTP status the document gives for c, or 0 where it gives none,")
	f.Comment("says the code is not in use, or does not list c.")
	f.Add(recv()).Id("HTTPStatus").Params().Int().Block(
		ifRow().Block(jen.Return(jen.Id("r").Dot("Status"))),
		jen.Return(jen.Lit(0)),
	)
	f.Line()
	emitTextAccessors(f, m)
	f.Comment("Known reports whether the document lists c.")
	f.Add(recv()).Id("Known").Params().Bool().Block(jen.Return(jen.Id("c").Dot("index").Call().Op(">=").Lit(0)))
	f.Line()
	if m.Has.Parents {
		emitParent(f, m)
	}
	emitClass(f, m)
	emitIs(f, m)
	if m.Has.Wire {
		emitLookup(f, m)
	}
	emitMarshal(f, m)
	emitReply(f, m)
}

// emitString writes String: the code itself for string codes; the wire name (else the Go
// name) of a documented int code, Code(n) for another.
func emitString(f *file, m *model.Model) {
	if m.StringCodes {
		f.Comment("String returns the code as the vendor writes it. It never allocates.")
		f.Add(recv()).Id("String").Params().String().Block(jen.Return(jen.String().Call(jen.Id("c"))))
		f.Line()
		return
	}
	name := "the Go name of the constant"
	if m.Has.Wire {
		name = "the vendor's string name (the \"" + m.Envs[0].WireName.JSON + "\" key of a body)"
	}
	f.Add(commentLines("String returns " + name + " for a documented code, without allocating, " +
		"and Code(n) for any other."))
	f.Add(recv()).Id("String").Params().String().Block(
		ifRow().Block(jen.Return(jen.Id("r").Dot("Name"))),
		jen.Return(jen.Qual(runtimePkg, "IntName").Call(jen.Int().Call(jen.Id("c")))),
	)
	f.Line()
}

// emitTextAccessors writes Message, Description and Resolution, for the texts the document
// gives.
func emitTextAccessors(f *file, m *model.Model) {
	for _, acc := range []struct {
		has          bool
		method, what string
	}{
		{m.Has.Message, "Message", "the vendor's message"},
		{m.Has.Description, "Description", "the vendor's description"},
		{m.Has.Resolution, "Resolution", "what the vendor says to do"},
	} {
		if !acc.has {
			continue
		}
		f.Commentf("%s returns %s for c, or \"\" when the document gives none.", acc.method, acc.what)
		f.Add(recv()).Id(acc.method).Params().String().Block(
			ifRow().Block(jen.Return(jen.Id("r").Dot(acc.method))),
			jen.Return(jen.Lit("")),
		)
		f.Line()
	}
}

// emitParent writes Parent: the documented parent, or the catch-all covering an unlisted
// code; catchAll, the catch-alls tested narrowest first (the model's order), which Class and
// Is call once they know the code is unlisted; and nearestListed where a catch-all falls back
// to the longest listed prefix.
func emitParent(f *file, m *model.Model) {
	zero := zeroCode(m)
	f.Add(commentLines("Parent returns the code c is a kind of: its documented parent or, for a code " +
		"the document does not list, the catch-all that covers it. ok is false when there is none."))
	f.Add(recv()).Id("Parent").Params().Params(jen.Id("Code"), jen.Bool()).Block(
		jen.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.If(jen.Id("p").Op(":=").Id("codeInfos").Index(jen.Id("i")).Dot("Parent"), jen.Id("p").Op(">").Lit(0)).Block(
				jen.Return(jen.Id("codes").Index(jen.Id("p").Op("-").Lit(1)), jen.True())),
			jen.Return(jen.Lit(zero), jen.False()),
		),
		jen.Return(jen.Id("c").Dot("catchAll").Call()),
	)
	f.Line()
	f.Add(commentLines("catchAll returns the parent that the catch-all covering c gives it, for a code " +
		"the document does not list: Parent, Class and Is call it once they know c is unlisted, so " +
		"that c is not looked up twice. ok is false when no catch-all covers c."))
	f.Add(recv()).Id("catchAll").Params().Params(jen.Id("Code"), jen.Bool()).BlockFunc(func(g *jen.Group) {
		if len(m.NarrowestCatchAlls()) > 0 {
			g.Switch().BlockFunc(func(sw *jen.Group) {
				for _, ca := range m.NarrowestCatchAlls() {
					sw.Case(catchAllCond(m, ca.From, ca.To, ca.Prefix)).Block(jen.Return(catchAllParent(ca.Parent, ca.NearestListed), jen.True()))
				}
			})
		}
		g.Return(jen.Lit(zero), jen.False())
	})
	f.Line()
	for _, ca := range m.NarrowestCatchAlls() {
		if ca.NearestListed {
			emitNearestListed(f)
			return
		}
	}
}

// catchAllCond is the condition that c is under a catch-all.
func catchAllCond(m *model.Model, from, to int64, prefix string) *jen.Statement {
	if m.StringCodes {
		return jen.Qual("strings", "HasPrefix").Call(jen.String().Call(jen.Id("c")), jen.Lit(prefix))
	}
	return jen.Id("c").Op(">=").Lit(int(from)).Op("&&").Id("c").Op("<=").Lit(int(to))
}

// catchAllParent is the parent a catch-all gives an unlisted code.
func catchAllParent(parent string, nearestListed bool) *jen.Statement {
	if nearestListed {
		return jen.Id("c").Dot("nearestListed").Call(jen.Id(parent))
	}
	return jen.Id(parent)
}

// emitNearestListed writes nearestListed, for catch-alls with nearest_listed.
func emitNearestListed(f *file) {
	f.Comment("nearestListed returns the longest documented code that is c up to one of its dots, or")
	f.Comment("fallback when there is none: Operation.Failure.User.Locked.X falls under")
	f.Comment("Operation.Failure.User.Locked, not only under its catch-all's parent.")
	f.Add(recv()).Id("nearestListed").Params(jen.Id("fallback").Id("Code")).Id("Code").Block(
		jen.Id("known").Op(":=").Func().Params(jen.Id("s").String()).Bool().Block(
			jen.Return(jen.Id("Code").Call(jen.Id("s")).Dot("Known").Call())),
		jen.If(jen.List(jen.Id("s"), jen.Id("ok")).Op(":=").Qual(runtimePkg, "NearestListed").Call(jen.String().Call(jen.Id("c")), jen.Id("known")), jen.Id("ok")).Block(
			jen.Return(jen.Id("Code").Call(jen.Id("s")))),
		jen.Return(jen.Id("fallback")),
	)
	f.Line()
}

// emitClass writes Class (the vendor-neutral class of a code) with classAt, and Unclassified
// and Temporary where the spec has them.
func emitClass(f *file, m *model.Model) {
	f.Add(commentLines("Class returns the vendor-neutral class of c, one of the apierr.Err variables: " +
		"the class the spec gives a documented code, or for a code the document does not list, " +
		"the class of the catch-all that covers it. It is nil for a code without one."))
	f.Add(recv()).Id("Class").Params().Op("*").Qual(rootPkg, "Class").Block(
		jen.Return(jen.Id("c").Dot("classAt").Call(jen.Id("c").Dot("index").Call())))
	f.Line()
	emitClassAt(f, m)
	if m.Has.Unclassified {
		f.Comment("Unclassified returns why the spec gives c no class, or \"\".")
		f.Add(recv()).Id("Unclassified").Params().String().Block(
			ifRow().Block(jen.Return(jen.Id("r").Dot("Unclassified"))),
			jen.Return(jen.Lit("")))
		f.Line()
	}
	if m.Has.Temporary {
		f.Comment("Temporary reports whether the vendor documents c as temporary: retrying later may succeed.")
		f.Add(recv()).Id("Temporary").Params().Bool().Block(
			jen.Return(jen.Id("c").Dot("row").Call().Op("!=").Nil().Op("&&").Id("c").Dot("row").Call().Dot("Temporary")))
		f.Line()
	}
}

// emitClassAt writes classAt, Class for a code already looked up, small enough to inline so
// that errors.Is looks each code up once, and unlistedClass, its slow path for a code under a
// catch-all.
func emitClassAt(f *file, m *model.Model) {
	f.Add(commentLines("classAt is Class for c whose row in codeInfos is i (-1: the document does not " +
		"list c), so that a caller that has looked c up does not look it up again. It is small " +
		"enough for the compiler to inline."))
	f.Add(recv()).Id("classAt").Params(jen.Id("i").Int()).Op("*").Qual(rootPkg, "Class").BlockFunc(func(g *jen.Group) {
		g.If(jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Return(jen.Id("codeInfos").Index(jen.Id("i")).Dot("Class")))
		if m.Has.Parents {
			g.Return(jen.Id("c").Dot("unlistedClass").Call())
		} else {
			g.Return(jen.Nil())
		}
	})
	f.Line()
	if !m.Has.Parents {
		return
	}
	f.Comment("unlistedClass is the class of a code the document does not list: its catch-all's, or nil.")
	f.Add(recv()).Id("unlistedClass").Params().Op("*").Qual(rootPkg, "Class").Block(
		jen.If(jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("c").Dot("catchAll").Call(), jen.Id("ok")).Block(
			jen.Return(jen.Id("p").Dot("Class").Call())),
		jen.Return(jen.Nil()))
	f.Line()
}

// emitIs writes Code.Is, which matches a code's class and its chain of parents.
func emitIs(f *file, m *model.Model) {
	doc := "Is reports whether target is the class of c (an apierr.Err variable)"
	if m.Has.Parents {
		doc += " or a Code among the parents of c, so that errors.Is(err, parent) holds for every code " +
			"under a catch-all, listed or not"
	}
	f.Add(commentLines(doc + ". errors.Is compares c itself with == before calling Is."))
	f.Add(recv()).Id("Is").Params(jen.Id("target").Error()).Bool().BlockFunc(func(g *jen.Group) {
		if !m.Has.Parents {
			g.List(jen.Id("class"), jen.Id("ok")).Op(":=").Id("target").Assert(jen.Op("*").Qual(rootPkg, "Class"))
			g.Return(jen.Id("ok").Op("&&").Id("class").Op("!=").Nil().Op("&&").Id("class").Op("==").Id("c").Dot("classAt").Call(jen.Id("c").Dot("index").Call()))
			return
		}
		g.Switch(jen.Id("t").Op(":=").Id("target").Assert(jen.Type())).Block(
			jen.Case(jen.Op("*").Qual(rootPkg, "Class")).Block(
				jen.Return(jen.Id("t").Op("!=").Nil().Op("&&").Id("t").Op("==").Id("c").Dot("classAt").Call(jen.Id("c").Dot("index").Call()))),
			jen.Case(jen.Id("Code")).Block(
				jen.Return(jen.Id("c").Dot("under").Call(jen.Id("t"), jen.Id("c").Dot("index").Call()))),
		)
		g.Return(jen.False())
	})
	f.Line()
	if m.Has.Parents {
		emitUnder(f)
	}
}

// emitUnder writes under, the walk up a code's parents that Code.Is and Error.Is share, and
// walkUp, its loop; under takes the code's row so that an *Error can hand it the row Parse
// found, and is small enough to inline, so that a listed code without parents (most of them)
// costs no call.
func emitUnder(f *file) {
	f.Add(commentLines("under reports whether t is among the parents of c, whose row in codeInfos is i " +
		"(-1: the document does not list c)."))
	f.Add(recv()).Id("under").Params(jen.Id("t").Id("Code"), jen.Id("i").Int()).Bool().Block(
		jen.Return(jen.Parens(jen.Id("i").Op("<").Lit(0).Op("||").Id("codeInfos").Index(jen.Id("i")).Dot("Parent").Op(">").Lit(0)).Op("&&").
			Id("c").Dot("walkUp").Call(jen.Id("t"), jen.Id("i"))),
	)
	f.Line()
	f.Add(commentLines("walkUp is under for a code that has parents. The parents of a listed code are walked " +
		"by row, so c is looked up at most once."))
	f.Add(recv()).Id("walkUp").Params(jen.Id("t").Id("Code"), jen.Id("i").Int()).Bool().Block(
		jen.If(jen.Id("i").Op("<").Lit(0)).Block(
			jen.Comment("An unlisted code: its catch-all's parent, then that code's parents."),
			jen.List(jen.Id("p"), jen.Id("ok")).Op(":=").Id("c").Dot("catchAll").Call(),
			jen.If(jen.Op("!").Id("ok").Op("||").Id("p").Op("==").Id("t")).Block(jen.Return(jen.Id("ok"))),
			jen.Id("i").Op("=").Id("p").Dot("index").Call(),
		),
		jen.For(jen.Id("r").Op(":=").Id("codeInfos").Index(jen.Id("i")).Dot("Parent"), jen.Id("r").Op(">").Lit(0),
			jen.Id("r").Op("=").Id("codeInfos").Index(jen.Id("r").Op("-").Lit(1)).Dot("Parent")).Block(
			jen.If(jen.Id("codes").Index(jen.Id("r").Op("-").Lit(1)).Op("==").Id("t")).Block(jen.Return(jen.True()))),
		jen.Return(jen.False()),
	)
	f.Line()
}

// emitLookup writes Lookup, from the vendor's string name of an int code to the code.
func emitLookup(f *file, m *model.Model) {
	f.Add(commentLines("Lookup returns the code whose string name (the \"" + m.Envs[0].WireName.JSON +
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
				g.Case(jen.Lit(c.Wire)).Block(jen.Return(jen.Id(m.ByWireName(c.Wire).Name), jen.True()))
			}
		}),
		jen.Return(jen.Lit(0), jen.False()),
	)
	f.Line()
	f.Comment("lookup is Lookup for apierrimpl.Layout.IntCode.")
	f.Func().Id("lookup").Params(jen.Id("name").String()).Params(jen.Int(), jen.Bool()).Block(
		jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Id("Lookup").Call(jen.Id("name")),
		jen.Return(jen.Int().Call(jen.Id("c")), jen.Id("ok")),
	)
	f.Line()
}

// zeroCode is the Go literal of the zero Code: "no code".
func zeroCode(m *model.Model) any {
	if m.StringCodes {
		return ""
	}
	return 0
}
