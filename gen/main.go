// Command gen generates apierr's Go packages from TOML error-code specs.
//
// Usage:
//
//	go run ./gen [-specs dir] [-out dir] [-import path] [-validate | -check]
//	go run ./gen explain [-specs dir] [-status N] <package> <code | ->
//	go run ./gen import [flags] <table file>
//
// With no mode flag it writes one package per spec under -out. Everything is generated in
// memory first, so a spec with problems writes nothing; each file is then written through a
// temporary file and a rename. Each package's api.txt records its exported API as a contract
// (see gen/internal/apifile); the generator prints what writing added to it, newly deprecated
// and removed on purpose, and when the output would lose an identifier the contract lists it
// writes nothing and exits 1, naming it. -check writes nothing and exits 1 naming each stale
// file with a unified diff, each temporary file an interrupted run left in the specs or output
// folder (which the next run removes), each identifier the output would lose, or each
// identifier an api.txt lists that its package no longer declares. A run holds a lock on both
// folders (.gen.lock): a second run waits for the first, and says so. -validate only
// loads the specs and reports their problems. explain tells what a code, or a raw error body on
// standard input, means; import drafts a spec from a vendor's code table, or compares a
// republished table with a spec.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apierr/apierr/gen/internal/apifile"
	"github.com/apierr/apierr/gen/internal/explain"
	"github.com/apierr/apierr/gen/internal/generate"
	"github.com/apierr/apierr/gen/internal/importer"
	"github.com/apierr/apierr/gen/internal/spec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it parses args, does the work and returns the exit code:
// 0 done, 1 problems in the specs, stale output or a broken API contract (then nothing is
// written), 2 bad usage or an I/O failure.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "explain" { // go run ./gen explain -h
		return explain.Run(args[1:], os.Stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "import" { // go run ./gen import -h
		return importer.Run(args[1:], stdout, stderr)
	}
	c, code := parseFlags(args, stderr)
	if code >= 0 {
		return code
	}
	if c.validate {
		specs, err := spec.LoadDir(c.specsDir)
		if err != nil {
			return report(stderr, err)
		}
		fmt.Fprintf(stdout, "gen: %d spec(s) valid\n", len(specs))
		return 0
	}
	root := c.importRoot
	if root == "" {
		r, err := generate.ImportRoot(c.outDir)
		if err != nil {
			fmt.Fprintln(stderr, "gen:", err)
			return 2
		}
		root = r
	}
	unlock, err := generate.LockFolders(func(msg string) { fmt.Fprintln(stderr, "gen:", msg) }, c.specsDir, c.outDir)
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	code = generateLocked(c, root, stdout, stderr)
	if err := unlock(); err != nil {
		fmt.Fprintln(stderr, "gen: releasing the lock:", err)
		return max(code, 2)
	}
	return code
}

// generateLocked generates the packages of c, while the run holds the lock of the specs and
// output folders, and writes them or (-check) compares them with the output folder; it
// returns the exit code.
func generateLocked(c config, root string, stdout, stderr io.Writer) int {
	files, changes, err := generate.Generate(c.specsDir, c.outDir, root)
	if err != nil {
		return report(stderr, err)
	}
	if c.check {
		return checkStale(c.specsDir, c.outDir, files, changes, stderr)
	}
	if n := breaking(changes); n > 0 {
		fmt.Fprint(stderr, apifile.Summary(changes))
		fmt.Fprintf(stderr, "gen: nothing was written: the output would break the API contract of %d package(s) "+
			"(above); record the rename or withdrawal in the spec, or mark the line removed in api.txt\n", n)
		return 1
	}
	if err := generate.Write(c.outDir, files); err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	if err := generate.RemoveSpecLeftovers(c.specsDir); err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	fmt.Fprint(stdout, apifile.Summary(changes))
	return 0
}

// breaking returns the number of packages whose output would lose identifiers their api.txt
// lists, which breaks the programs that use them.
func breaking(changes []apifile.Change) int {
	n := 0
	for _, ch := range changes {
		if ch.Breaking() {
			n++
		}
	}
	return n
}

// config is what the flags of the generator say.
type config struct {
	specsDir, outDir, importRoot string
	validate, check              bool
}

// parseFlags reads the generator's flags. It returns -1 to go on, or the exit code to stop
// with.
func parseFlags(args []string, stderr io.Writer) (config, int) {
	var c config
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: gen [-specs dir] [-out dir] [-import path] [-validate | -check]\n"+
			"       gen explain [-specs dir] [-status N] <package> <code | ->\n"+
			"       gen import [flags] <table file>\n\nflags:\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.specsDir, "specs", "specs", "folder of *.toml specs")
	fs.StringVar(&c.outDir, "out", "generated", "output folder; one package per spec goes in its [spec] dir below it")
	fs.StringVar(&c.importRoot, "import", "", "import path of the output folder (default: from the go.mod above it)")
	fs.BoolVar(&c.validate, "validate", false, "only load and validate the specs")
	fs.BoolVar(&c.check, "check", false, "write nothing; exit 1 if any generated file is stale, with a diff, "+
		"if an interrupted run left a temporary file, or if a package no longer declares an identifier its "+
		"api.txt lists")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, 0
		}
		return c, 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gen: unexpected argument %q; see gen -h\n", fs.Arg(0))
		return c, 2
	}
	return c, -1
}

// checkStale reports each generated file of outDir that differs from files, with a diff, each
// leftover temporary file in specsDir and outDir, each API contract the output would break
// (changes: what generating does to each api.txt), and each identifier an api.txt lists that
// its package no longer declares; it returns the exit code: 0 when there is none of these.
func checkStale(specsDir, outDir string, files []generate.Output, changes []apifile.Change, stderr io.Writer) int {
	stale, err := generate.Stale(outDir, files)
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	left, err := generate.SpecLeftovers(specsDir)
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 2
	}
	stale = append(left, stale...)
	for _, d := range stale {
		fmt.Fprint(stderr, d)
	}
	if n := breaking(changes); n > 0 {
		for _, ch := range changes {
			if ch.Breaking() {
				fmt.Fprintln(stderr, (&apifile.BrokenError{File: ch.File, Removed: ch.Removed}).Error())
			}
		}
		fmt.Fprintf(stderr, "gen: generating would break the API contract of %d package(s) (above)\n", n)
		return 1
	}
	if len(stale) > 0 {
		fmt.Fprintf(stderr, "gen: %d generated file(s) are stale; run go generate ./...\n", len(stale))
		return 1
	}
	// Fresh output can still break its API contract: a regeneration that lost an identifier
	// keeps its api.txt line. The CI of a module that generates its own packages runs -check,
	// so it fails here, as this repository's TestAPIContract does.
	if err := generate.VerifyAPI(outDir); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// report prints spec problems (or another error) and returns the exit code for it.
func report(stderr io.Writer, err error) int {
	var ps spec.Problems
	if errors.As(err, &ps) {
		fmt.Fprintln(stderr, ps.Error())
		fmt.Fprintf(stderr, "gen: %d problem(s) in the specs; nothing was written\n", len(ps))
		return 1
	}
	fmt.Fprintln(stderr, "gen:", err)
	return 2
}
