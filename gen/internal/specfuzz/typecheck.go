package specfuzz

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"sync"

	"github.com/apierr/apierr/gen/internal/emit"
	"golang.org/x/tools/go/packages"
)

// modulePackages are the packages of this module that generated code imports.
var modulePackages = []string{
	"github.com/apierr/apierr",
	"github.com/apierr/apierr/apierrimpl",
	"github.com/apierr/apierr/apierrimpl/impltest",
}

// stdPackages are the standard library packages generated code may import beyond those the
// module packages import themselves; they are loaded with them, so that every package is
// one *types.Package whoever imports it.
var stdPackages = []string{
	"context", "encoding/json", "errors", "fmt", "io", "log/slog", "net/http", "net/http/httptest",
	"slices", "strconv", "strings", "testing", "time",
}

// universe is the type information of the module packages and the standard library
// packages, loaded once per process.
var universe = sync.OnceValues(func() (map[string]*types.Package, error) {
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
		Env:  append(os.Environ(), "GOWORK=off"),
	}, append(append([]string(nil), modulePackages...), stdPackages...)...)
	if err != nil {
		return nil, fmt.Errorf("loading the packages generated code imports: %w", err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		return nil, errors.New("loading the packages generated code imports: errors above")
	}
	byPath := map[string]*types.Package{}
	packages.Visit(pkgs, nil, func(p *packages.Package) { byPath[p.PkgPath] = p.Types })
	return byPath, nil
})

// importer imports from the loaded universe, and the generated package itself.
type importer struct {
	pkgs map[string]*types.Package
	self *types.Package
}

// Import implements types.Importer.
func (im importer) Import(path string) (*types.Package, error) {
	if im.self != nil && path == im.self.Path() {
		return im.self, nil
	}
	if p := im.pkgs[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("package %q is not among the packages specfuzz loads; add it to stdPackages", path)
}

// TypeCheck type-checks the Go files of a package generated for importPath, in memory: the
// package alone, the package with its in-package tests, and its external tests, each for
// amd64 and for 386 (where int is 32 bits wide). It returns every error, with file and line.
func TypeCheck(importPath string, files []emit.File) error {
	pkgs, err := universe()
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	var lib, inTests, extTests []*ast.File
	var errs []error
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments|parser.AllErrors)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case !strings.HasSuffix(f.Name, "_test.go"):
			lib = append(lib, af)
		case strings.HasSuffix(af.Name.Name, "_test"):
			extTests = append(extTests, af)
		default:
			inTests = append(inTests, af)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, arch := range []string{"amd64", "386"} {
		if err := checkArch(fset, pkgs, importPath, arch, lib, inTests, extTests); err != nil {
			return err
		}
	}
	return nil
}

// checkArch type-checks the three packages of a generated package for one GOARCH.
func checkArch(fset *token.FileSet, pkgs map[string]*types.Package, path, arch string,
	lib, inTests, extTests []*ast.File) error {
	check := func(what, path string, files []*ast.File, self *types.Package) (*types.Package, error) {
		var errs []error
		conf := types.Config{
			Importer: importer{pkgs: pkgs, self: self},
			Sizes:    types.SizesFor("gc", arch),
			Error:    func(err error) { errs = append(errs, err) },
		}
		p, _ := conf.Check(path, fset, files, nil)
		if len(errs) > 0 {
			return nil, fmt.Errorf("GOARCH=%s, %s: %w", arch, what, errors.Join(errs...))
		}
		return p, nil
	}
	self, err := check("the package", path, lib, nil)
	if err != nil {
		return err
	}
	withTests := append(append([]*ast.File(nil), lib...), inTests...)
	if _, err := check("the package with its tests", path, withTests, nil); err != nil {
		return err
	}
	if len(extTests) > 0 {
		if _, err := check("the external tests", path+"_test", extTests, self); err != nil {
			return err
		}
	}
	return nil
}
