package emit_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/gen/internal/specfuzz"
	"github.com/apierr/apierr/internal/slow"
)

// textSpecs are two specs with every key that holds text, each set once, which the tricks
// replace: a string spec (scenarios, structs, detail fields) and an int spec (wire names,
// catch-alls, classes by status, renames, a withdrawn code).
var textSpecs = map[string]string{
	"textstr": `[spec]
vendor = "Vendor"
document = "Document"
source = "https://docs.example.com/errors"
package = "textstr"
dir = "textstr"
code_type = "string"
doc = "Doc."

[[envelope]]
name = "default"
doc = "Envelope doc."
code = "error"
description = ["error_description"]
details = "error_details"

[[field]]
json = "error_details"
name = "Details"
type = "map[string]json.RawMessage"
doc = "Field doc."

[[field]]
json = "errors"
name = "Errors"
type = "[]FieldError"
doc = "Field doc."

[[struct]]
name = "FieldError"
doc = "Struct doc."

[[struct.field]]
json = "field"
name = "Field"
type = "string"
doc = "Struct field doc."

[[code]]
value = "a.first"
name = "First"
message = "Message."
description = "Description."
resolution = "Resolution."
note = "Note."
source = "Source."
status = 400
status_source = "Status source."
class = "invalid_request"

[[code]]
value = "b.second"
name = "Second"
unclassified = "Unclassified."
deprecated = "Deprecated."

[[scenario]]
section = "Section"
status = 400
error = "a.first"
detail_key = "emailAddress"
text = "Text"
message = "Message"
scenario = "Scenario"
resolution = "Resolution"
note = "Note"
`,
	"textint": `[spec]
vendor = "Vendor"
document = "Document"
source = "https://docs.example.com/errors"
package = "textint"
dir = "textint"
code_type = "int"
doc = "Doc."

[[envelope]]
name = "default"
code = "code"
wire_name = "error"
message = ["message"]

[[code]]
value = 100
name = "First"
wire = "first"
message = "Message."
description = "Description."
resolution = "Resolution."
note = "Note."
status = 400
status_source = "Status source."
class = "invalid_request"

[[code]]
value = 200
name = "Second"
wire = "second"
unclassified = "Unclassified."
deprecated = "Deprecated."

[[catch_all]]
parent = "Second"
from = 201
to = 299
note = "Note."

[[status_class]]
status = 503
class = "unavailable"
note = "Note."

[[http_status]]
status = 400
message = "Message."
description = "Description."

[[renamed]]
from = "OldFirst"
to = "First"
date = 2026-04-01
note = "Note."
`,
}

// textPlace is a key of a spec that holds text, and how to set it.
type textPlace struct {
	name string
	set  func(s *spec.Spec, text string)
	// literal: the text reaches a string literal of the package, verbatim.
	literal bool
}

// textPlaces are the keys of textSpecs that hold text. Those a spec does not have are left
// out for it (setting them is a no-op).
var textPlaces = []textPlace{
	{"spec.vendor", func(s *spec.Spec, t string) { s.Vendor = t }, true},
	{"spec.document", func(s *spec.Spec, t string) { s.Document = t }, false},
	{"spec.source", func(s *spec.Spec, t string) { s.Source = t }, false},
	{"spec.doc", func(s *spec.Spec, t string) { s.Doc = t }, false},
	{"envelope.doc", func(s *spec.Spec, t string) { s.Envelopes[0].Doc = t }, false},
	{"code.message", func(s *spec.Spec, t string) { s.Codes[0].Message = t }, true},
	{"code.description", func(s *spec.Spec, t string) { s.Codes[0].Description = t }, true},
	{"code.resolution", func(s *spec.Spec, t string) { s.Codes[0].Resolution = t }, true},
	{"code.note", func(s *spec.Spec, t string) { s.Codes[0].Note = t }, false},
	{"code.source", func(s *spec.Spec, t string) { s.Codes[0].Source = t }, false},
	{"code.status_source", func(s *spec.Spec, t string) { s.Codes[0].Status.Source = t }, false},
	{"code.unclassified", func(s *spec.Spec, t string) { s.Codes[1].Unclassified = t }, true},
	{"code.deprecated", func(s *spec.Spec, t string) { s.Codes[1].Deprecated = t }, false},
	{"field.doc", func(s *spec.Spec, t string) {
		for _, f := range s.Fields {
			f.Doc = t
		}
	}, false},
	{"struct.doc", func(s *spec.Spec, t string) {
		for _, st := range s.Structs {
			st.Doc = t
		}
	}, false},
	{"struct.field.doc", func(s *spec.Spec, t string) {
		for _, st := range s.Structs {
			st.Fields[0].Doc = t
		}
	}, false},
	{"scenario.section", scenarioText(func(sc *spec.Scenario) *string { return &sc.Section }), true},
	{"scenario.scenario", scenarioText(func(sc *spec.Scenario) *string { return &sc.Scenario }), true},
	{"scenario.resolution", scenarioText(func(sc *spec.Scenario) *string { return &sc.Resolution }), true},
	{"scenario.text", scenarioText(func(sc *spec.Scenario) *string { return &sc.Text }), true},
	{"scenario.message", scenarioText(func(sc *spec.Scenario) *string { return &sc.Message }), true},
	{"scenario.note", scenarioText(func(sc *spec.Scenario) *string { return &sc.Note }), false},
	{"catch_all.note", func(s *spec.Spec, t string) {
		for _, ca := range s.CatchAlls {
			ca.Note = t
		}
	}, false},
	{"status_class.note", func(s *spec.Spec, t string) {
		for _, sc := range s.StatusClasses {
			sc.Note = t
		}
	}, false},
	{"http_status.message", func(s *spec.Spec, t string) {
		for _, h := range s.HTTPStatus {
			h.Message, h.Description = t, t
		}
	}, false},
	{"renamed.note", func(s *spec.Spec, t string) {
		for _, r := range s.Renamed {
			r.Note = t
		}
	}, false},
}

