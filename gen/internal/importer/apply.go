package importer

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/apierr/apierr/gen/internal/spec"
)

// applied counts what -append did to the spec.
type applied struct {
	added, deprecated, changed, flagged int
}

// String summarises the counts for the terminal.
func (a applied) String() string {
	return fmt.Sprintf("%d code(s) appended, %d marked deprecated, %d change(s) applied, %d left to decide",
		a.added, a.deprecated, a.changed, a.flagged)
}

// applyToSpec returns the spec with the diff applied (see monthly.go), loaded with the loader,
// the summary, and the Go name of every code the changelog names, by value.
func applyToSpec(file string, m monthly, order []string) ([]byte, string, map[string]string, error) {
	e, err := newSpecEditor(file, m.src, m.s)
	if err != nil {
		return nil, "", nil, err
	}
	byValue := map[string]*spec.Code{}
	names := map[string]string{}
	for _, c := range m.s.Codes {
		v := fmt.Sprint(c.Value(m.s.CodeType))
		byValue[v], names[v] = c, c.Name
	}
	var a applied
	setSpecKeys(e, m)
	for _, r := range m.d.Removed {
		a.deprecate(e, byValue[r.Code], m.u)
	}
	for _, ch := range m.d.Changed {
		a.change(e, byValue[ch.Code], ch, m)
	}
	for _, r := range m.d.Added {
		a.nowListed(e, byValue[r.Code], r, m.u)
	}
	base := e.result()
	codes := draftCodes(addedRows(m.d, byValue), newNamer(order, m.in.Rows), takenNames(m.s))
	a.added = len(codes)
	flagMessagesOf(codes, m.s)
	eol := "\n"
	if e.crlf {
		eol = "\r\n"
	}
	render := func() *rendered { return appendDrafts(base, codes, m, eol) }
	out, err := loadDraft(file, m.in.File, render)
	if err != nil {
		return nil, "", nil, err
	}
	for _, c := range codes { // names told apart by the loader's rules
		names[c.row.Code] = c.name
	}
	return out, a.String(), names, nil
}

// setSpecKeys sets retrieved, and release when the republished document has another.
func setSpecKeys(e *specEditor, m monthly) {
	h := e.specHeader()
	if h < 0 {
		return
	}
	if m.u.date != m.s.Retrieved {
		e.setKey(h, "retrieved", m.u.date, nil, "source", "file")
	}
	if m.u.release != "" && m.u.release != m.s.Release {
		e.setKey(h, "release", tomlString(m.u.release), nil, "source", "file", "retrieved")
	}
}

// deprecate marks a code the republished table no longer lists as deprecated, unless it is.
func (a *applied) deprecate(e *specEditor, c *spec.Code, u republication) {
	if c == nil || c.Deprecated != "" {
		return
	}
	e.appendToTable(c.Line-1, []string{
		todoPrefix + "review: " + u.from() + " no longer lists this code; the code stays, deprecated as drafted " +
			"below (specs/README.md, \"Renaming and withdrawing codes\")",
		"deprecated = " + tomlString(u.deprecation()),
	})
	a.deprecated++
}

// nowListed flags a code the spec has (from another source) that the document now lists:
// the spec must record the document's texts, which the document table now holds.
func (a *applied) nowListed(e *specEditor, c *spec.Code, r Row, u republication) {
	if c == nil {
		return
	}
	e.appendToTable(c.Line-1, []string{todoPrefix + commentSafe(fmt.Sprintf("review: %s now lists this code "+
		"(%s): record the document's texts and status as the document table has them, and drop or keep source",
		u.from(), rowSummary(r)))})
	a.flagged++
}

