package apifile

import (
	"go/ast"
	"go/types"
	"strings"
)

// typeString writes a type expression as an API line shows it: as written, with parameter
// names left out of function types and byte and rune written uint8 and int32.
func typeString(e ast.Expr) string {
	var b strings.Builder
	writeType(&b, e)
	return b.String()
}

// writeType appends the API form of the type expression e to b.
func writeType(b *strings.Builder, e ast.Expr) {
	switch t := e.(type) {
	case *ast.Ident:
		b.WriteString(predeclared(t.Name))
	case *ast.SelectorExpr:
		writeType(b, t.X)
		b.WriteString("." + t.Sel.Name)
	case *ast.StarExpr:
		b.WriteString("*")
		writeType(b, t.X)
	case *ast.ParenExpr:
		b.WriteString("(")
		writeType(b, t.X)
		b.WriteString(")")
	case *ast.Ellipsis:
		b.WriteString("...")
		writeType(b, t.Elt)
	case *ast.ArrayType:
		b.WriteString("[")
		if t.Len != nil {
			b.WriteString(exprString(t.Len))
		}
		b.WriteString("]")
		writeType(b, t.Elt)
	case *ast.MapType:
		b.WriteString("map[")
		writeType(b, t.Key)
		b.WriteString("]")
		writeType(b, t.Value)
	case *ast.ChanType:
		writeChan(b, t)
	case *ast.FuncType:
		b.WriteString("func")
		b.WriteString(signature(t))
	case *ast.StructType:
		writeFields(b, "struct{", t.Fields, true)
	case *ast.InterfaceType:
		writeFields(b, "interface{", t.Methods, false)
	case *ast.IndexExpr:
		writeType(b, t.X)
		b.WriteString("[")
		writeType(b, t.Index)
		b.WriteString("]")
	case *ast.IndexListExpr:
		writeType(b, t.X)
		b.WriteString("[")
		writeList(b, t.Indices)
		b.WriteString("]")
	default: // constraint unions (~int | string) and the like
		b.WriteString(exprString(e))
	}
}

// predeclared writes byte and rune as the types they are, as cmd/api does.
func predeclared(name string) string {
	switch name {
	case "byte":
		return "uint8"
	case "rune":
		return "int32"
	}
	return name
}

// writeChan appends a channel type with its direction.
func writeChan(b *strings.Builder, t *ast.ChanType) {
	switch t.Dir {
	case ast.RECV:
		b.WriteString("<-chan ")
	case ast.SEND:
		b.WriteString("chan<- ")
	default:
		b.WriteString("chan ")
	}
	writeType(b, t.Value)
}

// writeFields appends an inline struct (named fields with their names) or interface (methods
// with their signatures), fields separated by "; ".
func writeFields(b *strings.Builder, open string, fl *ast.FieldList, isStruct bool) {
	b.WriteString(open)
	if fl == nil || len(fl.List) == 0 {
		b.WriteString("}")
		return
	}
	b.WriteString(" ")
	for i, f := range fl.List {
		if i > 0 {
			b.WriteString("; ")
		}
		switch {
		case len(f.Names) == 0:
			writeType(b, f.Type)
		case isStruct:
			b.WriteString(identList(f.Names) + " ")
			writeType(b, f.Type)
		default:
			b.WriteString(f.Names[0].Name)
			b.WriteString(signature(f.Type.(*ast.FuncType)))
		}
	}
	b.WriteString(" }")
}

// identList joins names with ", ".
func identList(names []*ast.Ident) string {
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = n.Name
	}
	return strings.Join(s, ", ")
}

// writeList appends type expressions separated by ", ".
func writeList(b *strings.Builder, list []ast.Expr) {
	for i, e := range list {
		if i > 0 {
			b.WriteString(", ")
		}
		writeType(b, e)
	}
}

// signature is the parameters and results of a function type without their names:
// "(int, []uint8) error", "() (Code, bool)".
func signature(t *ast.FuncType) string {
	var b strings.Builder
	b.WriteString("(")
	writeList(&b, fieldTypes(t.Params))
	b.WriteString(")")
	results := fieldTypes(t.Results)
	switch len(results) {
	case 0:
	case 1:
		b.WriteString(" ")
		writeType(&b, results[0])
	default:
		b.WriteString(" (")
		writeList(&b, results)
		b.WriteString(")")
	}
	return b.String()
}

// fieldTypes lists the type of each parameter or result of fl, once per name.
func fieldTypes(fl *ast.FieldList) []ast.Expr {
	if fl == nil {
		return nil
	}
	var out []ast.Expr
	for _, f := range fl.List {
		for range max(len(f.Names), 1) {
			out = append(out, f.Type)
		}
	}
	return out
}

// typeParams is a type parameter list as written, with its constraints: "[T any]", or "".
func typeParams(fl *ast.FieldList) string {
	if fl == nil || len(fl.List) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("[")
	for i, f := range fl.List {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(identList(f.Names) + " ")
		writeType(&b, f.Type)
	}
	b.WriteString("]")
	return b.String()
}

// exprString is a value expression as written, in go/types' compact form.
func exprString(e ast.Expr) string {
	return types.ExprString(e)
}
