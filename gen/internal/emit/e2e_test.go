package emit_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/internal/slow"
	"golang.org/x/tools/go/packages"
)

// e2eModule is the module path of the temporary module the end-to-end test builds.
const e2eModule = "example.com/e2e"

// writeModule generates the testdata specs into a new module in a temporary folder and
// returns its root.
func writeModule(t *testing.T, specs ...*spec.Spec) string {
	t.Helper()
	return writeModuleWith(t, emit.Options{}, specs...)
}

// writeModuleWith is writeModule with options (the import path of each package is set).
func writeModuleWith(t *testing.T, o emit.Options, specs ...*spec.Spec) string {
	t.Helper()
	root := t.TempDir()
	write := func(rel string, data []byte) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The generated code imports package apierr (the classes): use this repository's.
	repo, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	write("go.mod", []byte("module "+e2eModule+"\n\ngo 1.26\n\n"+
		"require github.com/apierr/apierr v0.0.0\n\n"+
		"replace github.com/apierr/apierr => "+repo+"\n"))
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write("go.sum", sum)
	for _, s := range specs {
		o.ImportPath = e2eModule + "/" + s.Dir
		files, err := emit.Files(s, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			write(s.Dir+"/"+f.Name, f.Src)
		}
	}
	return root
}

// goEnv is the environment for go commands run on the temporary module: no workspace, and
// no network (generated code imports the standard library and package apierr, replaced by
// this repository).
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
}

// TestEndToEnd generates the testdata specs into a temporary module, type-checks every
// package with go/packages, and runs the generated tests with go test.
func TestEndToEnd(t *testing.T) {
	slow.Skip(t)
	specs := []*spec.Spec{load(t, "small.toml"), load(t, "twoenv.toml"), load(t, "hostile.toml")}
	root := writeModule(t, specs...)
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:   root,
		Env:   goEnv(),
		Tests: true,
	}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the generated packages do not type-check")
	}
	if len(pkgs) == 0 {
		t.Fatal("go/packages found no packages")
	}
	cmd := exec.Command("go", "test", "-count=1", "./...")
	cmd.Dir, cmd.Env = root, goEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test in the generated module failed: %v\n%s", err, out)
	}
}

// TestSpecTextCannotInject generates a spec whose text holds newlines, "*/", "//" lines,
// directives, backquotes and quotes, and checks that the package compiles with exactly the
// declarations a generated package has and that the text arrives verbatim in the values.
func TestSpecTextCannotInject(t *testing.T) {
	slow.Skip(t)
	s := load(t, "hostile.toml")
	root := writeModule(t, s)
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedFiles,
		Dir:  root,
		Env:  goEnv(),
	}, e2eModule+"/hostile")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || len(pkgs) != 1 {
		t.Fatal("the hostile package does not type-check")
	}
	pkg := pkgs[0]
	if len(pkg.GoFiles) != 6 {
		t.Errorf("%d files build, want all 6 non-test files (a //go:build line would drop one): %v", len(pkg.GoFiles), pkg.GoFiles)
	}
	got := pkg.Types.Scope().Names()
	want := []string{
		// exported API
		"CheckRetry", "Code", "Codes", "Directive", "Error", "FromResponse", "MaxBodySize", "Parse", "Quoted",
		// unexported helpers
		"keyDetail", "keyError", "keyErrorDescription", "parse", "table",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("package-level declarations:\n got %v\nwant %v", got, want)
	}
	for _, f := range pkg.Syntax {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "/*") {
					t.Errorf("a /* */ comment was emitted: %.60q", c.Text)
				}
				if strings.HasPrefix(c.Text, "//go:") {
					t.Errorf("a directive was emitted: %q", c.Text)
				}
			}
		}
	}

	// The text must reach the values exactly: a hand-written test in the temporary module
	// compares them with the spec's strings.
	var quoted *spec.Code
	for _, c := range s.Codes {
		if c.Name == "Quoted" {
			quoted = c
		}
	}
	check := "package hostile_test\n\nimport (\n\t\"testing\"\n\n\t\"" + e2eModule + "/hostile\"\n)\n\n" +
		"func TestVerbatim(t *testing.T) {\n" +
		"\tif got := hostile.Quoted.String(); got != " + strconv.Quote(quoted.Str) + " {\n\t\tt.Errorf(\"String() = %q\", got)\n\t}\n" +
		"\tif got := hostile.Quoted.Description(); got != " + strconv.Quote(quoted.Description) + " {\n\t\tt.Errorf(\"Description() = %q\", got)\n\t}\n" +
		"\tif got := hostile.Quoted.Message(); got != " + strconv.Quote(quoted.Message) + " {\n\t\tt.Errorf(\"Message() = %q\", got)\n\t}\n" +
		"\tif got := hostile.Quoted.Resolution(); got != " + strconv.Quote(quoted.Resolution) + " {\n\t\tt.Errorf(\"Resolution() = %q\", got)\n\t}\n" +
		"}\n"
	if err := os.WriteFile(filepath.Join(root, "hostile", "verbatim_test.go"), []byte(check), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "test", "-count=1", "./hostile")
	cmd.Dir, cmd.Env = root, goEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test of the hostile package failed: %v\n%s", err, out)
	}
}

// TestVersionGuard generates a package for a version of the runtime that does not exist and
// checks that it fails to build at the guard, whose comment says what to do, instead of
// building against a runtime it does not match.
func TestVersionGuard(t *testing.T) {
	s := load(t, "small.toml")
	root := writeModuleWith(t, emit.Options{RuntimeVersion: 99}, s)
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir, cmd.Env = root, goEnv()
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("a package generated for runtime version 99 builds; the guard does not guard")
	}
	want := "decode.go:"
	if !strings.Contains(string(out), "undefined: apierrimpl.SupportPackageIsVersion99") || !strings.Contains(string(out), want) {
		t.Fatalf("go build failed, but not at the guard:\n%s", out)
	}
	src, err := os.ReadFile(filepath.Join(root, s.Dir, "decode.go"))
	if err != nil {
		t.Fatal(err)
	}
	guard := strings.Index(string(src), "const _ = apierrimpl.SupportPackageIsVersion99")
	if guard < 0 || !strings.Contains(string(src[:guard]), "regenerate the package") ||
		!strings.Contains(string(src[:guard]), "or upgrade the module") {
		t.Errorf("the guard's comment does not say to regenerate or upgrade:\n%s", src[:max(guard, 0)])
	}
}
