package bench

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// TestStringBaselines checks that each stringer baseline prints exactly what the generated
// String prints, for every documented value and for the undocumented ones the benchmarks use,
// so that BenchmarkString compares like with like. It fails when the const blocks under
// stringerbase are stale: run go generate ./... then.
func TestStringBaselines(t *testing.T) {
	for _, s := range stringSets() {
		for _, v := range append(append([]int(nil), s.known...), s.unknown...) {
			if ours, base := s.pair(v); ours != base {
				t.Errorf("%s: Code(%d).String() is %q, stringer's is %q; run go generate ./...", s.pkg, v, ours, base)
			}
		}
	}
}

// TestLookupInputs checks that the inputs of BenchmarkLookup are what their names say: every
// "known" value is documented and every "unknown" one is not, both for the generated package
// and for the map baseline.
func TestLookupInputs(t *testing.T) {
	for _, c := range lookupCases() {
		check := func(set string, strs []string, ints []int, want bool) {
			for _, s := range strs {
				if ours, base := c.agree(s, 0); ours != want || base != want {
					t.Errorf("%s: %q: apierr says documented=%v, the map %v; want %v", c.name, s, ours, base, want)
				}
			}
			for _, n := range ints {
				if ours, base := c.agree("", n); ours != want || base != want {
					t.Errorf("%s: %d: apierr says documented=%v, the map %v; want %v", c.name, n, ours, base, want)
				}
			}
		}
		check("known", c.known, c.knownI, true)
		check("unknown", c.unknown, c.unknownI, false)
	}
}

// TestParseInputs checks that both sides of each row of BenchmarkParse decode the typical
// body: Parse returns an *Error with the code the body carries and fills every field the body
// has a key for, and json.Unmarshal fills every field of the plain struct the body has a key
// for, with the same code. So the two sides do the same work on the body.
func TestParseInputs(t *testing.T) {
	for _, c := range parseCases {
		var e interface{ VendorCode() string }
		if err := c.parse(c.status, []byte(c.body)); !errors.As(err, &e) || e.VendorCode() != c.code {
			t.Errorf("%s: Parse(%d, body) = %v; want an *Error with the code %s (body %s)", c.pkg, c.status, err,
				c.code, c.body)
			continue
		}
		checkFilled(t, c.pkg+": Parse's *Error", reflect.ValueOf(e).Elem(), c.errorFields)
		p := c.plain()
		if err := json.Unmarshal([]byte(c.body), p); err != nil {
			t.Errorf("%s: the plain struct does not decode the body: %v", c.pkg, err)
			continue
		}
		v := reflect.ValueOf(p).Elem()
		checkFilled(t, c.pkg+": the plain struct", v, c.plainFields)
		if got := fmt.Sprint(v.FieldByName(c.plainCode)); got != c.codeText {
			t.Errorf("%s: the plain struct's %s is %s, want %s", c.pkg, c.plainCode, got, c.codeText)
		}
	}
}

// checkFilled checks that the struct v has each of fields, not zero.
func checkFilled(t *testing.T, what string, v reflect.Value, fields []string) {
	t.Helper()
	for _, name := range fields {
		if f := v.FieldByName(name); !f.IsValid() {
			t.Errorf("%s has no field %s", what, name)
		} else if f.IsZero() {
			t.Errorf("%s leaves %s empty", what, name)
		}
	}
}

// TestParseCoversEveryVendor checks that BenchmarkParse has a row for every package under
// generated/, so that a new spec cannot go unmeasured: go generate ./... writes the rows
// (zz_packages_test.go) from the specs after the generator has written the packages.
func TestParseCoversEveryVendor(t *testing.T) {
	measured := map[string]bool{}
	for _, c := range parseCases {
		measured[c.dir] = true
	}
	root := filepath.Join("..", "generated")
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "decode.go" {
			rel, rerr := filepath.Rel(root, filepath.Dir(path))
			dirs = append(dirs, filepath.ToSlash(rel))
			return rerr
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no generated package found under ../generated")
	}
	for _, d := range dirs {
		if !measured[d] {
			t.Errorf("generated/%s has no row in parseCases: run go generate ./... (gen/internal/benchinputs "+
				"writes bench/zz_packages_test.go from the specs)", d)
		}
	}
}

// TestIsCases checks that each row of BenchmarkIs gives the outcome its name says, for the
// generated error and for the sentinel baseline, and that its target is of the kind its name
// says (benchreport picks the rows of each target by name).
func TestIsCases(t *testing.T) {
	sentinelChain := wrap3(errSentinel)
	for _, c := range isCases() {
		kind := c.name[strings.LastIndex(c.name, "target=")+len("target="):]
		if miss := strings.HasSuffix(kind, "miss"); miss == c.want {
			t.Errorf("%s: the name says match=%v, the row wants %v", c.name, !miss, c.want)
		}
		if _, isClass := c.target.(*apierr.Class); isClass != strings.Contains(kind, "class") {
			t.Errorf("%s: the target %T does not fit the name", c.name, c.target)
		}
		if got := errors.Is(c.err, c.target); got != c.want {
			t.Errorf("%s: errors.Is gives %v, want %v", c.name, got, c.want)
		}
		target := errSentinel
		if !c.want {
			target = errOther
		}
		if got := errors.Is(sentinelChain, target); got != c.want {
			t.Errorf("%s: the sentinel baseline gives %v, want %v", c.name, got, c.want)
		}
	}
}
