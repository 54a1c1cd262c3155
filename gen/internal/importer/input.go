package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Input is a vendor's code table as read from a file, in any of the formats gen import reads.
type Input struct {
	File       string
	Format     string          // the format it was read as, for the draft's header comment
	Rows       []Row           // in the file's order; Line is the line in the file
	Has        map[string]bool // roles the file has columns for: only these are compared by -diff
	Read       []string        // the columns read, as role "header"
	Ignored    []string        // header cells (JSON keys) that gen import does not read
	IgnoredTop []string        // top-level keys of a JSON catalogue that gen import does not read
	Release    string          // the document's release tag (a JSON catalogue's "release"), or ""
	CodePrefix string          // the prefix removed from every code (ReadOptions.CodePrefix), or ""
	// Warnings are what the reader saw and the user must know (said on standard error): text
	// that is mis-encoded, rows merged, tables skipped.
	Warnings []string
	// Flagged are the rows flagged for mis-encoded or invisible characters, one line each for
	// standard error (their [[code]] tables carry a TODO(curator) comment).
	Flagged []string
}

// The formats ReadInput recognises.
const (
	formatTable    = "document table"
	formatMarkdown = "Markdown pipe table"
	formatTSV      = "TSV"
	formatCSV      = "CSV"
	formatSections = "code lists under HTTP status headings"
	formatGlued    = "extracted two-column table, code and text glued together"
	formatJSON     = "JSON catalogue"
)

// ReadOptions say how to read a table beyond what its headers say.
type ReadOptions struct {
	Cols Columns // the columns gen import does not recognise, by role
	// CodePrefix is a fixed prefix the document writes before every code that the wire does
	// not carry ("AADSTS" of Entra's AADSTS50126, whose wire code is 50126): it is removed.
	CodePrefix string
}

// ReadInput reads the vendor's code table in file (see ParseInput).
func ReadInput(file string, ro ReadOptions) (*Input, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParseInput(file, src, ro)
}

// ParseInput reads a vendor's code table held in memory, in the first format that fits:
//
//   - a JSON catalogue: an array of objects, one per code, or an object holding one such
//     array (Okta's {"release": "...", "errors": [...]}); keys are the headers, and a
//     top-level "release" is the document's release tag;
//   - a document table (the header code, name, group, status, message, description), as
//     written beside a spec;
//   - a .csv file, or a .tsv file or any file whose first line has tabs: a header line, then
//     one row per code;
//   - Markdown pipe tables, with or without leading and trailing pipes; every table whose
//     header has a code column is read, and the HTML and Markdown of its cells made plain
//     text (plainCell);
//   - code lists under "HTTP 4xx" headings (GoPoints' page): "- code" lines, each followed by
//     its description; the status is the heading's;
//   - extracted two-column tables whose code and text run together ("Error codeDescription",
//     then "invalid_clientThe application does not exist."; Alibaba's page). The code is cut
//     at its last lower-to-upper case change: right when the text starts with a capital that
//     follows a lower-case letter, wrong when the text starts with a camel-case word ("WeChat
//     mini program" gives the code ...UserinfoWe), a lower-case word or a digit, or when the
//     code ends in capitals. Every such row is flagged for the curator.
//
// Columns are found by their headers; ro.Cols names those gen import does not recognise.
// Then ro.CodePrefix is removed from the codes, titles are read from "Name - " prefixes
// (findNamePrefixes), mis-encoded text is flagged (checkRowText) and rows that share a code
// are merged (mergeShared).
func ParseInput(file string, src []byte, ro ReadOptions) (*Input, error) {
	in, err := parseFormat(file, src, ro)
	if err != nil {
		return nil, err
	}
	if err := stripCodePrefix(in, ro.CodePrefix); err != nil {
		return nil, err
	}
	findNamePrefixes(in)
	checkRowText(in)
	mergeShared(in)
	return in, nil
}

