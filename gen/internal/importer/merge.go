package importer

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Some documents list one wire code on several rows: Okta's OAuth 2.0 table gives 476 rows,
// each an internal reason (internalErrorCode) for one of 56 codes (errorCode, the "error" of
// the body). A spec has one [[code]] per wire code, so mergeShared merges the rows of a code
// into one: nothing is dropped.
//
// The merged row is the code's lead row (the one whose reason is the code itself, else the
// first in the document's order) with the other rows listed after its description, one line
// each, so that the document table and the spec both keep every reason and -diff shows a
// reason added, changed or dropped as a changed description:
//
//	The resource owner or authorization server denied the request.
//
//	Also listed for this code (70 more rows of the document):
//	- openid_scope_required_access_token: OpenID scope required in access token (HTTP 403): Requests for ...
//
// The lead row's status is the code's; when the rows give several, the curator is told
// which. Rows that repeat the lead row exactly are merged without a list.

// mergeShared merges the rows of in that share a code (see above), in the order of each
// code's first row, and says so in a warning.
func mergeShared(in *Input) {
	groups := map[string][]Row{}
	var order []string
	for _, r := range in.Rows {
		if groups[r.Code] == nil {
			order = append(order, r.Code)
		}
		groups[r.Code] = append(groups[r.Code], r)
	}
	if len(order) == len(in.Rows) {
		return
	}
	rows := make([]Row, 0, len(order))
	merged := 0
	for _, code := range order {
		g := groups[code]
		if len(g) > 1 {
			merged++
		}
		rows = append(rows, mergeRows(g, in.Has))
	}
	in.Warnings = append(in.Warnings, fmt.Sprintf("%d rows list %d codes: the rows of each of the %d codes listed "+
		"more than once are merged into one, the others listed in its description", len(in.Rows), len(order), merged))
	in.Rows = rows
}

// mergeRows merges the rows of one code.
func mergeRows(g []Row, has map[string]bool) Row {
	if len(g) == 1 {
		return g[0]
	}
	lead := 0
	for i, r := range g {
		if r.Reason == r.Code {
			lead = i
			break
		}
	}
	m := g[lead]
	m.Notes = append([]string(nil), m.Notes...)
	var others []Row
	lines := []string{strconv.Itoa(m.Line)}
	for i, r := range g {
		if i == lead {
			continue
		}
		lines = append(lines, strconv.Itoa(r.Line))
		m.Notes = append(m.Notes, r.Notes...)
		if !sameRow(r, m) {
			others = append(others, r)
		}
	}
	if len(others) > 0 {
		var b strings.Builder
		b.WriteString(m.Description)
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "%s (%s of the document):", alsoListed, plural(len(others), "more row", "more rows"))
		for _, r := range others {
			b.WriteString("\n- " + reasonLine(r, m, has))
		}
		m.Description = b.String()
	}
	m.Notes = append(m.Notes, fmt.Sprintf("the document lists this code on %d rows (lines %s): they are merged here, "+
		"the lead row's texts first and the others listed in the description; check the description reads well",
		len(g), lineList(lines)))
	if st := statusCounts(g); len(st) > 1 {
		m.Notes = append(m.Notes, fmt.Sprintf("the rows of this code give the statuses %s: the status here is the "+
			"lead row's (line %d); decide which the spec records, and say so in a note",
			strings.Join(st, ", "), m.Line))
	}
	return m
}

// alsoListed starts the list of the other rows of a merged code in its description.
const alsoListed = "Also listed for this code"

// lineList shows line numbers, the first five of a long list and how many more.
func lineList(lines []string) string {
	if len(lines) <= 6 {
		return strings.Join(lines, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(lines[:5], ", "), len(lines)-5)
}

// plural writes n with the singular or plural noun: "1 row", "3 rows".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// sameRow reports whether r repeats lead in every field a document table keeps, and in its
// title and reason.
func sameRow(r, lead Row) bool {
	return r.Name == lead.Name && r.Group == lead.Group && r.Status == lead.Status &&
		r.Message == lead.Message && r.Description == lead.Description && r.Title == lead.Title &&
		r.Reason == lead.Reason
}

// reasonLine writes one merged row as a line: its reason, title, message (when not the lead
// row's), status and description, those the table has.
func reasonLine(r, lead Row, has map[string]bool) string {
	var head []string
	for _, s := range []string{r.Reason, r.Title} {
		if s != "" {
			head = append(head, s)
		}
	}
	if r.Message != "" && r.Message != lead.Message {
		head = append(head, r.Message)
	}
	line := strings.Join(head, ": ")
	if has[roleStatus] && r.Status != "" {
		line += " (HTTP " + r.Status + ")"
	}
	if r.Description != "" {
		if line != "" {
			line += ": "
		}
		line += strings.Join(strings.Fields(r.Description), " ")
	}
	return line
}

// statusCounts lists the statuses of rows with how many rows give each, when not all agree:
// "400 (2 rows), 403 (1 row)".
func statusCounts(g []Row) []string {
	n := map[string]int{}
	for _, r := range g {
		n[r.Status]++
	}
	if len(n) < 2 {
		return nil
	}
	var out []string
	for st, c := range n {
		if st == "" {
			st = "none"
		}
		out = append(out, fmt.Sprintf("%s (%s)", st, plural(c, "row", "rows")))
	}
	sort.Strings(out)
	return out
}
