package importer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// The readers of extracted page text: code lists under HTTP status headings, and two-column
// tables whose cells the extraction glued together.

var (
	// sectionRE matches a heading that gives the status of the codes under it: "HTTP 401
	// Unauthorized¶".
	sectionRE = regexp.MustCompile(`^HTTP ([1-5][0-9][0-9])\b`)
	// itemCodeRE matches a line that ends in a list item that is a code, "- auth.token.expired",
	// after the end of the previous item's text or alone. A code has a ".", "_" or ":" inside,
	// so that a one-word line of text ("- Request") is not taken for a code.
	itemCodeRE = regexp.MustCompile(`^(.*?)\s*-\s+([A-Za-z0-9]+(?:[._:][A-Za-z0-9]+)+)\s*$`)
)

// sectionHeading returns the index of the first "HTTP NNN" heading, or -1.
func sectionHeading(lines []string) int {
	for i, l := range lines {
		if sectionRE.MatchString(strings.TrimSpace(l)) {
			return i
		}
	}
	return -1
}

// readSections reads code lists under "HTTP NNN" headings: in a section, a "- code" item
// starts a code and the text after it, up to the next code or heading, is its description
// (a leading "- " removed, lines joined with a space). An item may start at the end of a line
// of the previous code's text, as the extraction of GoPoints' page has it ("... is invalid.
// - auth.header.missing"). The status is the heading's. Text
// before the first heading is skipped; a line ending in "¶" that is not an HTTP heading ends
// the section. The extraction may have dropped spaces around words set as code: the curator
// restores them.
func readSections(file string, lines []string) (*Input, error) {
	in := &Input{File: file, Format: formatSections,
		Has: map[string]bool{roleCode: true, roleStatus: true, roleDescription: true},
		Read: []string{`code "- code" list items`, `status "HTTP NNN" headings`,
			`description the lines under each code`}}
	status := ""
	var cur *Row
	flush := func() {
		if cur != nil {
			cur.Description = strings.Join(strings.Fields(cur.Description), " ")
			in.Rows = append(in.Rows, *cur)
			cur = nil
		}
	}
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		if m := sectionRE.FindStringSubmatch(line); m != nil {
			flush()
			status = m[1]
			continue
		}
		if strings.HasSuffix(line, "¶") {
			flush()
			status = ""
			continue
		}
		if status == "" || line == "" {
			continue
		}
		if m := itemCodeRE.FindStringSubmatch(line); m != nil {
			if cur != nil {
				cur.Description += " " + strings.TrimPrefix(m[1], "- ")
			}
			flush()
			cur = &Row{Code: m[2], Status: status, Line: i + 1}
			continue
		}
		if cur != nil {
			cur.Description += " " + strings.TrimPrefix(line, "- ")
		}
	}
	flush()
	if len(in.Rows) == 0 {
		return nil, lineError(file, sectionHeading(lines)+1, "no \"- code\" list items under the HTTP headings")
	}
	return in, nil
}

// gluedHeaderRE matches the header of a glued two-column table: "Error codeDescription".
var gluedHeaderRE = regexp.MustCompile(`^([A-Z][a-z]*(?: [a-z]+)*)([A-Z][a-z]+(?: [a-z]+)*)$`)

// gluedHeader returns the index of the first line that is two known header cells glued
// together, the first of them naming a code column ("Error code", "Error message", "Code"),
// or -1.
func gluedHeader(lines []string) int {
	for i, l := range lines {
		if _, ok := splitGluedHeader(strings.TrimSpace(l)); ok {
			return i
		}
	}
	return -1
}

// splitGluedHeader splits a glued header line into its two cells.
func splitGluedHeader(line string) ([]string, bool) {
	m := gluedHeaderRE.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	first, second := normHeader(m[1]), headerRoles[normHeader(m[2])]
	codeLike := headerRoles[first] == roleCode || first == "error message"
	return []string{m[1], m[2]}, codeLike && (second == roleDescription || second == roleMessage)
}

// readGlued reads every glued two-column table: a glued header, then one row per line up to
// a blank line or the next glued header. The first column is the code whatever its header says (Alibaba heads its
// codes "Error message"); the second is a description or a message, by its header. Each row
// is flagged, because the cut between code and text is a guess (see ParseInput).
func readGlued(file string, lines []string, cols Columns) (*Input, error) {
	in := &Input{File: file, Format: formatGlued, Has: map[string]bool{roleCode: true}}
	for i := 0; i < len(lines); i++ {
		header, ok := splitGluedHeader(strings.TrimSpace(lines[i]))
		if !ok {
			continue
		}
		role := headerRoles[normHeader(header[1])]
		if !in.Has[role] {
			in.Has[role] = true
			in.Read = append(in.Read, fmt.Sprintf(`code %q`, header[0]), fmt.Sprintf(`%s %q`, role, header[1]))
		}
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			if _, next := splitGluedHeader(strings.TrimSpace(lines[i])); next {
				i-- // the header of the next table
				break
			}
			in.Rows = append(in.Rows, gluedRow(lines[i], role, i+1))
		}
	}
	if cols[roleCode] != "" {
		return nil, &InputError{File: file, Msg: "-code-col does not apply to an extracted two-column table: its " +
			"first column is the code"}
	}
	return in, nil
}

// gluedRow cuts one glued line into code and text at the last lower-to-upper case change of
// its first word, and flags the row for the curator.
func gluedRow(line string, role string, n int) Row {
	line = strings.TrimSpace(line)
	word, rest, _ := strings.Cut(line, " ")
	cut := -1
	for j := 1; j < len(word); j++ {
		if unicode.IsLower(rune(word[j-1])) && unicode.IsUpper(rune(word[j])) {
			cut = j
		}
	}
	r := Row{Line: n}
	var text string
	if cut < 0 {
		r.Code, text = word, rest
		r.Notes = []string{fmt.Sprintf("the extraction glued code and text, and gen import found no place to cut %q: "+
			"the whole word was taken as the code; check it", word)}
	} else {
		r.Code = word[:cut]
		text = strings.TrimSpace(word[cut:] + " " + rest)
		r.Notes = []string{fmt.Sprintf("the extraction glued code and text; gen import cut %q before %q: check the "+
			"code against the document", word, word[cut:])}
	}
	if role == roleMessage {
		r.Message = text
	} else {
		r.Description = text
	}
	return r
}
