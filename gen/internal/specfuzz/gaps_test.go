package specfuzz

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"golang.org/x/mod/module"
)

// dirProblem reports a dir whose package the go command would not build or test with the
// rest: not a valid import path element on every system (module.CheckImportPath), or left out
// of ./... (an element starting with "." or "_", testdata, or under a vendor folder).
func dirProblem(dir string) error {
	if err := module.CheckImportPath(fuzzModule + "/" + dir); err != nil {
		return fmt.Errorf("dir %q: %w", dir, err)
	}
	elems := strings.Split(dir, "/")
	for i, e := range elems {
		vendored := e == "vendor" && i < len(elems)-1
		if strings.HasPrefix(e, ".") || strings.HasPrefix(e, "_") || e == "testdata" || vendored {
			return fmt.Errorf("dir %q: go list ./... leaves out the package (element %q), "+
				"so go test ./... never tests it", dir, e)
		}
	}
	return nil
}

// gap is a kind of spec the loader accepts although its package fails. fix says what would
// fix it and where: the loader's rule to add, or the generator's bug; symptoms are texts of the
// failures it causes, any of which may show; has reports whether a spec has it.
type gap struct {
	fix      string
	symptoms []string
	has      func(s *spec.Spec) bool
}

// knownGaps are the gaps known when this test was written (issue 22, point 2, and what this
// package's fuzz test found). A fuzz input that fails by one of them is skipped, naming the
// fix; TestLoaderGaps shows each with a spec.
var knownGaps = []gap{
	{
		fix: "loader: reject a Go name (code, [[renamed]] from, [[struct]]) that the generated tests or examples " +
			"declare (TestX, FuzzParse, ExampleX)",
		symptoms: []string{"redeclared"},
		has:      func(s *spec.Spec) bool { return len(testNameClashes(s)) > 0 },
	},
	{
		fix: "loader: reject a dir that go test ./... leaves out or that is not a valid import path everywhere " +
			"(an element starting with . or _, testdata, vendor, Windows names such as con)",
		symptoms: []string{"dir "},
		has:      func(s *spec.Spec) bool { return dirProblem(s.Dir) != nil },
	},
	{
		fix: "loader: reject wire on a code unless the first envelope has wire_name (the generator reads the " +
			"first envelope's key: emit/methods.go, emitString)",
		symptoms: []string{"the generator panics"},
		has:      wireWithoutKey,
	},
	{
		fix: "loader: reject a wire code of more than 64 KiB (the generator panics in emit/tests.go, emitHostile, " +
			"on a body longer than 1<<16 without its 1 MiB run)",
		symptoms: []string{"the generator panics"},
		has:      func(s *spec.Spec) bool { return longestCode(s) > 1<<16 },
	},
	{
		fix: "loader: reject a wire code longer than 256 bytes less the package name and a dot: the generated " +
			"TestErrorText wants error.type (package.code) and apierr.name within 256 bytes",
		symptoms: []string{"want at most 256"},
		has:      func(s *spec.Spec) bool { return longestCode(s)+len(s.Package)+1 > 256 },
	},
	{
		fix: "loader: reject text on a scenario whose envelope has neither a description nor a message key: " +
			"no reply can carry it (model.ScenarioBody writes it in the description, else the message)",
		symptoms: []string{"does not match its scenario"},
		has:      scenarioTextNowhere,
	},
	{
		fix: "generator: where an envelope's message and description share a key (the loader allows it after " +
			"their first keys: Akamai's description falls back to \"message\"), the reply of a code with only a " +
			"message, or only a description, is read back with both, so it differs from the Code.Reply it was " +
			"marshalled from (apierrimpl Table.Fake, impltest.ReplyRoundTrip)",
		symptoms: []string{"TestReplyRoundTrip", "TestPlainData"},
		has:      keyInTwoRoles,
	},
	{
		fix: "generator (runtime, impltest): with several body envelopes, a body cut before any match key is in " +
			"no envelope and read as not the vendor's JSON, so the cut HTTP 200 reply of a code whose envelope has " +
			"an outcome key is a success (TestLargeBodies, padding first), whether some envelopes have an outcome " +
			"key or all do (apierrimpl Layout.Decide); and CheckRetry reads past a success whose outcome key an " +
			"earlier envelope's match lists too. The loader asks for the outcome key among its envelope's match " +
			"keys, which Alibaba's spec has",
		symptoms: []string{"padding first, HTTP 200: a success", "CheckRetry read past"},
		has:      outcomeInSeveral,
	},
}

