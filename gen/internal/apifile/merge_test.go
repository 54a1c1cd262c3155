package apifile

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
)

// codeSrc is a generated package's code.go with the given constants, each of type Code.
func codeSrc(decls string) []emit.File {
	return []emit.File{{Name: "code.go", Src: []byte("package p\n\ntype Code int\n\nconst (\n" + decls + ")\n\nfunc Parse(status int, body []byte) error { return nil }\n")}}
}

// apiOf is Of on files, failing the test on an error.
func apiOf(t *testing.T, files []emit.File) []string {
	t.Helper()
	api, err := Of(files)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// TestMergeFlow follows a package through a rename: the first run records the API; a rename
// keeps the old line and reports it removed; the rename recorded as a deprecated alias is
// reported as newly deprecated and satisfies the contract again.
func TestMergeFlow(t *testing.T) {
	const file = "out/p/api.txt"
	v1 := apiOf(t, codeSrc("\tMissingArgument Code = 100\n"))
	src1, ch, err := Merge(file, "p", nil, v1)
	if err != nil {
		t.Fatal(err)
	}
	if !ch.New || ch.Lines != 3 || len(ch.Removed) != 0 {
		t.Errorf("first run: new %v, %d lines, removed %q; want a new file of 3 lines", ch.New, ch.Lines, ch.Removed)
	}
	if got, want := ch.String(), "out/p/api.txt: new; it records the package's API, 3 lines\n"; got != want {
		t.Errorf("first run summary %q, want %q", got, want)
	}
	wantLines := []string{"const MissingArgument Code", "func Parse(int, []uint8) error", "type Code int"}
	if got, _ := parse(src1); !slices.Equal(got, wantLines) {
		t.Errorf("recorded lines %q, want %q", got, wantLines)
	}

	// The same API again: nothing changes, byte for byte.
	again, ch, err := Merge(file, "p", src1, v1)
	if err != nil || !bytes.Equal(again, src1) || ch.String() != "" {
		t.Errorf("merging the same API: changed %v, summary %q, err %v", !bytes.Equal(again, src1), ch.String(), err)
	}

	// Renamed without recording the rename: the old line stays, reported removed.
	v2 := apiOf(t, codeSrc("\tArgumentMissing Code = 100\n"))
	src2, ch, err := Merge(file, "p", src1, v2)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ch.Added, []string{"const ArgumentMissing Code"}) || !slices.Equal(ch.Removed, []string{"const MissingArgument Code"}) || !ch.Breaking() {
		t.Errorf("rename: added %q, removed %q, want ArgumentMissing added and MissingArgument removed", ch.Added, ch.Removed)
	}
	if !bytes.Contains(src2, []byte("\nconst MissingArgument Code\n")) || !bytes.Contains(src2, []byte("\nconst ArgumentMissing Code\n")) {
		t.Errorf("the merged file lacks the old or the new line:\n%s", src2)
	}
	err = Verify(file, src2, codeSrc("\tArgumentMissing Code = 100\n"))
	if err == nil || !strings.Contains(err.Error(), "const MissingArgument Code") || !strings.Contains(err.Error(), `[[renamed]] from = "MissingArgument"`) {
		t.Errorf("Verify after the rename: %v, want it to name MissingArgument and the fix", err)
	}

	// The rename recorded: MissingArgument is back, as a deprecated alias.
	files3 := codeSrc("\tArgumentMissing Code = 100\n\n\t// Deprecated: use ArgumentMissing.\n\tMissingArgument Code = ArgumentMissing\n")
	src3, ch, err := Merge(file, "p", src2, apiOf(t, files3))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Added) != 0 || len(ch.Removed) != 0 || !slices.Equal(ch.Deprecated, []string{"const MissingArgument //deprecated"}) {
		t.Errorf("rename recorded: added %q, removed %q, deprecated %q; want MissingArgument newly deprecated and nothing else", ch.Added, ch.Removed, ch.Deprecated)
	}
	if err := Verify(file, src3, files3); err != nil {
		t.Errorf("Verify with the alias: %v", err)
	}
}

// TestMergeKeepsEveryLine checks that lines the code lost stay in the file, with the
// "//deprecated" line of a removed identifier, and that a "//deprecated" line of an identifier
// still declared but no longer deprecated is reported as such, not as a removal.
func TestMergeKeepsEveryLine(t *testing.T) {
	old := format("p", []string{
		"const Gone Code", "const Gone //deprecated", "const Back Code", "const Back //deprecated", "type Code int", "func Parse(int, []uint8) error",
	})
	src, ch, err := Merge("api.txt", "p", old, apiOf(t, codeSrc("\tBack Code = 1\n")))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, old) {
		t.Errorf("the merge changed the file:\n%s\nwant\n%s", src, old)
	}
	if !slices.Equal(ch.Removed, []string{"const Gone Code"}) || !slices.Equal(ch.Undeprecated, []string{"const Back //deprecated"}) {
		t.Errorf("removed %q, undeprecated %q", ch.Removed, ch.Undeprecated)
	}
	s := ch.String()
	for _, want := range []string{
		"api.txt: 1 REMOVED, 1 no longer deprecated\n",
		"\tREMOVED      const Gone Code\n",
		"\tundeprecated const Back\n",
		"BREAKING: api.txt: the generated code no longer declares 1 identifier this API contract lists; every program that uses it stops compiling:",
		"Back is declared but no longer deprecated",
		"mark the line removed by hand, with the date and the reason",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestMergeHandEdits checks what the merge does with a file a person edited: a deleted line of
// an identifier the code still declares comes back (reported added); comments and blank lines
// are replaced by the header, duplicates dropped; a file without the header is an error.
func TestMergeHandEdits(t *testing.T) {
	api := apiOf(t, codeSrc("\tA Code = 1\n"))
	edited := []byte(Header + "\n# my note\n\nconst A Code\nconst A Code   \ntype Code int\n")
	src, ch, err := Merge("api.txt", "p", edited, api)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ch.Added, []string{"func Parse(int, []uint8) error"}) {
		t.Errorf("added %q, want the deleted Parse line back", ch.Added)
	}
	if want := format("p", api); !bytes.Equal(src, want) {
		t.Errorf("merged file:\n%s\nwant\n%s", src, want)
	}
	if _, _, err := Merge("x/api.txt", "p", []byte("const A Code\n"), api); err == nil || !strings.Contains(err.Error(), "x/api.txt: does not start with the line") {
		t.Errorf("a file without the header: %v", err)
	}
}

