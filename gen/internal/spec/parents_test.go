package spec_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// Parent chains are followed once per code, so validation is linear in the number of codes
// whatever the depth of the chains (issue 22: a chain 10,000 deep took 11 s, quadratic), and
// a cycle is one problem, however many codes it holds. The specs below are built in memory;
// BenchmarkLoadParentChain times them (no test asserts a time).

// deepSpecCodes is the number of codes of the specs that TestDeepParentChain and
// TestLongParentCycle load.
const deepSpecCodes = 10_000

// chainSpec returns an int spec of n codes, Code1 to Coden, in which each code but the first
// is the child of the code before it: one chain n deep. With cycle set, Code1's parent is
// Coden, which closes the chain into a cycle of n codes.
func chainSpec(n int, cycle bool) string {
	var b strings.Builder
	b.WriteString(`[spec]
vendor = "Example Identity"
document = "Error codes"
source = "https://docs.example.com/errors"
package = "exampleid"
dir = "example/exampleid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"
`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "\n[[code]]\nvalue = %d\nname = \"Code%d\"\n", i, i)
		switch {
		case i > 1:
			fmt.Fprintf(&b, "parent = \"Code%d\"\n", i-1)
		case cycle:
			fmt.Fprintf(&b, "parent = \"Code%d\"\n", n)
		}
	}
	return b.String()
}

// TestDeepParentChain loads a spec whose codes form one parent chain deepSpecCodes deep: it
// is valid, and every code keeps its parent.
func TestDeepParentChain(t *testing.T) {
	s, err := spec.Load("deep.toml", []byte(chainSpec(deepSpecCodes, false)))
	if err != nil {
		t.Fatalf("Load: %.500v", err)
	}
	if len(s.Codes) != deepSpecCodes {
		t.Fatalf("%d codes, want %d", len(s.Codes), deepSpecCodes)
	}
	for i, c := range s.Codes[1:] {
		if want := fmt.Sprintf("Code%d", i+1); c.Parent != want {
			t.Fatalf("%s: parent %q, want %q", c.Name, c.Parent, want)
		}
	}
}

// TestLongParentCycle loads a spec whose deepSpecCodes codes form one parent cycle and checks
// that the cycle is one problem, at the parent key of the code that comes first in the file,
// that gives the length of the cycle and its first members in chain order.
func TestLongParentCycle(t *testing.T) {
	src := chainSpec(deepSpecCodes, true)
	_, err := spec.Load("cycle.toml", []byte(src))
	ps, ok := err.(spec.Problems)
	if !ok || len(ps) != 1 {
		t.Fatalf("Load returned %T with %d line(s), want one problem: %.1000v", err,
			strings.Count(fmt.Sprint(err), "\n")+1, err)
	}
	want := spec.Problem{
		File: "cycle.toml",
		Line: lineOf(t, src, fmt.Sprintf("parent = \"Code%d\"", deepSpecCodes)),
		Msg: "[[code]] Code1: parent chain is a cycle of 10000 codes: " +
			"Code1 → Code10000 → Code9999 → Code9998 → Code9997 → … → Code2 → Code1 " +
			"(each arrow leads to the parent); a code cannot be its own ancestor: " +
			"remove the parent key of one of them",
	}
	if ps[0] != want {
		t.Errorf("problem\n%v\nwant\n%v", ps[0], want)
	}
}

// BenchmarkLoadParentChain times Load on a spec whose codes form one parent chain, and one
// whose codes form one parent cycle, deepSpecCodes codes each:
//
//	go test -run='^$' -bench=LoadParentChain -benchtime=1x ./gen/internal/spec/
func BenchmarkLoadParentChain(b *testing.B) {
	for _, cycle := range []bool{false, true} {
		src := []byte(chainSpec(deepSpecCodes, cycle))
		b.Run(fmt.Sprintf("codes=%d/cycle=%v", deepSpecCodes, cycle), func(b *testing.B) {
			for b.Loop() {
				_, err := spec.Load("chain.toml", src)
				if _, ok := err.(spec.Problems); err != nil && (!cycle || !ok) {
					b.Fatalf("Load: %.500v", err)
				}
			}
		})
	}
}

// familySpec returns an int spec whose codes are named by names, in that order, with values
// 1, 2, … and the parents parents[name].
func familySpec(names []string, parents map[string]string) string {
	var b strings.Builder
	b.WriteString(chainSpec(0, false))
	for i, n := range names {
		fmt.Fprintf(&b, "\n[[code]]\nvalue = %d\nname = %q\n", i+1, n)
		if p := parents[n]; p != "" {
			fmt.Fprintf(&b, "parent = %q\n", p)
		}
	}
	return b.String()
}

// TestParentCycles checks the one problem a cycle of parents gives: at the parent key of the
// member first in the file, naming the members in chain order, all of them up to six and
// the first five and the last one beyond; codes whose chain only leads into the cycle, and
// chains that end, give none.
func TestParentCycles(t *testing.T) {
	const tail = " (each arrow leads to the parent); a code cannot be its own ancestor: " +
		"remove the parent key of one of them"
	tests := []struct {
		name    string
		names   []string
		parents map[string]string
		at      string // the code whose parent key the problem is at
		want    string
	}{
		{"self", []string{"A", "B"}, map[string]string{"B": "B", "A": "B"}, "B",
			"[[code]] B: parent is the code itself; a code cannot be its own ancestor: remove the parent key"},
		{"two, tail leading in", []string{"T", "B", "A"}, map[string]string{"T": "A", "A": "B", "B": "A"}, "B",
			"[[code]] B: parent chain is a cycle of 2 codes: B → A → B" + tail},
		{"six", []string{"A", "B", "C", "D", "E", "F"},
			map[string]string{"A": "F", "F": "E", "E": "D", "D": "C", "C": "B", "B": "A"}, "A",
			"[[code]] A: parent chain is a cycle of 6 codes: A → F → E → D → C → B → A" + tail},
		{"seven", []string{"G", "A", "B", "C", "D", "E", "F"},
			map[string]string{"A": "B", "B": "C", "C": "D", "D": "E", "E": "F", "F": "G", "G": "A"}, "G",
			"[[code]] G: parent chain is a cycle of 7 codes: G → A → B → C → D → … → F → G" + tail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := familySpec(tt.names, tt.parents)
			ps := loadProblems(t, []byte(src))
			at := strings.Index(src, fmt.Sprintf("name = %q\nparent", tt.at))
			line := strings.Count(src[:at], "\n") + 2
			if len(ps) != 1 || ps[0].Line != line || ps[0].Msg != tt.want {
				t.Errorf("problems:\n%v\nwant one, at line %d:\n%s", ps, line, tt.want)
			}
		})
	}
	t.Run("chains that end", func(t *testing.T) {
		src := familySpec([]string{"A", "B", "C", "D"}, map[string]string{"B": "A", "C": "B", "D": "B"})
		if _, err := spec.Load("spec.toml", []byte(src)); err != nil {
			t.Errorf("Load: %v", err)
		}
	})
}