// scenarioText returns the setter of a text of the spec's scenarios.
func scenarioText(field func(*spec.Scenario) *string) func(s *spec.Spec, text string) {
	return func(s *spec.Spec, text string) {
		for _, sc := range s.Scenarios {
			*field(sc) = text
		}
	}
}

// loadTextSpec loads one of textSpecs.
func loadTextSpec(t *testing.T, name string) *spec.Spec {
	t.Helper()
	s, err := spec.Load(name+".toml", []byte(textSpecs[name]))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// trickSpec is textSpecs[name] with the trick in every text, each ending in a marker that
// names its place ("at-code.message"), and, with wire, in the wire name of the first code (its
// value in the string spec, as ExampleParse prints it). The loader would reject some tricks;
// the emitters must be safe without it, so they are set after loading.
func trickSpec(t *testing.T, name string, trick specfuzz.Trick, wire bool) *spec.Spec {
	t.Helper()
	s := loadTextSpec(t, name)
	for _, p := range textPlaces {
		p.set(s, trick.Text+" at-"+p.name)
	}
	switch {
	case !wire:
	case s.StringCodes:
		s.Codes[0].Str = trick.Text
		sort.SliceStable(s.Codes, func(i, j int) bool { return s.Codes[i].Str < s.Codes[j].Str })
	default:
		s.Codes[0].Wire = trick.Text
	}
	return s
}

// TestTextIsNeverGo generates the text specs with each trick in every text and checks that
// every generated Go file parses, has no directive, no build constraint that go/build or
// gofmt would act on and no invisible character (specfuzz.CheckText), declares and imports
// exactly what the package without the tricks does, type-checks with its tests (for amd64
// and 386), that its catalogue (CODES.md) links only to http(s) URLs, and that it holds each
// text as data: its marker in a comment or the catalogue, and the
// exact text in a string literal where the package keeps it as a value.
func TestTextIsNeverGo(t *testing.T) {
	for _, name := range []string{"textstr", "textint"} {
		base := declarations(t, generate(t, loadTextSpec(t, name)))
		for _, trick := range specfuzz.Tricks {
			t.Run(name+"/"+trick.Name, func(t *testing.T) {
				t.Parallel()
				s := trickSpec(t, name, trick, true)
				files := generate(t, s)
				if err := specfuzz.CheckText(files); err != nil {
					t.Fatalf("the text is Go:\n%v", err)
				}
				for _, f := range files {
					if f.Name != "CODES.md" {
						continue
					}
					if err := specfuzz.CheckLinks(f.Src); err != nil {
						t.Errorf("CODES.md: %v", err)
					}
				}
				if got := declarations(t, files); !slices.Equal(got, base) {
					t.Errorf("declarations and imports differ from the package without the trick:\n%s", firstDiff(
						strings.Join(base, "\n")+"\n", strings.Join(got, "\n")+"\n"))
				}
				if err := specfuzz.TypeCheck(importPathOf(s), files); err != nil {
					t.Errorf("the package does not type-check:\n%v", err)
				}
				checkTextIsData(t, s, files, trick.Text)
			})
		}
	}
}

// generate returns the files of s, generated for import path importPathOf(s).
func generate(t *testing.T, s *spec.Spec) []emit.File {
	t.Helper()
	files, err := emit.Files(s, emit.Options{ImportPath: importPathOf(s)})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// importPathOf is the import path of the package of s in the temporary module.
func importPathOf(s *spec.Spec) string {
	return e2eModule + "/" + s.Dir
}

// declarations lists, sorted, the imports and the top-level declarations of the Go files,
// each with its file.
func declarations(t *testing.T, files []emit.File) []string {
	t.Helper()
	var out []string
	for _, f := range goFiles(t, files) {
		for _, imp := range f.file.Imports {
			out = append(out, f.name+": import "+imp.Path.Value)
		}
		for _, d := range f.file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				out = append(out, f.name+": func "+d.Name.Name)
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							out = append(out, f.name+": "+d.Tok.String()+" "+n.Name)
						}
					case *ast.TypeSpec:
						out = append(out, f.name+": type "+sp.Name.Name)
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// parsedFile is a generated Go file, parsed.
type parsedFile struct {
	name string
	file *ast.File
}

// goFiles parses the Go files among files.
func goFiles(t *testing.T, files []emit.File) []parsedFile {
	t.Helper()
	var out []parsedFile
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, parsedFile{f.Name, af})
	}
	return out
}

// checkTextIsData checks that each place the package keeps as a value has a string literal
// that holds the text exactly, and that the marker of every other place is in a comment of a
// Go file or in CODES.md.
func checkTextIsData(t *testing.T, s *spec.Spec, files []emit.File, text string) {
	t.Helper()
	var comments, catalogue strings.Builder
	var literals []string
	for _, f := range goFiles(t, files) {
		for _, g := range f.file.Comments {
			for _, c := range g.List {
				comments.WriteString(c.Text + "\n")
			}
		}
		ast.Inspect(f.file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				v, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatalf("%s: %v", lit.Value, err)
				}
				literals = append(literals, v)
			}
			return true
		})
	}
	for _, f := range files {
		if f.Name == "CODES.md" {
			catalogue.Write(f.Src)
		}
	}
	unused := unusedPlaces(s)
	for _, p := range textPlaces {
		if unused[p.name] {
			continue
		}
		marker := "at-" + p.name
		switch {
		case p.literal:
			if !slices.Contains(literals, text+" "+marker) {
				t.Errorf("%s: no string literal holds the text exactly", p.name)
			}
		case !strings.Contains(comments.String(), marker) && !strings.Contains(catalogue.String(), marker):
			t.Errorf("%s: the text is in no comment and not in CODES.md", p.name)
		}
	}
}

