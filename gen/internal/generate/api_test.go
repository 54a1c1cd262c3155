package generate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/apifile"
	"github.com/apierr/apierr/gen/internal/generate"
)

// apiSpec is a spec of two codes for the tests of the API files.
const apiSpec = `[spec]
vendor = "Example Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "apiid"
dir = "example/apiid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"

[[code]]
value = 100
name = "MissingArgument"
unclassified = "A test code."

[[code]]
value = 200
name = "InvalidArgument"
unclassified = "A test code."
`

// apiOutput returns the output of Generate whose path ends in suffix.
func apiOutput(t *testing.T, files []generate.Output, suffix string) generate.Output {
	t.Helper()
	for _, f := range files {
		if strings.HasSuffix(f.Path, suffix) {
			return f
		}
	}
	t.Fatalf("Generate produced no %s", suffix)
	return generate.Output{}
}

// TestGenerateAPIFile checks that Generate produces each package's api.txt, merged into the
// one in the output folder (a line of a removed code is kept), that Write and Stale treat it
// as a generated file, and that an api.txt that lost its header stops the run.
func TestGenerateAPIFile(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	writeFile(t, specs, "api.toml", apiSpec)
	files, changes, err := generate.Generate(specs, out, "example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	api := apiOutput(t, files, "example/apiid/api.txt")
	if !strings.HasPrefix(string(api.Src), apifile.Header+"\n") || !strings.Contains(string(api.Src), "\nconst InvalidArgument Code\n") {
		t.Errorf("api.txt:\n%s", api.Src)
	}
	if len(changes) != 1 || !changes[0].New || changes[0].File != filepath.ToSlash(out)+"/example/apiid/api.txt" {
		t.Errorf("changes %+v, want one new file", changes)
	}
	if err := generate.Write(out, files); err != nil {
		t.Fatal(err)
	}

	// The spec loses a code: the line stays, and api.txt is not stale.
	writeFile(t, specs, "api.toml", strings.Replace(apiSpec, "[[code]]\nvalue = 200\nname = \"InvalidArgument\"\nunclassified = \"A test code.\"\n", "", 1))
	files, changes, err = generate.Generate(specs, out, "example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	if got := apiOutput(t, files, "api.txt"); string(got.Src) != string(api.Src) {
		t.Errorf("api.txt after the code was removed:\n%s\nwant it unchanged:\n%s", got.Src, api.Src)
	}
	if len(changes) != 1 || strings.Join(changes[0].Removed, "|") != "const InvalidArgument Code" {
		t.Errorf("changes %+v, want InvalidArgument removed", changes)
	}
	stale, err := generate.Stale(out, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stale {
		if strings.Contains(s, "api.txt") {
			t.Errorf("api.txt is reported stale:\n%s", s)
		}
	}

	// A hand edit that adds a line is stale, and Write repairs it; so is a missing api.txt.
	path := filepath.Join(out, "example", "apiid", "api.txt")
	if err := os.WriteFile(path, append(api.Src, "const Invented Code\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	files, _, err = generate.Generate(specs, out, "example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	if stale, _ := generate.Stale(out, files); !strings.Contains(strings.Join(stale, "\n"), "api.txt") {
		t.Errorf("Stale does not report api.txt, which the generator would rewrite (it sorts the lines):\n%s", stale)
	}

	// Without its header the file is not the generator's: the run stops, naming it.
	if err := os.WriteFile(path, []byte("const MissingArgument Code\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := generate.Generate(specs, out, "example.com/x"); err == nil || !strings.Contains(err.Error(), "example/apiid/api.txt: does not start with the line") {
		t.Errorf("Generate with an api.txt without header: %v", err)
	}
}

// TestWriteRemovesStaleAPIFile checks that an api.txt with the header is a generated file:
// Write removes it when no spec writes its package any more; without the header it is left.
func TestWriteRemovesStaleAPIFile(t *testing.T) {
	out := t.TempDir()
	gone := writeFile(t, out, "old/pkg/api.txt", apifile.Header+"\n\nconst A Code\n")
	mine := writeFile(t, out, "old/notes/api.txt", "my notes\n")
	if err := generate.Write(out, outputs); err != nil {
		t.Fatal(err)
	}
	if exists(t, gone) {
		t.Errorf("Write left the api.txt of a package no spec writes")
	}
	if !exists(t, mine) {
		t.Errorf("Write removed a hand-written api.txt")
	}
}

// TestVerifyAPI checks the contract check on an output folder: it holds after generating, and
// fails naming the identifier when a generated file loses a constant its api.txt lists.
func TestVerifyAPI(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	writeFile(t, specs, "api.toml", apiSpec)
	files, _, err := generate.Generate(specs, out, "example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	if err := generate.Write(out, files); err != nil {
		t.Fatal(err)
	}
	if err := generate.VerifyAPI(out); err != nil {
		t.Fatalf("VerifyAPI after generating: %v", err)
	}
	code := filepath.Join(out, "example", "apiid", "code.go")
	src, err := os.ReadFile(code)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(code, []byte(strings.Replace(string(src), "\tInvalidArgument Code = 200\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	err = generate.VerifyAPI(out)
	if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(out)+"/example/apiid/api.txt: the generated code no longer declares 1 identifier") ||
		!strings.Contains(err.Error(), "\tconst InvalidArgument Code\n") {
		t.Errorf("VerifyAPI after InvalidArgument was removed: %v", err)
	}
}
