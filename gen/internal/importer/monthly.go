package importer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
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
	group   string // the group of the document table the file republishes (-group), or ""
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
	compared := recorded
	if o.group == "" && !in.Has[roleGroup] {
		if o.group, err = inferGroup(recorded, in, stderr); err != nil {
			return fail(err)
		}
	}
	if o.group != "" {
		if compared, err = groupOf(recorded, in, s, o.group); err != nil {
			return fail(err)
		}
	}
	d := Compare(compared, in)
	u := newRepublication(o, in, s)
	u.group = o.group
	if err := d.Report(stdout, o.diff, s, u.release); err != nil {
		return fail(err)
	}
	if o.append {
		m := monthly{s: s, src: specSrc, recorded: recorded, group: o.group, in: in, d: d, u: u}
		return runAppend(o, m, stdout, stderr)
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
	group    string // -group: the group of recorded the input republishes, or ""
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
	table := withLineEnding(UpdateTable(m.recorded, m.d, m.in, m.u, m.group).Format(), lineEnding(tableSrc))
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

// inferGroup returns the group a table file without a group column republishes, when the
// document table's rows have groups: the only group, or the one group of the recorded rows
// whose codes the file lists (said on stderr). It returns "" for a table without groups, and an
// error asking for -group when the file's codes are in several groups or none.
func inferGroup(recorded *Table, in *Input, stderr io.Writer) (string, error) {
	var groups []string
	of := map[string]string{}
	for _, r := range recorded.Rows {
		if !containsString(groups, r.Group) {
			groups = append(groups, r.Group)
		}
		of[r.Code] = r.Group
	}
	listed := groups
	if len(groups) > 1 {
		listed = nil
		for _, r := range in.Rows {
			if g, ok := of[r.Code]; ok && !containsString(listed, g) {
				listed = append(listed, g)
			}
		}
	}
	switch {
	case len(groups) == 0 || len(groups) == 1 && groups[0] == "":
		return "", nil
	case len(listed) != 1 || listed[0] == "":
		return "", fmt.Errorf("the document table has the groups %s, and %s lists codes of %d of them; name the "+
			"group it republishes with -group", quotedList(groups), showText(in.File), len(listed))
	}
	fmt.Fprintf(stderr, "gen import: %s republishes group %q of the document table (-group %s)\n",
		showText(in.File), listed[0], listed[0])
	return listed[0], nil
}

// quotedList quotes each string and joins them with commas.
func quotedList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// groupOf checks -group against the spec and the republished rows, puts every republished
// row in the group, and returns the recorded table cut to the group's rows: what the
// republished table is compared with.
func groupOf(recorded *Table, in *Input, s *spec.Spec, group string) (*Table, error) {
	var names []string
	for _, e := range s.Envelopes {
		names = append(names, e.Name)
	}
	if !containsString(names, group) {
		return nil, fmt.Errorf("-group %q: the spec has no envelope of that name; its envelopes are %s",
			group, strings.Join(names, ", "))
	}
	for i, r := range in.Rows {
		if r.Group != "" && r.Group != group {
			return nil, lineError(in.File, r.Line, "code %s is in group %q, and -group says the file republishes "+
				"group %q; leave -group out to compare the whole document table", r.Code, r.Group, group)
		}
		in.Rows[i].Group = group
	}
	listed := map[string]bool{}
	for _, r := range in.Rows {
		listed[r.Code] = true
	}
	cut := &Table{Comments: recorded.Comments, Counts: recorded.Counts}
	for _, r := range recorded.Rows {
		switch {
		case r.Group == group:
			cut.Rows = append(cut.Rows, r)
		case listed[r.Code]:
			return nil, lineError(DocumentTablePath(s.File), r.Line, "code %s is recorded in group %q, and %s "+
				"republishes it in group %q; move its row to that group by hand, then run again",
				r.Code, r.Group, showText(in.File), group)
		}
	}
	return cut, nil
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
