package index

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/model"
)

// rootDir is the folder of the root package apierr, relative to this package.
var rootDir = filepath.Join("..", "..", "..")

// TestClassVarNamesRealVariables checks that the index names every class by a variable
// package apierr declares: model.ClassVar of each class's name is a top-level exported
// variable of the root package's non-test files.
func TestClassVarNamesRealVariables(t *testing.T) {
	vars := map[string]bool{}
	fset := token.NewFileSet()
	entries, err := os.ReadDir(rootDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(rootDir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						vars[n.Name] = true
					}
				}
			}
		}
	}
	if len(apierr.Classes()) == 0 {
		t.Fatal("package apierr has no classes")
	}
	for _, c := range apierr.Classes() {
		if name := model.ClassVar(c.Name()); !vars[name] {
			t.Errorf("class %s: the index names it apierr.%s, which package apierr does not declare", c.Name(), name)
		}
	}
}
