package spec_test

import (
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// TestNameProblem checks the rule for the Go names a spec declares, which gen import uses for
// the names it drafts: an exported ASCII identifier, never a name go test takes for a test
// function, and not a name the generated package or its Error declares, by use.
func TestNameProblem(t *testing.T) {
	const (
		ok       = ""
		testFunc = "go test takes for"
		reserved = "declared by the generated package itself"
		member   = "field or method of the generated Error"
	)
	all := []spec.NameUse{spec.CodeName, spec.StructName, spec.FieldName, spec.StructFieldName}
	tests := []struct {
		name string
		want [4]string // a part of the problem for each use of all, in order; ok for none
	}{
		{"MissingArgument", [4]string{ok, ok, ok, ok}},
		{"Test", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"TestFromResponse", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"Test1", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"Test_x", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"FuzzParse", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"BenchmarkX", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"Example", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"ExampleCode_String", [4]string{testFunc, testFunc, testFunc, testFunc}},
		{"Testing", [4]string{ok, ok, ok, ok}},
		{"Fuzzy", [4]string{ok, ok, ok, ok}},
		{"Examples", [4]string{ok, ok, ok, ok}},
		{"Benchmarks", [4]string{ok, ok, ok, ok}},
		{"MyTest", [4]string{ok, ok, ok, ok}},
		{"Code", [4]string{reserved, reserved, member, ok}},
		{"Parse", [4]string{reserved, reserved, ok, ok}},
		{"Status", [4]string{ok, ok, member, ok}},
		{"missingArgument", [4]string{"must be exported", "must be exported", "must be exported", "must be exported"}},
		{"Ärger", [4]string{"ASCII", "ASCII", "ASCII", "ASCII"}},
		{"Testé", [4]string{"ASCII", "ASCII", "ASCII", "ASCII"}},
	}
	for _, tt := range tests {
		for i, use := range all {
			got := spec.NameProblem(tt.name, use)
			if (tt.want[i] == ok) != (got == "") || !strings.Contains(got, tt.want[i]) {
				t.Errorf("NameProblem(%q, %d) = %q, want a problem that says %q", tt.name, use, got, tt.want[i])
			}
		}
	}
}

// TestPackageNamesPass checks that the lists of reserved names hold names the rule would
// otherwise accept: a name that is not an identifier, or looks like a test, would be
// reported for that reason, and listing it would hide a mistake in the list.
func TestPackageNamesPass(t *testing.T) {
	for _, list := range [][]string{spec.PackageNames, spec.ErrorMembers} {
		for _, n := range list {
			if p := spec.NameProblem(n, spec.StructFieldName); p != "" {
				t.Errorf("%s: %s", n, p)
			}
		}
	}
}
