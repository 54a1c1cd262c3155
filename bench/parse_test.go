package bench

import (
	"encoding/json"
	"testing"
)

// parseCase is one row of BenchmarkParse: a generated package, the typical error body of its
// spec and the plain struct of the baseline. gen/internal/benchinputs writes the rows
// (parseCases, in zz_packages_test.go) from the specs when go generate runs, so that a new
// spec is measured without a hand edit; BENCHMARKS.md ("Method") says how the body is chosen.
type parseCase struct {
	pkg    string // the package's name, the row's pkg=
	dir    string // the package's folder under generated/
	spec   string // the spec under specs/ the body comes from
	status int    // the HTTP status of the reply
	body   string // the typical error body
	code   string // what the generated Error's VendorCode returns for the body
	// errorFields are the generated Error's fields that the body fills.
	errorFields []string
	parse       func(status int, body []byte) error // the generated Parse
	plain       func() any                          // a new plain struct to unmarshal into
	// plainFields are the plain struct's fields that the body sets to a value other than
	// zero, plainCode the one of the code and codeText the code as fmt prints it.
	plainFields         []string
	plainCode, codeText string
}

// BenchmarkParse compares each generated package's Parse on the typical error body of its
// spec with json.Unmarshal of the same body into a plain struct with the same JSON keys
// (impl=json).
func BenchmarkParse(b *testing.B) {
	for _, c := range parseCases {
		body := []byte(c.body)
		b.Run("pkg="+c.pkg+"/impl=json", func(b *testing.B) {
			for b.Loop() {
				p := c.plain()
				if err := json.Unmarshal(body, p); err != nil {
					b.Fatal(err)
				}
				sinkAny = p
			}
		})
		b.Run("pkg="+c.pkg+"/impl=apierr", func(b *testing.B) {
			for b.Loop() {
				sinkError = c.parse(c.status, body)
			}
		})
	}
}
