package importer

import (
	"fmt"
	"regexp"
	"strconv"
)

var (
	// totalCountRE matches the comment line that states the total count of a table.
	totalCountRE = regexp.MustCompile(`^#\s*count:\s*\d+\s*$`)
	// releaseRE, asOfRE and updatedRE match the comment lines -append rewrites: the release,
	// the date, and what the last update was.
	releaseRE = regexp.MustCompile(`^# Release .*\.$`)
	asOfRE    = regexp.MustCompile(`^# As of \d{4}-\d{2}-\d{2}\.$`)
	updatedRE = regexp.MustCompile(`^# Updated (by|on) `)
)

// UpdateTable returns the document table the republished one makes of the recorded table: its
// rows in the republished table's order, each recorded row with the fields the republished
// table has columns for taken from it (the others, such as the group, kept), added rows as
// read, withdrawn rows dropped. Comment lines are kept; the total count, the release, the
// "As of" date and the line that says what the last update was are rewritten.
func UpdateTable(recorded *Table, d Diff, in *Input, u republication) *Table {
	was := map[string]Row{}
	for _, r := range recorded.Rows {
		was[r.Code] = r
	}
	t := &Table{Counts: recorded.Counts}
	for _, n := range in.Rows {
		r, ok := was[n.Code]
		if !ok {
			r = n
		}
		if in.Has[roleName] {
			r.Name = n.Name
		}
		if in.Has[roleMessage] {
			r.Message = n.Message
		}
		if in.Has[roleDescription] {
			r.Description = n.Description
		}
		if in.Has[roleStatus] {
			r.Status = n.Status
		}
		r.Notes = nil
		t.Rows = append(t.Rows, r)
	}
	t.Comments = updatedComments(recorded.Comments, len(t.Rows), d, u)
	return t
}

// updatedComments rewrites the comment lines of a table updated by -append.
func updatedComments(old []string, rows int, d Diff, u republication) []string {
	var out []string
	release, asOf := false, false
	for _, c := range old {
		switch {
		case totalCountRE.MatchString(c):
			c = "# count: " + strconv.Itoa(rows)
		case releaseRE.MatchString(c) && u.release != "":
			c, release = "# Release "+commentSafe(u.release)+".", true
		case asOfRE.MatchString(c):
			c, asOf = "# As of "+u.date+".", true
		case updatedRE.MatchString(c):
			continue
		}
		out = append(out, c)
	}
	if u.release != "" && !release {
		out = append(out, "# Release "+commentSafe(u.release)+".")
	}
	if !asOf {
		out = append(out, "# As of "+u.date+".")
	}
	return append(out, fmt.Sprintf("# Updated on %s from %s by gen import -diff -append: %d added, %d withdrawn, %d "+
		"changed (the changelog beside the spec lists them).",
		u.date, u.from(), len(d.Added), len(d.Removed), changedCodes(d)))
}

// changedCodes counts the codes with at least one changed field.
func changedCodes(d Diff) int {
	seen := map[string]bool{}
	for _, c := range d.Changed {
		seen[c.Code] = true
	}
	return len(seen)
}
