package importer

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The document table (specs/<base>.document.tsv) is the vendor document's code table as
// transcribed, one row per code; TestVendorDocs checks the spec against it and gen import
// -diff compares a republished table with it. Its format (specs/README.md, "Document tables"):
// optional leading "#" comment lines, the header line, then one row per code. Cells are
// separated by tabs and escape backslash, tab, newline and carriage return as \\, \t, \n
// and \r.

// DocumentHeader is the header line of a document table, as cells.
var DocumentHeader = []string{"code", "name", "group", "status", "message", "description"}

// HTTPHeader is the header of the optional table of a document's HTTP statuses
// (specs/<base>.document-http.tsv), checked against the spec's [[http_status]].
var HTTPHeader = []string{"status", "message", "description"}

// ScenarioHeader is the header of the optional table of a document's scenario rows
// (specs/<base>.document-scenarios.tsv), checked against the spec's [[scenario]].
var ScenarioHeader = []string{"section", "status", "error", "scenario", "resolution"}

// NotInUse is the status cell (and spec status) of a code the document says is not in use.
const NotInUse = "not in use"

// DocumentTablePath returns the path of the document table beside the spec at specPath.
func DocumentTablePath(specPath string) string { return tablePath(specPath, "document") }

// HTTPTablePath returns the path of the table of HTTP statuses beside the spec at specPath.
func HTTPTablePath(specPath string) string { return tablePath(specPath, "document-http") }

// ScenarioTablePath returns the path of the table of scenarios beside the spec at specPath.
func ScenarioTablePath(specPath string) string { return tablePath(specPath, "document-scenarios") }

// tablePath replaces the .toml extension of specPath with "." + kind + ".tsv".
func tablePath(specPath, kind string) string {
	return strings.TrimSuffix(specPath, ".toml") + "." + kind + ".tsv"
}

// Row is one code of a document table.
type Row struct {
	Code        string // as on the wire
	Name        string // the vendor's string name of an int code, or ""
	Group       string // envelope name, with "/detail" for detail codes, or ""
	Status      string // an HTTP status, NotInUse, or "" when the document gives none
	Message     string
	Description string
	Line        int      // line of the row in the file it was read from
	Notes       []string // what the reader could not decide (gen import flags them); never written
	// Title is the vendor's short name of the code (Okta's "title", Entra's "Name - "
	// prefix), which Go names are drafted from; Reason tells apart rows of one code (Okta's
	// "internalErrorCode"). Neither is written to the document table.
	Title, Reason string
}

// Table is a document table: its comment lines, the counts they state, and its rows.
type Table struct {
	Comments []string // leading comment lines, each with its "#"
	// Counts are the numbers of codes the comment lines "# count: N" (key "") and
	// "# count <group>: N" state the document has.
	Counts map[string]int
	Rows   []Row
}

// Records is a tab-separated table of any header: the extra tables beside a spec.
type Records struct {
	Comments []string
	Rows     []Record
}

// Record is one row of Records.
type Record struct {
	Line  int
	Cells []string
}

// countRE reads a count comment line: "# count: 43", "# count ciam/detail: 138", or with a
// key of several words, "# count Email as user_id: 20".
var countRE = regexp.MustCompile(`^#\s*count(?:\s+([^:]+?))?:\s*(\d+)\s*$`)

// Counts returns the counts that comment lines state: "# count: N" under the key "" and
// "# count <group>: N" under the group (for the extra tables, the section or any other key).
func Counts(comments []string) map[string]int {
	counts := map[string]int{}
	for _, c := range comments {
		if m := countRE.FindStringSubmatch(c); m != nil {
			n, _ := strconv.Atoi(m[2])
			counts[m[1]] = n
		}
	}
	return counts
}

// ReadTable reads and checks the document table at path.
func ReadTable(path string) (*Table, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseTable(path, src)
}

