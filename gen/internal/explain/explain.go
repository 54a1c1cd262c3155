// Package explain is the generator's explain subcommand: it says what a vendor's error code
// means, or what a raw error body says, for a support engineer holding a ticket.
//
//	go run ./gen explain [-specs dir] <package> <code>
//	go run ./gen explain [-specs dir] [-status N] <package> -
//
// <package> is a spec's package name (identitycloud) or its dir (akamai/identitycloud). <code>
// is a code's value (100, auth.token.expired), the wire name of an int code (missing_argument)
// or its Go name (MissingArgument). With "-" the error body is read from standard input and
// decoded by the spec's envelopes; -status gives the HTTP status of the reply (0: unknown).
//
// The output is plain text, one fact per line ("label: value"). A code the document does not
// list is an answer, not a failure: explain says so and names the catch-all that covers it.
//
// explain reads the spec's model (package model), never the generated packages, and prints the
// model's decisions: the parent and class of a code, documented or not, and how a body reads
// (with the runtime's decoder and rules, as the generated Parse reads it). Every generated
// package's TestMirrorsExplain checks that its Parse agrees. Values of keys that may hold
// secrets (apierr.SecretKeys) are never printed.
//
// The files of the package: explain.go (the command line), code.go (a code), body.go (a body),
// print.go (the output and what it never shows).
package explain

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/cli"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/specs"
)

const usage = `usage: gen explain [-specs dir] <package> <code>
       gen explain [-specs dir] [-status N] <package> -

<package> is a spec's package name (identitycloud) or its dir (akamai/identitycloud).
<code> is a code's value (100, auth.token.expired), the wire name of an int code
(missing_argument) or its Go name (MissingArgument). With "-", an error body is read
from standard input (at most 1 MiB) and explained. Without -specs, the specs of
github.com/apierr/apierr, built into the generator, are read: explain works from any
directory for this module's vendors; give -specs for a folder of your own.`

// readBody reads at most apierrimpl.MaxBodySize bytes of r, and one more to tell that the
// body was longer.
func readBody(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, apierrimpl.MaxBodySize+1))
}

// options are the parsed arguments of the subcommand.
type options struct {
	specsDir string
	status   int
	pkg      string
	code     string // "-" for a body on standard input
}

// Run runs the explain subcommand with the arguments that follow "explain" and returns the
// exit code: 0 when it explained (an unknown code included), 1 when the specs have problems,
// 2 for bad usage, an unknown package or an I/O failure.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, code := parseArgs(args, stderr)
	if code >= 0 {
		return code
	}
	s, all, code := pickSpec(o, stderr)
	if s == nil {
		return code
	}
	var others []model.Other
	for _, x := range all {
		others = append(others, model.Other{Spec: x})
	}
	p := &printer{w: stdout}
	if o.code == "-" {
		body, err := readBody(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "gen explain: reading the body from standard input:", err)
			return 2
		}
		explainBody(p, model.New(s, "", others...), o.status, body)
	} else {
		explainArg(p, model.New(s, "", others...), o.code)
	}
	if p.err != nil {
		fmt.Fprintln(stderr, "gen explain:", p.err)
		return 2
	}
	return 0
}

// where names the specs explain reads, for messages.
func (o options) where() string {
	if o.specsDir == "" {
		return builtIn
	}
	return o.specsDir
}

