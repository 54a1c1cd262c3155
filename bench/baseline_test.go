package bench

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
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

// TestParseInputs checks that each typical body is an error for Parse with the code the plain
// struct decodes, and that the three LoginRadius paths all recognise code 901.
func TestParseInputs(t *testing.T) {
	for _, c := range parseCases {
		err := c.parse(c.status, []byte(c.body))
		p := c.plain()
		if uerr := json.Unmarshal([]byte(c.body), p); uerr != nil {
			t.Fatalf("%s: the plain struct does not decode the body: %v", c.pkg, uerr)
		}
		if ours, base := c.code(err), c.plainC(p); ours == "" || ours != base {
			t.Errorf("%s: Parse gives code %q (error %v), the plain struct %q", c.pkg, ours, err, base)
		}
	}
	if !sdkPathMatches(clouddirectoryBod, clouddirectoryDoc) {
		t.Error("the SDK path does not match the 901 body")
	}
	resp := &http.Response{StatusCode: http.StatusForbidden, Body: io.NopCloser(strings.NewReader(clouddirectoryBod))}
	if err := clouddirectory.FromResponse(resp); !errors.Is(err, clouddirectory.APIKeyUnauthorized) {
		t.Errorf("FromResponse on the 901 body gives %v, not APIKeyUnauthorized", err)
	}
}

// TestParseCoversEveryVendor checks that BenchmarkParse has a row for every generated package
// (issue 12 asks for the body of every vendor), so that a new spec cannot go unmeasured.
func TestParseCoversEveryVendor(t *testing.T) {
	measured := map[string]bool{}
	for _, c := range parseCases {
		measured[c.pkg] = true
	}
	var pkgs []string
	err := filepath.WalkDir(filepath.Join("..", "generated"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "decode.go" {
			pkgs = append(pkgs, filepath.Base(filepath.Dir(path)))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatal("no generated package found under ../generated")
	}
	for _, p := range pkgs {
		if !measured[p] {
			t.Errorf("generated package %s has no row in parseCases (bench/parse_test.go): add its typical body and plain struct", p)
		}
	}
}

// TestIsCases checks that each row of BenchmarkIs and BenchmarkIsLiteral gives the outcome its
// name says, for the generated error and for the sentinel baseline, and that its target is of
// the kind its name says (benchreport picks the issue 12 targets by name).
func TestIsCases(t *testing.T) {
	sentinelChain := wrap3(errSentinel)
	for _, c := range append(isCases(), isLiteralCases()...) {
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
