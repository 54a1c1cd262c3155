package emit_test

import (
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
)

// TestChangelogCopied checks that the changelog kept beside a spec is copied into the package
// as CHANGELOG.md, under the generated header, line endings made "\n", and that the package
// doc names it; a spec without one gets neither.
func TestChangelogCopied(t *testing.T) {
	s := load(t, "small.toml")
	log := "# Changes to the codes of X\r\n\r\n## Release 2 (2026-08-15)\r\n\r\n- `a` added.\r\n"
	files := filesByName(t, emit.Options{ImportPath: goldenImportRoot + "/x", Changelog: []byte(log)}, s)
	got, ok := files["CHANGELOG.md"]
	if !ok {
		t.Fatal("no CHANGELOG.md with a changelog beside the spec")
	}
	if !strings.HasPrefix(got, emit.MarkdownHeader+"\n") {
		t.Errorf("CHANGELOG.md does not start with the generated header:\n%s", got)
	}
	if want := strings.ReplaceAll(log, "\r\n", "\n"); !strings.HasSuffix(got, "\n\n"+want) {
		t.Errorf("CHANGELOG.md does not end with the changelog, in \\n lines:\n%q", got)
	}
	if !strings.Contains(got, "small.changelog.md") {
		t.Errorf("CHANGELOG.md does not say which file to edit:\n%s", got)
	}
	if !strings.Contains(files["doc.go"], "CHANGELOG.md") {
		t.Error("the package doc does not name CHANGELOG.md")
	}

	files = filesByName(t, emit.Options{ImportPath: goldenImportRoot + "/x"}, s)
	if _, ok := files["CHANGELOG.md"]; ok {
		t.Error("CHANGELOG.md without a changelog")
	}
	if strings.Contains(files["doc.go"], "CHANGELOG.md") {
		t.Error("the package doc names a CHANGELOG.md there is not")
	}
}

// filesByName generates the package of s and returns its files by name.
func filesByName(t *testing.T, o emit.Options, s *spec.Spec) map[string]string {
	t.Helper()
	files, err := emit.Files(s, o)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		out[f.Name] = string(f.Src)
	}
	return out
}
