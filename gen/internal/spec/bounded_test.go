package spec_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// Validation is linear in the size of a spec, however it is wrong: each shape below has
// deepSpecCodes codes and, but for one, as many mistakes of one kind, which a check that
// compares every code with every other would take seconds to minutes over (issue 22).
// TestBoundedShapes checks what the loader reports for each; BenchmarkLoadBounded times them
// (no test asserts a time):
//
//	go test -run='^$' -bench=LoadBounded -benchtime=1x ./gen/internal/spec/

// boundedShape is a spec of deepSpecCodes codes: what each code i adds, and what the
// problems must be.
type boundedShape struct {
	name        string
	stringCodes bool               // a string spec (else an int spec)
	code        func(i int) string // the TOML of the i-th code, from 1, and the tables that go with it
	check       func(t *testing.T, ps spec.Problems)
}

// boundedShapes are the specs of TestBoundedShapes and BenchmarkLoadBounded.
var boundedShapes = []boundedShape{
	{"misspelled parents", false, func(i int) string {
		return fmt.Sprintf("\n[[code]]\nvalue = %d\nname = \"Code%d\"\nparent = \"Cdoe%d\"\n", i, i, i)
	}, func(t *testing.T, ps spec.Problems) {
		// Suggestions have a budget: the first misspellings get one, the last the general hint.
		wantCount(t, ps, deepSpecCodes, `parent "Cdoe`)
		if first := ps[0].Msg; !strings.HasSuffix(first, `did you mean "Code1"?`) {
			t.Errorf("first problem %q, want a suggestion", first)
		}
		if last := ps[len(ps)-1].Msg; !strings.HasSuffix(last, "or add the code") {
			t.Errorf("last problem %q, want the general hint", last)
		}
	}},
	{"unknown key", false, func(i int) string {
		return fmt.Sprintf("\n[[code]]\nvalue = %d\nname = \"Code%d\"\nnmae = 1\n", i, i)
	}, func(t *testing.T, ps spec.Problems) {
		wantCount(t, ps, deepSpecCodes, `unknown key "nmae" in [code]; did you mean "name"?`)
		head := strings.Count(chainSpec(0, false), "\n")
		for i, p := range ps {
			if want := head + 5*(i+1); p.Line != want { // the fifth line of the i-th code
				t.Fatalf("problem %d at line %d, want %d: %v", i, p.Line, want, p)
			}
		}
	}},
	{"misspelled scenario errors", true, func(i int) string {
		return fmt.Sprintf("\n[[code]]\nvalue = \"w%d\"\nname = \"Code%d\"\n"+
			"[[scenario]]\nsection = \"s\"\nstatus = 400\nerror = \"x%d\"\nscenario = \"s\"\nresolution = \"r\"\n",
			i, i, i)
	}, func(t *testing.T, ps spec.Problems) {
		wantCount(t, ps, deepSpecCodes, "is not a code of this spec")
	}},
	{"misspelled renamed codes", false, func(i int) string {
		return fmt.Sprintf("\n[[code]]\nvalue = %d\nname = \"Code%d\"\n"+
			"[[renamed]]\nfrom = \"Old%d\"\nto = \"Cdoe%d\"\ndate = 2026-01-01\nnote = \"n\"\n", i, i, i, i)
	}, func(t *testing.T, ps spec.Problems) {
		wantCount(t, ps, deepSpecCodes, "is not the name of a code in this spec")
	}},
	{"catch-alls", false, func(i int) string {
		return fmt.Sprintf("\n[[code]]\nvalue = %d\nname = \"Code%d\"\n"+
			"[[catch_all]]\nparent = \"Code%d\"\nfrom = %d\nto = %d\n", i, i, i, 100_000+10*i, 100_000+10*i+5)
	}, func(t *testing.T, ps spec.Problems) {
		wantCount(t, ps, 0, "")
	}},
	{"struct cycle", false, func(i int) string {
		next := i%deepSpecCodes + 1
		return fmt.Sprintf("\n[[code]]\nvalue = %d\nname = \"Code%d\"\n"+
			"[[struct]]\nname = \"S%d\"\ndoc = \"d\"\n"+
			"[[struct.field]]\njson = \"x\"\nname = \"X\"\ntype = \"S%d\"\ndoc = \"d\"\n",
			i, i, i, next)
	}, func(t *testing.T, ps spec.Problems) {
		wantCount(t, ps, 1, fmt.Sprintf(`type "S1" makes struct S%d contain itself`, deepSpecCodes))
	}},
}

// wantCount fails unless there are n problems, each containing text.
func wantCount(t *testing.T, ps spec.Problems, n int, text string) {
	t.Helper()
	if len(ps) != n {
		t.Fatalf("%d problems, want %d: %.1000v", len(ps), n, ps)
	}
	for _, p := range ps {
		if !strings.Contains(p.Msg, text) {
			t.Fatalf("problem %v does not say %q", p, text)
		}
	}
}

// src returns the TOML of the shape's spec.
func (sh boundedShape) src() []byte {
	var b strings.Builder
	head := chainSpec(0, false)
	if sh.stringCodes {
		head = strings.Replace(head, `code_type = "int"`, `code_type = "string"`, 1)
	}
	b.WriteString(head)
	for i := 1; i <= deepSpecCodes; i++ {
		b.WriteString(sh.code(i))
	}
	return []byte(b.String())
}

// TestBoundedShapes loads each of boundedShapes and checks its problems.
func TestBoundedShapes(t *testing.T) {
	for _, sh := range boundedShapes {
		t.Run(sh.name, func(t *testing.T) {
			_, err := spec.Load("spec.toml", sh.src())
			ps, ok := err.(spec.Problems)
			if err != nil && !ok {
				t.Fatalf("Load: %v", err)
			}
			sh.check(t, ps)
		})
	}
}

// BenchmarkLoadBounded times Load on each of boundedShapes.
func BenchmarkLoadBounded(b *testing.B) {
	for _, sh := range boundedShapes {
		src := sh.src()
		b.Run(strings.ReplaceAll(sh.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				_, _ = spec.Load("spec.toml", src)
			}
		})
	}
}

// TestLongCodeValue loads a spec whose one code is 70,000 bytes long (it once crashed the
// generator): one problem, at the code's value, that quotes only the start of it.
func TestLongCodeValue(t *testing.T) {
	long := "auth." + strings.Repeat("x", 70_000)
	src := strings.Replace(chainSpec(0, false), `code_type = "int"`, `code_type = "string"`, 1) +
		"\n[[code]]\nvalue = \"" + long + "\"\nname = \"Long\"\n"
	ps := loadProblems(t, []byte(src))
	want := `[[code]] #1: value "auth.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… is 70005 bytes long, ` +
		`past the bound of 200 bytes for codes (specs/README.md; the longest code of the specs has 55): ` +
		`check the value against the document`
	if len(ps) != 1 || ps[0].Msg != want || ps[0].Line != lineOf(t, src, "value = \"auth.") {
		t.Errorf("problems:\n%.2000v\nwant one:\n%s", ps, want)
	}
}
