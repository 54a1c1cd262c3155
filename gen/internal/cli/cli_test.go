package cli

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// TestParse checks flags before, between and after the arguments, "--", "-" as an argument,
// -h and a bad flag.
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  []string
		code int
		n    int
	}{
		{[]string{"a", "-n", "3", "b"}, []string{"a", "b"}, -1, 3},
		{[]string{"-n", "2", "a", "-"}, []string{"a", "-"}, -1, 2},
		{[]string{"a", "--", "x", "-n", "4"}, []string{"a", "x", "-n", "4"}, -1, 0},
		{[]string{"a", "-h"}, nil, 0, 0},
		{[]string{"-x"}, nil, 2, 0},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		n := fs.Int("n", 0, "a number")
		var stderr strings.Builder
		pos, code := Parse(fs, "usage: t [-n N] args", &stderr, tc.args)
		if !slices.Equal(pos, tc.pos) || code != tc.code || *n != tc.n {
			t.Errorf("Parse(%q) = %q, %d, n=%d; want %q, %d, n=%d", tc.args, pos, code, *n, tc.pos, tc.code, tc.n)
		}
		if code >= 0 && !strings.Contains(stderr.String(), "usage: t") {
			t.Errorf("Parse(%q) printed %q, want the usage", tc.args, stderr.String())
		}
	}
}
