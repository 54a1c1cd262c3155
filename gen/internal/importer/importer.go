// Package importer is the generator's import subcommand: it drafts a spec from a vendor's
// table of error codes, writes the document table a spec is checked against, and compares a
// republished table with the recorded one, applying what changed.
//
//	go run ./gen import [flags] -out specs/x.toml <table file>
//	go run ./gen import -table-only -out specs/x.toml <table file>
//	go run ./gen import -diff specs/x.toml [-group envelope] [-append] <table file>
//
// The first form writes a draft spec, specs/x.toml, and its document table,
// specs/x.document.tsv (format: specs/README.md, "Document tables"). The draft has one
// [[code]] per wire code, its Go name drafted by naming.GoName, and a "# TODO(curator):"
// comment at every decision a human must make: the envelope, each code's class (a suggestion
// at most), codes that share a message, names told apart by their value, statuses that are
// not numbers, mis-encoded text. It never writes a class, and it is loaded with the loader
// before it is written: a draft that does not load is not written.
//
// -table-only writes only the document table, for a spec that exists.
//
// -diff compares a republished table with the document table recorded beside the spec and
// lists the codes added, withdrawn and changed (by field, old → new); the exit code is 0 when
// nothing changed and 1 when something did. A spec whose document has several tables, one
// per envelope (Okta's management API codes and its OAuth 2.0 codes), records them in one
// document table with a group column; -group names the one the table file republishes, and
// only that group's rows are compared and replaced. With -append it applies them (see monthly.go):
// drafts of the added codes appended, withdrawn codes marked deprecated, changed texts
// replaced, retrieved and release updated, each change marked for review, the document table
// updated and the release's section added to the changelog beside the spec; it exits 0.
//
// Input formats and how columns are found: see ParseInput.
package importer

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/apierr/apierr/gen/internal/cli"
)

const usage = `usage: gen import [flags] -out specs/x.toml <table file>
       gen import -table-only -out specs/x.toml <table file>
       gen import -diff specs/x.toml [-group envelope] [-append] <table file>

Drafts a spec (specs/x.toml) and its document table (specs/x.document.tsv) from a vendor's
code table: a JSON catalogue, a Markdown pipe table, a CSV or TSV file, a document table,
code lists under "HTTP 4xx" headings, or an extracted two-column table. Every decision left
to a human is marked "# TODO(curator):". -diff compares a republished table with the recorded
document table (exit 1 when something changed), or with -group with that group's rows of it;
-append applies the changes to the spec, each marked for review, updates the table and the
changelog (exit 0).`

// options are the parsed arguments of the subcommand.
type options struct {
	Options
	out, diff, input  string
	tableOnly, append bool
	group             string
	names             string
	codePrefix        string
	cols              Columns
}

