package emit_test

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"golang.org/x/tools/go/packages"
)

// renamedSpec has a code renamed twice ([[renamed]]) and a code the vendor no longer
// documents (deprecated).
const renamedSpec = `[spec]
vendor = "Example Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "renamedid"
dir = "renamedid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"
description = ["error_description"]

[[code]]
value = 100
name = "ArgumentMissing"
description = "A required argument was not supplied."
status = 400
class = "invalid_request"

[[code]]
value = 200
name = "LegacyFailure"
description = "The old API failed."
status = 500
class = "internal"
deprecated = """2026-12-01: gone from the page of that date
(https://docs.example.com/errors)."""

[[renamed]]
from = "MissingArgument"
to = "ArgumentMissing"
date = 2026-04-01
note = "Renamed so that the name starts with the noun, like the vendor's other codes."

[[renamed]]
from = "ArgMissing"
to = "ArgumentMissing"
date = 2026-03-01
note = "The first draft's name."
`

// renamedFiles generates the package of renamedSpec for import path e2eModule/renamedid.
func renamedFiles(t *testing.T) (*spec.Spec, []emit.File) {
	t.Helper()
	s, err := spec.Load("renamed.toml", []byte(renamedSpec))
	if err != nil {
		t.Fatal(err)
	}
	files, err := emit.Files(s, emit.Options{ImportPath: e2eModule + "/" + s.Dir})
	if err != nil {
		t.Fatal(err)
	}
	return s, files
}

// constDocs parses a generated file and returns the doc comment text of each constant.
func constDocs(t *testing.T, files []emit.File, name string) map[string]string {
	t.Helper()
	for _, f := range files {
		if f.Name != name {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), name, f.Src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		docs := map[string]string{}
		for _, d := range af.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					docs[vs.Names[0].Name] = vs.Doc.Text()
				}
			}
		}
		return docs
	}
	t.Fatalf("no file %s was generated", name)
	return nil
}

// deprecatedParagraph returns the paragraph of a doc comment that starts with "Deprecated: ",
// found as staticcheck (SA1019) and gopls find it: doc.Text() split at blank lines.
func deprecatedParagraph(doc string) string {
	for _, p := range strings.Split(doc, "\n\n") {
		if strings.HasPrefix(p, "Deprecated: ") {
			return p
		}
	}
	return ""
}

// TestDeprecationsInSource checks the doc comments of code.go: each former name is an alias
// constant whose doc ends in a "Deprecated: use <name>" paragraph with the date and the note;
// the withdrawn code keeps its constant and doc, with a Deprecated paragraph last; the other
// code is not deprecated.
func TestDeprecationsInSource(t *testing.T) {
	_, files := renamedFiles(t)
	docs := constDocs(t, files, "code.go")
	for _, tt := range []struct{ name, want string }{
		{"MissingArgument", "Deprecated: use ArgumentMissing. Renamed on 2026-04-01: Renamed so that the name starts with the noun, like the vendor's other codes."},
		{"ArgMissing", "Deprecated: use ArgumentMissing. Renamed on 2026-03-01: The first draft's name."},
		{"LegacyFailure", "Deprecated: the vendor no longer documents this code (2026-12-01: gone from the page of that date (https://docs.example.com/errors)). The constant stays, and replies that carry the code still decode to it."},
	} {
		doc, ok := docs[tt.name]
		if !ok {
			t.Errorf("code.go declares no constant %s", tt.name)
			continue
		}
		p := deprecatedParagraph(doc)
		if got := strings.Join(strings.Fields(p), " "); got != tt.want {
			t.Errorf("%s: Deprecated paragraph, words\n%q\nwant\n%q", tt.name, got, tt.want)
		}
		if p == "" || !strings.HasSuffix(doc, p) {
			t.Errorf("%s: the Deprecated paragraph is not the last of the doc comment:\n%s", tt.name, doc)
		}
	}
	if !strings.HasPrefix(docs["MissingArgument"], "MissingArgument is the former name of ArgumentMissing, the same constant") {
		t.Errorf("MissingArgument's doc does not say what it is:\n%s", docs["MissingArgument"])
	}
	if !strings.HasPrefix(docs["LegacyFailure"], "LegacyFailure is code 200.") {
		t.Errorf("LegacyFailure lost its doc:\n%s", docs["LegacyFailure"])
	}
	if p := deprecatedParagraph(docs["ArgumentMissing"]); p != "" {
		t.Errorf("ArgumentMissing is marked deprecated: %q", p)
	}
	var src string
	for _, f := range files {
		if f.Name == "code.go" {
			src = string(f.Src)
		}
	}
	// The aliases follow the codes, in the order of their names, as constants of type Code.
	iCodes, iArg, iMissing := strings.Index(src, "\tLegacyFailure Code = 200\n"), strings.Index(src, "\tArgMissing Code = ArgumentMissing\n"), strings.Index(src, "\tMissingArgument Code = ArgumentMissing\n")
	if iCodes < 0 || iArg < iCodes || iMissing < iArg {
		t.Errorf("the aliases are not declared after the codes, sorted by name (offsets %d, %d, %d):\n%s", iCodes, iArg, iMissing, src)
	}
}

