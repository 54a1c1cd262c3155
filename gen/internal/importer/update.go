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
// read, withdrawn rows dropped. With a group (-group), only that group's rows are replaced,
// where its first row was (at the end when it had none); the other rows stay as they are.
// Comment lines are kept; the counts of the table and of the group, the release, the "As of"
// date and the line that says what the last update was are rewritten.
func UpdateTable(recorded *Table, d Diff, in *Input, u republication, group string) *Table {
	was := map[string]Row{}
	for _, r := range recorded.Rows {
		was[r.Code] = r
	}
	var rows []Row
	for _, n := range in.Rows {
		rows = append(rows, updatedRow(was[n.Code], n, in.Has))
	}
	t := &Table{Counts: recorded.Counts, Rows: rows}
	if group != "" {
		t.Rows = spliceGroup(recorded.Rows, rows, group)
	}
	t.Comments = updatedComments(recorded.Comments, len(t.Rows), map[string]int{group: len(rows)}, d, u)
	return t
}

// updatedRow is the row of a republished code: the recorded row (zero for an added code)
// with the fields the republished table has columns for taken from it.
func updatedRow(r, n Row, has map[string]bool) Row {
	if r.Code == "" {
		r = n
	}
	if has[roleName] {
		r.Name = n.Name
	}
	if has[roleMessage] {
		r.Message = n.Message
	}
	if has[roleDescription] {
		r.Description = n.Description
	}
	if has[roleStatus] {
		r.Status = n.Status
	}
	r.Notes = nil
	return r
}

// spliceGroup returns old with its rows of group replaced by rows, put where the group's
// first row was, or at the end.
func spliceGroup(old, rows []Row, group string) []Row {
	var out []Row
	placed := false
	for _, r := range old {
		if r.Group != group {
			out = append(out, r)
		} else if !placed {
			out, placed = append(out, rows...), true
		}
	}
	if !placed {
		out = append(out, rows...)
	}
	return out
}

// updatedComments rewrites the comment lines of a table updated by -append.
// groups holds the new row count of the group -group names, under its name.
func updatedComments(old []string, rows int, groups map[string]int, d Diff, u republication) []string {
	var out []string
	release, asOf := false, false
	counted := map[string]bool{}
	for _, c := range old {
		switch {
		case totalCountRE.MatchString(c):
			c = "# count: " + strconv.Itoa(rows)
		case groupCount(c, groups) >= 0:
			g := countRE.FindStringSubmatch(c)[1]
			c, counted[g] = "# count "+g+": "+strconv.Itoa(groupCount(c, groups)), true
		case releaseRE.MatchString(c) && u.release != "":
			c, release = "# Release "+commentSafe(u.release)+".", true
		case asOfRE.MatchString(c):
			c, asOf = "# As of "+u.date+".", true
		case updatedRE.MatchString(c):
			continue
		}
		out = append(out, c)
	}
	for g, n := range groups { // a group republished for the first time
		if g != "" && !counted[g] {
			out = append(out, "# count "+g+": "+strconv.Itoa(n))
		}
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

// groupCount returns the new count of the group a "# count <group>: N" line counts, or -1
// when c is not such a line or counts another group.
func groupCount(c string, groups map[string]int) int {
	m := countRE.FindStringSubmatch(c)
	if m == nil || m[1] == "" {
		return -1
	}
	if n, ok := groups[m[1]]; ok {
		return n
	}
	return -1
}

// changedCodes counts the codes with at least one changed field.
func changedCodes(d Diff) int {
	seen := map[string]bool{}
	for _, c := range d.Changed {
		seen[c.Code] = true
	}
	return len(seen)
}
