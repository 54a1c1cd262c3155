package spec_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/specs"
)

// The loader rejects a code with both a class and a reason to have none, but accepts one with
// neither: a team's own specs need not classify their codes. This module's specs promise more:
// every code has a class or says why it has none. The tests below hold them to it, whatever
// specs the specs/ folder holds.

// unclassifiedCodes returns one message per code of s that has neither a class nor a reason
// to have none, with its file and line and how to fix it.
func unclassifiedCodes(s *spec.Spec) []string {
	var out []string
	for _, c := range s.Codes {
		if c.Class == "" && c.Unclassified == "" {
			out = append(out, fmt.Sprintf("%s:%d: [[code]] %v (%s) has neither a class nor a reason to have none; add "+
				"class = \"<a class of package apierr>\" or unclassified = \"<why it has none>\"",
				s.File, c.Line, c.Value(s.CodeType), c.Name))
		}
	}
	return out
}

// TestSpecsClassifyEveryCode checks that every code of every spec of this module (the
// embedded specs/ folder) has a class or a reason to have none.
func TestSpecsClassifyEveryCode(t *testing.T) {
	all, err := spec.LoadFS(specs.FS(), "specs")
	if err != nil {
		t.Fatalf("loading specs/: %v", err)
	}
	if len(all) == 0 {
		t.Fatal("specs/ holds no specs")
	}
	for _, s := range all {
		for _, msg := range unclassifiedCodes(s) {
			t.Error(msg)
		}
	}
}

// classifiedSpec has a classified code, a code with a reason to have no class, and, at line
// 23, a code with neither.
const classifiedSpec = `[spec]
vendor = "Example Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "exampleid"
dir = "example/exampleid"
code_type = "string"

[[envelope]]
name = "default"
code = "code"

[[code]]
value = "a.classified"
name = "AClassified"
class = "invalid_request"

[[code]]
value = "b.reason"
name = "BReason"
unclassified = "The document does not say what it means."

[[code]]
value = "c.neither"
name = "CNeither"
`

// TestUnclassifiedCodes checks that the check of TestSpecsClassifyEveryCode finds the code
// with neither a class nor a reason, and only it, by its file and line.
func TestUnclassifiedCodes(t *testing.T) {
	s, err := spec.Load("specs/example.toml", []byte(classifiedSpec))
	if err != nil {
		t.Fatalf("the loader rejects a code without a class: %v", err)
	}
	got := unclassifiedCodes(s)
	if len(got) != 1 || !strings.HasPrefix(got[0], "specs/example.toml:23: [[code]] c.neither (CNeither) has neither") {
		t.Errorf("unclassifiedCodes = %q, want one message for c.neither at line 23", got)
	}
}
