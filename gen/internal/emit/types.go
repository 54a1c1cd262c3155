package emit

import (
	"go/ast"
	"go/parser"
	"strings"

	"github.com/dave/jennifer/jen"
)

// goType renders a field type expression of the spec (validated by the loader) as jennifer
// code: json.RawMessage becomes a qualified reference so the import is added.
func goType(expr string) jen.Code {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		panic("emit: field type not validated: " + expr) // the loader rejects such specs
	}
	return typeCode(e)
}

func typeCode(e ast.Expr) *jen.Statement {
	switch t := e.(type) {
	case *ast.Ident:
		return jen.Id(t.Name)
	case *ast.SelectorExpr:
		return jen.Qual("encoding/json", t.Sel.Name)
	case *ast.ArrayType:
		return jen.Index().Add(typeCode(t.Elt))
	case *ast.MapType:
		return jen.Map(jen.String()).Add(typeCode(t.Value))
	}
	panic("emit: field type not validated")
}

// nonZero is the condition that a value of the given type holds something, used to pick the
// first of several keys that carries a field.
func nonZero(x *jen.Statement, typ string) *jen.Statement {
	switch typ {
	case "string":
		return x.Op("!=").Lit("")
	case "bool":
		return x
	case "int", "int64", "float64":
		return x.Op("!=").Lit(0)
	case "Messages":
		return x.Clone().Dot("List").Op("!=").Nil().Op("||").Add(x.Clone().Dot("Fields").Op("!=").Nil())
	}
	if strings.HasPrefix(typ, "[]") || strings.HasPrefix(typ, "map[") || typ == "json.RawMessage" {
		return jen.Len(x).Op(">").Lit(0)
	}
	return jen.Op("!").Qual(runtimePkg, "IsZero").Call(x) // a [[struct]]
}
