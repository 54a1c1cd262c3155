package index_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/index"
	"github.com/apierr/apierr/gen/internal/spec"
)

var update = flag.Bool("update", false, "rewrite testdata/README.golden.md from the index Render gives")

// goldenImportRoot is the import path of the output folder the golden index is rendered for.
const goldenImportRoot = "example.com/out"

// testSpecs loads the specs of testdata/specs.
func testSpecs(t *testing.T) []*spec.Spec {
	t.Helper()
	specs, err := spec.LoadDir(filepath.Join("testdata", "specs"))
	if err != nil {
		t.Fatalf("loading testdata/specs: %v", err)
	}
	return specs
}

// TestGolden compares the index of the specs of testdata/specs with testdata/README.golden.md.
// After an intended change, run go test ./gen/internal/index -update and review the diff.
func TestGolden(t *testing.T) {
	got, err := index.Render(testSpecs(t), goldenImportRoot)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "README.golden.md")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v; run go test ./gen/internal/index -update", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the index differs from %s; if the change is intended, run go test ./gen/internal/index -update\ngot:\n%s", golden, got)
	}
}

// TestRenderFacts checks, independently of the golden file, what the index must say of the
// testdata specs: the header that makes it a generated file, a row and a catalogue link per
// package, the vendor column split by package, short cells, and escaped spec text.
func TestRenderFacts(t *testing.T) {
	src, err := index.Render(testSpecs(t), goldenImportRoot)
	if err != nil {
		t.Fatal(err)
	}
	got := string(src)
	if !strings.HasPrefix(got, emit.MarkdownHeader+"\n") {
		t.Errorf("the index does not start with %q, so the generator would not treat it as generated", emit.MarkdownHeader)
	}
	for _, want := range []string{
		"| `example.com/out/alpha/alphaid` | Alpha Identity | Error codes | `alpha.toml` | 6 | [CODES.md](alpha/alphaid/CODES.md) |",
		"| `example.com/out/beta/betaids` | Beta &lt;Cloud&gt; \\| ID | Sign-in API error codes | `beta-ids.toml` | 3 (1 of them detail codes) | [CODES.md](beta/betaids/CODES.md) |",
		"| Class | Alpha Identity | Beta &lt;Cloud&gt; \\| ID (`betaids`) | Beta &lt;Cloud&gt; \\| ID (`betausers`) |",
		"| `apierr.ErrInvalidRequest` | 4: `missing_argument`, `invalid_argument`, … | 1: ``odd`code\\|x`` |  |",
		"| `apierr.ErrUnauthenticated` |  |  | 1: `APIKeyUnauthorized` |",
		"| none (unclassified) | 1: `flow_error` | 1: `Operation.Failure` |  |",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("the index lacks the line\n%s\nin:\n%s", want, got)
		}
	}
}
