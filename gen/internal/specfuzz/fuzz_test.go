package specfuzz

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
)

// buildEvery is how often a fuzz run also builds an accepted spec's package in a temporary
// module and runs go vet and its tests (one in N specs the loader accepts; 0: never).
var buildEvery = flag.Int("specfuzz.build", 0,
	"build and test the package of one in `N` accepted specs with the go command")

// fuzzModule is the module path the fuzzed packages are generated for.
const fuzzModule = "example.com/specfuzz"

// accepted counts the specs the loader accepted in this process, for -specfuzz.build.
var accepted atomic.Int64

// seed is a spec of testdata/seeds.
type seed struct {
	name string
	src  []byte
}

// seeds returns the specs of testdata/seeds, in name order.
func seeds(tb testing.TB) []seed {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.toml"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed specs in testdata/seeds (%v)", err)
	}
	sort.Strings(paths)
	var out []seed
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, seed{filepath.Base(p), src})
	}
	return out
}

// FuzzSpecs checks that every spec the loader accepts generates a package in a dir that go
// test ./... tests (dirProblem), that holds text only as data (CheckText), type-checks with
// its tests on amd64 and 386 (TypeCheck), and whose catalogue links only to http(s) URLs
// (CheckLinks). An input is a seed spec of testdata/seeds (by its index in name order, modulo
// their number) and the choices of the structured edits made to it (apply): every spec tried
// is well-formed TOML, so the fuzzer spends its time on specs, not on the TOML parser. The
// seed corpus is each seed unedited and with a few edits. Run it longer with
//
//	go test -run='^$' -fuzz=FuzzSpecs -fuzztime=10m -fuzzminimizetime=10s ./gen/internal/specfuzz/
//
// and add -specfuzz.build=N to also build and test the package of one in N accepted specs.
// An input that fails by a known gap (knownGaps) is skipped, naming its fix.
func FuzzSpecs(f *testing.F) {
	all := seeds(f)
	for i := range all {
		f.Add(uint8(i), []byte(nil))
		f.Add(uint8(i), []byte{byte(i), 0, 1, byte(3 * i), 2, 7})
	}
	f.Fuzz(func(t *testing.T, seed uint8, edits []byte) {
		s, text := load(string(all[int(seed)%len(all)].src), edits)
		if s == nil {
			return
		}
		if err := check(s); err != nil {
			skipKnownGap(t, s, err)
			t.Fatalf("the loader accepts this spec, but its package fails: %v\nthe spec:\n%.4000s", err, text)
		}
		if n := int64(*buildEvery); n > 0 && accepted.Add(1)%n == 1%n {
			if err := buildAndTest(t, []*spec.Spec{s}); err != nil {
				skipKnownGap(t, s, err)
				t.Fatalf("the loader accepts this spec, but its package fails: %v\nthe spec:\n%.4000s", err, text)
			}
		}
	})
}

// load applies the edits to the spec src and loads the result. It returns nil when the
// loader rejects it, and the TOML it loaded.
func load(src string, edits []byte) (*spec.Spec, string) {
	if len(edits) > 0 {
		var d doc
		if _, err := toml.Decode(src, &d); err != nil {
			return nil, ""
		}
		apply(d, &choices{data: edits})
		out, err := toml.Marshal(d)
		if err != nil {
			return nil, ""
		}
		src = string(out)
	}
	s, err := spec.Load("fuzz.toml", []byte(src))
	if err != nil {
		return nil, src
	}
	return s, src
}

// check generates the package of s and applies the in-memory checks to it.
func check(s *spec.Spec) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the generator panics: %v", r)
		}
	}()
	importPath := fuzzModule + "/" + s.Dir
	if err := dirProblem(s.Dir); err != nil {
		return err
	}
	files, err := emit.Files(s, emit.Options{ImportPath: importPath})
	if err != nil {
		return fmt.Errorf("the generator fails: %w", err)
	}
	var errs []error
	for _, f := range files {
		if f.Name == "CODES.md" {
			errs = append(errs, CheckLinks(f.Src))
		}
	}
	errs = append(errs, CheckText(files))
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return TypeCheck(importPath, files)
}
