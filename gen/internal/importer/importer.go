// Package importer is the generator's import subcommand: it drafts a spec from a vendor's
// table of error codes, writes the document table a spec is checked against, and compares a
// republished table with the recorded one.
//
//	go run ./gen import [flags] -out specs/x.toml <table file>
//	go run ./gen import -table-only -out specs/x.toml <table file>
//	go run ./gen import -diff specs/x.toml [-append] <table file>
//
// The first form writes a draft spec, specs/x.toml, and its document table,
// specs/x.document.tsv (format: specs/README.md, "Document tables"). The draft has one
// [[code]] per row, its Go name drafted by naming.GoName, and a "# TODO(curator):" comment at
// every decision a human must make: the envelope, each code's class (a suggestion at most),
// codes that share a message, names that collide, statuses that are not numbers. It never
// writes a class and never numbers a name.
//
// -table-only writes only the document table, for a spec that exists.
//
// -diff compares a republished table with the document table recorded beside the spec and
// lists the codes added, removed and changed (by field, old → new); the exit code is 0 when
// nothing changed and 1 when something did. With -append, drafts of the added codes are
// appended to the end of the spec, the rest of the file kept byte for byte, and the document
// table is updated to the republished one.
//
// Input formats and how columns are found: see ParseInput.
package importer

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/apierr/apierr/gen/internal/cli"
	"github.com/apierr/apierr/gen/internal/spec"
)

const usage = `usage: gen import [flags] -out specs/x.toml <table file>
       gen import -table-only -out specs/x.toml <table file>
       gen import -diff specs/x.toml [-append] <table file>

Drafts a spec (specs/x.toml) and its document table (specs/x.document.tsv) from a vendor's
code table: a Markdown pipe table, a CSV or TSV file, a document table, code lists under
"HTTP 4xx" headings, or an extracted two-column table. Every decision left to a human is
marked "# TODO(curator):". -diff compares a republished table with the recorded document
table (exit 1 when something changed); -append then adds drafts of the new codes.`

// options are the parsed arguments of the subcommand.
type options struct {
	Options
	out, diff, input  string
	tableOnly, append bool
	names             string
	cols              Columns
}

// Run runs the import subcommand with the arguments that follow "import" and returns the exit
// code: 0 done (or nothing changed), 1 the republished table differs (-diff), 2 bad usage, a
// bad input or an I/O failure.
func Run(args []string, stdout, stderr io.Writer) int {
	o, code := parseArgs(args, stderr)
	if code >= 0 {
		return code
	}
	if o.diff != "" {
		return runDiff(o, stdout, stderr)
	}
	return runDraft(o, stdout, stderr)
}

// parseArgs reads the flags and the one positional argument; flags may come before or after
// it. It returns -1 to go on, or the exit code to stop with.
func parseArgs(args []string, stderr io.Writer) (options, int) {
	o := options{cols: Columns{}}
	fs := flag.NewFlagSet("gen import", flag.ContinueOnError)
	defineFlags(fs, &o)
	pos, code := cli.Parse(fs, usage, stderr, args)
	if code >= 0 {
		return o, code
	}
	if msg := checkArgs(&o, pos); msg != "" {
		fmt.Fprintf(stderr, "gen import: %s\n%s\n", msg, usage)
		return o, 2
	}
	return o, -1
}

// defineFlags declares the subcommand's flags on fs, filling o.
func defineFlags(fs *flag.FlagSet, o *options) {
	fs.StringVar(&o.out, "out", "", "the spec to write (specs/x.toml); the document table goes beside it (specs/x.document.tsv)")
	fs.BoolVar(&o.tableOnly, "table-only", false, "write only the document table beside -out")
	fs.StringVar(&o.diff, "diff", "", "compare the table file with the document table of this spec")
	fs.BoolVar(&o.append, "append", false, "with -diff: append drafts of the added codes to the spec and update its document table")
	fs.StringVar(&o.Vendor, "vendor", "", "[spec] vendor")
	fs.StringVar(&o.Document, "document", "", "[spec] document: the title of the vendor's document")
	fs.StringVar(&o.Source, "source", "", "[spec] source: where the document is published")
	fs.StringVar(&o.Retrieved, "retrieved", "", "[spec] retrieved: the date the document was read, 2026-03-31")
	fs.StringVar(&o.Package, "package", "", "[spec] package: the Go package name")
	fs.StringVar(&o.Dir, "dir", "", "[spec] dir: the output folder under generated/ (default: the package)")
	fs.StringVar(&o.CodeType, "code-type", "", "[spec] code_type: int or string (default: guessed from the codes)")
	fs.StringVar(&o.names, "names", strings.Join(defaultNameOrder, ","), "the fields Go names are drafted from, in order: message, description, value, name (the vendor's string name of an int code)")
	for _, role := range roles {
		o.cols[role] = ""
		fs.Func(role+"-col", "the header (or 1-based position) of the "+role+" column, when gen import does not recognise it",
			func(v string) error { o.cols[role] = v; return nil })
	}
}

