package generate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/generate"
)

// Write stages each file as .gen-*.tmp beside its target and renames it into place. A run
// killed between the two leaves the temporary file behind; these tests plant such leftovers
// by hand and check that Stale reports them and the next Write removes them.

// outputs are two generated files of one package, with the generator's header.
var outputs = []generate.Output{
	{Path: "vendor/pkg/codes.go", Src: []byte("// " + emit.Header + "\n\npackage pkg\n")},
	{Path: "vendor/pkg/CODES.md", Src: []byte(emit.MarkdownHeader + "\n\n# Codes\n")},
}

// writeFile creates the file rel (slash-separated) under dir with data, and its folders.
func writeFile(t *testing.T, dir, rel, data string) string {
	t.Helper()
	full := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return full
}

// tempFiles returns the files under dir whose names match Write's temporary files, as
// slash-separated relative paths.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ok, _ := filepath.Match(".gen-*.tmp", d.Name()); ok && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			found = append(found, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// exists reports whether path exists, failing on other errors.
func exists(t *testing.T, path string) bool {
	t.Helper()
	_, err := os.Stat(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return err == nil
}

// TestWriteRemovesLeftovers plants temporary files of an interrupted run, beside a target,
// at the top of the output folder and alone in a folder no spec writes, and checks that
// Write removes them (and the folder they alone held), writes its files, and leaves
// hand-written files and other hidden files alone.
func TestWriteRemovesLeftovers(t *testing.T) {
	out := t.TempDir()
	writeFile(t, out, "vendor/pkg/.gen-123456.tmp", "half a file")
	writeFile(t, out, ".gen-7.tmp", "")
	writeFile(t, out, "gone/.gen-42.tmp", "package gone\n")
	handWritten := writeFile(t, out, "vendor/pkg/extra.go", "package pkg\n")
	notOurs := writeFile(t, out, "vendor/pkg/.gen-notes.txt", "not a temporary file\n")

	if err := generate.Write(out, outputs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if left := tempFiles(t, out); len(left) != 0 {
		t.Errorf("after Write, temporary files remain: %v", left)
	}
	if exists(t, filepath.Join(out, "gone")) {
		t.Errorf("the folder gone/, which held only a leftover, was not removed")
	}
	for _, keep := range []string{handWritten, notOurs} {
		if !exists(t, keep) {
			t.Errorf("Write removed %s, which is not a temporary file of the generator", keep)
		}
	}
	for _, f := range outputs {
		got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatalf("Write did not write %s: %v", f.Path, err)
		}
		if string(got) != string(f.Src) {
			t.Errorf("%s = %q, want %q", f.Path, got, f.Src)
		}
	}
}

// TestStaleReportsLeftovers checks that -check reports a leftover temporary file as stale,
// with one line that says what it is and how to remove it, that it removes nothing itself,
// and that after the next Write nothing is stale.
func TestStaleReportsLeftovers(t *testing.T) {
	out := t.TempDir()
	if err := generate.Write(out, outputs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if reports, err := generate.Stale(out, outputs); err != nil || len(reports) != 0 {
		t.Fatalf("Stale right after Write = %q, %v; want nothing stale", reports, err)
	}
	leftover := writeFile(t, out, "vendor/pkg/.gen-99.tmp", "half a file")

	reports, err := generate.Stale(out, outputs)
	if err != nil {
		t.Fatalf("Stale: %v", err)
	}
	want := filepath.ToSlash(out) + "/vendor/pkg/.gen-99.tmp: a leftover temporary file of an interrupted run " +
		"of the generator or gen import; go generate ./... removes it\n"
	if len(reports) != 1 || reports[0] != want {
		t.Fatalf("Stale = %q, want one report %q", reports, want)
	}
	if strings.Count(reports[0], "\n") != 1 {
		t.Errorf("the report is not one line: %q", reports[0])
	}
	if !exists(t, leftover) {
		t.Fatalf("Stale removed %s; -check must not change the output", leftover)
	}

	if err := generate.Write(out, outputs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	if reports, err := generate.Stale(out, outputs); err != nil || len(reports) != 0 {
		t.Errorf("Stale after the next Write = %q, %v; want nothing stale", reports, err)
	}
}

// TestSpecLeftovers plants temporary files of interrupted runs of gen import and of the
// generator in a folder of specs, beside files that are not, and checks that SpecLeftovers
// reports each of the two with one line and RemoveSpecLeftovers removes them alone.
func TestSpecLeftovers(t *testing.T) {
	specs := t.TempDir()
	keep := []string{
		writeFile(t, specs, "okta.toml", "[spec]\n"),
		writeFile(t, specs, ".notes.tmp", "hidden notes\n"),
		writeFile(t, specs, "okta.toml.tmp1", "not hidden\n"),
		writeFile(t, specs, ".okta.toml.tmpx", "not os.CreateTemp's digits\n"),
	}
	writeFile(t, specs, ".okta.toml.tmp2718281828", "half a spec")
	writeFile(t, specs, ".gen-3.tmp", "")
	reports, err := generate.SpecLeftovers(specs)
	if err != nil {
		t.Fatal(err)
	}
	const what = ": a leftover temporary file of an interrupted run of the generator or gen import; " +
		"go generate ./... removes it\n"
	dir := filepath.ToSlash(specs)
	want := []string{dir + "/.gen-3.tmp" + what, dir + "/.okta.toml.tmp2718281828" + what}
	if strings.Join(reports, "") != strings.Join(want, "") {
		t.Errorf("SpecLeftovers = %q, want %q", reports, want)
	}
	if err := generate.RemoveSpecLeftovers(specs); err != nil {
		t.Fatal(err)
	}
	if reports, err := generate.SpecLeftovers(specs); err != nil || len(reports) != 0 {
		t.Errorf("after RemoveSpecLeftovers, SpecLeftovers = %q, %v", reports, err)
	}
	for _, k := range keep {
		if !exists(t, k) {
			t.Errorf("RemoveSpecLeftovers removed %s, which is not a temporary file", k)
		}
	}
}
