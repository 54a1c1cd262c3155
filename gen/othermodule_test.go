package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apierr/apierr/internal/slow"
	"golang.org/x/mod/modfile"
)

// A team with its own specs runs the generator from its own module:
//
//	go run github.com/apierr/apierr/gen@<version> -specs ./errspecs -out ./internal/vendorerr
//
// TestGeneratorInOtherModule builds such a module in a temporary folder, with this
// repository standing in for the tagged version (a replace directive), and checks that the
// generated package compiles, passes its generated tests and refers to no path of this
// repository or of the machine.

// acmeSpec is the other module's own spec: a made-up vendor with wire names, a parent, a
// catch-all, classes and a status class.
const acmeSpec = `[spec]
vendor = "Acme ID"
document = "Acme ID error codes"
source = "docs.acme.example, Error codes"
retrieved = 2026-04-01
package = "acmeid"
dir = "acme/acmeid"
code_type = "int"
doc = "A made-up vendor, for the test that runs the generator in another module."

[[envelope]]
name = "default"
code = "code"
wire_name = "error"
description = ["error_description"]
request_id = ["request_id"]
outcome_key = "stat"
outcome_error = ["error"]
outcome_success = ["ok"]

[[field]]
json = "argument_name"
name = "ArgumentName"
type = "string"
doc = "The argument that was missing or invalid."

[[code]]
value = 100
name = "InvalidRequest"
wire = "invalid_request"
description = "The request is invalid."
status = 400
class = "invalid_request"

[[code]]
value = 101
name = "MissingArgument"
wire = "missing_argument"
description = "A required argument was not supplied."
status = 400
parent = "InvalidRequest"
fields = ["argument_name"]
class = "invalid_request"

[[code]]
value = 200
name = "LoginFailed"
wire = "login_failed"
description = "The email address or the password is wrong."
status = 401
class = "invalid_credentials"

[[code]]
value = 300
name = "TooManyAttempts"
wire = "too_many_attempts"
description = "Too many attempts; try again later."
status = 429
class = "rate_limited"
temporary = true

[[code]]
value = 900
name = "InternalError"
wire = "internal_error"
message = "Something went wrong."
class = "internal"

[[catch_all]]
parent = "InvalidRequest"
from = 101
to = 199
note = "Acme: codes 101-199 are invalid requests."

[[status_class]]
status = 503
class = "unavailable"
note = "Acme's gateway answers 503 when the service is down."
`

// consumerTest is the other module's own code using the generated package.
const consumerTest = `package consumer

import (
	"errors"
	"testing"

	"github.com/apierr/apierr"
	"example.com/consumer/internal/vendorerr/acme/acmeid"
)

func TestUse(t *testing.T) {
	err := acmeid.Parse(200, []byte(` + "`" + `{"stat":"error","code":150,"error":"new_code","request_id":"r-1"}` + "`" + `))
	if !errors.Is(err, acmeid.InvalidRequest) || !errors.Is(err, apierr.ErrInvalidRequest) {
		t.Fatalf("code 150 is not under InvalidRequest: %v", err)
	}
	if acmeid.Parse(400, []byte(` + "`" + `{"stat":"ok"}` + "`" + `)) != nil {
		t.Fatal("stat ok is an error")
	}
}
`