// Run runs the import subcommand with the arguments that follow "import" and returns the exit
// code: 0 done (a draft written, changes applied with -append, or nothing changed), 1 the
// republished table differs (-diff without -append), 2 bad usage, a bad input, a draft or
// spec the loader rejects, or an I/O failure.
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
	fs.StringVar(&o.out, "out", "", "the spec to write (specs/x.toml); the document table goes beside it "+
		"(specs/x.document.tsv)")
	fs.BoolVar(&o.tableOnly, "table-only", false, "write only the document table beside -out")
	fs.StringVar(&o.diff, "diff", "", "compare the table file with the document table of this spec")
	fs.BoolVar(&o.append, "append", false, "with -diff: apply the changes to the spec (drafts of added codes, "+
		"deprecated for withdrawn ones, changed texts), each marked for review, and update its document table and "+
		"changelog")
	fs.StringVar(&o.group, "group", "", "with -diff: the group of the document table (an envelope of the spec, such as "+
		"oauth) the table file republishes; the rows of the other groups are kept as they are")
	fs.StringVar(&o.Vendor, "vendor", "", "[spec] vendor")
	fs.StringVar(&o.Document, "document", "", "[spec] document: the title of the vendor's document")
	fs.StringVar(&o.Source, "source", "", "[spec] source: where the document is published")
	fs.StringVar(&o.Retrieved, "retrieved", "", "[spec] retrieved: the date the document was read, 2026-03-31 (with "+
		"-append, default today)")
	fs.StringVar(&o.Release, "release", "", "[spec] release: the document's release tag (default: a JSON catalogue's "+
		"\"release\")")
	fs.StringVar(&o.codePrefix, "code-prefix", "", "a prefix the document writes before every code and the wire does "+
		"not carry (AADSTS of AADSTS50126); with -diff, default the one the document table records")
	fs.StringVar(&o.Package, "package", "", "[spec] package: the Go package name")
	fs.StringVar(&o.Dir, "dir", "", "[spec] dir: the output folder under generated/ (default: the package)")
	fs.StringVar(&o.CodeType, "code-type", "", "[spec] code_type: int or string (default: guessed from the codes)")
	fs.StringVar(&o.names, "names", strings.Join(defaultNameOrder, ","), "the fields Go names are drafted from, in "+
		"order: title, message, description, value, name (the vendor's string name of an int code)")
	for _, role := range roles {
		o.cols[role] = ""
		fs.Func(role+"-col", "the header (or 1-based position) of "+
			"the "+role+" column, when gen import does not recognise it",
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
	case o.group != "" && o.diff == "":
		return "-group goes with -diff: it names the part of the document table the table file republishes"
	case o.group != "" && (!groupRE.MatchString(o.group) || strings.HasSuffix(o.group, "/detail")):
		return fmt.Sprintf("-group %q: name an envelope of the spec, such as oauth (detail groups are republished "+
			"with their envelope's codes, not alone)", o.group)
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
			return fmt.Sprintf("-names %q: use title, message, description, value and name, comma-separated", o.names)
		}
	}
	return ""
}

// readOptions are the options of reading the table file.
func (o options) readOptions() ReadOptions {
	return ReadOptions{Cols: o.cols, CodePrefix: o.codePrefix}
}

// runDraft writes the draft spec and its document table (or only the table).
func runDraft(o options, stdout, stderr io.Writer) int {
	fail := func(err error) int { fmt.Fprintln(stderr, "gen import:", err); return 2 }
	in, err := ReadInput(o.input, o.readOptions())
	if err != nil {
		return fail(err)
	}
	tellInput(stderr, in)
	if o.names != strings.Join(defaultNameOrder, ",") && !o.tableOnly {
		tellNames(stderr, in, o.NameFrom)
	}
	o.Out = o.out
	specSrc, table, err := Draft(in, o.Options)
	if err != nil {
		return fail(err)
	}
	tablePath := DocumentTablePath(o.out)
	files := []newFile{{tablePath, table}}
	if !o.tableOnly {
		files = append([]newFile{{o.out, specSrc}}, files...)
	}
	if err := writeNewFiles(stderr, files); err != nil {
		return fail(err)
	}
	if !o.tableOnly {
		fmt.Fprintf(stdout, "gen import: wrote %s: %d codes, %d TODO(curator) comments\n",
			showText(o.out), len(in.Rows), strings.Count(string(specSrc), "TODO(curator)"))
	}
	fmt.Fprintf(stdout, "gen import: wrote %s: %d rows\n", showText(tablePath), len(in.Rows))
	return 0
}

// tellInput says on standard error what gen import did not read of the input, and what it
// saw there that the user must know.
func tellInput(stderr io.Writer, in *Input) {
	for _, n := range notRead(in) {
		hint := ""
		if !strings.HasPrefix(n, "top-level") {
			hint = " (name one with -message-col, -description-col, ... if it holds what gen import should read)"
		}
		fmt.Fprintf(stderr, "gen import: %s: not read: %s%s\n", showText(in.File), n, hint)
	}
	for _, w := range append(append([]string(nil), in.Warnings...), in.Flagged...) {
		fmt.Fprintf(stderr, "gen import: %s: %s\n", showText(in.File), w)
	}
}

// tellNames says on standard error which of the fields a -names the user gave asks for first
// no row of the table has, so that names drafted from a later field (Code16000, from the value) are not a
// surprise.
func tellNames(stderr io.Writer, in *Input, order []string) {
	for _, f := range order {
		for _, r := range in.Rows {
			if (namer{}).source(r, f) != "" {
				return // every row has a value, so the value always stops the search
			}
		}
		fmt.Fprintf(stderr, "gen import: -names: no row of %s has a %s; names are drafted from the next field "+
			"of -names\n", showText(in.File), f)
	}
}
