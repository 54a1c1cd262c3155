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

// A team with its own specs runs the generator from its own module, pinned as a tool:
//
//	go get -tool github.com/apierr/apierr/gen@<version>
//	go tool gen -specs ./errspecs -out ./internal/vendorerr
//
// TestGeneratorInOtherModule builds such a module in a temporary folder, with this
// repository standing in for the tagged version (a replace directive).

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

// consumer is the temporary module of TestGeneratorInOtherModule.
type consumer struct {
	t         *testing.T
	goCmd     string
	repo, dir string // this repository, and the module's folder
}

// self is this module's path, which the consumer requires.
const self = "github.com/apierr/apierr"

// consumerImportPath is where the consumer's generated package lives.
const consumerImportPath = "example.com/consumer/internal/vendorerr/acme/acmeid"

// newConsumer writes the consumer module: go.mod requiring this module (replaced by this
// repository), go.sum, its spec and its own test.
func newConsumer(t *testing.T) *consumer {
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
	if p := modfile.ModulePath(gomod); p != self {
		t.Fatalf("%s is module %q, want %s", repo, p, self)
	}
	gosum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	c := &consumer{t: t, goCmd: goCmd, repo: repo, dir: t.TempDir()}
	c.write("go.mod", "module example.com/consumer\n\ngo 1.26.0\n\nrequire "+self+" v0.0.0\n\nreplace "+self+" => "+repo+"\n")
	c.write("go.sum", string(gosum))
	c.write("errspecs/acme.toml", acmeSpec)
	c.write("consumer_test.go", consumerTest)
	return c
}

// write writes a file of the module.
func (c *consumer) write(rel, content string) {
	c.t.Helper()
	p := filepath.Join(c.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		c.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		c.t.Fatal(err)
	}
}

// run runs the go command in the module with the module cache only (no network, no
// workspace) and returns its output; it fails the test when the command fails.
func (c *consumer) run(args ...string) string {
	c.t.Helper()
	out, err := c.try(args...)
	if err != nil {
		c.t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// try is run that returns the command's error instead of failing.
func (c *consumer) try(args ...string) (string, error) {
	cmd := exec.Command(c.goCmd, args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// TestGeneratorInOtherModule is the README's setup for teams, run in a temporary module: the
// generator pinned with go get -tool, go tool gen writing the package (its import path from
// the consumer's go.mod), which builds, passes its generated tests and the consumer's own,
// refers to nothing of this repository or the machine, and is checked by -check; explain on
// the team's spec; and -import for another import path.
func TestGeneratorInOtherModule(t *testing.T) {
	slow.Skip(t)
	c := newConsumer(t)
	c.run("get", "-tool", self+"/gen")
	c.run("tool", "gen", "-specs", "./errspecs", "-out", "./internal/vendorerr")
	checkConsumerPackage(c)
	c.run("tool", "gen", "-specs", "./errspecs", "-out", "./internal/vendorerr", "-check")

	out := c.run("tool", "gen", "explain", "-specs", "./errspecs", "acmeid", "150")
	for _, want := range []string{"vendor: Acme ID", "code: 150 — not in the document", "parent: 100 invalid_request (acmeid.InvalidRequest)", "class: apierr.ErrInvalidRequest (its parent's)"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	checkImportFlag(c)
}

// checkConsumerPackage checks the package generated in the consumer module.
func checkConsumerPackage(c *consumer) {
	t := c.t
	files := generatedFiles(t, filepath.Join(c.dir, "internal", "vendorerr", "acme", "acmeid"))
	checkNoForeignPaths(t, files, c.repo, c.dir)
	if !anyContains(files, `"`+consumerImportPath+`"`) {
		t.Errorf("no generated file imports the package as %q", consumerImportPath)
	}
	checkRelativePaths(t, files, c.dir)
	if got := strings.TrimSpace(c.run("list", "./internal/vendorerr/...")); got != consumerImportPath {
		t.Errorf("go list: %q, want %q", got, consumerImportPath)
	}
	c.run("vet", "./...")
	out := c.run("test", "-v", "./...")
	for _, want := range []string{"ok  \t" + consumerImportPath, "ok  \texample.com/consumer", "--- PASS: TestUse"} {
		if !strings.Contains(out, want) {
			t.Errorf("go test output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, consumerImportPath+"\t[no test files]") {
		t.Errorf("the generated package has no tests:\n%s", out)
	}
}

// checkImportFlag generates outside any module with -import, then moves the package to where
// that path points in the consumer: it must build and pass its tests there.
func checkImportFlag(c *consumer) {
	t := c.t
	outside := t.TempDir()
	const altRoot = "example.com/consumer/internal/alt"
	c.run("tool", "gen", "-specs", "./errspecs", "-out", outside, "-import", altRoot)
	altFiles := generatedFiles(t, filepath.Join(outside, "acme", "acmeid"))
	checkNoForeignPaths(t, altFiles, c.repo, c.dir, outside)
	if !anyContains(altFiles, `"`+altRoot+`/acme/acmeid"`) {
		t.Errorf("with -import, no generated file imports %q", altRoot+"/acme/acmeid")
	}
	if anyContains(altFiles, consumerImportPath) {
		t.Errorf("with -import, a generated file still refers to the derived path %q", consumerImportPath)
	}
	for name, src := range altFiles {
		c.write("internal/alt/acme/acmeid/"+name, src)
	}
	checkRelativePaths(t, altFiles, c.dir)
	c.run("vet", "./internal/alt/...")
	if out := c.run("test", "./internal/alt/..."); !strings.Contains(out, "ok  \t"+altRoot+"/acme/acmeid") {
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
	needles := []string{"github.com/apierr/apierr/generated", os.TempDir()}
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

// anyContains reports whether any of the files holds s.
func anyContains(files map[string]string, s string) bool {
	for _, src := range files {
		if strings.Contains(src, s) {
			return true
		}
	}
	return false
}