// parseFormat reads src in the first format that fits (see ParseInput).
func parseFormat(file string, src []byte, ro ReadOptions) (*Input, error) {
	cols := ro.Cols
	ext := strings.ToLower(filepath.Ext(file))
	if isJSON(ext, src) {
		return readJSON(file, src, cols)
	}
	text := strings.ReplaceAll(string(trimBOM(src)), "\r\n", "\n")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	switch {
	case isDocumentTable(lines):
		return readDocumentTable(file, src)
	case ext == ".csv":
		return readCSV(file, text, cols)
	case ext == ".tsv" || firstContentLineHas(lines, "\t"):
		return readTSV(file, lines, cols)
	case pipeSeparator(lines) >= 0:
		return readPipeTables(file, lines, ro)
	case sectionHeading(lines) >= 0:
		return readSections(file, lines)
	case gluedHeader(lines) >= 0:
		return readGlued(file, lines, cols)
	case firstContentLineHas(lines, ","):
		return readCSV(file, text, cols)
	}
	return nil, &InputError{File: file, Msg: "no code table found; gen import reads JSON catalogues, Markdown pipe " +
		"tables, CSV and TSV files with a header line, document tables, code lists under \"HTTP 4xx\" headings and " +
		"extracted two-column tables (go run ./gen import -h)"}
}

// isDocumentTable reports whether the first line after the comment lines is the header of a
// document table.
func isDocumentTable(lines []string) bool {
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			return l == strings.Join(DocumentHeader, "\t")
		}
	}
	return false
}

// readDocumentTable reads a document table as an input: all its columns count.
func readDocumentTable(file string, src []byte) (*Input, error) {
	t, err := ParseTable(file, src)
	if err != nil {
		return nil, err
	}
	in := &Input{File: file, Format: formatTable, Rows: t.Rows, Has: map[string]bool{}}
	for _, role := range roles {
		in.Has[role] = true
		in.Read = append(in.Read, role+" "+`"`+role+`"`)
	}
	return in, nil
}

// firstContentLineHas reports whether the first line that is neither blank nor a "#"
// comment contains sep.
func firstContentLineHas(lines []string, sep string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			return strings.Contains(l, sep)
		}
	}
	return false
}

// fromLayout starts an Input whose columns are those of l.
func fromLayout(file, format string, l *layout) *Input {
	return &Input{File: file, Format: format, Has: l.has(), Read: l.describe(), Ignored: l.ignored}
}

// readTSV reads a tab-separated file: the first line that is neither blank nor a "#" comment
// is the header; blank lines after it are skipped.
func readTSV(file string, lines []string, cols Columns) (*Input, error) {
	var l *layout
	var in *Input
	for i, line := range lines {
		if strings.TrimSpace(line) == "" || (l == nil && strings.HasPrefix(line, "#")) {
			continue
		}
		cells := strings.Split(line, "\t")
		if l == nil {
			var err error
			if l, err = newLayout(file, i+1, trimCells(cells), cols); err != nil {
				return nil, err
			}
			in = fromLayout(file, formatTSV, l)
			continue
		}
		r, err := l.row(file, i+1, cells)
		if err != nil {
			return nil, err
		}
		in.Rows = append(in.Rows, r)
	}
	if in == nil {
		return nil, &InputError{File: file, Msg: "no header line found; a TSV file starts with a header line such as " +
			"code<TAB>message<TAB>description"}
	}
	return in, nil
}

// trimCells trims the spaces around each cell.
func trimCells(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(c)
	}
	return out
}