// dateRE is the form of -retrieved.
var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkArgs checks the combination of flags and arguments and fills o.input and o.NameFrom.
// It returns what is wrong, or "".
func checkArgs(o *options, pos []string) string {
	switch {
	case len(pos) != 1:
		return fmt.Sprintf("want one table file, got %d argument(s)", len(pos))
	case o.append && o.diff == "":
		return "-append goes with -diff"
	case o.diff == "" && o.out == "":
		return "name the spec to draft with -out specs/x.toml (or compare with -diff specs/x.toml)"
	case o.diff != "" && (o.out != "" || o.tableOnly):
		return "-diff compares with the spec's own document table; -out and -table-only are for drafting"
	case o.out != "" && !strings.HasSuffix(o.out, ".toml"):
		return fmt.Sprintf("-out %q: a spec file ends in .toml", o.out)
	case o.Retrieved != "" && !dateRE.MatchString(o.Retrieved):
		return fmt.Sprintf("-retrieved %q: write a date such as 2026-03-31", o.Retrieved)
	}
	o.input = pos[0]
	o.NameFrom = strings.Split(o.names, ",")
	for _, f := range o.NameFrom {
		if !containsString(nameSources, f) {
			return fmt.Sprintf("-names %q: use message, description, value and name, comma-separated", o.names)
		}
	}
	return ""
}

// runDraft writes the draft spec and its document table (or only the table).
func runDraft(o options, stdout, stderr io.Writer) int {
	in, err := ReadInput(o.input, o.cols)
	if err != nil {
		fmt.Fprintln(stderr, "gen import:", err)
		return 2
	}
	specSrc, table, err := Draft(in, o.Options)
	if err != nil {
		fmt.Fprintln(stderr, "gen import:", err)
		return 2
	}
	tablePath := DocumentTablePath(o.out)
	if !o.tableOnly {
		if err := writeNew(o.out, specSrc); err != nil {
			fmt.Fprintln(stderr, "gen import:", err)
			return 2
		}
		fmt.Fprintf(stdout, "gen import: wrote %s: %d codes, %d TODO(curator) comments\n", o.out, len(in.Rows), strings.Count(string(specSrc), "TODO(curator)"))
	}
	if err := writeNew(tablePath, table); err != nil {
		fmt.Fprintln(stderr, "gen import:", err)
		return 2
	}
	fmt.Fprintf(stdout, "gen import: wrote %s: %d rows\n", tablePath, len(in.Rows))
	return 0
}

// runDiff compares the input with the spec's document table, reports, and with -append
// updates the spec and the table. Exit code 1 when something changed.
func runDiff(o options, stdout, stderr io.Writer) int {
	fail := func(err error) int { fmt.Fprintln(stderr, "gen import:", err); return 2 }
	specSrc, err := os.ReadFile(o.diff)
	if err != nil {
		return fail(err)
	}
	s, err := spec.Load(o.diff, specSrc)
	if err != nil {
		return fail(fmt.Errorf("the spec does not load; fix it first (go run ./gen -validate):\n%v", err))
	}
	tablePath := DocumentTablePath(o.diff)
	recorded, err := ReadTable(tablePath)
	if errors.Is(err, os.ErrNotExist) {
		return fail(fmt.Errorf("%s has no document table %s; write it first: go run ./gen import -table-only -out %s <the document's table>", o.diff, tablePath, o.diff))
	} else if err != nil {
		return fail(err)
	}
	in, err := ReadInput(o.input, o.cols)
	if err != nil {
		return fail(err)
	}
	d := Compare(recorded, in)
	if err := d.Report(stdout, o.diff, s); err != nil {
		return fail(err)
	}
	if d.Empty() {
		return 0
	}
	if o.append {
		if err := writeAtomic(o.diff, AppendDrafts(specSrc, s, d, in, o.NameFrom)); err != nil {
			return fail(err)
		}
		if err := writeAtomic(tablePath, Update(recorded, d, in).Format()); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "gen import: appended drafts of the added codes to %s and updated %s; curate the TODO(curator) comments, then go run ./gen -validate\n", o.diff, tablePath)
	}
	return 1
}
