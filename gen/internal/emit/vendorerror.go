package emit

import (
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/dave/jennifer/jen"
)

// emitVendorError writes the methods by which *Error satisfies apierr.VendorError (Vendor,
// VendorCode, VendorRequestID, Class), Is (classes, the code and its parents, and the detail
// code where the spec has one), Temporary where the spec has temporary codes, and
// statusClass, the spec's [[status_class]] table.
func emitVendorError(f *file, m *model.Model) {
	f.Comment("Vendor returns the name of the identity provider, for apierr.VendorError.")
	f.Add(errRecv()).Id("Vendor").Params().String().Block(jen.Return(jen.Lit(m.Vendor)))
	f.Line()
	f.Add(commentLines("VendorCode returns the most specific code of the reply as the vendor writes it, " +
		"or \"\" when the reply had none, for apierr.VendorError."))
	f.Add(errRecv()).Id("VendorCode").Params().String().BlockFunc(func(g *jen.Group) {
		if m.Has.Detail {
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(jen.Return(jen.String().Call(jen.Id("e").Dot("Detail"))))
		}
		if m.StringCodes {
			g.Return(jen.String().Call(jen.Id("e").Dot("Code")))
			return
		}
		g.If(jen.Id("e").Dot("Code").Op("==").Lit(0)).Block(jen.Return(jen.Lit("")))
		g.Return(jen.Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("e").Dot("Code"))))
	})
	f.Line()
	f.Comment("VendorRequestID returns the request ID of the reply, for apierr.VendorError.")
	f.Add(errRecv()).Id("VendorRequestID").Params().String().BlockFunc(func(g *jen.Group) {
		if m.Has.RequestID {
			g.Return(jen.Id("e").Dot("RequestID"))
			return
		}
		g.Comment("The vendor's error bodies carry no request ID.")
		g.Return(jen.Lit(""))
	})
	f.Line()
	emitErrorClass(f, m)
	emitErrorIs(f, m)
	if m.Has.Temporary {
		f.Comment("Temporary reports whether the vendor documents the reply's code as temporary.")
		f.Add(errRecv()).Id("Temporary").Params().Bool().BlockFunc(func(g *jen.Group) {
			if m.Has.Detail {
				g.Return(jen.Id("e").Dot("Code").Dot("Temporary").Call().Op("||").Id("e").Dot("Detail").Dot("Temporary").Call())
			} else {
				g.Return(jen.Id("e").Dot("Code").Dot("Temporary").Call())
			}
		})
		f.Line()
	}
	emitStatusClass(f, m)
}

// emitErrorClass writes Error.Class, which reads the class remember found, and replyClass,
// the runtime's rule (apierrimpl.ReplyClass) on the rows of the reply's codes.
func emitErrorClass(f *file, m *model.Model) {
	rule := "Class returns the vendor-neutral class of the reply: the class of its "
	if m.Has.Detail {
		rule += "detail code, else of its "
	}
	rule += "code (documented, or under a catch-all)"
	if len(m.StatusClasses) > 0 {
		rule += ", else, for a reply "
		if m.Has.Detail {
			rule += "without a detail code "
		}
		rule += "whose code is undocumented, unclassified or absent, the class the spec gives its HTTP status"
	}
	f.Add(commentLines(rule + ". It is nil when there is none."))
	f.Add(errRecv()).Id("Class").Params().Op("*").Qual(rootPkg, "Class").BlockFunc(func(g *jen.Group) {
		g.If(jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Id("e").Dot("found").Dot("Class").Call(foundKey(m)...), jen.Id("ok")).Block(
			jen.Return(jen.Id("c")))
		if !m.Has.Detail {
			g.Return(jen.Id("e").Dot("replyClass").Call(jen.Id("e").Dot("lookUp").Call()))
			return
		}
		g.Comment("The detail code's class wins (apierrimpl.ReplyClass): look the code up only when it has none.")
		g.Id("detail").Op(":=").Id("e").Dot("Detail").Dot("index").Call()
		g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(
			jen.If(jen.Id("c").Op(":=").Id("e").Dot("Detail").Dot("classAt").Call(jen.Id("detail")), jen.Id("c").Op("!=").Nil()).Block(
				jen.Return(jen.Id("c"))))
		g.Return(jen.Id("e").Dot("replyClass").Call(jen.Id("e").Dot("Code").Dot("index").Call(), jen.Id("detail")))
	})
	f.Line()
	f.Comment("replyClass is Class for a reply whose codes are at the given rows of codeInfos (-1: not listed).")
	detailParam := jen.Id("_")
	if m.Has.Detail {
		detailParam = jen.Id("detail")
	}
	f.Add(errRecv()).Id("replyClass").Params(jen.List(jen.Id("code"), detailParam).Int()).Op("*").Qual(rootPkg, "Class").BlockFunc(func(g *jen.Group) {
		detailClass, hasDetail := jen.Nil(), jen.False()
		if m.Has.Detail {
			g.Var().Id("d").Op("*").Qual(rootPkg, "Class")
			g.If(jen.Id("e").Dot("Detail").Op("!=").Lit("")).Block(
				jen.Id("d").Op("=").Id("e").Dot("Detail").Dot("classAt").Call(jen.Id("detail")))
			detailClass, hasDetail = jen.Id("d"), jen.Id("e").Dot("Detail").Op("!=").Lit("")
		}
		g.Return(jen.Qual(runtimePkg, "ReplyClass").Call(detailClass, jen.Id("e").Dot("Code").Dot("classAt").Call(jen.Id("code")),
			hasDetail, jen.Id("statusClass"), jen.Id("e").Dot("Status")))
	})
	f.Line()
}

