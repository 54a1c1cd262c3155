package importer

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ files of testdata/*.txtar with what gen import does now")

// A golden archive (testdata/*.txtar) is one run of gen import. Its comment is the command
// line, one argument per line after "args:", run in a folder holding the archive's other
// files. want/stdout, want/stderr and want/exit are what the run prints and returns; every
// other want/<name> is a file the run wrote or changed, with its content, and want/removed
// lists the input files the run removed. A file the run leaves as it was has no want/ entry,
// so a want/ entry for an input file shows an edit. The run's clock says 2026-08-15.
//
// Lines of the comment before "args:" may set up the folder:
//
//	crlf: <file>              the input file is written with CRLF line endings; what the run
//	                          writes to it must end every line in CRLF (want/ shows it in LF)
//	symlink: <link> <target>  a symbolic link to an input file; it must stay a link
//	mode: <file> <octal>      the file's permissions, which the run must keep

// golden is one parsed archive.
type golden struct {
	path  string
	arc   *txtar.Archive
	args  []string
	input map[string][]byte // files written to the folder before the run
	want  map[string][]byte // want/ files, without the prefix
	crlf  map[string]bool
	links map[string]string // symbolic links: name → target
	modes map[string]os.FileMode
}

// readGolden parses a golden archive.
func readGolden(t *testing.T, path string) *golden {
	t.Helper()
	arc, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g := &golden{path: path, arc: arc, input: map[string][]byte{}, want: map[string][]byte{},
		crlf: map[string]bool{}, links: map[string]string{}, modes: map[string]os.FileMode{}}
	setup, args, ok := strings.Cut(string(arc.Comment), "args:\n")
	if !ok {
		t.Fatalf("%s: the comment must end with \"args:\" and one argument per line", path)
	}
	g.readSetup(t, setup)
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

// readSetup reads the setup lines of the comment.
func (g *golden) readSetup(t *testing.T, setup string) {
	t.Helper()
	for _, line := range strings.Split(setup, "\n") {
		key, rest, _ := strings.Cut(line, ": ")
		f := strings.Fields(rest)
		switch {
		case key == "crlf" && len(f) == 1:
			g.crlf[f[0]] = true
		case key == "symlink" && len(f) == 2:
			g.links[f[0]] = f[1]
		case key == "mode" && len(f) == 2:
			m, err := strconv.ParseUint(f[1], 8, 32)
			if err != nil {
				t.Fatalf("%s: %q: %v", g.path, line, err)
			}
			g.modes[f[0]] = os.FileMode(m)
		}
	}
}

// fixedNow is the run's clock.
func fixedNow() time.Time { return time.Date(2026, 8, 15, 10, 0, 0, 0, time.Local) }

// run runs gen import in a new folder holding the inputs, and returns what the archive's want/
// files record: stdout, stderr, exit, the files written or changed, and the files removed.
func (g *golden) run(t *testing.T) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	for name, data := range g.input {
		if g.crlf[name] {
			data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		}
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range g.links {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	for name, mode := range g.modes {
		if err := os.Chmod(filepath.Join(dir, name), mode); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	now = fixedNow
	t.Cleanup(func() { now = time.Now })
	var stdout, stderr bytes.Buffer
	code := Run(g.args, &stdout, &stderr)
	got := map[string][]byte{
		"stdout": stdout.Bytes(),
		"stderr": stderr.Bytes(),
		"exit":   []byte(strconv.Itoa(code) + "\n"),
	}
	g.collect(t, dir, got)
	return got
}

// collect records the files of dir the run wrote, changed or removed, and checks that links
// stayed links, permissions were kept and CRLF files kept their line endings.
func (g *golden) collect(t *testing.T, dir string, got map[string][]byte) {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		name, _ := filepath.Rel(dir, p)
		name = filepath.ToSlash(name)
		seen[name] = true
		if _, isLink := g.links[name]; isLink {
			if e.Type()&fs.ModeSymlink == 0 {
				t.Errorf("%s: the run replaced the symbolic link %s with a file", g.path, name)
			}
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		g.checkFile(t, p, name, data)
		if g.crlf[name] {
			data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		}
		if in, ok := g.input[name]; !ok || !bytes.Equal(in, data) {
			got[name] = data
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var removed []string
	for name := range g.input {
		if !seen[name] {
			removed = append(removed, name+"\n")
		}
	}
	sort.Strings(removed)
	if len(removed) > 0 {
		got["removed"] = []byte(strings.Join(removed, ""))
	}
}

// checkFile checks what the run must keep of an input file: its permissions, and CRLF line
// endings.
func (g *golden) checkFile(t *testing.T, p, name string, data []byte) {
	t.Helper()
	if mode, ok := g.modes[name]; ok {
		if fi, err := os.Stat(p); err == nil && fi.Mode().Perm() != mode {
			t.Errorf("%s: %s has mode %04o after the run, want %04o", g.path, name, fi.Mode().Perm(), mode)
		}
	}
	if g.crlf[name] && bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Errorf("%s: %s mixes LF into its CRLF lines after the run", g.path, name)
	}
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
			t.Errorf("%s: want/%s differs (go test -run %s -update rewrites it)\n%s",
				g.path, name, t.Name(), firstDiff(want, data))
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
