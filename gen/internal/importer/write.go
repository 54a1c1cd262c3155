package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Options are the [spec] values of a draft and how its names are drafted.
type Options struct {
	Vendor    string
	Document  string
	Source    string
	Retrieved string // a date such as 2026-03-31, or ""
	Package   string
	Dir       string
	CodeType  string   // "int", "string" or "" to guess from the codes
	NameFrom  []string // the fields names are drafted from, in order (nameSources)
}

// todoPrefix starts every comment that marks a decision for the curator.
const todoPrefix = "# TODO(curator): "

// Draft drafts a spec and its document table from a vendor's table. The spec loads with the
// loader except where a human must decide (colliding names), and every decision is marked
// with a TODO(curator) comment.
func Draft(in *Input, o Options) (specSrc, table []byte, err error) {
	notes := duplicateCodes(in)
	if o.CodeType == "" {
		o.CodeType = guessCodeType(in.Rows)
	}
	if err := checkCodeType(in, o.CodeType); err != nil {
		return nil, nil, err
	}
	if len(in.Rows) == 0 {
		return nil, nil, &InputError{File: in.File, Msg: "the table has no rows"}
	}
	codes := draftCodes(in.Rows, o.NameFrom, nil)
	var b bytes.Buffer
	writeHeader(&b, in, notes)
	writeSpecTable(&b, o)
	writeEnvelope(&b)
	for _, c := range codes {
		b.WriteString("\n")
		writeCode(&b, c, o.CodeType)
	}
	return b.Bytes(), draftTable(in, o).Format(), nil
}

// writeHeader writes the schema line and the comments that say where the draft comes from.
func writeHeader(b *bytes.Buffer, in *Input, notes []string) {
	b.WriteString("#:schema ./schema.json\n")
	fmt.Fprintf(b, "# Draft spec, written by gen import from %s (%s): %d codes.\n", filepath.Base(in.File), in.Format, len(in.Rows))
	fmt.Fprintf(b, "# Columns read: %s.\n", strings.Join(in.Read, ", "))
	if len(in.Ignored) > 0 {
		fmt.Fprintf(b, "# Columns not read: %s.\n", quoteCells(in.Ignored))
	}
	b.WriteString("# Each TODO(curator) comment marks a decision for a human (specs/README.md); a curated\n")
	b.WriteString("# spec has none left.\n")
	for _, n := range notes {
		b.WriteString(todoPrefix + oneLine(n) + "\n")
	}
}

// writeSpecTable writes [spec], with a placeholder and a TODO for each value not given.
func writeSpecTable(b *bytes.Buffer, o Options) {
	b.WriteString("\n[spec]\n")
	req := func(key, val, flag, what string) {
		if val == "" {
			fmt.Fprintf(b, "%s%s (-%s)\n", todoPrefix, what, flag)
			val = "TODO"
		}
		fmt.Fprintf(b, "%s = %s\n", key, tomlString(val))
	}
	req("vendor", o.Vendor, "vendor", "the vendor and product as users know them")
	req("document", o.Document, "document", "the title of the vendor's document")
	req("source", o.Source, "source", "where the document is published (URL)")
	if o.Retrieved != "" {
		fmt.Fprintf(b, "retrieved = %s\n", o.Retrieved)
	}
	pkg, dir := o.Package, o.Dir
	if pkg == "" {
		b.WriteString(todoPrefix + "the Go package name, reading well at a call site (-package)\n")
		pkg = "draft"
	}
	if dir == "" {
		dir = pkg
	}
	fmt.Fprintf(b, "package = %s\n", tomlString(pkg))
	fmt.Fprintf(b, "dir = %s\n", tomlString(dir))
	fmt.Fprintf(b, "code_type = %s\n", tomlString(o.CodeType))
}

// writeEnvelope writes the placeholder [[envelope]] the curator must edit.
func writeEnvelope(b *bytes.Buffer) {
	b.WriteString("\n" + todoPrefix + "describe the vendor's error body: the key of the code, the message, the\n")
	b.WriteString("# description, the request ID, an outcome key, fields ([[envelope]], [[field]] in\n")
	b.WriteString("# specs/README.md). This placeholder only says the code is under \"code\".\n")
	b.WriteString("[[envelope]]\nname = \"default\"\ncode = \"code\"\n")
}

// writeCode writes one [[code]] table and its TODO(curator) comments.
func writeCode(b *bytes.Buffer, c *draftCode, codeType string) {
	r := c.row
	b.WriteString("[[code]]\n")
	if codeType == "int" {
		fmt.Fprintf(b, "value = %s\n", r.Code)
	} else {
		fmt.Fprintf(b, "value = %s\n", tomlString(r.Code))
	}
	fmt.Fprintf(b, "name = %s\n", tomlString(c.name))
	if r.Name != "" && codeType == "int" {
		fmt.Fprintf(b, "wire = %s\n", tomlString(r.Name))
	}
	for _, kv := range [][2]string{{"message", r.Message}, {"description", r.Description}} {
		if kv[1] != "" {
			fmt.Fprintf(b, "%s = %s\n", kv[0], tomlString(kv[1]))
		}
	}
	switch r.Status {
	case "":
	case NotInUse:
		fmt.Fprintf(b, "status = %s\n", tomlString(NotInUse))
	default:
		fmt.Fprintf(b, "status = %s\n", r.Status)
	}
	for _, t := range c.todos {
		b.WriteString(todoPrefix + oneLine(t) + "\n")
	}
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
	t.Comments = append(t.Comments, "# The code table of "+oneLine(doc)+".")
	if o.Retrieved != "" {
		t.Comments = append(t.Comments, "# As of "+o.Retrieved+".")
	}
	t.Comments = append(t.Comments,
		fmt.Sprintf("# Transcribed by gen import from %s (%s); check every row against the document.", filepath.Base(in.File), in.Format),
		fmt.Sprintf("# count: %d", len(in.Rows)))
	return t
}

// oneLine joins the lines of s with spaces, for a comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
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
