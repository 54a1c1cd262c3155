package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/apifile"
	"github.com/apierr/apierr/gen/internal/generate"
)

// TestAPIContract checks the API contract of every generated package of the repository: each
// identifier its api.txt lists must still be declared by its code (the synthetic packages of
// the benchmarks included). A failure names each missing identifier and says how to fix it:
// record a renamed code with [[renamed]] or a withdrawn one with deprecated = "...", or, to
// break the API on purpose, delete the line from api.txt by hand.
func TestAPIContract(t *testing.T) {
	for _, dir := range []string{"../generated", "../bench/internal/synth"} {
		if err := generate.VerifyAPI(dir); err != nil {
			t.Errorf("the API contract of %s is broken:\n%v", dir, err)
		}
		// Every generated package has its contract (VerifyAPI checks those it finds).
		docs, err := filepath.Glob(filepath.Join(dir, "*", "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		deeper, _ := filepath.Glob(filepath.Join(dir, "*", "*", "doc.go"))
		if docs = append(docs, deeper...); len(docs) == 0 {
			t.Errorf("%s holds no generated package", dir)
		}
		for _, doc := range docs {
			if _, err := os.Stat(filepath.Join(filepath.Dir(doc), apifile.FileName)); err != nil {
				t.Errorf("%s has no %s: run go generate ./... and commit it", filepath.Dir(doc), apifile.FileName)
			}
		}
	}
}

// flowSpec is the spec of the contract flow test; %s is replaced by the code's Go name and
// what follows the code.
const flowSpec = `[spec]
vendor = "Flow Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "flowid"
dir = "flow/flowid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"

[[code]]
value = 100
name = "%s"
class = "invalid_request"

[[code]]
value = 200
name = "InternalError"
class = "internal"
`

// writeFlowSpec writes flowSpec into dir with the first code named name and extra appended.
func writeFlowSpec(t *testing.T, dir, name, extra string) {
	t.Helper()
	src := strings.Replace(flowSpec, "%s", name, 1) + extra
	if err := os.WriteFile(filepath.Join(dir, "flow.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestAPIContractFlow follows a package through a rename, as a maintainer would: generate;
// rename a code in the spec and generate again, which reports the old name removed and keeps
// its line, so the contract check fails naming it; record the rename, generate again, and the
// old name is back as a deprecated alias and the contract holds.
func TestAPIContractFlow(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	args := []string{"-specs", specs, "-out", out, "-import", "example.com/x"}
	apiTxt := filepath.Join(out, "flow", "flowid", "api.txt")
	shown := filepath.ToSlash(apiTxt)

	writeFlowSpec(t, specs, "MissingArgument", "")
	code, stdout, stderr := gen(args...)
	if code != 0 || stderr != "" || !strings.HasPrefix(stdout, shown+": new; it records the package's API, ") {
		t.Fatalf("first run: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if err := generate.VerifyAPI(out); err != nil {
		t.Fatalf("the contract of a fresh package is broken: %v", err)
	}

	// The rename, not recorded.
	writeFlowSpec(t, specs, "ArgumentMissing", "")
	code, stdout, stderr = gen(args...)
	if code != 0 {
		t.Fatalf("second run: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{
		shown + ": 1 added, 1 REMOVED\n",
		"\tadded        const ArgumentMissing Code\n",
		"\tREMOVED      const MissingArgument Code\n",
		"BREAKING: " + shown + ": the generated code no longer declares 1 identifier this API contract lists; every program that uses it stops compiling:",
		`[[renamed]] from = "MissingArgument"`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("second run: the summary on stderr lacks %q:\n%s", want, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("second run: a breaking summary goes to stderr only; stdout:\n%s", stdout)
	}
	src, err := os.ReadFile(apiTxt)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "\nconst MissingArgument Code\n") {
		t.Errorf("api.txt dropped the old name:\n%s", src)
	}
	err = generate.VerifyAPI(out)
	var broken *apifile.BrokenError
	if !errors.As(err, &broken) || len(broken.Removed) != 1 || broken.Removed[0] != "const MissingArgument Code" {
		t.Fatalf("the contract check after the rename: %v, want it to name const MissingArgument Code", err)
	}
	// The output is fresh, but -check, the gate of a team's CI, fails on the broken contract.
	if code, _, stderr := gen(append(args, "-check")...); code != 1 || !strings.Contains(stderr, "const MissingArgument Code") {
		t.Errorf("-check after the rename: exit %d, want 1 naming const MissingArgument Code\n%s", code, stderr)
	}

	// The rename recorded.
	writeFlowSpec(t, specs, "ArgumentMissing", "\n[[renamed]]\nfrom = \"MissingArgument\"\nto = \"ArgumentMissing\"\ndate = 2026-04-01\nnote = \"Renamed to start with the noun.\"\n")
	code, stdout, stderr = gen(args...)
	if code != 0 || stderr != "" {
		t.Fatalf("third run: exit %d\n%s", code, stderr)
	}
	if want := shown + ": 1 newly deprecated\n\tdeprecated   const MissingArgument\n"; stdout != want {
		t.Errorf("third run: summary\n%s\nwant\n%s", stdout, want)
	}
	if err := generate.VerifyAPI(out); err != nil {
		t.Errorf("the contract with the rename recorded: %v", err)
	}
	codeGo, err := os.ReadFile(filepath.Join(out, "flow", "flowid", "code.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(codeGo), "\t// Deprecated: use ArgumentMissing. Renamed on 2026-04-01: Renamed to start with the noun.\n\tMissingArgument Code = ArgumentMissing\n") {
		t.Errorf("code.go lacks the deprecated alias:\n%s", codeGo)
	}

	// Nothing changes any more: no summary.
	if code, stdout, stderr := gen(args...); code != 0 || stdout != "" || stderr != "" {
		t.Errorf("fourth run: exit %d, stdout %q, stderr %q; want a silent run", code, stdout, stderr)
	}
}

// TestAPIContractHandDeletion checks the only way to drop a line: after the code lost an
// identifier, deleting its line from api.txt by hand makes the contract hold again, and the
// generator leaves the file as edited.
func TestAPIContractHandDeletion(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	args := []string{"-specs", specs, "-out", out, "-import", "example.com/x"}
	apiTxt := filepath.Join(out, "flow", "flowid", "api.txt")
	writeFlowSpec(t, specs, "MissingArgument", "")
	if code, _, stderr := gen(args...); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	writeFlowSpec(t, specs, "ArgumentMissing", "")
	if code, _, stderr := gen(args...); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	src, err := os.ReadFile(apiTxt)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "const MissingArgument Code\n", "", 1)
	if err := os.WriteFile(apiTxt, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := generate.VerifyAPI(out); err != nil {
		t.Errorf("the contract after deleting the line: %v", err)
	}
	if code, stdout, stderr := gen(args...); code != 0 || stdout != "" || stderr != "" {
		t.Errorf("regenerating: exit %d, stdout %q, stderr %q; want a silent run", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(apiTxt); string(after) != edited {
		t.Errorf("the generator changed the edited api.txt:\n%s", after)
	}
}
