package importer

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Options are the [spec] values of a draft and how its names are drafted.
type Options struct {
	Out       string // the spec file the draft is for: loader messages name it
	Vendor    string
	Document  string
	Source    string
	Retrieved string // a date such as 2026-03-31, or ""
	Release   string // the document's release tag, or "" for the input's own
	Package   string
	Dir       string
	CodeType  string   // "int", "string" or "" to guess from the codes
	NameFrom  []string // the fields names are drafted from, in order (nameSources)
}

// todoPrefix starts every comment that marks a decision for the curator.
const todoPrefix = "# TODO(curator): "

// Draft drafts a spec and its document table from a vendor's table. Every decision is marked
// with a TODO(curator) comment, and the draft loads with the loader: names the loader rejects
// are told apart by their code's value and flagged; anything else it rejects (a -dir the
// -package does not end, a code no body can carry) is an error that names the row.
func Draft(in *Input, o Options) (specSrc, table []byte, err error) {
	if o.CodeType == "" {
		o.CodeType = guessCodeType(in.Rows)
	}
	if err := checkCodeType(in, o.CodeType); err != nil {
		return nil, nil, err
	}
	if len(in.Rows) == 0 {
		return nil, nil, &InputError{File: in.File, Msg: "the table has no rows"}
	}
	if o.Release == "" {
		o.Release = in.Release
	}
	if o.Package == "" && o.Dir != "" {
		o.Package = path.Base(o.Dir)
	}
	nm := newNamer(o.NameFrom, in.Rows)
	codes := draftCodes(in.Rows, nm, nil)
	render := func() *rendered {
		w := &lineWriter{}
		writeHeader(w, in, nm)
		writeSpecTable(w, o)
		writeEnvelope(w)
		for _, c := range codes {
			w.WriteString("\n")
			writeCode(w, c, o.CodeType)
		}
		r := w.rendered
		r.src = w.Bytes()
		return &r
	}
	src, err := loadDraft(o.Out, in.File, render)
	if err != nil {
		return nil, nil, err
	}
	return src, draftTable(in, o).Format(), nil
}

// rendered is a draft spec and where its parts are, to map the loader's problems back.
type rendered struct {
	src   []byte
	names map[int]*draftCode // the line of each drafted code's name key
	codes []codeLines        // the lines of each drafted [[code]] table
	flags map[int]string     // [spec] lines whose values come from flags: line → flags
}

// codeLines are the lines of one drafted [[code]] table.
type codeLines struct {
	first, last int
	c           *draftCode
}

// lineWriter writes a draft and records the lines of its parts.
type lineWriter struct {
	bytes.Buffer
	rendered
	base int // lines before the buffer (of the spec a draft is appended to)
}

// line returns the line the next byte written goes on.
func (w *lineWriter) line() int { return w.base + bytes.Count(w.Bytes(), []byte("\n")) + 1 }

// flag records that the next line written holds the value of flags.
func (w *lineWriter) flag(flags string) {
	if w.flags == nil {
		w.flags = map[int]string{}
	}
	w.flags[w.line()] = flags
}

// writeHeader writes the schema line and the comments that say where the draft comes from.
func writeHeader(w *lineWriter, in *Input, nm namer) {
	w.WriteString("#:schema ./schema.json\n")
	fmt.Fprintf(w, "# Draft spec, written by gen import from %s (%s): %d codes.\n",
		showText(filepath.Base(in.File)), in.Format, len(in.Rows))
	if in.Release != "" {
		fmt.Fprintf(w, "# The file is release %s of the document.\n", commentSafe(in.Release))
	}
	fmt.Fprintf(w, "# Columns read: %s.\n", commentSafe(strings.Join(in.Read, ", ")))
	for _, n := range notRead(in) {
		w.WriteString("# Not read: " + commentSafe(n) + ".\n")
	}
	if n := nm.dropNote(); n != "" {
		w.WriteString("# Names: " + commentSafe(n) + ".\n")
	}
	for _, n := range in.Warnings {
		w.WriteString("# Note: " + commentSafe(n) + "\n")
	}
	w.WriteString("# Each TODO(curator) comment marks a decision for a human (specs/README.md); a curated\n")
	w.WriteString("# spec has none left.\n")
}

// notRead lists what gen import did not read of the input: columns (keys) and top-level keys.
func notRead(in *Input) []string {
	var out []string
	if len(in.Ignored) > 0 {
		what := "columns"
		if strings.HasPrefix(in.Format, formatJSON) {
			what = "keys"
		}
		out = append(out, what+" "+quoteCells(in.Ignored))
	}
	if len(in.IgnoredTop) > 0 {
		out = append(out, "top-level keys "+quoteCells(in.IgnoredTop))
	}
	return out
}

