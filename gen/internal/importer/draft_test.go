package importer

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"golang.org/x/tools/txtar"
)

// draftRows builds an Input of rows with the given messages and descriptions, codes 1, 2, ...
func draftRows(texts ...[2]string) *Input {
	in := &Input{File: "t.tsv", Format: formatTSV,
		Has: map[string]bool{roleCode: true, roleMessage: true, roleDescription: true}}
	for i, tx := range texts {
		in.Rows = append(in.Rows, Row{Code: string(rune('1' + i)), Message: tx[0], Description: tx[1], Line: i + 2})
	}
	return in
}

// namesOf returns the names of the [[code]] tables of a draft, in order.
func namesOf(src []byte) []string {
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^value = .*\nname = "([^"]*)"$`).FindAllSubmatch(src, -1) {
		names = append(names, string(m[1]))
	}
	return names
}

func TestDraftTellsCollidingNamesApartByValue(t *testing.T) {
	in := draftRows(
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
	)
	src, _, err := Draft(in, Options{NameFrom: defaultNameOrder})
	if err != nil {
		t.Fatal(err)
	}
	if got := namesOf(src); !equalStrings(got, []string{"CAPTCHAInvalid1", "CAPTCHAInvalid2", "CAPTCHAInvalid3"}) {
		t.Errorf("names = %v: colliding names are told apart by their code's value", got)
	}
	if n := strings.Count(string(src), "is also drafted for"); n != 3 {
		t.Errorf("%d collision TODOs, want one per code (3):\n%s", n, src)
	}
	if _, err := spec.Load("draft.toml", src); err != nil {
		t.Errorf("the draft does not load: %v", err)
	}
}

func TestDraftNamesTheLoaderRejects(t *testing.T) {
	in := draftRows([2]string{"Code", ""}, [2]string{"Parse", ""}, [2]string{"Error", ""})
	src, _, err := Draft(in, Options{NameFrom: defaultNameOrder})
	if err != nil {
		t.Fatal(err)
	}
	if got := namesOf(src); !equalStrings(got, []string{"Code1", "Parse2", "Error3"}) {
		t.Errorf("names = %v, want the names the generated package declares told apart by value", got)
	}
	if n := strings.Count(string(src), "is declared by the generated package itself"); n != 3 {
		t.Errorf("%d TODOs about declared names, want 3:\n%s", n, src)
	}
}

func TestDraftRefusedWhenTheLoaderRejectsIt(t *testing.T) {
	in := draftRows([2]string{"One", ""})
	_, _, err := Draft(in, Options{Out: "x.toml", NameFrom: defaultNameOrder, Package: "okta", Dir: "vendors/octa"})
	want := "the draft of x.toml does not load, so nothing was written; the loader says:\n" +
		"\tx.toml:15: [spec]: dir \"vendors/octa\" must end in the package name \"okta\", so the import path " +
		"and the package name agree (from -dir and -package)"
	if err == nil || err.Error() != want {
		t.Errorf("Draft: %v\nwant %s", err, want)
	}
}

func TestDraftSharedMessageNamesFromDescriptions(t *testing.T) {
	in := draftRows(
		[2]string{"The date range is not specified", "The end date is missing in the request."},
		[2]string{"The date range is not specified", "The start date is missing in the request."},
		[2]string{"End date missing in request", ""}, // takes the name the first would get
	)
	src, _, err := Draft(in, Options{NameFrom: defaultNameOrder})
	if err != nil {
		t.Fatal(err)
	}
	// The description of code 1 drafts EndDateMissingInRequest, taken by code 3: the shared
	// message is not resolved from the descriptions; the names are told apart by value.
	want := []string{"DateRangeNotSpecified1", "DateRangeNotSpecified2", "EndDateMissingInRequest"}
	if got := namesOf(src); !equalStrings(got, want) {
		t.Errorf("names = %v", got)
	}
	in = draftRows(in.Rows[0].pair(), in.Rows[1].pair())
	src, _, err = Draft(in, Options{NameFrom: defaultNameOrder})
	if err != nil {
		t.Fatal(err)
	}
	if got := namesOf(src); !equalStrings(got, []string{"EndDateMissingInRequest", "StartDateMissingInRequest"}) {
		t.Errorf("names = %v, want them drafted from the descriptions", got)
	}
}

// pair returns a row's message and description.
func (r Row) pair() [2]string { return [2]string{r.Message, r.Description} }

// equalStrings reports whether two lists are equal.
func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

// classKeyRE matches a class or unclassified key, which a draft never writes.
var classKeyRE = regexp.MustCompile(`(?m)^\s*(class|unclassified)\s*=`)

