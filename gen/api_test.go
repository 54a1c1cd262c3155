package main

import (
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

	// The rename, not recorded: the generator refuses to write, naming the break.
	before, err := os.ReadFile(apiTxt)
	if err != nil {
		t.Fatal(err)
	}
	writeFlowSpec(t, specs, "ArgumentMissing", "")
	code, stdout, stderr = gen(args...)
	if code != 1 {
		t.Fatalf("second run: exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{
		shown + ": 1 added, 1 REMOVED\n",
		"\tadded        const ArgumentMissing Code\n",
		"\tREMOVED      const MissingArgument Code\n",
		"BREAKING: " + shown + ": the generated code no longer declares 1 identifier this API contract lists; every program that uses it stops compiling:",
		`[[renamed]] from = "MissingArgument"`,
		"gen: nothing was written: the output would break the API contract of 1 package(s)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("second run: the summary on stderr lacks %q:\n%s", want, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("second run: a breaking summary goes to stderr only; stdout:\n%s", stdout)
	}
	if after, _ := os.ReadFile(apiTxt); string(after) != string(before) {
		t.Errorf("the refused run changed api.txt:\n%s", after)
	}
	// -check, the gate of a team's CI, names the break too, not only the stale files.
	if code, _, stderr := gen(append(args, "-check")...); code != 1 || !strings.Contains(stderr, "const MissingArgument Code") ||
		!strings.Contains(stderr, "generating would break the API contract of 1 package(s)") {
		t.Errorf("-check after the rename: exit %d, want 1 naming const MissingArgument Code\n%s", code, stderr)
	}

	// The rename recorded.
	writeFlowSpec(t, specs, "ArgumentMissing", "\n[[renamed]]\nfrom = \"MissingArgument\"\nto = \"ArgumentMissing\"\ndate = 2026-04-01\nnote = \"Renamed to start with the noun.\"\n")
	code, stdout, stderr = gen(args...)
	if code != 0 || stderr != "" {
		t.Fatalf("third run: exit %d\n%s", code, stderr)
	}
	if want := shown + ": 1 added, 1 newly deprecated\n\tadded        const ArgumentMissing Code\n" +
		"\tdeprecated   const MissingArgument\n"; stdout != want {
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

// TestAPIContractRecordedRemoval checks the way to break the API on purpose: after the code
// lost an identifier (and the generator refused to write), marking its line of api.txt
// removed, with the date and the reason, lets the generator write, keeps the record, and makes
// the contract hold; a line deleted instead works as well, without the record.
func TestAPIContractRecordedRemoval(t *testing.T) {
	for _, edit := range []struct{ name, to string }{
		{"marked", "const MissingArgument Code //removed 2026-12-07: the vendor never had this name (test)\n"},
		{"deleted", ""},
	} {
		specs, out := t.TempDir(), t.TempDir()
		args := []string{"-specs", specs, "-out", out, "-import", "example.com/x"}
		apiTxt := filepath.Join(out, "flow", "flowid", "api.txt")
		writeFlowSpec(t, specs, "MissingArgument", "")
		if code, _, stderr := gen(args...); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		writeFlowSpec(t, specs, "ArgumentMissing", "")
		if code, _, _ := gen(args...); code != 1 {
			t.Fatalf("%s: the unrecorded rename: exit %d, want 1", edit.name, code)
		}
		src, err := os.ReadFile(apiTxt)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(src), "const MissingArgument Code\n", edit.to, 1)
		if err := os.WriteFile(apiTxt, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := gen(args...); code != 0 || stderr != "" {
			t.Fatalf("%s: regenerating: exit %d\n%s", edit.name, code, stderr)
		}
		if err := generate.VerifyAPI(out); err != nil {
			t.Errorf("%s: the contract after the edit: %v", edit.name, err)
		}
		after, _ := os.ReadFile(apiTxt)
		if edit.to != "" && !strings.Contains(string(after), edit.to) {
			t.Errorf("%s: the generator dropped the record:\n%s", edit.name, after)
		}
		if code, stdout, stderr := gen(args...); code != 0 || stdout != "" || stderr != "" {
			t.Errorf("%s: another run: exit %d, stdout %q, stderr %q; want a silent run", edit.name, code, stdout, stderr)
		}
	}
}