// change applies one changed field to its code: replaced in place when the spec holds the
// recorded value, with the old value in a review comment; flagged, and left, when the spec
// holds something else.
func (a *applied) change(e *specEditor, c *spec.Code, ch Change, m monthly) {
	if c == nil {
		return
	}
	start := c.Line - 1
	key, cur := specField(c, ch.Field, m.s)
	switch {
	case key == "":
		e.appendToTable(start, []string{todoPrefix + commentSafe(fmt.Sprintf("review: %s changed the %s from %s to "+
			"%s; a %s spec has no key for it: decide what it means for this code",
			m.u.from(), ch.Field, showValue(ch.Old), showValue(ch.New), m.s.CodeType))})
		a.flagged++
		return
	case cur != ch.Old || (ch.New == "" && key == "status" && c.Status.Source != ""):
		e.appendToTable(start, []string{todoPrefix + commentSafe(fmt.Sprintf("review: %s changed the %s from %s to "+
			"%s, but this spec has %s: gen import left it; decide what the spec records",
			m.u.from(), ch.Field, showValue(ch.Old), showValue(ch.New), showValue(cur)))})
		a.flagged++
		return
	}
	why := fmt.Sprintf("review: %s changed the %s; it was %s", m.u.from(), ch.Field, showValue(clip(ch.Old)))
	if ch.New == "" {
		why = fmt.Sprintf("review: %s no longer gives a %s; it was %s", m.u.from(), ch.Field, showValue(clip(ch.Old)))
	}
	if p := textProblem(ch.New); p != "" {
		why += fmt.Sprintf(". The new %s holds %s: the document table keeps it, this spec has U+FFFD (%c) in its "+
			"place; find out what the vendor meant", ch.Field, p, replacement)
	}
	value := tomlString(specText(ch.New))
	if key == "status" {
		value = statusValue(ch.New)
	}
	if ch.New == "" {
		value = ""
	}
	e.setKey(start, key, value, []string{todoPrefix + commentSafe(why)})
	a.changed++
}

// specField returns the key of the spec that holds a compared field of the document table,
// and the code's value of it as a table cell; "" when the spec has no such key (the name of a
// string spec's code).
func specField(c *spec.Code, field string, s *spec.Spec) (string, string) {
	switch field {
	case roleName:
		if s.CodeType != spec.IntCodes {
			return "", ""
		}
		return "wire", c.Wire
	case roleMessage:
		return "message", c.Message
	case roleDescription:
		return "description", c.Description
	case roleStatus:
		switch {
		case c.Status.NotInUse:
			return "status", NotInUse
		case c.Status.Code != 0:
			return "status", strconv.Itoa(c.Status.Code)
		}
		return "status", ""
	}
	return "", ""
}

// maxComment is the most runes of an old value a review comment shows.
const maxComment = 500

// clip shortens a long value for a review comment.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxComment {
		return s
	}
	return shorten(oneLine(s), maxComment) + " (shortened; the whole text is in the document table's history)"
}

// addedRows returns the added rows whose code the spec does not have yet.
func addedRows(d Diff, have map[string]*spec.Code) []Row {
	var rows []Row
	for _, r := range d.Added {
		if have[r.Code] == nil {
			rows = append(rows, r)
		}
	}
	return rows
}

// takenNames maps the Go names of the spec (codes and former names) to where they are.
func takenNames(s *spec.Spec) map[string]string {
	taken := map[string]string{}
	for _, c := range s.Codes {
		taken[c.Name] = fmt.Sprintf("code %v (line %d)", c.Value(s.CodeType), c.Line)
	}
	for _, r := range s.Renamed {
		taken[r.From] = fmt.Sprintf("the former name of %s (line %d)", r.To, r.Line)
	}
	return taken
}

// appendDrafts renders the edited spec with the drafts of the added codes at its end.
func appendDrafts(base []byte, codes []*draftCode, m monthly, eol string) *rendered {
	w := &lineWriter{base: bytes.Count(base, []byte("\n"))}
	if len(codes) > 0 {
		if len(base) > 0 && !bytes.HasSuffix(base, []byte("\n")) {
			w.WriteString("\n")
		}
		fmt.Fprintf(w, "\n# Added by gen import -diff -append from %s on %s: %d code(s).\n",
			m.u.from(), m.u.date, len(codes))
		if len(m.s.Envelopes) > 1 {
			w.WriteString(todoPrefix + "the spec has several envelopes: give each code below its envelope.\n")
		}
		for _, c := range codes {
			w.WriteString("\n")
			writeCode(w, c, string(m.s.CodeType))
		}
	}
	r := w.rendered
	r.src = append(append([]byte(nil), base...), withLineEnding(w.Bytes(), eol)...)
	return &r
}

// flagMessagesOf flags drafted codes whose message a code of the spec has too.
func flagMessagesOf(codes []*draftCode, s *spec.Spec) {
	for _, c := range codes {
		for _, sc := range s.Codes {
			if c.row.Message != "" && sc.Message == c.row.Message {
				c.todos = append([]string{fmt.Sprintf("the message is also that of code %v (%s, line %d): tell the "+
					"codes apart by name, and keep the repeat as a quirk (# quirk: comment and a note)",
					sc.Value(s.CodeType), sc.Name, sc.Line)}, c.todos...)
			}
		}
	}
}
