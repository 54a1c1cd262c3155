// Command gen generates apierr's Go packages from TOML error-code specs.
//
// Usage:
//
//	go run ./gen [-specs dir] [-out dir] [-validate | -check]
//
// With no mode flag it writes the generated packages under -out, atomically: a failed run
// leaves the output as it was. -check writes nothing and exits 1 naming each stale file with a
// unified diff. -validate only loads the specs and reports their problems.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apierr/apierr/gen/internal/spec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it parses args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	specsDir := fs.String("specs", "specs", "folder of *.toml specs")
	fs.String("out", "generated", "output folder")
	validate := fs.Bool("validate", false, "only load and validate the specs")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	specs, err := spec.LoadDir(*specsDir)
	if err != nil {
		var ps spec.Problems
		if errors.As(err, &ps) {
			fmt.Fprintln(stderr, ps.Error())
			fmt.Fprintf(stderr, "gen: %d problem(s) in the specs; nothing was written\n", len(ps))
			return 1
		}
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	if *validate {
		fmt.Fprintf(stdout, "gen: %d spec(s) valid\n", len(specs))
		return 0
	}
	return 0
}