// ParseTable parses a document table held in memory; name is its file name in errors. It
// checks the header, the number of cells of each row, the status and group cells, and that
// no code appears twice.
func ParseTable(name string, src []byte) (*Table, error) {
	recs, err := ParseRecords(name, src, DocumentHeader)
	if err != nil {
		return nil, err
	}
	t := &Table{Comments: recs.Comments, Counts: Counts(recs.Comments)}
	seen := map[string]int{}
	for _, r := range recs.Rows {
		row := Row{Code: r.Cells[0], Name: r.Cells[1], Group: r.Cells[2], Status: r.Cells[3],
			Message: r.Cells[4], Description: r.Cells[5], Line: r.Line}
		if err := checkRow(name, row, seen); err != nil {
			return nil, err
		}
		seen[row.Code] = row.Line
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// groupRE is the form of a group cell: an envelope name, optionally with "/detail".
var groupRE = regexp.MustCompile(`^[a-z][a-z0-9_]*(/detail)?$`)

// checkRow reports what is wrong with one row of a document table, or nil.
func checkRow(name string, row Row, seen map[string]int) error {
	switch {
	case row.Code == "" || strings.TrimSpace(row.Code) != row.Code:
		return lineError(name, row.Line, "the code cell %q is empty or has spaces around it; write the code as on "+
			"the wire", row.Code)
	case seen[row.Code] != 0:
		return lineError(name, row.Line, "code %s is already the row at line %d; a code has one row (record the "+
			"document's duplicates in a comment line)", row.Code, seen[row.Code])
	case row.Group != "" && !groupRE.MatchString(row.Group):
		return lineError(name, row.Line, "group %q is not an envelope name, with /detail for detail codes (oauth, "+
			"ciam/detail); leave it empty when the spec has one envelope", row.Group)
	}
	if row.Status != "" && row.Status != NotInUse {
		if n, err := strconv.Atoi(row.Status); err != nil || n < 100 || n > 599 {
			return lineError(name, row.Line, "status %q is not an HTTP status; write a number 100-599, %q, or leave "+
				"it empty when the document gives none", row.Status, NotInUse)
		}
	}
	return nil
}

// ReadRecords reads a tab-separated table with the given header at path.
func ReadRecords(path string, header []string) (*Records, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseRecords(path, src, header)
}

// ParseRecords parses a tab-separated table: leading "#" comment lines, a header line equal
// to header, then rows of exactly as many cells, unescaped. Blank lines are errors after the
// header, so that a row cannot be lost silently.
func ParseRecords(name string, src []byte, header []string) (*Records, error) {
	lines := strings.Split(strings.TrimSuffix(string(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))), "\n"), "\n")
	recs := &Records{}
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], "#") {
		recs.Comments = append(recs.Comments, lines[i])
		i++
	}
	want := strings.Join(header, "\t")
	if i >= len(lines) || lines[i] != want {
		got := ""
		if i < len(lines) {
			got = lines[i]
		}
		return nil, lineError(name, i+1, "want the header line %q after the comment lines, got %q (format: "+
			"specs/README.md, \"Document tables\")", want, got)
	}
	for i++; i < len(lines); i++ {
		cells := strings.Split(lines[i], "\t")
		if len(cells) != len(header) {
			return nil, lineError(name, i+1, "the row has %d cell(s), the header %d; separate cells with one tab and "+
				"escape tabs inside cells as \\t", len(cells), len(header))
		}
		for j, c := range cells {
			u, err := unescapeCell(c)
			if err != nil {
				return nil, lineError(name, i+1, "cell %d (%s): %v", j+1, header[j], err)
			}
			cells[j] = u
		}
		recs.Rows = append(recs.Rows, Record{Line: i + 1, Cells: cells})
	}
	return recs, nil
}

// unescapeCell turns \\, \t, \n and \r back into backslash, tab, newline and carriage return.
func unescapeCell(c string) (string, error) {
	if !strings.Contains(c, `\`) {
		return c, nil
	}
	var b strings.Builder
	for i := 0; i < len(c); i++ {
		if c[i] != '\\' {
			b.WriteByte(c[i])
			continue
		}
		if i+1 >= len(c) {
			return "", fmt.Errorf("ends in a lone backslash; write a backslash as \\\\")
		}
		i++
		switch c[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			return "", fmt.Errorf("unknown escape \\%c; only \\\\, \\t, \\n and \\r are escapes (write a backslash "+
				"as \\\\)", c[i])
		}
	}
	return b.String(), nil
}

// escapeCell writes backslash, tab, newline and carriage return as \\, \t, \n and \r.
func escapeCell(c string) string {
	return strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`).Replace(c)
}

// Format writes the table: its comment lines, the header and the rows, escaped.
func (t *Table) Format() []byte {
	var b bytes.Buffer
	for _, c := range t.Comments {
		b.WriteString(c + "\n")
	}
	b.WriteString(strings.Join(DocumentHeader, "\t") + "\n")
	for _, r := range t.Rows {
		cells := []string{r.Code, r.Name, r.Group, r.Status, r.Message, r.Description}
		for i, c := range cells {
			cells[i] = escapeCell(c)
		}
		b.WriteString(strings.Join(cells, "\t") + "\n")
	}
	return b.Bytes()
}

// sortRows orders rows by code: numerically when both codes are integers, else as text.
func sortRows(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool { return codeLess(rows[i].Code, rows[j].Code) })
}

// codeLess orders two codes numerically when both are integers, else as text.
func codeLess(a, b string) bool {
	x, errA := strconv.ParseInt(a, 10, 64)
	y, errB := strconv.ParseInt(b, 10, 64)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}
