package apifile

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"

	"github.com/apierr/apierr/gen/internal/emit"
)

// Of returns the API of the package made of files (the generator's output for one package):
// one line per exported identifier of its non-test .go files, in the format of the package
// documentation, sorted and without duplicates. Other files (CODES.md, api.txt, tests) are
// ignored. A file that does not parse as Go is an error.
func Of(files []emit.File) ([]string, error) {
	fset := token.NewFileSet()
	w := &walker{lines: map[string]bool{}}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") || strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("reading the API of the package: %w", err)
		}
		for _, d := range af.Decls {
			w.decl(d)
		}
	}
	out := make([]string, 0, len(w.lines))
	for l := range w.lines {
		out = append(out, l)
	}
	sort.Strings(out)
	return out, nil
}

// walker collects the API lines of a package's declarations.
type walker struct {
	lines map[string]bool
}

// emit records one line of the API.
func (w *walker) emit(format string, args ...any) {
	w.lines[fmt.Sprintf(format, args...)] = true
}

// decl records the exported identifiers of one top-level declaration.
func (w *walker) decl(d ast.Decl) {
	switch d := d.(type) {
	case *ast.FuncDecl:
		w.funcDecl(d)
	case *ast.GenDecl:
		switch d.Tok {
		case token.CONST, token.VAR:
			w.values(d)
		case token.TYPE:
			for _, s := range d.Specs {
				w.typeSpec(s.(*ast.TypeSpec), d.Doc)
			}
		}
	}
}

// values records the exported constants or variables of a declaration. A constant spec
// without type and values repeats the previous spec's (implicit repetition, as with iota).
func (w *walker) values(d *ast.GenDecl) {
	kind := d.Tok.String()
	var typ ast.Expr
	var vals []ast.Expr
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		if d.Tok == token.VAR || vs.Type != nil || len(vs.Values) > 0 {
			typ, vals = vs.Type, vs.Values
		}
		for i, name := range vs.Names {
			if !name.IsExported() {
				continue
			}
			if deprecated(d.Doc, vs.Doc) {
				w.emit("%s %s%s", kind, name.Name, deprecatedMark)
			}
			switch {
			case typ != nil:
				w.emit("%s %s %s", kind, name.Name, typeString(typ))
			case i < len(vals):
				w.emit("%s %s = %s", kind, name.Name, exprString(vals[i]))
			default:
				w.emit("%s %s", kind, name.Name)
			}
		}
	}
}

// funcDecl records an exported function, or an exported method of an exported type.
func (w *walker) funcDecl(d *ast.FuncDecl) {
	if !d.Name.IsExported() {
		return
	}
	if d.Recv == nil {
		if deprecated(d.Doc) {
			w.emit("func %s%s", d.Name.Name, deprecatedMark)
		}
		w.emit("func %s%s%s", d.Name.Name, typeParams(d.Type.TypeParams), signature(d.Type))
		return
	}
	if len(d.Recv.List) != 1 || !ast.IsExported(baseName(d.Recv.List[0].Type)) {
		return
	}
	recv := typeString(d.Recv.List[0].Type)
	if deprecated(d.Doc) {
		w.emit("method (%s) %s%s", recv, d.Name.Name, deprecatedMark)
	}
	w.emit("method (%s) %s%s", recv, d.Name.Name, signature(d.Type))
}

// typeSpec records an exported type: an alias, a struct with its exported fields, an
// interface with its methods, or a defined type with its underlying type. groupDoc is the
// doc comment of the declaration the spec is in.
func (w *walker) typeSpec(ts *ast.TypeSpec, groupDoc *ast.CommentGroup) {
	if !ts.Name.IsExported() {
		return
	}
	name := ts.Name.Name + typeParams(ts.TypeParams)
	if deprecated(groupDoc, ts.Doc) {
		w.emit("type %s%s", ts.Name.Name, deprecatedMark)
	}
	if ts.Assign.IsValid() {
		w.emit("type %s = %s", name, typeString(ts.Type))
		return
	}
	switch t := ts.Type.(type) {
	case *ast.StructType:
		w.emit("type %s struct", name)
		w.structFields(name, t)
	case *ast.InterfaceType:
		w.interfaceMethods(name, t)
	default:
		w.emit("type %s %s", name, typeString(ts.Type))
	}
}

// structFields records the exported fields of a struct type, embedded ones as "embedded T".
func (w *walker) structFields(name string, t *ast.StructType) {
	scope := "type " + name + " struct, "
	for _, f := range t.Fields.List {
		if len(f.Names) == 0 {
			if ast.IsExported(baseName(f.Type)) {
				if deprecated(f.Doc) {
					w.emit("%sembedded %s%s", scope, typeString(f.Type), deprecatedMark)
				}
				w.emit("%sembedded %s", scope, typeString(f.Type))
			}
			continue
		}
		for _, n := range f.Names {
			if !n.IsExported() {
				continue
			}
			if deprecated(f.Doc) {
				w.emit("%s%s%s", scope, n.Name, deprecatedMark)
			}
			w.emit("%s%s %s", scope, n.Name, typeString(f.Type))
		}
	}
}

// interfaceMethods records an interface type: the sorted names of its methods, then each
// method and embedded type. An interface with unexported methods can only be implemented in
// its package, so, as cmd/api does, it records that instead of the list of names.
func (w *walker) interfaceMethods(name string, t *ast.InterfaceType) {
	scope := "type " + name + " interface, "
	var names []string
	complete := true
	for _, f := range t.Methods.List {
		if len(f.Names) == 0 {
			w.emit("%sembedded %s", scope, typeString(f.Type))
			continue
		}
		for _, n := range f.Names {
			if !n.IsExported() {
				complete = false
				continue
			}
			names = append(names, n.Name)
			if deprecated(f.Doc) {
				w.emit("%s%s%s", scope, n.Name, deprecatedMark)
			}
			w.emit("%s%s%s", scope, n.Name, signature(f.Type.(*ast.FuncType)))
		}
	}
	if !complete {
		w.emit("%sunexported methods", scope)
		return
	}
	sort.Strings(names)
	if len(names) == 0 {
		w.emit("type %s interface {}", name)
		return
	}
	w.emit("type %s interface { %s }", name, strings.Join(names, ", "))
}

// deprecated reports whether any of docs has a paragraph that starts with "Deprecated: ", the
// rule of go doc, gopls and staticcheck.
func deprecated(docs ...*ast.CommentGroup) bool {
	for _, doc := range docs {
		if doc == nil {
			continue
		}
		for _, para := range strings.Split(doc.Text(), "\n\n") {
			if strings.HasPrefix(para, "Deprecated: ") {
				return true
			}
		}
	}
	return false
}

// baseName is the name of the type a receiver or an embedded field names: T for T, *T, T[P]
// and pkg.T.
func baseName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.SelectorExpr:
			return t.Sel.Name
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
