package apifile

import (
	"fmt"
	"strings"
)

// String is what the person who ran the generator needs to know of the change, "" when the
// file keeps its lines: for a new file the number of lines it records; else one line per
// identifier added, newly deprecated, removed or no longer deprecated, and, when the code
// lost identifiers, the loud notice of the broken contract with how to fix it (the message
// of the contract check).
func (c Change) String() string {
	if c.New {
		return fmt.Sprintf("%s: new; it records the package's API, %s\n", c.File, count(c.Lines, "line"))
	}
	if len(c.Added)+len(c.Deprecated)+len(c.Removed)+len(c.Undeprecated)+len(c.Recorded) == 0 {
		return ""
	}
	var b strings.Builder
	var counts []string
	for _, n := range []struct {
		n    int
		what string
	}{{len(c.Added), "added"}, {len(c.Deprecated), "newly deprecated"}, {len(c.Recorded), "removed on purpose"},
		{len(c.Removed), "REMOVED"}, {len(c.Undeprecated), "no longer deprecated"}} {
		if n.n > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", n.n, n.what))
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", c.File, strings.Join(counts, ", "))
	list := func(label string, lines []string) {
		for _, l := range lines {
			fmt.Fprintf(&b, "\t%-12s %s\n", label, strings.TrimSuffix(l, deprecatedMark))
		}
	}
	list("added", c.Added)
	list("deprecated", c.Deprecated)
	list("removed", c.Recorded)
	list("REMOVED", c.Removed)
	list("undeprecated", c.Undeprecated)
	if len(c.Removed)+len(c.Undeprecated) > 0 {
		prefix := "API contract: "
		if c.Breaking() {
			prefix = "BREAKING: "
		}
		broken := &BrokenError{File: c.File, Removed: c.Removed, Undeprecated: c.Undeprecated}
		fmt.Fprintf(&b, "%s%s\nThe file keeps the lines, and apierr's go test ./... (TestAPIContract) fails "+
			"until this is fixed.\n", prefix, broken.Error())
	}
	return b.String()
}

// Summary joins the summaries of changes (see Change.String), in order; it is "" when no
// API file changed.
func Summary(changes []Change) string {
	var b strings.Builder
	for _, c := range changes {
		b.WriteString(c.String())
	}
	return b.String()
}
