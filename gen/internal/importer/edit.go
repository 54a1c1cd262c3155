package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
)

// specEditor changes a spec in place, line by line, keeping every byte it does not change:
// comments, blank lines, key order, quoting, line endings (a CRLF file's lines keep their
// "\r", and new lines get one). It finds each [[code]] table from the line the loader gives
// (spec.Code.Line, the line of its header) to the next table header, and each key of a table
// by its "key =" line, a multi-line string running to its closing quotes.
type specEditor struct {
	lines []string // the file's lines, split at "\n"
	crlf  bool
	edits []lineEdit
}

// lineEdit replaces del lines at index at (0-based) with insert.
type lineEdit struct {
	at, del int
	insert  []string
}

var (
	// tableHeaderRE matches a table header line: [spec], [[code]].
	tableHeaderRE = regexp.MustCompile(`^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$`)
	// codeHeaderRE matches a [[code]] header.
	codeHeaderRE = regexp.MustCompile(`^\s*\[\[\s*code\s*\]\]\s*(#.*)?$`)
	// keyLineRE matches a key line and captures the key and its value.
	keyLineRE = regexp.MustCompile(`^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$`)
)

// newSpecEditor splits src into lines. It fails when the codes of s are not all [[code]]
// tables whose header is on the line the loader gives: a spec written with an inline array
// (code = [{...}]) cannot take [[code]] tables, so gen import does not edit it.
func newSpecEditor(file string, src []byte, s *spec.Spec) (*specEditor, error) {
	e := &specEditor{lines: strings.Split(string(src), "\n"), crlf: lineEnding(src) == "\r\n"}
	for _, c := range s.Codes {
		if c.Line < 1 || c.Line > len(e.lines) || !codeHeaderRE.MatchString(e.text(c.Line-1)) {
			return nil, fmt.Errorf("%s: code %v is not a [[code]] table (the spec writes its codes another way, such "+
				"as code = [{...}]); gen import -append edits only [[code]] tables: write each code as a [[code]] "+
				"table (specs/README.md), or apply the changes by hand", showText(file), c.Value(s.CodeType))
		}
	}
	return e, nil
}

// text returns line i without its "\r".
func (e *specEditor) text(i int) string { return strings.TrimSuffix(e.lines[i], "\r") }

// tableEnd returns the index of the first line after the table whose header is at index
// start: the next table header outside a multi-line string, or the end of the file.
func (e *specEditor) tableEnd(start int) int {
	for i := start + 1; i < len(e.lines); i++ {
		if tableHeaderRE.MatchString(e.text(i)) {
			return i
		}
		i = e.valueEnd(i)
	}
	return len(e.lines)
}

// valueEnd returns the index of the last line of the key line at index i: the line that
// closes a multi-line string it opens, else i itself.
func (e *specEditor) valueEnd(i int) int {
	m := keyLineRE.FindStringSubmatch(e.text(i))
	if m == nil {
		return i
	}
	for _, delim := range []string{`"""`, "'''"} {
		v := strings.TrimSpace(m[2])
		if strings.HasPrefix(v, delim) && !strings.Contains(v[len(delim):], delim) {
			for j := i + 1; j < len(e.lines); j++ {
				if strings.Contains(e.text(j), delim) {
					return j
				}
			}
		}
	}
	return i
}

// keySpan returns the first and last index of key's lines in the table at [start, end), or
// -1, -1.
func (e *specEditor) keySpan(start, end int, key string) (int, int) {
	for i := start + 1; i < end; i++ {
		if m := keyLineRE.FindStringSubmatch(e.text(i)); m != nil && m[1] == key {
			return i, e.valueEnd(i)
		}
		i = e.valueEnd(i)
	}
	return -1, -1
}

// lastKey returns the index of the last line of the table's last key, or start.
func (e *specEditor) lastKey(start, end int) int {
	last := start
	for i := start + 1; i < end; i++ {
		if keyLineRE.MatchString(e.text(i)) {
			i = e.valueEnd(i)
			last = i
		}
	}
	return last
}

// setKey sets key in the table whose header is at index start: its lines replaced by comments
// then "key = value" (value "" removes the key, leaving the comments), or, when the table
// lacks the key, the comments and the key added after the line of after (a key) or the
// table's last key.
func (e *specEditor) setKey(start int, key, value string, comments []string, after ...string) {
	end := e.tableEnd(start)
	first, last := e.keySpan(start, end, key)
	lines := append([]string(nil), comments...)
	if value != "" {
		lines = append(lines, key+" = "+value)
	}
	if first >= 0 {
		e.add(first, last-first+1, lines)
		return
	}
	at := e.lastKey(start, end)
	for _, k := range after {
		if _, l := e.keySpan(start, end, k); l >= 0 {
			at = l
		}
	}
	e.add(at+1, 0, lines)
}

// appendToTable adds lines after the last key of the table whose header is at index start.
func (e *specEditor) appendToTable(start int, lines []string) {
	e.add(e.lastKey(start, e.tableEnd(start))+1, 0, lines)
}

// add records an edit; lines get the file's line ending.
func (e *specEditor) add(at, del int, lines []string) {
	if e.crlf {
		for i, l := range lines {
			lines[i] = l + "\r"
		}
	}
	e.edits = append(e.edits, lineEdit{at: at, del: del, insert: lines})
}

// specHeader returns the index of the [spec] header line, or -1.
func (e *specEditor) specHeader() int {
	for i := 0; i < len(e.lines); i++ {
		m := tableHeaderRE.FindStringSubmatch(e.text(i))
		if m != nil && m[1] == "spec" && !strings.Contains(e.text(i), "[[") {
			return i
		}
		i = e.valueEnd(i)
	}
	return -1
}

// result applies the edits, from the last line up so that earlier indexes stay valid; edits
// at the same line keep the order they were made in.
func (e *specEditor) result() []byte {
	edits := append([]lineEdit(nil), e.edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].at > edits[j].at })
	lines := append([]string(nil), e.lines...)
	for i := 0; i < len(edits); {
		j := i
		var insert []string
		for j < len(edits) && edits[j].at == edits[i].at {
			insert = append(insert, edits[j].insert...)
			j++
		}
		del := 0
		for _, ed := range edits[i:j] {
			del = max(del, ed.del)
		}
		at := edits[i].at
		lines = append(lines[:at], append(insert, lines[at+del:]...)...)
		i = j
	}
	return []byte(strings.Join(lines, "\n"))
}