// consumer is a program that still uses the former and the withdrawn names.
const consumer = `package consumer

import (
	"errors"

	"example.com/e2e/renamedid"
)

// Old is a program written before the rename and the withdrawal.
func Old(err error) (bool, bool) {
	return errors.Is(err, renamedid.MissingArgument), errors.Is(err, renamedid.LegacyFailure)
}

var Same = renamedid.MissingArgument == renamedid.ArgumentMissing && renamedid.ArgMissing == renamedid.ArgumentMissing
`

// writeConsumer generates renamedSpec into a temporary module with the consumer package and
// returns the module's root.
func writeConsumer(t *testing.T) string {
	t.Helper()
	s, _ := renamedFiles(t)
	root := writeModule(t, s)
	if err := os.MkdirAll(filepath.Join(root, "consumer"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "consumer", "consumer.go"), []byte(consumer), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestFormerNamesCompile type-checks a program that uses the former names and the withdrawn
// code against the generated package, and checks that each former name is the constant of
// the code it names.
func TestFormerNamesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks a temporary module")
	}
	root := writeConsumer(t)
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedDeps | packages.NeedImports,
		Dir:  root,
		Env:  goEnv(),
	}, e2eModule+"/consumer")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || len(pkgs) != 1 {
		t.Fatal("a program that uses the former names does not compile")
	}
	gen := pkgs[0].Imports[e2eModule+"/renamedid"]
	if gen == nil {
		t.Fatal("the consumer does not import the generated package")
	}
	target := gen.Types.Scope().Lookup("ArgumentMissing").(*types.Const)
	for _, name := range []string{"MissingArgument", "ArgMissing"} {
		c, ok := gen.Types.Scope().Lookup(name).(*types.Const)
		if !ok {
			t.Errorf("%s is not a constant of the generated package", name)
			continue
		}
		if !types.Identical(c.Type(), target.Type()) || !constant.Compare(c.Val(), token.EQL, target.Val()) {
			t.Errorf("%s is %s %v, want %s %v, the constant of ArgumentMissing", name, c.Type(), c.Val(), target.Type(), target.Val())
		}
	}
}

// TestStaticcheckSeesDeprecations runs staticcheck's SA1019 (use of a deprecated identifier)
// on the program that uses the former names and the withdrawn code: each use is reported
// with the reason the spec gives.
func TestStaticcheckSeesDeprecations(t *testing.T) {
	if testing.Short() {
		t.Skip("builds staticcheck and runs it on a temporary module")
	}
	root := writeConsumer(t)
	bin := filepath.Join(t.TempDir(), "staticcheck")
	build := exec.Command("go", "build", "-o", bin, "honnef.co/go/tools/cmd/staticcheck") // pinned by the tool directive of go.mod
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building staticcheck: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-checks", "SA1019", "./consumer")
	cmd.Dir, cmd.Env = root, goEnv()
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("staticcheck reports no use of a deprecated identifier:\n%s", out)
	}
	for _, want := range []string{
		"consumer.go:11:24: example.com/e2e/renamedid.MissingArgument is deprecated: use ArgumentMissing. Renamed on 2026-04-01: Renamed so that",
		"consumer.go:11:67: example.com/e2e/renamedid.LegacyFailure is deprecated: the vendor no longer documents this code (2026-12-01: gone",
		"consumer.go:14:70: example.com/e2e/renamedid.ArgMissing is deprecated: use ArgumentMissing. Renamed on 2026-03-01: The first draft's name.",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("staticcheck output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "renamedid.ArgumentMissing is deprecated") {
		t.Errorf("staticcheck reports the current name as deprecated:\n%s", out)
	}
}