func TestGeneratorInOtherModule(t *testing.T) {
	slow.Skip(t)
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	const self = "github.com/apierr/apierr"
	if p := modfile.ModulePath(gomod); p != self {
		t.Fatalf("%s is module %q, want %s", repo, p, self)
	}
	gosum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}

	mod := t.TempDir()
	write := func(rel, content string) {
		t.Helper()
		p := filepath.Join(mod, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/consumer\n\ngo 1.26.0\n\nrequire "+self+" v0.0.0\n\nreplace "+self+" => "+repo+"\n")
	write("go.sum", string(gosum))
	write("errspecs/acme.toml", acmeSpec)
	write("consumer_test.go", consumerTest)

	// goRun runs the go command in dir with the module cache only: no network, no workspace.
	goRun := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command(goCmd, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out.String())
		}
		return out.String()
	}

	// The default: the import path comes from the consumer's go.mod.
	goRun(mod, "run", self+"/gen", "-specs", "./errspecs", "-out", "./internal/vendorerr")
	pkgDir := filepath.Join(mod, "internal", "vendorerr", "acme", "acmeid")
	const importPath = "example.com/consumer/internal/vendorerr/acme/acmeid"
	files := generatedFiles(t, pkgDir)
	checkNoForeignPaths(t, files, repo, mod)
	if !anyContains(files, `"`+importPath+`"`) {
		t.Errorf("no generated file imports the package as %q", importPath)
	}
	checkRelativePaths(t, files, mod)
	if got := strings.TrimSpace(goRun(mod, "list", "./internal/vendorerr/...")); got != importPath {
		t.Errorf("go list: %q, want %q", got, importPath)
	}
	goRun(mod, "vet", "./...")
	out := goRun(mod, "test", "-v", "./...")
	for _, want := range []string{"ok  \t" + importPath, "ok  \texample.com/consumer", "--- PASS: TestUse"} {
		if !strings.Contains(out, want) {
			t.Errorf("go test output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, importPath+"\t[no test files]") {
		t.Errorf("the generated package has no tests:\n%s", out)
	}

	// explain works on the other module's spec too.
	out = goRun(mod, "run", self+"/gen", "explain", "-specs", "./errspecs", "acmeid", "150")
	for _, want := range []string{"vendor: Acme ID", "code: 150 — not in the document", "parent: 100 invalid_request (acmeid.InvalidRequest)", "class: apierr.ErrInvalidRequest (its parent's)"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}

	// -import overrides the path: generate outside any module, then move the package to
	// where that path points in the consumer.
	outside := t.TempDir()
	const altRoot = "example.com/consumer/internal/alt"
	goRun(mod, "run", self+"/gen", "-specs", "./errspecs", "-out", outside, "-import", altRoot)
	altFiles := generatedFiles(t, filepath.Join(outside, "acme", "acmeid"))
	checkNoForeignPaths(t, altFiles, repo, mod, outside)
	if !anyContains(altFiles, `"`+altRoot+`/acme/acmeid"`) {
		t.Errorf("with -import, no generated file imports %q", altRoot+"/acme/acmeid")
	}
	if anyContains(altFiles, importPath) {
		t.Errorf("with -import, a generated file still refers to the derived path %q", importPath)
	}
	for name, src := range altFiles {
		write("internal/alt/acme/acmeid/"+name, src)
	}
	checkRelativePaths(t, altFiles, mod)
	goRun(mod, "vet", "./internal/alt/...")
	if out := goRun(mod, "test", "./internal/alt/..."); !strings.Contains(out, "ok  \t"+altRoot+"/acme/acmeid") {
		t.Errorf("go test of the -import package:\n%s", out)
	}
}

// generatedFiles reads the Go files of a generated package, by name, and checks that the
// files every package has are there.
func generatedFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("the generated package is missing: %v", err)
	}
	files := map[string]string{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files[e.Name()] = string(b)
		}
	}
	for _, want := range []string{"code.go", "decode.go", "doc.go", "error.go", "generated_test.go"} {
		if _, ok := files[want]; !ok {
			t.Errorf("%s: no %s among the generated files", dir, want)
		}
	}
	return files
}

// absPath finds an absolute Unix path of two or more elements that is not part of a URL or
// of a relative path, or a Windows drive path.
var absPath = regexp.MustCompile(`(^|[^A-Za-z0-9_.:/~-])/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+|\b[A-Za-z]:\\`)

// checkNoForeignPaths fails when generated code refers to this repository (its folder or
// its generated packages) or to any absolute path of the machine.
func checkNoForeignPaths(t *testing.T, files map[string]string, dirs ...string) {
	t.Helper()
	home, _ := os.UserHomeDir()
	needles := []string{"/work/main", "github.com/apierr/apierr/generated", os.TempDir()}
	needles = append(needles, dirs...)
	if home != "" {
		needles = append(needles, home)
	}
	for name, src := range files {
		if !strings.HasPrefix(src, "// Code generated by apierr/gen. DO NOT EDIT.\n") {
			t.Errorf("%s: no generated-code header", name)
		}
		for _, n := range needles {
			if n != "" && n != "/" && strings.Contains(src, n) {
				t.Errorf("%s refers to %q", name, n)
			}
		}
		for i, line := range strings.Split(src, "\n") {
			if m := absPath.FindString(line); m != "" {
				t.Errorf("%s:%d: an absolute path %q: %s", name, i+1, strings.TrimSpace(m), line)
			}
		}
	}
}

// relPath finds a path relative to the module root in generated text, such as the folder in
// "go test -fuzz=FuzzParse ./internal/vendorerr/acme/acmeid/".
var relPath = regexp.MustCompile(`(?:^|[\s'"(])\./([A-Za-z0-9_-][A-Za-z0-9_./-]*)`)

// checkRelativePaths fails when generated text names a module-relative path (./x/y) that
// does not exist in the module: generated text must describe the module it lives in.
func checkRelativePaths(t *testing.T, files map[string]string, mod string) {
	t.Helper()
	for name, src := range files {
		for _, m := range relPath.FindAllStringSubmatch(src, -1) {
			rel := strings.TrimRight(m[1], "./")
			if _, err := os.Stat(filepath.Join(mod, filepath.FromSlash(rel))); err != nil {
				t.Errorf("%s names ./%s, which is not a folder of the module", name, m[1])
			}
		}
	}
}

func anyContains(files map[string]string, s string) bool {
	for _, src := range files {
		if strings.Contains(src, s) {
			return true
		}
	}
	return false
}