// separatorRE matches the line under a Markdown table's header: |---|:--:| or ---|---|.
var separatorRE = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$`)

// pipeSeparator returns the index of the first Markdown separator line after a header line,
// or -1.
func pipeSeparator(lines []string) int {
	for i := 1; i < len(lines); i++ {
		if separatorRE.MatchString(lines[i]) && strings.Contains(lines[i-1], "|") {
			return i
		}
	}
	return -1
}

// splitPipes splits a Markdown table line into trimmed cells, dropping one empty cell at each
// end for a leading or trailing pipe; "\|" is a pipe inside a cell.
func splitPipes(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	const pipe = "\x00"
	cells := strings.Split(strings.ReplaceAll(line, `\|`, pipe), "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(strings.ReplaceAll(c, pipe, "|"))
	}
	return cells
}

// readPipeTables reads every Markdown table of lines whose header has a code column. A table
// ends at the first line without a pipe. Tables without a code column (a table of HTTP
// statuses) are skipped, and so are tables none of whose codes has the code prefix, when one
// is given (Entra's table of OAuth codes); when no table is read, the error names the first
// table's header.
func readPipeTables(file string, lines []string, ro ReadOptions) (*Input, error) {
	var in *Input
	var firstErr error
	var skipped []string
	for i := 1; i < len(lines); i++ {
		if !separatorRE.MatchString(lines[i]) || !strings.Contains(lines[i-1], "|") {
			continue
		}
		l, err := newLayout(file, i, splitPipes(lines[i-1]), ro.Cols)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		var rows []Row
		for i++; i < len(lines) && strings.Contains(lines[i], "|"); i++ {
			if i+1 < len(lines) && separatorRE.MatchString(lines[i+1]) {
				break // lines[i] is the header of the next table
			}
			r, err := l.row(file, i+1, plainCells(splitPipes(lines[i])))
			if err != nil {
				return nil, err
			}
			rows = append(rows, r)
		}
		if ro.CodePrefix != "" && !anyPrefixed(rows, ro.CodePrefix) {
			skipped = append(skipped, fmt.Sprintf("the table at line %d has no code that starts with %q: its %s "+
				"not read", l.line, ro.CodePrefix, plural(len(rows), "row is", "rows are")))
			continue
		}
		if in == nil {
			in = fromLayout(file, formatMarkdown, l)
		} else {
			mergeColumns(in, l)
		}
		in.Rows = append(in.Rows, rows...)
	}
	if in == nil {
		if firstErr == nil {
			firstErr = &InputError{File: file, Msg: fmt.Sprintf("no table has a code that starts with the "+
				"-code-prefix %q; give the prefix as the document writes it (case matters)", ro.CodePrefix)}
		}
		return nil, firstErr
	}
	in.Warnings = append(in.Warnings, skipped...)
	return in, nil
}

// anyPrefixed reports whether the code of a row starts with prefix.
func anyPrefixed(rows []Row, prefix string) bool {
	for _, r := range rows {
		if strings.HasPrefix(r.Code, prefix) {
			return true
		}
	}
	return false
}

// plainCells makes each cell of a Markdown row plain text (plainCell).
func plainCells(cells []string) []string {
	for i, c := range cells {
		cells[i] = plainCell(c)
	}
	return cells
}

// mergeColumns adds the columns of another table of the same file to in.
func mergeColumns(in *Input, l *layout) {
	for role := range l.has() {
		in.Has[role] = true
	}
	for _, d := range l.describe() {
		if !containsString(in.Read, d) {
			in.Read = append(in.Read, d)
		}
	}
	for _, h := range l.ignored {
		if !containsString(in.Ignored, h) {
			in.Ignored = append(in.Ignored, h)
		}
	}
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// trimBOM removes a UTF-8 byte order mark.
func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

// readCSV reads a comma-separated file (RFC 4180 quoting): a header line, then one row per
// code. Blank lines and lines starting with "#" are skipped.
func readCSV(file, text string, cols Columns) (*Input, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	var l *layout
	var in *Input
	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, lineError(file, pe.Line, "not valid CSV: %v", pe.Err)
			}
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if l == nil {
			if l, err = newLayout(file, line, trimCells(cells), cols); err != nil {
				return nil, err
			}
			in = fromLayout(file, formatCSV, l)
			continue
		}
		row, err := l.row(file, line, cells)
		if err != nil {
			return nil, err
		}
		in.Rows = append(in.Rows, row)
	}
	if in == nil {
		return nil, &InputError{File: file, Msg: "the CSV file is empty; it needs a header line and one row per code"}
	}
	return in, nil
}
