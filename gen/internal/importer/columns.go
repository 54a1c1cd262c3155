package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The roles a column of a vendor's table can have: those of a document table, in its order,
// then the title (Okta's "title": a short name of the code, which Go names are drafted from,
// never written to the document table) and the reason (Okta's "internalErrorCode": what
// tells apart the rows of one code, listed when they are merged, see mergeShared).
const (
	roleCode        = "code"
	roleName        = "name"
	roleGroup       = "group"
	roleStatus      = "status"
	roleMessage     = "message"
	roleDescription = "description"
	roleTitle       = "title"
	roleReason      = "reason"
)

// roles lists the roles: document-table order, then title and reason.
var roles = []string{roleCode, roleName, roleGroup, roleStatus, roleMessage, roleDescription, roleTitle, roleReason}

// headerRoles maps a normalised header cell (see normHeader) to the role of its column.
var headerRoles = map[string]string{
	"code": roleCode, "error code": roleCode, "errorcode": roleCode, "error number": roleCode,
	"name": roleName, "error": roleName, "error name": roleName, "wire": roleName,
	"wire name": roleName, "string code": roleName, "error string": roleName,
	"group": roleGroup, "envelope": roleGroup,
	"message": roleMessage, "error message": roleMessage, "msg": roleMessage,
	"summary": roleMessage, "error summary": roleMessage,
	"title": roleTitle, "error title": roleTitle,
	"reason": roleReason, "internal error code": roleReason, "internal code": roleReason,
	"reason code": roleReason,
	"description": roleDescription, "error description": roleDescription, "details": roleDescription,
	"detail": roleDescription, "meaning": roleDescription, "explanation": roleDescription,
	"status": roleStatus, "http": roleStatus, "http code": roleStatus, "http status": roleStatus,
	"http status code": roleStatus, "status code": roleStatus, "response code": roleStatus,
	"http response code": roleStatus,
}

// Columns names the columns of a table whose headers gen import does not recognise: role →
// the header cell (matched as headers are, ignoring case, spaces and punctuation) or its
// 1-based position. Set from the -code-col, -name-col, ... flags.
type Columns map[string]string

// layout is where each role is in one table, read from its header.
type layout struct {
	line    int            // line of the header
	header  []string       // the header cells
	col     map[string]int // role → index of its column
	ignored []string       // header cells with no role
}

var (
	// nonWord matches what normHeader removes.
	nonWord = regexp.MustCompile(`[^a-z0-9]+`)
	// camelRE and acronymRE find the word boundaries of camel case: errorCode, HTTPStatus.
	camelRE   = regexp.MustCompile(`([a-z0-9])([A-Z])`)
	acronymRE = regexp.MustCompile(`([A-Z]+)([A-Z][a-z])`)
)

// normHeader splits camel case, lower-cases a header cell and turns punctuation and runs of
// spaces into one space, so that a key matches whatever its case style: "Error_Code",
// "error code:", "errorCode" and "ErrorCode" are all "error code", "statusCode" and
// "status_code" both "status code".
func normHeader(s string) string {
	s = acronymRE.ReplaceAllString(camelRE.ReplaceAllString(s, "$1 $2"), "$1 $2")
	return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(s), " "))
}

// newLayout reads the roles of a header's cells: first those the flags name, then the
// recognised headers (the first cell of a role wins). It fails when no column is the code.
func newLayout(file string, line int, header []string, flags Columns) (*layout, error) {
	l := &layout{line: line, header: header, col: map[string]int{}}
	taken := map[int]bool{}
	for _, role := range roles {
		ref, ok := flags[role]
		if !ok || ref == "" {
			continue
		}
		i, err := findColumn(header, ref)
		if err != nil {
			return nil, lineError(file, line, "-%s-col %q: %v", role, ref, err)
		}
		l.col[role], taken[i] = i, true
	}
	for i, h := range header {
		role, ok := headerRoles[normHeader(h)]
		if _, done := l.col[role]; ok && !done && !taken[i] {
			l.col[role], taken[i] = i, true
		}
		if !taken[i] {
			l.ignored = append(l.ignored, h)
		}
	}
	if i, ok := l.col[roleName]; ok && flags[roleName] == "" && !hasRole(l, roleCode) {
		l.col[roleCode] = i // "| Error | Description |": the only code column is headed "Error"
		delete(l.col, roleName)
	}
	if _, ok := l.col[roleCode]; !ok {
		return nil, lineError(file, line, "the table's header (%s) has no code column; name it with -code-col (a "+
			"header cell or its position)", quoteCells(header))
	}
	return l, nil
}