// TestVerifyAdvice checks that the contract check tells a code's constant (fixed in the spec)
// from another identifier (fixed in the generator).
func TestVerifyAdvice(t *testing.T) {
	contract := format("p", []string{"const Gone Code", "func Helper() error", "type Code int", "func Parse(int, []uint8) error"})
	err := Verify("out/p/api.txt", contract, codeSrc(""))
	var broken *BrokenError
	if !errors.As(err, &broken) {
		t.Fatalf("Verify: %v, want a *BrokenError", err)
	}
	if !slices.Equal(broken.Removed, []string{"const Gone Code", "func Helper() error"}) {
		t.Errorf("Removed %q", broken.Removed)
	}
	msg := err.Error()
	for _, want := range []string{
		"out/p/api.txt: the generated code no longer declares 2 identifiers this API contract lists; every program that uses them stops compiling:",
		"\tconst Gone Code\n\t\tGone was the constant of a code. If the code was renamed, record the old name in the spec: [[renamed]] from = \"Gone\"",
		"add deprecated = \"<since when and why>\"",
		"\tfunc Helper() error\n\t\tThe generator no longer declares Helper: restore it in the generator (gen/internal/emit)",
		"To break the API on purpose instead, mark the line removed by hand",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if err := Verify("out/p/api.txt", contract[len(Header)+1:], codeSrc("")); err == nil || !strings.Contains(err.Error(), "does not start with") {
		t.Errorf("a contract without the header: %v", err)
	}
}

// TestRemovalRecordedByHand checks a removal a maintainer records by marking the line in
// api.txt: Merge keeps the marked line and reports nothing, Verify accepts the contract, and
// the "//deprecated" line of the identifier is not reported either.
func TestRemovalRecordedByHand(t *testing.T) {
	marked := "const Gone Code //removed 2026-12-07: the vendor never had it (spec note)"
	contract := format("p", []string{marked, "const Gone //deprecated", "const A Code", "func Parse(int, []uint8) error",
		"type Code int"})
	files := codeSrc("\tA Code = 1\n")
	src, ch, err := Merge("api.txt", "p", contract, apiOf(t, files))
	if err != nil {
		t.Fatal(err)
	}
	if ch.Breaking() || len(ch.Undeprecated) != 0 || ch.String() != "" {
		t.Errorf("a recorded removal is reported: %+v\n%s", ch, ch.String())
	}
	if !bytes.Contains(src, []byte("\n"+marked+"\n")) {
		t.Errorf("the merge dropped the record:\n%s", src)
	}
	if err := Verify("api.txt", src, files); err != nil {
		t.Errorf("Verify of a contract with a recorded removal: %v", err)
	}
	unmarked := format("p", []string{"const Gone Code", "const A Code", "func Parse(int, []uint8) error", "type Code int"})
	if err := Verify("api.txt", unmarked, files); err == nil {
		t.Errorf("Verify accepts the removal without its record")
	}
}

// TestGeneratorRemovals checks the removals the generator records itself: a contract that lists
// Error.Equal, merged with code that no longer declares it, gets the line marked with the date
// and reason of GeneratorRemovals, reported as removed on purpose and not as a break, and its
// "//deprecated" line dropped; code that still declares it keeps the plain line.
func TestGeneratorRemovals(t *testing.T) {
	r := GeneratorRemovals[0]
	if r.Line != "method (*Error) Equal(*Error) bool" || r.Date == "" || r.Reason == "" {
		t.Fatalf("GeneratorRemovals[0] = %+v", r)
	}
	without := []emit.File{{Name: "error.go", Src: []byte("package p\n\ntype Error struct{}\n")}}
	with := []emit.File{{Name: "error.go", Src: []byte("package p\n\ntype Error struct{}\n\n" +
		"func (e *Error) Equal(o *Error) bool { return true }\n")}}
	contract := format("p", []string{r.Line, "method (*Error) Equal //deprecated", "type Error struct"})
	src, ch, err := Merge("api.txt", "p", contract, apiOf(t, without))
	if err != nil {
		t.Fatal(err)
	}
	if ch.Breaking() || !slices.Equal(ch.Recorded, []string{r.Marked()}) {
		t.Errorf("Recorded %q, Removed %q; want the marked line recorded and nothing removed", ch.Recorded, ch.Removed)
	}
	if !strings.Contains(ch.String(), "1 removed on purpose") || strings.Contains(ch.String(), "BREAKING") {
		t.Errorf("summary:\n%s", ch.String())
	}
	got, _ := parse(src)
	if want := []string{r.Marked(), "type Error struct"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	if err := Verify("api.txt", src, without); err != nil {
		t.Errorf("Verify after the recorded removal: %v", err)
	}
	if _, ch, _ := Merge("api.txt", "p", contract, apiOf(t, with)); len(ch.Recorded) != 0 {
		t.Errorf("a declared Equal was marked removed: %q", ch.Recorded)
	}
}
