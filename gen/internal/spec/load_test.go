package spec_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want files of testdata/bad from the loader's output")

// The fixtures of testdata/bad and testdata/good are txtar archives. The comment says what
// kind of spec the archive holds; spec.toml is the spec, loaded as "spec.toml"; want (bad
// specs only) is the exact Problems.Error() the loader must return, followed by a newline.
// testdata/bad-pending holds fixtures of loader bugs, with the message the loader should
// give; they are not run until the loader is fixed and they are moved to testdata/bad.

// fixture is one parsed testdata archive.
type fixture struct {
	path    string
	archive *txtar.Archive
	spec    []byte // the spec.toml file
	want    []byte // the want file, nil when the archive has none
}

// readFixture parses the txtar archive at path and checks its shape: a comment saying what
// the fixture is about, a spec.toml file and, when needWant is set, a want file.
func readFixture(t *testing.T, path string, needWant bool) *fixture {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(bytes.TrimSpace(ar.Comment)) == 0 {
		t.Errorf("%s: the archive comment is empty; say in one sentence what the fixture is about", path)
	}
	f := &fixture{path: path, archive: ar}
	for _, file := range ar.Files {
		switch file.Name {
		case "spec.toml":
			f.spec = file.Data
		case "want":
			f.want = file.Data
		default:
			t.Errorf("%s: unexpected file %q; an archive holds spec.toml and want", path, file.Name)
		}
	}
	if f.spec == nil {
		t.Fatalf("%s: no spec.toml file", path)
	}
	if needWant && f.want == nil && !*update {
		t.Fatalf("%s: no want file; write the expected messages, or run go test -update", path)
	}
	return f
}

// setWant replaces (or adds) the want file of the fixture with got and rewrites the archive.
func (f *fixture) setWant(t *testing.T, got string) {
	t.Helper()
	data := []byte(got + "\n")
	found := false
	for i := range f.archive.Files {
		if f.archive.Files[i].Name == "want" {
			f.archive.Files[i].Data = data
			found = true
		}
	}
	if !found {
		f.archive.Files = append(f.archive.Files, txtar.File{Name: "want", Data: data})
	}
	if err := os.WriteFile(f.path, txtar.Format(f.archive), 0o644); err != nil {
		t.Fatal(err)
	}
}

// archives returns the *.txtar files of dir in name order, failing when there are fewer
// than atLeast.
func archives(t *testing.T, dir string, atLeast int) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) < atLeast {
		t.Fatalf("%s holds %d fixtures, want at least %d", dir, len(paths), atLeast)
	}
	return paths
}

// fixtureName is the subtest name of an archive: its file name without .txtar.
func fixtureName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), ".txtar")
}

// loadProblems loads src as "spec.toml" and returns the Problems the loader reports, failing
// when it reports none or returns an error of another type.
func loadProblems(t *testing.T, src []byte) spec.Problems {
	t.Helper()
	s, err := spec.Load("spec.toml", src)
	if err == nil {
		t.Fatalf("Load succeeded (package %q), want problems", s.Package)
	}
	ps, ok := err.(spec.Problems)
	if !ok {
		t.Fatalf("Load returned %T, want spec.Problems: %v", err, err)
	}
	if len(ps) == 0 {
		t.Fatal("Load returned empty Problems")
	}
	return ps
}

// TestBadSpecs loads every fixture of testdata/bad and compares the loader's problems with
// the fixture's want file, exactly. After an intended change of messages, run
// go test ./gen/internal/spec -run TestBadSpecs -update and review every changed want.
func TestBadSpecs(t *testing.T) {
	for _, path := range archives(t, filepath.Join("testdata", "bad"), 25) {
		t.Run(fixtureName(path), func(t *testing.T) {
			f := readFixture(t, path, true)
			got := loadProblems(t, f.spec).Error()
			if *update {
				f.setWant(t, got)
				return
			}
			want := strings.TrimSuffix(string(f.want), "\n")
			if got != want {
				t.Errorf("%s: problems differ (-want +got):\n%s\ngot:\n%s", path,
					udiff.Unified("want", "got", want+"\n", got+"\n"), got)
			}
		})
	}
}