// skipKnownGap skips t when err is the failure of a known gap that s has.
func skipKnownGap(t *testing.T, s *spec.Spec, err error) {
	t.Helper()
	shows := func(symptom string) bool { return strings.Contains(err.Error(), symptom) }
	for _, g := range knownGaps {
		if g.has(s) && slices.ContainsFunc(g.symptoms, shows) {
			t.Skipf("a known gap; the fix: %s\n(the failure: %.2000v)", g.fix, err)
		}
	}
}

// testNameClashes returns the Go names of s that the generated test files of its package
// declare too (none when the generator fails).
func testNameClashes(s *spec.Spec) (clashes []string) {
	defer func() {
		if recover() != nil {
			clashes = nil
		}
	}()
	names := map[string]bool{}
	for _, c := range s.Codes {
		names[c.Name] = true
	}
	for _, r := range s.Renamed {
		names[r.From] = true
	}
	for _, st := range s.Structs {
		names[st.Name] = true
	}
	files, err := emit.Files(s, emit.Options{ImportPath: fuzzModule + "/" + s.Dir})
	if err != nil {
		return nil
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range af.Decls {
			for _, n := range declNames(d) {
				if names[n] {
					clashes = append(clashes, n)
				}
			}
		}
	}
	return clashes
}

// declNames returns the names a top-level declaration declares (not methods).
func declNames(d ast.Decl) []string {
	var out []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			out = append(out, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					out = append(out, n.Name)
				}
			case *ast.TypeSpec:
				out = append(out, sp.Name.Name)
			}
		}
	}
	return out
}

// wireWithoutKey reports whether a code of s has a wire name while the first envelope has no
// wire_name key.
func wireWithoutKey(s *spec.Spec) bool {
	for _, c := range s.Codes {
		if c.Wire != "" && s.Envelopes[0].WireNameKey == "" {
			return true
		}
	}
	return false
}

// longestCode returns the length of the longest wire code of s.
func longestCode(s *spec.Spec) int {
	n := 0
	for _, c := range s.Codes {
		n = max(n, len(c.Str), len(c.Wire))
	}
	return n
}

// scenarioTextNowhere reports whether s has a scenario with a code and a text while the first
// envelope has no description key.
func scenarioTextNowhere(s *spec.Spec) bool {
	for _, sc := range s.Scenarios {
		if sc.Error != "" && sc.Text != "" && len(s.Envelopes[0].Description) == 0 {
			return true
		}
	}
	return false
}

// keyInTwoRoles reports whether an envelope of s reads a JSON key both as a message and as a
// description: the only roles of an envelope the loader lets share a key.
func keyInTwoRoles(s *spec.Spec) bool {
	for _, e := range s.Envelopes {
		for _, m := range e.Message {
			for _, d := range e.Description {
				if strings.EqualFold(m, d) {
					return true
				}
			}
		}
	}
	return false
}

// outcomeInSeveral reports whether s has several body envelopes, one of which has an outcome
// key.
func outcomeInSeveral(s *spec.Spec) bool {
	bodies, outcome := 0, false
	for _, e := range s.Envelopes {
		if e.Header == "" {
			bodies++
			outcome = outcome || e.Outcome != nil
		}
	}
	return bodies > 1 && outcome
}
