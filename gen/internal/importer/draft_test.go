package importer

import (
	"bytes"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"golang.org/x/tools/txtar"
)

// draftRows builds an Input of rows with the given messages and descriptions, codes 1, 2, ...
func draftRows(texts ...[2]string) *Input {
	in := &Input{File: "t.tsv", Format: formatTSV, Has: map[string]bool{roleCode: true, roleMessage: true, roleDescription: true}}
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

func TestDraftNeverNumbersNames(t *testing.T) {
	in := draftRows(
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
		[2]string{"CAPTCHA is invalid", "CAPTCHA is invalid, please enter the correct value."},
	)
	src, _, err := Draft(in, Options{NameFrom: defaultNameOrder})
	if err != nil {
		t.Fatal(err)
	}
	if got := namesOf(src); !equalStrings(got, []string{"CAPTCHAInvalid", "CAPTCHAInvalid", "CAPTCHAInvalid"}) {
		t.Errorf("names = %v: colliding names must stay as drafted, for a human to rename", got)
	}
	if n := strings.Count(string(src), "is also drafted for"); n != 3 {
		t.Errorf("%d collision TODOs, want one per code (3):\n%s", n, src)
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
	// message is not resolved from the descriptions, and is flagged.
	if got := namesOf(src); !equalStrings(got, []string{"DateRangeNotSpecified", "DateRangeNotSpecified", "EndDateMissingInRequest"}) {
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
// loader, except for problems a human must decide (duplicate or reserved names), each of
// which a TODO(curator) comment flags; and no draft decides a class.
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
			drafted := bytes.TrimPrefix(f.Data, inputs[name]) // an appended draft: its new part
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

// checkDraftLoads loads a draft and fails on any problem but a flagged name collision.
func checkDraftLoads(t *testing.T, where string, src []byte) {
	t.Helper()
	_, err := spec.Load("draft.toml", src)
	var ps spec.Problems
	if err != nil && !errors.As(err, &ps) {
		t.Fatalf("%s: %v", where, err)
	}
	lines := strings.Split(string(src), "\n")
	for _, p := range ps {
		nameProblem := strings.Contains(p.Msg, "is already the name of") || strings.Contains(p.Msg, "is declared by the generated package")
		if !nameProblem || !todoNear(lines, p.Line) {
			t.Errorf("%s: the draft does not load: %s", where, p)
		}
	}
}

// todoNear reports whether a TODO(curator) comment about the name follows line (1-based)
// within its [[code]] table.
func todoNear(lines []string, line int) bool {
	for i := line; i < len(lines) && !strings.HasPrefix(lines[i], "[["); i++ {
		if strings.HasPrefix(lines[i], todoPrefix) && strings.Contains(lines[i], "name") {
			return true
		}
	}
	return false
}

func TestAppendKeepsTheSpec(t *testing.T) {
	arc, err := txtar.ParseFile(filepath.Join("testdata", "diff-append.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range arc.Files {
		files[f.Name] = f.Data
	}
	before, after := files["spec.toml"], files["want/spec.toml"]
	if len(before) == 0 || len(after) <= len(before) {
		t.Fatalf("diff-append.txtar: want spec.toml and a longer want/spec.toml")
	}
	if !bytes.HasPrefix(after, before) {
		t.Errorf("-append changed the spec before its end")
	}
	if !bytes.Contains(after[len(before):], []byte("value = 1042")) {
		t.Errorf("-append did not append the added code 1042")
	}
}

func TestAppendAddsFinalNewline(t *testing.T) {
	s := &spec.Spec{CodeType: spec.IntCodes, Envelopes: []*spec.Envelope{{Name: "default"}}}
	in := draftRows([2]string{"New code", ""})
	d := Diff{Added: in.Rows}
	got := AppendDrafts([]byte("[spec]"), s, d, in, defaultNameOrder)
	if !bytes.HasPrefix(got, []byte("[spec]\n\n# Added by gen import")) {
		t.Errorf("AppendDrafts = %q", got)
	}
}
