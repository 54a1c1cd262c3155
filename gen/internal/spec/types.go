package spec

import (
	"fmt"
	"go/ast"
	"go/parser"
)

// Field types are written as Go type expressions and limited to what the decoder can fill
// from JSON and what reads well in an Error struct.
var baseTypes = map[string]bool{
	"string": true, "bool": true, "int": true, "int64": true, "float64": true,
	"Messages": true, // GoPoints' messages: an array of strings or an object of them
}

// typeProblem reports why expr is not an allowed field type, or "". structs are the
// [[struct]] names of the spec.
func typeProblem(expr string, structs map[string]bool) string {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		return fmt.Sprintf("is not a Go type expression (%v)", err)
	}
	return checkType(e, structs)
}

// usesMessages reports whether the type expression expr names Messages (GoPoints' messages),
// which the generated package declares for the fields of the body ([[field]]) only.
func usesMessages(expr string) bool {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		return false
	}
	uses := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "Messages" {
			uses = true
		}
		return !uses
	})
	return uses
}

func checkType(e ast.Expr, structs map[string]bool) string {
	switch t := e.(type) {
	case *ast.Ident:
		if baseTypes[t.Name] || structs[t.Name] {
			return ""
		}
		return fmt.Sprintf("uses %q, which is neither an allowed type (string, bool, int, int64, float64, "+
			"json.RawMessage, Messages) nor a [[struct]] of the spec", t.Name)
	case *ast.SelectorExpr:
		if x, ok := t.X.(*ast.Ident); ok && x.Name == "json" && t.Sel.Name == "RawMessage" {
			return ""
		}
	case *ast.ArrayType:
		if t.Len == nil {
			return checkType(t.Elt, structs)
		}
		return "is an array of fixed length; use a slice []T"
	case *ast.MapType:
		if k, ok := t.Key.(*ast.Ident); !ok || k.Name != "string" {
			return "is a map whose key is not string; JSON object keys are strings"
		}
		return checkType(t.Value, structs)
	case *ast.StarExpr:
		return "is a pointer; use the value type (absent JSON keys decode as zero values)"
	}
	return "is not an allowed type: use string, bool, int, int64, float64, json.RawMessage, Messages, a [[struct]] " +
		"name, []T or map[string]T"
}