// writeSpecTable writes [spec], with a placeholder and a TODO for each value not given.
func writeSpecTable(w *lineWriter, o Options) {
	w.WriteString("\n[spec]\n")
	req := func(key, val, flag, what string) {
		if val == "" {
			fmt.Fprintf(w, "%s%s (-%s)\n", todoPrefix, what, flag)
			val = "TODO"
		}
		w.flag("-" + flag)
		fmt.Fprintf(w, "%s = %s\n", key, tomlString(val))
	}
	req("vendor", o.Vendor, "vendor", "the vendor and product as users know them")
	req("document", o.Document, "document", "the title of the vendor's document")
	req("source", o.Source, "source", "where the document is published (URL)")
	if o.Retrieved != "" {
		fmt.Fprintf(w, "retrieved = %s\n", o.Retrieved)
	}
	if o.Release != "" {
		w.flag("-release (or the file's release)")
		fmt.Fprintf(w, "release = %s\n", tomlString(o.Release))
	}
	pkg, dir := o.Package, o.Dir
	if pkg == "" {
		w.WriteString(todoPrefix + "the Go package name, reading well at a call site (-package)\n")
		pkg = "draft"
	}
	if dir == "" {
		dir = pkg
	}
	w.flag("-package")
	fmt.Fprintf(w, "package = %s\n", tomlString(pkg))
	w.flag("-dir and -package")
	fmt.Fprintf(w, "dir = %s\n", tomlString(dir))
	fmt.Fprintf(w, "code_type = %s\n", tomlString(o.CodeType))
}

// writeEnvelope writes the placeholder [[envelope]] the curator must edit.
func writeEnvelope(w *lineWriter) {
	w.WriteString("\n" + todoPrefix + "describe the vendor's error body: the key of the code, the message, the\n")
	w.WriteString("# description, the request ID, an outcome key, fields ([[envelope]], [[field]] in\n")
	w.WriteString("# specs/README.md). This placeholder only says the code is under \"code\".\n")
	w.WriteString("[[envelope]]\nname = \"default\"\ncode = \"code\"\n")
}

// writeCode writes one [[code]] table and its TODO(curator) comments, recording its lines.
func writeCode(w *lineWriter, c *draftCode, codeType string) {
	r := c.row
	first := w.line()
	w.WriteString("[[code]]\n")
	if codeType == "int" {
		fmt.Fprintf(w, "value = %s\n", r.Code)
	} else {
		fmt.Fprintf(w, "value = %s\n", tomlString(r.Code))
	}
	if w.names == nil {
		w.names = map[int]*draftCode{}
	}
	w.names[w.line()] = c
	fmt.Fprintf(w, "name = %s\n", tomlString(c.name))
	if r.Name != "" && codeType == "int" {
		fmt.Fprintf(w, "wire = %s\n", tomlString(r.Name))
	}
	for _, kv := range [][2]string{{"message", r.Message}, {"description", r.Description}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%s = %s\n", kv[0], tomlString(specText(kv[1])))
		}
	}
	if s := statusValue(r.Status); s != "" {
		fmt.Fprintf(w, "status = %s\n", s)
	}
	for _, t := range c.todos {
		w.WriteString(todoPrefix + commentSafe(t) + "\n")
	}
	w.codes = append(w.codes, codeLines{first: first, last: w.line() - 1, c: c})
}

// statusValue writes a status cell as a TOML value, or "" when there is none.
func statusValue(status string) string {
	switch status {
	case "":
		return ""
	case NotInUse:
		return tomlString(NotInUse)
	}
	return status
}

// draftTable returns the document table of in: its rows, with comments on where they come from.
func draftTable(in *Input, o Options) *Table {
	t := &Table{Rows: in.Rows}
	doc := o.Document
	if doc == "" {
		doc = "the vendor's document"
	}
	if o.Source != "" {
		doc += " (" + o.Source + ")"
	}
	t.Comments = append(t.Comments, "# The code table of "+commentSafe(doc)+".")
	if o.Release != "" {
		t.Comments = append(t.Comments, "# Release "+commentSafe(o.Release)+".")
	}
	if o.Retrieved != "" {
		t.Comments = append(t.Comments, "# As of "+o.Retrieved+".")
	}
	t.Comments = append(t.Comments,
		fmt.Sprintf("# Transcribed by gen import from %s (%s); check every row against the document.",
			showText(filepath.Base(in.File)), in.Format))
	if in.CodePrefix != "" {
		t.Comments = append(t.Comments, "# The document writes every code after the prefix below; the table holds "+
			"the code as on the wire.",
			codePrefixComment+commentSafe(in.CodePrefix))
	}
	t.Comments = append(t.Comments, fmt.Sprintf("# count: %d", len(in.Rows)))
	return t
}

// oneLine joins the lines of s with spaces, for a comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// commentSafe makes text one line of a comment: lines joined, and every character a reader
// cannot see escaped as Go escapes it, so that no outside text (a file name with a newline,
// a bidirectional override) can start a line of a spec or a table.
func commentSafe(s string) string {
	s = oneLine(s)
	if showText(s) == s {
		return s
	}
	q := showText(s)
	return q[1 : len(q)-1]
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
