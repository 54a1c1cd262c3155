package importer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/apierr/apierr/gen/internal/spec"
)

// The monthly step: a vendor republishes its table, and
//
//	go run ./gen import -diff specs/okta.toml new.json -append
//
// applies what changed to the spec, each change marked "# TODO(curator): review", so that
// curating is reading the diff: drafts of the added codes appended; withdrawn codes kept
// with deprecated = "<date>: withdrawn in release <release> (<source>)"; changed texts and
// statuses replaced in place, the old value in the comment; retrieved set to -retrieved or
// today, release to the file's; the document table becomes the republished one; and the
// release's additions, withdrawals and changes go first in the changelog beside the spec
// (specs/<base>.changelog.md). Every file is checked (the spec with the loader) before any is
// written, and written atomically.

// now is the clock of the default retrieved date; tests replace it.
var now = time.Now

// republication is what -append records of one run: when, which release, from which file.
type republication struct {
	date    string // the retrieved date: -retrieved, or today
	release string // the document's release: -release, or the file's, or ""
	file    string // the base name of the table file
	source  string // the spec's source, for deprecated texts
}

// newRepublication collects the republication of a run.
func newRepublication(o options, in *Input, s *spec.Spec) republication {
	u := republication{date: o.Retrieved, release: o.Release, file: filepath.Base(in.File), source: s.Source}
	if u.date == "" {
		u.date = now().Format(time.DateOnly)
	}
	if u.release == "" {
		u.release = in.Release
	}
	return u
}

// from names the republication in comments: "release 2026.08.1 (okta.json)" or "okta.json".
func (u republication) from() string {
	if u.release == "" {
		return showText(u.file)
	}
	return "release " + commentSafe(u.release) + " (" + showText(u.file) + ")"
}

// deprecation is the deprecated text of a code the republished table no longer lists.
func (u republication) deprecation() string {
	if u.release == "" {
		return fmt.Sprintf("%s: gone from the document of that date (%s)", u.date, u.source)
	}
	return fmt.Sprintf("%s: withdrawn in release %s (%s)", u.date, u.release, u.source)
}

// runDiff compares the input with the spec's document table and reports; with -append it
// applies the changes (runAppend). Exit code 1 when something changed and -append was not
// given.
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
		return fail(fmt.Errorf("%s has no document table %s; write it first: go run ./gen import -table-only -out %s "+
			"<the document's table>", showText(o.diff), showText(tablePath), showText(o.diff)))
	} else if err != nil {
		return fail(err)
	}
	ro := o.readOptions()
	if ro.CodePrefix == "" {
		ro.CodePrefix = recordedPrefix(recorded.Comments)
	}
	in, err := ReadInput(o.input, ro)
	if err != nil {
		return fail(err)
	}
	tellInput(stderr, in)
	d := Compare(recorded, in)
	u := newRepublication(o, in, s)
	if err := d.Report(stdout, o.diff, s, u.release); err != nil {
		return fail(err)
	}
	if o.append {
		return runAppend(o, monthly{s: s, src: specSrc, recorded: recorded, in: in, d: d, u: u}, stdout, stderr)
	}
	if d.Empty() {
		return 0
	}
	return 1
}

// monthly is what one -append run works on.
type monthly struct {
	s        *spec.Spec
	src      []byte // the spec as read
	recorded *Table
	in       *Input
	d        Diff
	u        republication
}

// runAppend applies the diff: the spec, its document table and its changelog are worked out
// and checked in memory, then written; exit code 0 when done.
func runAppend(o options, m monthly, stdout, stderr io.Writer) int {
	fail := func(err error) int { fmt.Fprintln(stderr, "gen import:", err); return 2 }
	tablePath, logPath := DocumentTablePath(o.diff), ChangelogPath(o.diff)
	for _, p := range []string{o.diff, tablePath, logPath} {
		if err := checkWritable(p); err != nil {
			return fail(err)
		}
	}
	for _, p := range []string{o.diff, tablePath, logPath} {
		removeLeftovers(stderr, p)
	}
	if m.d.Empty() && (m.u.release == "" || m.u.release == m.s.Release) {
		fmt.Fprintf(stdout, "gen import: nothing to apply to %s\n", showText(o.diff))
		return 0
	}
	files, sum, err := m.outputs(o, tablePath, logPath)
	if err != nil {
		return fail(err)
	}
	for _, f := range files { // the spec first: a later failure leaves nothing -append would repeat
		if err := replaceFile(f.path, f.data); err != nil {
			return fail(fmt.Errorf("writing %s: %w (the files before it in %s were written)",
				showText(f.path), err, filesList(files)))
		}
	}
	fmt.Fprintf(stdout, "gen import: %s: %s; retrieved %s", showText(o.diff), sum, m.u.date)
	if m.u.release != "" {
		fmt.Fprintf(stdout, ", release %s", showText(m.u.release))
	}
	fmt.Fprintf(stdout, "\ngen import: updated %s; review each TODO(curator) comment (git diff), then go run ./gen "+
		"-validate and go generate ./...\n", filesList(files))
	return 0
}

// outputs works out the new spec, document table and changelog, each checked, and a summary
// of what was applied.
func (m monthly) outputs(o options, tablePath, logPath string) ([]newFile, string, error) {
	specOut, sum, names, err := applyToSpec(o.diff, m, o.NameFrom)
	if err != nil {
		return nil, "", err
	}
	tableSrc, err := os.ReadFile(tablePath)
	if err != nil {
		return nil, "", err
	}
	table := withLineEnding(UpdateTable(m.recorded, m.d, m.in, m.u).Format(), lineEnding(tableSrc))
	if _, err := ParseTable(tablePath, table); err != nil {
		return nil, "", fmt.Errorf("the updated document table does not read back, so nothing was written: %w", err)
	}
	files := []newFile{{o.diff, specOut}, {tablePath, table}}
	if !m.d.Empty() {
		old, err := os.ReadFile(logPath)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, "", err
		}
		files = append(files, newFile{logPath, updateChangelog(old, m.s, m.d, m.u, names)})
	}
	return files, sum, nil
}

// filesList names the files written, for messages.
func filesList(files []newFile) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = showText(f.path)
	}
	return strings.Join(names, ", ")
}

// ChangelogPath returns the path of the changelog beside the spec at specPath.
func ChangelogPath(specPath string) string {
	return strings.TrimSuffix(specPath, ".toml") + ".changelog.md"
}
