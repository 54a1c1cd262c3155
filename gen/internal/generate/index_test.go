package generate_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/generate"
)

// TestGenerateIndex checks that Generate writes the index of the packages, README.md, at the
// top of the output folder, that every link of it points to a file Generate writes, and that
// Write and Stale treat it as a generated file: a hand edit is stale and Write repairs it,
// while a hand-written README.md in a package folder is left alone.
func TestGenerateIndex(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	writeFile(t, specs, "api.toml", apiSpec)
	files, _, err := generate.Generate(specs, out, "example.com/x")
	if err != nil {
		t.Fatal(err)
	}
	idx := apiOutput(t, files, "README.md")
	if idx.Path != "README.md" || !strings.HasPrefix(string(idx.Src), emit.MarkdownHeader+"\n") ||
		!strings.Contains(string(idx.Src), "| `example.com/x/example/apiid` | Example Identity |") {
		t.Fatalf("the index %s:\n%s", idx.Path, idx.Src)
	}
	paths := map[string]bool{}
	for _, f := range files {
		paths[f.Path] = true
	}
	for _, m := range regexp.MustCompile(`\]\(([^)]+)\)`).FindAllStringSubmatch(string(idx.Src), -1) {
		if !paths[m[1]] {
			t.Errorf("the index links to %s, which Generate does not write", m[1])
		}
	}

	mine := writeFile(t, out, "example/apiid/README.md", "my notes\n")
	if err := generate.Write(out, files); err != nil {
		t.Fatal(err)
	}
	readme := filepath.Join(out, "README.md")
	if err := os.WriteFile(readme, append(idx.Src, "hand edit\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if stale, err := generate.Stale(out, files); err != nil || len(stale) != 1 || !strings.Contains(stale[0], "+++ "+filepath.ToSlash(out)+"/README.md") {
		t.Errorf("Stale after a hand edit of the index = %q, %v; want README.md alone", stale, err)
	}
	if err := generate.Write(out, files); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(readme); string(got) != string(idx.Src) {
		t.Errorf("Write did not repair the index:\n%s", got)
	}
	if got, _ := os.ReadFile(mine); string(got) != "my notes\n" {
		t.Errorf("Write changed a hand-written README.md in a package folder: %q", got)
	}
}

// TestGenerateKeepsHandWrittenIndex checks that a README.md at the top of the output folder
// that the generator did not write stops the run, naming the file, instead of being
// overwritten.
func TestGenerateKeepsHandWrittenIndex(t *testing.T) {
	specs, out := t.TempDir(), t.TempDir()
	writeFile(t, specs, "api.toml", apiSpec)
	readme := writeFile(t, out, "README.md", "# Our vendor errors\n")
	_, _, err := generate.Generate(specs, out, "example.com/x")
	if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(out)+"/README.md: not written by the generator") {
		t.Fatalf("Generate with a hand-written README.md: %v", err)
	}
	if got, _ := os.ReadFile(readme); string(got) != "# Our vendor errors\n" {
		t.Errorf("the hand-written README.md changed: %q", got)
	}
}