// TestGoodSpecs loads every fixture of testdata/good, each also with CRLF line endings, and
// the real specs of specs/.
func TestGoodSpecs(t *testing.T) {
	for _, path := range archives(t, filepath.Join("testdata", "good"), 1) {
		t.Run(fixtureName(path), func(t *testing.T) {
			f := readFixture(t, path, false)
			if f.want != nil {
				t.Errorf("%s: a good spec has no want file", path)
			}
			lf, err := spec.Load("spec.toml", f.spec)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			crlf, err := spec.Load("spec.toml", bytes.ReplaceAll(f.spec, []byte("\n"), []byte("\r\n")))
			if err != nil {
				t.Fatalf("Load with CRLF line endings: %v", err)
			}
			if got, want := summary(crlf), summary(lf); got != want {
				t.Errorf("with CRLF line endings the spec loads differently:\n%s",
					udiff.Unified("LF", "CRLF", want, got))
			}
		})
	}
	t.Run("specs", func(t *testing.T) {
		dir := filepath.Join("..", "..", "..", "specs")
		files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
		specs, err := spec.LoadDir(dir)
		if err != nil {
			t.Fatalf("LoadDir: %v", err)
		}
		if len(specs) != len(files) || len(files) == 0 {
			t.Errorf("LoadDir loaded %d specs, want the %d *.toml files of specs/", len(specs), len(files))
		}
	})
}

// summary renders what the loader made of a spec that does not depend on line endings
// inside multi-line strings: names, values, types and the line of every code and field.
func summary(s *spec.Spec) string {
	var b strings.Builder
	fmt.Fprintf(&b, "spec %s %s %s %s %q %s\n", s.Package, s.Dir, s.CodeType, s.Retrieved, s.Release, s.Vendor)
	for _, e := range s.Envelopes {
		fmt.Fprintf(&b, "envelope %s code=%s match=%v message=%v description=%v request_id=%v\n",
			e.Name, e.CodeKey, e.Match, e.Message, e.Description, e.RequestID)
	}
	for _, f := range s.Fields {
		fmt.Fprintf(&b, "field %s %s %s line %d\n", f.JSON, f.Name, f.Type, f.Line)
	}
	for _, st := range s.Structs {
		for _, f := range st.Fields {
			fmt.Fprintf(&b, "struct %s field %s %s %s line %d\n", st.Name, f.JSON, f.Name, f.Type, f.Line)
		}
	}
	for _, c := range s.Codes {
		fmt.Fprintf(&b, "code %v %s parent=%s status=%+v line %d\n",
			c.Value(s.CodeType), c.Name, c.Parent, c.Status, c.Line)
	}
	for _, ca := range s.CatchAlls {
		fmt.Fprintf(&b, "catch_all %s %d-%d %q line %d\n", ca.Parent, ca.From, ca.To, ca.Prefix, ca.Line)
	}
	return b.String()
}

// lineOf returns the 1-based line of src that contains marker, which must occur exactly once.
func lineOf(t *testing.T, src, marker string) int {
	t.Helper()
	if n := strings.Count(src, marker); n != 1 {
		t.Fatalf("marker %q occurs %d times in the spec, want once", marker, n)
	}
	return strings.Count(src[:strings.Index(src, marker)], "\n") + 1
}

// lineSpec is a valid spec with three codes and two structs of two fields each; the line
// tests break one key of it at a time.
const lineSpec = `[spec]
vendor = "Example Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "exampleid"
dir = "example/exampleid"
code_type = "int"
doc = """
A multi-line doc that holds lines looking like TOML:
[[code]]
name = "NotACode"
"""

[[envelope]]
name = "default"
code = "code"
message = [
  "message",
  "error_message",
]

[[struct]]
name = "Location"
doc = "Where a problem is."

[[struct.field]]
json = "line"
name = "Line"
type = "int"
doc = "The line."

[[struct.field]]
json = "column"
name = "Column"
type = "int"
doc = "The column."

[[struct]]
name = "FieldError"
doc = "A field the request got wrong."

[[struct.field]]
json = "field"
name = "Field"
type = "string"
doc = "The field."

[[struct.field]]
json = "at"
name = "At"
type = "Location"
doc = "Where the field is."

[[field]]
json = "errors"
name = "Errors"
type = "[]FieldError"
doc = "The fields the request got wrong."

[[code]]
value = 100
name = "MissingArgument"
status = 400

[[code]]
value = 200
name = "InvalidArgument"
status = 400

[[code]]
value = 201
name = "DuplicateArgument"
status = 400
parent = "InvalidArgument"
fields = ["errors"]
`

