package importer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ files of testdata/*.txtar with what gen import does now")

// A golden archive (testdata/*.txtar) is one run of gen import. Its comment is the command
// line, one argument per line after "args:", run in a folder holding the archive's other
// files. want/stdout, want/stderr and want/exit are what the run prints and returns; every
// other want/<name> is a file the run wrote or changed, with its content. A file the run
// leaves as it was has no want/ entry, so a want/ entry for an input file shows an edit.

// golden is one parsed archive.
type golden struct {
	path  string
	arc   *txtar.Archive
	args  []string
	input map[string][]byte // files written to the folder before the run
	want  map[string][]byte // want/ files, without the prefix
}

// readGolden parses a golden archive.
func readGolden(t *testing.T, path string) *golden {
	t.Helper()
	arc, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g := &golden{path: path, arc: arc, input: map[string][]byte{}, want: map[string][]byte{}}
	_, args, ok := strings.Cut(string(arc.Comment), "args:\n")
	if !ok {
		t.Fatalf("%s: the comment must end with \"args:\" and one argument per line", path)
	}
	g.args = strings.Split(strings.TrimRight(args, "\n"), "\n")
	for _, f := range arc.Files {
		if name, ok := strings.CutPrefix(f.Name, "want/"); ok {
			g.want[name] = f.Data
		} else {
			g.input[f.Name] = f.Data
		}
	}
	return g
}

// run runs gen import in a new folder holding the inputs, and returns what the archive's want/
// files record: stdout, stderr, exit, and the files written or changed.
func (g *golden) run(t *testing.T) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	for name, data := range g.input {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Run(g.args, &stdout, &stderr)
	got := map[string][]byte{
		"stdout": stdout.Bytes(),
		"stderr": stderr.Bytes(),
		"exit":   []byte(strconv.Itoa(code) + "\n"),
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if in, ok := g.input[e.Name()]; !ok || !bytes.Equal(in, data) {
			got[e.Name()] = data
		}
	}
	return got
}

// check compares got with the want/ files, or rewrites them with -update.
func (g *golden) check(t *testing.T, got map[string][]byte) {
	t.Helper()
	if *update {
		g.rewrite(t, got)
		return
	}
	for name, data := range got {
		want, ok := g.want[name]
		if !ok {
			if len(data) > 0 || (name != "stdout" && name != "stderr") {
				t.Errorf("%s: the run wrote %s, which has no want/%s:\n%s", g.path, name, name, data)
			}
			continue
		}
		if !bytes.Equal(data, want) {
			t.Errorf("%s: want/%s differs (go test -run %s -update rewrites it)\n%s", g.path, name, t.Name(), firstDiff(want, data))
		}
	}
	for name := range g.want {
		if _, ok := got[name]; !ok {
			t.Errorf("%s: want/%s, but the run did not write or change %s", g.path, name, name)
		}
	}
}

// rewrite replaces the archive's want/ files with got (empty stdout and stderr left out).
func (g *golden) rewrite(t *testing.T, got map[string][]byte) {
	t.Helper()
	var files []txtar.File
	for _, f := range g.arc.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			files = append(files, f)
		}
	}
	names := make([]string, 0, len(got))
	for name := range got {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if len(got[name]) == 0 && (name == "stdout" || name == "stderr") {
			continue
		}
		files = append(files, txtar.File{Name: "want/" + name, Data: got[name]})
	}
	g.arc.Files = files
	if err := os.WriteFile(g.path, txtar.Format(g.arc), 0o644); err != nil {
		t.Fatal(err)
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + strconv.Quote(wl) + "\n  got  " + strconv.Quote(gl)
		}
	}
	return "(no line differs; the line endings do)"
}

// TestGolden runs every archive of testdata.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/*.txtar (%v)", err)
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			g := readGolden(t, abs)
			g.check(t, g.run(t))
		})
	}
}