// unusedPlaces are the places of textPlaces that s does not have, or whose text no output
// carries: the notes of the envelopes, scenarios and catch-alls (for the curator), and the
// vendor's table of HTTP statuses.
func unusedPlaces(s *spec.Spec) map[string]bool {
	unused := map[string]bool{
		"envelope.doc": true, "scenario.note": true, "catch_all.note": true, "http_status.message": true,
	}
	if len(s.Scenarios) == 0 {
		for _, p := range textPlaces {
			if strings.HasPrefix(p.name, "scenario.") {
				unused[p.name] = true
			}
		}
	}
	unused["field.doc"] = len(s.Fields) == 0
	unused["struct.doc"] = len(s.Structs) == 0
	unused["struct.field.doc"] = len(s.Structs) == 0
	unused["status_class.note"] = len(s.StatusClasses) == 0
	unused["renamed.note"] = len(s.Renamed) == 0
	return unused
}

// TestTextIsNeverGoBuilds writes the text specs with some of the tricks into a temporary
// module: go vet passes on all of them (the examples whose output a comment cannot hold
// compile), and go test on those the loader accepts in its texts (the generated tests reject
// control characters in a vendor's name or a code, as the loader does), with the vendor's
// name and the codes' wire names left alone.
func TestTextIsNeverGoBuilds(t *testing.T) {
	slow.Skip(t)
	var vet, run []*spec.Spec
	for i, trick := range specfuzz.Tricks {
		switch trick.Name {
		case "plus build line", "go build line", "byte order mark", "lone CR", "line separator", "bidi",
			"block comment", "javascript link":
		default:
			continue
		}
		for _, name := range []string{"textstr", "textint"} {
			s := trickSpec(t, name, trick, true)
			s.Dir = "vet/t" + strconv.Itoa(i) + "/" + s.Package
			vet = append(vet, s)
			if loaderAccepts(t, trick.Text) {
				s := trickSpec(t, name, trick, false)
				s.Dir = "run/t" + strconv.Itoa(i) + "/" + s.Package
				s.Vendor = "Vendor" // one line of printable text, as the loader asks
				run = append(run, s)
			}
		}
	}
	root := writeModule(t, append(vet, run...)...)
	for _, args := range [][]string{{"vet", "./..."}, {"test", "-count=1", "./run/..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = root, goEnv()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if len(run) < 8 {
		t.Errorf("the loader accepts %d of the tricks' specs, want at least 8 to run", len(run))
	}
}

// loaderAccepts reports whether the loader accepts text in a spec's prose (its doc: the vendor's
// name is one line, and the loader rejects a line break there).
func loaderAccepts(t *testing.T, text string) bool {
	t.Helper()
	doc, err := toml.Marshal(map[string]string{"doc": text})
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(textSpecs["textint"], "doc = \"Doc.\"\n", string(doc), 1)
	_, err = spec.Load("textint.toml", []byte(src))
	return err == nil
}