// hasRole reports whether the layout has a column for role.
func hasRole(l *layout, role string) bool {
	_, ok := l.col[role]
	return ok
}

// findColumn returns the index of the header cell ref names: a 1-based position or a header.
func findColumn(header []string, ref string) (int, error) {
	if n, err := strconv.Atoi(ref); err == nil {
		if n < 1 || n > len(header) {
			return 0, fmt.Errorf("the header has %d columns; give a position from 1 to %d", len(header), len(header))
		}
		return n - 1, nil
	}
	for i, h := range header {
		if normHeader(h) == normHeader(ref) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no such column; the header's cells are %s", quoteCells(header))
}

// quoteCells lists cells quoted and comma-separated, for messages.
func quoteCells(cells []string) string {
	q := make([]string, len(cells))
	for i, c := range cells {
		q[i] = strconv.Quote(c)
	}
	return strings.Join(q, ", ")
}

// row builds a Row from a table row's cells, which must be as many as the header's.
func (l *layout) row(file string, line int, cells []string) (Row, error) {
	if len(cells) != len(l.header) {
		return Row{}, lineError(file, line, "the row has %d cell(s), the header at line %d has %d",
			len(cells), l.line, len(l.header))
	}
	get := func(role string) string {
		if i, ok := l.col[role]; ok {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	r := Row{Code: stripMarkup(get(roleCode)), Name: stripMarkup(get(roleName)), Group: get(roleGroup),
		Message: get(roleMessage), Description: get(roleDescription), Title: get(roleTitle),
		Reason: stripMarkup(get(roleReason)), Line: line}
	if r.Code == "" {
		return Row{}, lineError(file, line, "the row has an empty code cell (column %q)", l.header[l.col[roleCode]])
	}
	r.Status, r.Notes = normStatus(get(roleStatus))
	return r, nil
}

// stripMarkup removes Markdown code and bold markers around a code or a name: `x`, **x**.
func stripMarkup(s string) string {
	for _, m := range []string{"`", "**", "__"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			s = strings.TrimSpace(s[len(m) : len(s)-len(m)])
		}
	}
	return s
}

// has reports the roles the layout has a column for.
func (l *layout) has() map[string]bool {
	h := map[string]bool{}
	for role := range l.col {
		h[role] = true
	}
	return h
}

// describe lists the columns read, as role "header", in role order.
func (l *layout) describe() []string {
	var out []string
	for _, role := range roles {
		if i, ok := l.col[role]; ok {
			out = append(out, fmt.Sprintf("%s %q", role, l.header[i]))
		}
	}
	return out
}

// statusPrefixRE reads a status cell that starts with a status: "403 Forbidden".
var statusPrefixRE = regexp.MustCompile(`^([1-5][0-9][0-9])\b`)

// normStatus reads a status cell: a number 100-599, "Not in Use" (any case) or empty. Other
// cells give a status read from their leading number, or none, with a note for the curator.
func normStatus(cell string) (string, []string) {
	cell = strings.TrimSpace(cell)
	switch {
	case cell == "":
		return "", nil
	case strings.EqualFold(cell, NotInUse):
		return NotInUse, []string{fmt.Sprintf("the document's status is %q: status = %q means documented but not "+
			"currently returned; keep it as a quirk (# quirk: comment and a note)", cell, NotInUse)}
	}
	if n, err := strconv.Atoi(cell); err == nil && n >= 100 && n <= 599 {
		return cell, nil
	}
	if m := statusPrefixRE.FindStringSubmatch(cell); m != nil {
		return m[1], []string{fmt.Sprintf("the document's status cell is %q, read as %s; check it", cell, m[1])}
	}
	return "", []string{fmt.Sprintf("the document's status cell %q is not an HTTP status and was left out; record it "+
		"in a note if it matters", cell)}
}
