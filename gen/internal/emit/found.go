package emit

import (
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// foundFields writes the field of the Error struct that remembers what Parse worked out about
// the reply (apierrimpl.Found).
func foundFields(g *jen.Group, m *model.Model) {
	g.Line().Add(commentLines("found is what Parse worked out about the reply (the rows of its codes, its " +
		"class), so that Is and Class do not look the codes up at every errors.Is."))
	g.Id("found").Add(foundType(m))
}

// foundType is the type of the found field: apierrimpl.Found or, for int codes, FoundInt.
func foundType(m *model.Model) *jen.Statement {
	if m.StringCodes {
		return jen.Qual(runtimePkg, "Found").Types(jen.Id("Code"))
	}
	return jen.Qual(runtimePkg, "FoundInt").Types(jen.Id("Code"))
}

// foundKey is the arguments of Found.Set, Rows and Class that say which reply it is: the
// code, the detail code (the zero Code when the package has none) and the HTTP status.
func foundKey(m *model.Model) []jen.Code {
	detail := jen.Lit(zeroCode(m))
	if m.Has.Detail {
		detail = jen.Id("e").Dot("Detail")
	}
	return []jen.Code{jen.Id("e").Dot("Code"), detail, jen.Id("e").Dot("Status")}
}

// emitFound writes remember, which Parse and Code.Reply call once an *Error is filled, rows,
// which Is reads the rows of the codes with, and Equal, which compares two *Error values
// without what remember found.
func emitFound(f *file, m *model.Model) {
	doc := "remember works out the rows of the codes of e and its class once, for Is and Class; Parse and " +
		"Code.Reply call it."
	if m.StringCodes {
		doc += " A documented code becomes the package's constant of the same text, so that comparing it " +
			"with a constant does not read its bytes."
	}
	f.Add(commentLines(doc))
	f.Add(errRecv()).Id("remember").Params().BlockFunc(func(g *jen.Group) {
		g.List(jen.Id("code"), jen.Id("detail")).Op(":=").Id("e").Dot("lookUp").Call()
		if m.StringCodes {
			g.If(jen.Id("code").Op(">=").Lit(0)).Block(jen.Id("e").Dot("Code").Op("=").Id("codes").Index(jen.Id("code")))
			if m.Has.Detail {
				g.If(jen.Id("detail").Op(">=").Lit(0)).Block(jen.Id("e").Dot("Detail").Op("=").Id("codes").Index(jen.Id("detail")))
			}
		}
		g.Id("e").Dot("found").Dot("Set").Call(append(foundKey(m), jen.Id("code"), jen.Id("detail"),
			jen.Id("e").Dot("replyClass").Call(jen.Id("code"), jen.Id("detail")))...)
	})
	f.Line()
	rowsDoc := "rows returns the rows of e.Code and e.Detail in codeInfos (-1: the document does not list " +
		"the code): those remember found, while the reply is still the one it found them for, else looked up."
	lookUpDoc := "lookUp returns the rows of e.Code and e.Detail in codeInfos, looked up (-1: not listed)."
	if !m.Has.Detail {
		rowsDoc = "rows returns the row of e.Code in codeInfos (-1: the document does not list it) and -1 " +
			"for the detail code the package does not have: the row remember found, while the reply is " +
			"still the one it found it for, else looked up."
		lookUpDoc = "lookUp is rows, looked up."
	}
	f.Add(commentLines(rowsDoc))
	f.Add(errRecv()).Id("rows").Params().Params(jen.Id("code"), jen.Id("detail").Int()).Block(
		jen.If(jen.List(jen.Id("code"), jen.Id("detail"), jen.Id("ok")).Op(":=").Id("e").Dot("found").Dot("Rows").Call(foundKey(m)...),
			jen.Id("ok")).Block(jen.Return(jen.Id("code"), jen.Id("detail"))),
		jen.Return(jen.Id("e").Dot("lookUp").Call()),
	)
	f.Line()
	f.Comment(lookUpDoc)
	f.Add(errRecv()).Id("lookUp").Params().Params(jen.Id("code"), jen.Id("detail").Int()).BlockFunc(func(g *jen.Group) {
		if m.Has.Detail {
			g.Return(jen.Id("e").Dot("Code").Dot("index").Call(), jen.Id("e").Dot("Detail").Dot("index").Call())
		} else {
			g.Return(jen.Id("e").Dot("Code").Dot("index").Call(), jen.Lit(-1))
		}
	})
	f.Line()
	emitEqual(f, m)
}

// emitEqual writes Equal, which go-cmp calls: reflect.DeepEqual without the found field.
func emitEqual(f *file, m *model.Model) {
	f.Add(commentLines("Equal reports whether e and other hold the same reply: the same fields, compared as "+
		"reflect.DeepEqual compares them. go-cmp's cmp.Equal and cmp.Diff call it. Compare *Error values "+
		"with it rather than with reflect.DeepEqual, which also sees what Parse works out about the reply "+
		"to make errors.Is fast: an *Error from Parse is not DeepEqual to the same literal.",
		"Two nil *Error are equal."))
	f.Add(errRecv()).Id("Equal").Params(jen.Id("other").Op("*").Id("Error")).Bool().Block(
		jen.If(jen.Id("e").Op("==").Nil().Op("||").Id("other").Op("==").Nil()).Block(
			jen.Return(jen.Id("e").Op("==").Id("other"))),
		jen.List(jen.Id("a"), jen.Id("b")).Op(":=").List(jen.Op("*").Id("e"), jen.Op("*").Id("other")),
		jen.List(jen.Id("a").Dot("found"), jen.Id("b").Dot("found")).Op("=").List(
			foundType(m).Values(), foundType(m).Values()),
		jen.Return(jen.Qual("reflect", "DeepEqual").Call(jen.Id("a"), jen.Id("b"))),
	)
	f.Line()
}
