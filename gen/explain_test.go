package main

import (
	"strings"
	"testing"
)

// TestExplainDispatch checks that gen hands "explain" to the subcommand before its own flags;
// the subcommand's own tests are in gen/internal/explain.
func TestExplainDispatch(t *testing.T) {
	code, out, errOut := gen("explain", "-specs", "internal/explain/testdata/specs", "intid", "213")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, want := range []string{"code: 213 (password_incorrect)", "class: apierr.ErrInvalidCredentials"} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