// parseArgs reads flags and the two positional arguments; flags may come before or after
// them. It returns -1 to go on, or the exit code to stop with.
func parseArgs(args []string, stderr io.Writer) (options, int) {
	var o options
	fs := flag.NewFlagSet("gen explain", flag.ContinueOnError)
	fs.StringVar(&o.specsDir, "specs", "",
		"folder of *.toml specs (default: the specs of github.com/apierr/apierr, built in)")
	fs.IntVar(&o.status, "status", 0, "with -: the HTTP status of the reply (0: unknown)")
	pos, code := cli.Parse(fs, usage, stderr, args)
	if code >= 0 {
		return o, code
	}
	statusSet := false
	fs.Visit(func(f *flag.Flag) { statusSet = statusSet || f.Name == "status" })
	switch {
	case len(pos) != 2:
		fmt.Fprintf(stderr, "gen explain: want a package and a code (or - for a body on standard input), "+
			"got %d argument(s)\n%s\n", len(pos), usage)
		return o, 2
	case pos[1] == "":
		fmt.Fprintf(stderr, "gen explain: the code is empty\n%s\n", usage)
		return o, 2
	case statusSet && pos[1] != "-":
		fmt.Fprintln(stderr, "gen explain: -status is for a body read from standard input; pass - as the code")
		return o, 2
	case o.status != 0 && (o.status < 100 || o.status > 599):
		fmt.Fprintf(stderr, "gen explain: -status %d is not an HTTP status; give 100-599, or 0 for unknown\n", o.status)
		return o, 2
	}
	o.pkg, o.code = pos[0], pos[1]
	return o, -1
}

// pickSpec loads the specs and returns the one o.pkg names with all the specs it loaded, or
// nil and the exit code after saying why on stderr. Problems in other specs are reported as a
// warning only.
func pickSpec(o options, stderr io.Writer) (*spec.Spec, []*spec.Spec, int) {
	specs, err := loadSpecs(o.specsDir)
	var problems spec.Problems
	if err != nil && !errors.As(err, &problems) {
		fmt.Fprintln(stderr, "gen explain:", err)
		return nil, nil, 2
	}
	var found []*spec.Spec
	for _, s := range specs {
		if names(s, o.pkg) {
			found = append(found, s)
		}
	}
	switch {
	case len(found) == 1:
		if len(problems) > 0 {
			fmt.Fprintf(stderr, "gen explain: warning: %d problem(s) in other specs of %s; "+
				"go run ./gen -validate lists them\n", len(problems), o.where())
		}
		return found[0], specs, 0
	case len(problems) > 0:
		fmt.Fprintln(stderr, problems.Error())
		fmt.Fprintf(stderr, "gen explain: %d problem(s) in the specs of %s; %q may be one that did not load\n",
			len(problems), o.where(), o.pkg)
		return nil, nil, 1
	case len(found) > 1:
		var dirs []string
		for _, s := range found {
			dirs = append(dirs, s.Dir)
		}
		fmt.Fprintf(stderr, "gen explain: package %q is ambiguous; give its dir: %s\n", o.pkg, strings.Join(dirs, ", "))
		return nil, nil, 2
	}
	fmt.Fprintf(stderr, "gen explain: no spec in %s has package or dir %q; known: %s\n", o.where(), o.pkg, known(specs))
	return nil, nil, 2
}

// builtIn names the specs built into the generator in messages.
const builtIn = "the specs of github.com/apierr/apierr"

// loadSpecs loads the specs of dir, or with no dir those built into the generator, so that
// explain answers for this module's vendors from any directory.
func loadSpecs(dir string) ([]*spec.Spec, error) {
	if dir == "" {
		return spec.LoadFS(specs.FS(), "specs")
	}
	return spec.LoadDir(dir)
}

// names reports whether arg names s: its package, its dir, its file name without .toml, or
// an import path ending in its dir.
func names(s *spec.Spec, arg string) bool {
	arg = strings.Trim(filepath.ToSlash(arg), "/")
	return arg == s.Package || arg == s.Dir || arg == strings.TrimSuffix(filepath.Base(s.File), ".toml") ||
		strings.HasSuffix(arg, "/"+s.Dir)
}

// known lists the specs' packages as "dir (package)", sorted by dir.
func known(specs []*spec.Spec) string {
	var out []string
	for _, s := range specs {
		if s.Dir == s.Package {
			out = append(out, s.Dir)
		} else {
			out = append(out, s.Dir+" ("+s.Package+")")
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
