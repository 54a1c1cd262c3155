// Command benchinputs writes the inputs of apierr's Parse benchmark (bench/parse_test.go)
// from the specs, so that a new spec is measured without a hand edit:
//
//	go run ./gen/internal/benchinputs -specs specs -generated generated -out bench/zz_packages_test.go
//
// For each spec it writes one parseCase: the generated package's Parse (imported from the
// package the spec generates under -generated), the spec's typical error body (typical.go
// says which code's body, and what it carries) with its HTTP status, the plain struct that
// json.Unmarshal fills as the baseline (plain.go), and what TestParseInputs checks both sides
// decode. The third go:generate line of bench/doc.go runs it, so go generate ./... rewrites
// the file after the generator has written the packages; TestBenchInputsCurrent fails when
// the committed file is not what the specs give.
//
// It lives under gen/ because it reads the specs with the generator's loader and model,
// which are internal to gen/.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apierr/apierr/gen/internal/generate"
	"github.com/apierr/apierr/gen/internal/spec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run is main without the process; it returns the exit code: 0 written, 1 problems in the
// specs, 2 bad usage or an I/O failure.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("benchinputs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	specsDir := fs.String("specs", "specs", "the folder of the specs")
	genDir := fs.String("generated", "generated", "the folder the generator writes the packages to")
	out := fs.String("out", "bench/zz_packages_test.go", "the file to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	src, err := source(*specsDir, *genDir)
	if err != nil {
		fmt.Fprintln(stderr, "benchinputs:", err)
		return 1
	}
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, src) {
		return 0
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(stderr, "benchinputs:", err)
		return 2
	}
	return 0
}

// source returns the file for the specs of specsDir, whose packages are under genDir.
func source(specsDir, genDir string) ([]byte, error) {
	specs, err := spec.LoadDir(specsDir)
	if err != nil {
		return nil, err
	}
	root, err := generate.ImportRoot(genDir)
	if err != nil {
		return nil, err
	}
	return render(specs, root)
}
