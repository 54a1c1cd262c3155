package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// injectedName is a table file name that would add a [[code]] to a spec, and a line to a
// document table, if it were written raw into a comment.
const injectedName = "codes\n[[code]]\nvalue = 99\nname = \"Injected\"\nclass = \"internal\"\n# \u202e.csv"

// TestFileNameIsData drafts, then appends, from a table file whose name holds newlines and a
// bidirectional override: the spec keeps its one code, and no comment line of the spec, the
// document table or the changelog holds a raw newline or override from the name.
func TestFileNameIsData(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile(injectedName, []byte("code,message\n1,One\n"), 0o644); err != nil {
		t.Skipf("the file system does not take the name: %v", err)
	}
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"-package", "x", "-out", "x.toml", injectedName}, &stdout, &stderr); code != 0 {
		t.Fatalf("draft: exit %d\n%s", code, stderr.String())
	}
	checkOneCode(t, "x.toml", 1)
	if err := os.WriteFile(injectedName, []byte("code,message\n1,One more\n2,Two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := Run([]string{"-diff", "x.toml", "-append", injectedName}, &stdout, &stderr); code != 0 {
		t.Fatalf("-append: exit %d\n%s", code, stderr.String())
	}
	checkOneCode(t, "x.toml", 2)
	for _, f := range []string{"x.toml", "x.document.tsv", "x.changelog.md"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"\nvalue = 99", "\nname = \"Injected\"", "\u202e"} {
			if strings.Contains(string(data), bad) {
				t.Errorf("%s holds %q from the file name:\n%s", f, bad, data)
			}
		}
		if !strings.Contains(string(data), `codes\n[[code]]`) {
			t.Errorf("%s does not name the file, escaped:\n%s", f, data)
		}
	}
}

// checkOneCode loads the spec and checks it has n codes, none of them the injected one.
func checkOneCode(t *testing.T, path string, n int) {
	t.Helper()
	s, err := spec.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Codes) != n {
		t.Errorf("%s has %d codes, want %d", path, len(s.Codes), n)
	}
	for _, c := range s.Codes {
		if c.Name == "Injected" {
			t.Errorf("%s has the code injected through the file name", path)
		}
	}
}