// emitErrorIs writes Error.Is, which answers for the reply (its class, its code and the
// code's parents, its detail code and that code's parents) so that errors.Is stops at it.
func emitErrorIs(f *file, m *model.Model) {
	doc := "Is reports whether target is the class of the reply (an apierr.Err variable) or its Code"
	if m.Has.Parents {
		doc += " or one of that code's parents"
	}
	if m.Has.Detail {
		doc += ", or its Detail code or one of that code's parents"
	}
	f.Add(commentLines(doc + ". An *Error answers for all of them itself, so errors.Is stops at it."))
	zero := jen.Lit(zeroCode(m))
	f.Add(errRecv()).Id("Is").Params(jen.Id("target").Error()).Bool().Block(
		jen.Switch(jen.Id("t").Op(":=").Id("target").Assert(jen.Type())).BlockFunc(func(g *jen.Group) {
			g.Case(jen.Op("*").Qual(rootPkg, "Class")).Block(
				jen.Comment("Class, with its first step written out: errors.Is calls Is at every check."),
				jen.If(jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Id("e").Dot("found").Dot("Class").Call(foundKey(m)...), jen.Id("ok")).Block(
					jen.Return(jen.Id("t").Op("!=").Nil().Op("&&").Id("t").Op("==").Id("c"))),
				jen.Return(jen.Id("t").Op("!=").Nil().Op("&&").Id("t").Op("==").Id("e").Dot("Class").Call()))
			g.Case(jen.Id("Code")).BlockFunc(func(cg *jen.Group) {
				cg.If(jen.Id("t").Op("==").Add(zero)).Block(jen.Return(jen.False()))
				equal := jen.Id("e").Dot("Code").Op("==").Id("t")
				if m.Has.Detail {
					equal = jen.Id("e").Dot("Detail").Op("==").Id("t").Op("||").Add(equal)
				}
				if !m.Has.Parents {
					cg.Return(equal)
					return
				}
				cg.If(equal).Block(jen.Return(jen.True()))
				under := jen.Id("e").Dot("Code").Op("!=").Add(zero.Clone()).Op("&&").
					Id("e").Dot("Code").Dot("under").Call(jen.Id("t"), jen.Id("code"))
				detail := jen.Id("_")
				if m.Has.Detail {
					detail = jen.Id("detail")
				}
				cg.Comment("rows, written out, as in the case above.")
				cg.List(jen.Id("code"), detail, jen.Id("ok")).Op(":=").Id("e").Dot("found").Dot("Rows").Call(foundKey(m)...)
				cg.If(jen.Op("!").Id("ok")).Block(jen.List(jen.Id("code"), detail.Clone()).Op("=").Id("e").Dot("lookUp").Call())
				if m.Has.Detail {
					cg.Comment("The detail code's parents, then the code's. When the detail code's parent is the code, as in")
					cg.Comment("most replies, the code's parents are the rest of its walk: walk them once.")
					cg.If(jen.Id("e").Dot("Detail").Op("!=").Lit("").Op("&&").
						Parens(jen.Id("detail").Op("<").Lit(0).Op("||").Id("codeInfos").Index(jen.Id("detail")).Dot("Parent").Op("!=").Id("code").Op("+").Lit(1)).Op("&&").
						Id("e").Dot("Detail").Dot("under").Call(jen.Id("t"), jen.Id("detail"))).Block(jen.Return(jen.True()))
				}
				cg.Return(under)
			})
		}),
		jen.Return(jen.False()),
	)
	f.Line()
}

// emitStatusClass writes statusClass, the class the spec gives an HTTP status, with the
// statuses of one class in one case.
func emitStatusClass(f *file, m *model.Model) {
	f.Comment("statusClass is the class the spec gives an HTTP status, for replies with no documented code.")
	sig := f.Func().Id("statusClass").Params(jen.Id("status").Int()).Op("*").Qual(rootPkg, "Class")
	rows := m.SortedStatusClasses()
	if len(rows) == 0 {
		sig.Block(jen.Comment("The spec gives no status a class."), jen.Return(jen.Nil()))
		return
	}
	var classes []string
	statuses := map[string][]jen.Code{}
	for _, sc := range rows {
		if statuses[sc.Class] == nil {
			classes = append(classes, sc.Class)
		}
		statuses[sc.Class] = append(statuses[sc.Class], jen.Lit(sc.Status))
	}
	sig.Block(
		jen.Switch(jen.Id("status")).BlockFunc(func(g *jen.Group) {
			for _, c := range classes {
				g.Case(statuses[c]...).Block(jen.Return(jen.Qual(rootPkg, model.ClassVar(c))))
			}
		}),
		jen.Return(jen.Nil()),
	)
}