// TestGoldenDraftsLoad loads every draft the golden archives record: each loads with the
// loader, and no draft decides a class.
func TestGoldenDraftsLoad(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	drafts := 0
	for _, p := range paths {
		arc, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs := map[string][]byte{}
		for _, f := range arc.Files {
			inputs[f.Name] = f.Data
		}
		for _, f := range arc.Files {
			name, ok := strings.CutPrefix(f.Name, "want/")
			if !ok || !strings.HasSuffix(name, ".toml") {
				continue
			}
			drafts++
			drafted := f.Data
			if inputs[name] != nil { // an appended draft: its new part
				_, drafted, _ = bytes.Cut(f.Data, []byte("\n# Added by gen import"))
			}
			if classKeyRE.Match(drafted) {
				t.Errorf("%s: %s: the draft writes a class or unclassified key", p, name)
			}
			checkDraftLoads(t, p+": "+name, f.Data)
		}
	}
	if drafts < 5 {
		t.Errorf("only %d drafts in the golden archives", drafts)
	}
}

// checkDraftLoads loads a draft and fails on any problem.
func checkDraftLoads(t *testing.T, where string, src []byte) {
	t.Helper()
	if _, err := spec.Load("draft.toml", src); err != nil {
		t.Errorf("%s: the draft does not load: %v", where, err)
	}
}

// editableKeyRE matches the key lines -append may replace or add, and its comments.
var editableKeyRE = regexp.MustCompile(
	`^(message|description|status|wire|retrieved|release|deprecated) = |^# TODO\(curator\): `)

// TestAppendKeepsTheSpec checks every -append archive: the spec after the run is the spec
// before it, every line kept in order, with only review comments and the keys -append sets
// added or replaced before the appended drafts.
func TestAppendKeepsTheSpec(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	checked := 0
	for _, p := range paths {
		g := readGolden(t, p)
		if !containsString(g.args, "-append") {
			continue
		}
		name := g.args[containsIndex(g.args, "-diff")+1]
		if target, ok := g.links[name]; ok {
			name = target
		}
		before, after := g.input[name], g.want[name]
		if after == nil {
			continue
		}
		checked++
		if i := bytes.Index(after, []byte("\n# Added by gen import")); i >= 0 {
			after = after[:i+1]
		}
		checkOnlyEdits(t, p, strings.Split(string(before), "\n"), strings.Split(string(after), "\n"))
	}
	if checked < 3 {
		t.Errorf("only %d -append archives change their spec", checked)
	}
}

// containsIndex returns the index of s in list, or -1.
func containsIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// checkOnlyEdits checks that after is before with only editable lines removed or added: the
// lines of before that are not editable appear in after, in order, and every line of after
// that is not one of them is editable or blank. A multi-line value of an editable key is
// editable on all its lines.
func checkOnlyEdits(t *testing.T, where string, before, after []string) {
	t.Helper()
	eb, ea := editable(before), editable(after)
	j := 0
	for i, l := range before {
		if eb[i] {
			if j < len(after) && after[j] == l {
				j++
			}
			continue // kept, or replaced by -append
		}
		for j < len(after) && after[j] != l {
			if !ea[j] && after[j] != "" {
				t.Errorf("%s: -append added %q, which is not a key it sets nor a review comment", where, after[j])
			}
			j++
		}
		if j == len(after) {
			t.Errorf("%s: -append lost or moved the line %q", where, l)
			return
		}
		j++
	}
	for k := j; k < len(after); k++ {
		if !ea[k] && after[k] != "" {
			t.Errorf("%s: -append added %q at the end, which is not a key it sets nor a review comment",
				where, after[k])
		}
	}
}

// editable marks the lines of an editable key (with the lines of a multi-line value) and the
// review comments.
func editable(lines []string) []bool {
	out := make([]bool, len(lines))
	for i := 0; i < len(lines); i++ {
		if !editableKeyRE.MatchString(lines[i]) {
			continue
		}
		out[i] = true
		if v := lines[i][strings.Index(lines[i], "=")+1:]; strings.Count(v, `"""`) == 1 {
			for i++; i < len(lines); i++ {
				out[i] = true
				if strings.Contains(lines[i], `"""`) {
					break
				}
			}
		}
	}
	return out
}

func TestAppendAddsFinalNewline(t *testing.T) {
	s := &spec.Spec{CodeType: spec.IntCodes, Envelopes: []*spec.Envelope{{Name: "default"}}}
	in := draftRows([2]string{"New code", ""})
	codes := draftCodes(in.Rows, newNamer(defaultNameOrder, in.Rows), nil)
	m := monthly{s: s, in: in, u: republication{date: "2026-08-15", file: "t.tsv"}}
	got := appendDrafts([]byte("[spec]"), codes, m, "\n").src
	if !bytes.HasPrefix(got, []byte("[spec]\n\n# Added by gen import")) {
		t.Errorf("appendDrafts = %q", got)
	}
}