// problemLineCases break one key of lineSpec each, for TestProblemLines.
var problemLineCases = []struct {
	name   string
	old    string // text of lineSpec to replace
	new    string // its replacement
	marker string // text on the line the only problem must point at
}{
	{"third code, wrong status", "status = 400\nparent", "status = 600\nparent", "status = 600"},
	{"third code, unknown key", "fields = [", "feilds = [", "feilds"},
	{"third code, wrong-case key", "parent = \"InvalidArgument\"\n",
		"parent = \"InvalidArgument\"\nStatus_Source = \"x\"\n", "Status_Source"},
	{"third code, duplicate value", "value = 201", "value = 200", "value = 200\nname = \"Dup"},
	{"third code, parent missing", "parent = \"InvalidArgument\"", "parent = \"Nope\"", "parent = \"Nope\""},
	{"third code, parent misspelled", "parent = \"InvalidArgument\"", "parent = \"InvalidArgumnet\"",
		"InvalidArgumnet"},
	{"third code, parent is itself", "parent = \"InvalidArgument\"", "parent = \"DuplicateArgument\"",
		"parent = \"DuplicateArgument\""},
	{"second struct, second field, wrong type", "type = \"Location\"", "type = \"*Location\"", "*Location"},
	{"second struct, second field, unknown key", "doc = \"Where the field is.\"",
		"doc = \"Where the field is.\"\ndocs = \"x\"", "docs ="},
	{"first struct, second field, empty doc", "doc = \"The column.\"", "doc = \"\"", "doc = \"\"\n\n[[struct]]"},
	{"key after a multi-line array", multiLineArray, multiLineArray + "\nrequest_id = []", "request_id = []"},
	{"key after a multi-line string", "code = \"code\"", "code = \"\"", "code = \"\""},
}

// multiLineArray is the envelope of lineSpec up to the end of its multi-line message array.
const multiLineArray = "name = \"default\"\ncode = \"code\"\nmessage = [\n  \"message\",\n  \"error_message\",\n]"

// TestProblemLines checks that problems point at the line of the key they are about, also
// inside the third of several [[code]] tables and inside a [[struct.field]] of the second
// [[struct]].
func TestProblemLines(t *testing.T) {
	for _, tt := range problemLineCases {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(lineSpec, tt.old) {
				t.Fatalf("lineSpec does not contain %q", tt.old)
			}
			src := strings.Replace(lineSpec, tt.old, tt.new, 1)
			want := lineOf(t, src, tt.marker)
			ps := loadProblems(t, []byte(src))
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), ps)
			}
			if ps[0].Line != want || ps[0].File != "spec.toml" {
				t.Errorf("problem at %s:%d, want spec.toml:%d: %v", ps[0].File, ps[0].Line, want, ps[0])
			}
		})
	}
}

// TestModelLines checks that the lines recorded in the model are the lines of the table
// headers.
func TestModelLines(t *testing.T) {
	s, err := spec.Load("spec.toml", []byte(lineSpec))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Codes {
		if want := lineOf(t, lineSpec, fmt.Sprintf("[[code]]\nvalue = %d\n", c.Int)); c.Line != want {
			t.Errorf("code %d: Line %d, want %d", c.Int, c.Line, want)
		}
	}
	for _, st := range s.Structs {
		for _, f := range st.Fields {
			if want := lineOf(t, lineSpec, fmt.Sprintf("[[struct.field]]\njson = %q\n", f.JSON)); f.Line != want {
				t.Errorf("struct %s field %s: Line %d, want %d", st.Name, f.JSON, f.Line, want)
			}
		}
	}
	if want := lineOf(t, lineSpec, "[[field]]"); len(s.Fields) != 1 || s.Fields[0].Line != want {
		t.Errorf("fields %+v, want one at line %d", s.Fields, want)
	}
}

// TestRelease checks that [spec] release is kept as written, and is "" when absent.
func TestRelease(t *testing.T) {
	for _, tt := range []struct{ fixture, want string }{
		{"string-everything", "v2 (2025.12.1)"},
		{"minimal-int", ""},
	} {
		f := readFixture(t, filepath.Join("testdata", "good", tt.fixture+".txtar"), false)
		s, err := spec.Load("spec.toml", f.spec)
		if err != nil {
			t.Fatal(err)
		}
		if s.Release != tt.want {
			t.Errorf("%s: Release = %q, want %q", tt.fixture, s.Release, tt.want)
		}
	}
}

// TestProblemsError checks the file:line: message form, with and without a line.
func TestProblemsError(t *testing.T) {
	ps := spec.Problems{
		{File: "a.toml", Line: 3, Msg: "first"},
		{File: "a.toml", Msg: "no line"},
	}
	if got, want := ps.Error(), "a.toml:3: first\na.toml: no line"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
