package emit_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// TestSpecNamesCannotCollide checks the loader's name rule (spec.NameProblem) against what the
// generator declares: every exported name a generated package declares at the top level, in
// its code and in its tests (which share its package), is one a spec cannot give a code, a
// former name or a struct, and every field and method of its Error is one a spec cannot give a
// field, unless the spec itself gave it. So a spec the loader accepts cannot redeclare a name
// of the generated package.
func TestSpecNamesCannotCollide(t *testing.T) {
	for _, g := range generateAll(t) {
		s := g.s
		own := specNames(s)
		for _, f := range g.files {
			if !strings.HasSuffix(f.Name, ".go") || f.Name == "example_test.go" {
				continue // example_test.go is package <name>_test, a namespace of its own
			}
			file, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Src, 0)
			if err != nil {
				t.Fatal(err)
			}
			for name, use := range declared(file) {
				if !own[name] && ast.IsExported(name) && spec.NameProblem(name, use) == "" {
					t.Errorf("%s: %s declares %s, which the loader accepts as the name of a spec's %s",
						s.File, f.Name, name, useName(use))
				}
			}
		}
	}
}

// specNames are the Go names the spec gives: codes, former names, structs, fields.
func specNames(s *spec.Spec) map[string]bool {
	out := map[string]bool{}
	for _, c := range s.Codes {
		out[c.Name] = true
	}
	for _, r := range s.Renamed {
		out[r.From] = true
	}
	for _, st := range s.Structs {
		out[st.Name] = true
		for _, f := range st.Fields {
			out[st.Name+"."+f.Name] = true
		}
	}
	for _, f := range s.Fields {
		out[f.Name] = true
	}
	return out
}

// declared returns the names file declares at the top level, as a code name would collide with
// them, and the fields and methods of its Error, as a field name would.
func declared(file *ast.File) map[string]spec.NameUse {
	out := map[string]spec.NameUse{}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				out[d.Name.Name] = spec.CodeName
			} else if recvName(d.Recv) == "Error" {
				out[d.Name.Name] = spec.FieldName
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					out[sp.Name.Name] = spec.CodeName
					if st, ok := sp.Type.(*ast.StructType); ok && sp.Name.Name == "Error" {
						for _, f := range st.Fields.List {
							for _, n := range f.Names {
								out[n.Name] = spec.FieldName
							}
						}
					}
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						out[n.Name] = spec.CodeName
					}
				}
			}
		}
	}
	return out
}

// recvName is the name of a method's receiver type.
func recvName(l *ast.FieldList) string {
	t := l.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// useName names a use of a Go name in messages.
func useName(u spec.NameUse) string {
	if u == spec.FieldName {
		return "[[field]]"
	}
	return "code"
}
