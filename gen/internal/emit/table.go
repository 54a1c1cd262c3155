package emit

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// The declarations that grow with the number of codes (the constants, codeInfos, codeErrors,
// codeRows, codeSlots, codeNames and the test table) are written here as text, already in the
// layout gofmt gives them, and appended to the file jennifer renders. Sending them through
// jennifer and go/format cost most of the generator's time on large specs, and more than
// linearly: go/format holds the whole file's syntax tree, measures every element of a
// composite literal by printing it, and the multi-megabyte buffers grew step by step.
// TestTableLayoutIsGofmts checks the layout rules against go/format, and
// TestGeneratedIsGofmtStable every generated file of the test and vendor specs.

// file is a generated Go file being built: the declarations jennifer renders and formats,
// then the pre-formatted ones, in the order they were added.
type file struct {
	*jen.File
	decls      []decl
	importPath string // the import path of the generated package
	pkgName    string // its name
}

// decl is a declaration written in gofmt's layout.
type decl interface {
	// write appends the declaration to buf, after a blank line, naming imported packages
	// by names.
	write(buf *bytes.Buffer, names map[string]string) error
	// maxSize is at least the number of bytes write appends; it counts a qualified
	// identifier's import path in place of the name it is written with.
	maxSize() int
	// imports returns the import paths of the qualified identifiers the declaration uses.
	imports() []string
}

// add appends d to the end of the file.
func (f *file) add(d decl) {
	f.decls = append(f.decls, d)
}

// render returns the formatted source of the file: jennifer's part, with its imports grouped
// standard library first, then the decls. Qualified identifiers in the tables use the names
// the file imports their packages by.
func (f *file) render() ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, err
	}
	var extra []string
	for _, d := range f.decls {
		extra = append(extra, d.imports()...)
	}
	head, err := groupImports(buf.Bytes(), extra)
	if err != nil {
		return nil, err
	}
	if len(f.decls) == 0 {
		return head, nil
	}
	names, err := importNames(head, f.importPath, f.pkgName)
	if err != nil {
		return nil, err
	}
	// One allocation for the whole file: growing a buffer of many megabytes step by step cost
	// more than writing the tables.
	size := len(head)
	for _, d := range f.decls {
		size += d.maxSize()
	}
	out := bytes.NewBuffer(make([]byte, 0, size))
	out.Write(head)
	for _, d := range f.decls {
		if err := d.write(out, names); err != nil {
			return nil, err
		}
	}
	return out.Bytes(), nil
}

// importNames maps each import path of a rendered file to the name the file uses for it.
// jennifer writes an alias for every path it guessed the name of (package apierr); the package
// under test is imported by its name, without one; the standard library without one either,
// by the last element of its path (tables use no versioned path such as math/rand/v2).
func importNames(src []byte, importPath, pkgName string) (map[string]string, error) {
	parsed, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
	if err != nil {
		return nil, fmt.Errorf("reading the imports of a rendered file: %w", err)
	}
	names := make(map[string]string, len(parsed.Imports))
	for _, imp := range parsed.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			return nil, fmt.Errorf("reading the imports of a rendered file: %w", err)
		}
		switch {
		case imp.Name != nil:
			names[p] = imp.Name.Name
		case p == importPath:
			names[p] = pkgName
		default:
			names[p] = path.Base(p)
		}
	}
	return names, nil
}

// expr is a Go expression in a table: a literal, an identifier of the package, or (when pkg is
// set) an identifier of the package imported from pkg.
type expr struct {
	pkg  string
	text string
}

// ident is the identifier name of the file's own package.
func ident(name string) expr { return expr{text: name} }

// qual is the identifier name of the package imported from pkg.
func qual(pkg, name string) expr { return expr{pkg: pkg, text: name} }

// lit is the literal of a string, an int or a bool, written as jennifer writes it.
func lit(v any) expr {
	switch v := v.(type) {
	case string:
		return expr{text: strconv.Quote(v)}
	case int:
		return expr{text: strconv.Itoa(v)}
	case bool:
		return expr{text: strconv.FormatBool(v)}
	}
	panic(fmt.Sprintf("emit: no literal for %T", v))
}

// source is the text of e in a file that imports packages by names.
func (e expr) source(names map[string]string) (string, error) {
	if e.pkg == "" {
		return e.text, nil
	}
	name, ok := names[e.pkg]
	if !ok {
		return "", fmt.Errorf("a table refers to %s.%s, but the rendered file does not import %q; "+
			"use the package in a declaration jennifer renders", path.Base(e.pkg), e.text, e.pkg)
	}
	return name + "." + e.text, nil
}

// field is one key: value element of a struct row.
type field struct {
	key string
	val expr
}

// row is one element of a table: a plain value, an index key and a value (key is set), or a
// struct written field by field (fields is set).
type row struct {
	key    string
	val    expr
	fields []field
	inline bool // the struct is written on one line, its fields in the order given
}

// table is a package-level variable initialised with a composite literal, one element per line:
//
//	// doc
//	var name = typ{
//		elements
//	}
type table struct {
	doc  []string // comment lines, without the "// "
	name string
	typ  string // the literal's type, e.g. "[...]codeInfo"
	rows []row
}

// valueRow adds an element that is a plain value.
func (t *table) valueRow(v expr) { t.rows = append(t.rows, row{val: v}) }

// indexRow adds an element with an index key.
func (t *table) indexRow(key int, v expr) {
	t.rows = append(t.rows, row{key: strconv.Itoa(key), val: v})
}

// structRow adds an element written as a keyed struct literal, its fields in key order (as
// jennifer's Dict writes them).
func (t *table) structRow(fields []field) {
	fields = slices.Clone(fields)
	slices.SortFunc(fields, func(a, b field) int { return strings.Compare(a.key, b.key) })
	t.rows = append(t.rows, row{fields: fields})
}

// maxLine is the longest "key: value" gofmt still aligns with its neighbours: go/printer's
// exprList treats a key-value element longer than this (its "infinity", 1e6 bytes) as having
// no size, and writes it with a single blank, outside any column.
const maxLine = 1_000_000

// imports implements decl.
func (t *table) imports() []string {
	var out []string
	for _, r := range t.rows {
		if r.val.pkg != "" {
			out = append(out, r.val.pkg)
		}
		for _, f := range r.fields {
			if f.val.pkg != "" {
				out = append(out, f.val.pkg)
			}
		}
	}
	return out
}

// maxSize implements decl.
func (t *table) maxSize() int {
	n := len(t.name) + len(t.typ) + 16
	for _, l := range t.doc {
		n += len(l) + 4
	}
	keyWidth := 0
	for _, r := range t.rows {
		keyWidth = max(keyWidth, len(r.key))
	}
	for _, r := range t.rows {
		if r.fields == nil {
			n += keyWidth + len(r.val.pkg) + len(r.val.text) + 6
			continue
		}
		width := 0
		for _, f := range r.fields {
			width = max(width, len(f.key))
		}
		if r.inline {
			width = 0
		}
		n += 8
		for _, f := range r.fields {
			n += width + len(f.val.pkg) + len(f.val.text) + 8
		}
	}
	return n
}

// write implements decl. The layout is gofmt's:
//   - index keys are aligned as one column over the whole literal (gofmt aligns consecutive
//     key-value lines whose keys are at most 40 bytes, and index keys are short);
//   - the fields of a struct row are aligned within the row, except that a field too long to
//     measure (see maxLine) stands alone and splits the alignment around it.
func (t *table) write(buf *bytes.Buffer, names map[string]string) error {
	buf.WriteByte('\n')
	for _, l := range t.doc {
		if l == "" {
			buf.WriteString("//\n")
		} else {
			buf.WriteString("// " + l + "\n")
		}
	}
	fmt.Fprintf(buf, "var %s = %s{", t.name, t.typ)
	if len(t.rows) == 0 {
		buf.WriteString("}\n")
		return nil
	}
	buf.WriteByte('\n')
	keyWidth := 0
	for _, r := range t.rows {
		keyWidth = max(keyWidth, len(r.key))
	}
	for _, r := range t.rows {
		switch {
		case r.inline:
			if err := writeInline(buf, r.fields, names); err != nil {
				return err
			}
		case r.fields != nil:
			if err := writeFields(buf, r.fields, names); err != nil {
				return err
			}
		default:
			v, err := r.val.source(names)
			if err != nil {
				return err
			}
			buf.WriteByte('\t')
			if r.key != "" {
				buf.WriteString(r.key)
				buf.WriteByte(':')
				pad(buf, keyWidth-len(r.key)+1)
			}
			buf.WriteString(v)
			buf.WriteString(",\n")
		}
	}
	buf.WriteString("}\n")
	return nil
}

// inlineRow adds an element written as a keyed struct literal on one line, its fields in
// the order given; gofmt aligns nothing on such a line.
func (t *table) inlineRow(fields []field) {
	t.rows = append(t.rows, row{fields: fields, inline: true})
}

// writeInline writes one inline struct row of a table.
func writeInline(buf *bytes.Buffer, fields []field, names map[string]string) error {
	buf.WriteString("\t{")
	for i, f := range fields {
		v, err := f.val.source(names)
		if err != nil {
			return err
		}
		if i > 0 {
			buf.WriteString(", ")
		}
		buf.WriteString(f.key + ": " + v)
	}
	buf.WriteString("},\n")
	return nil
}

// writeFields writes one struct row of a table.
func writeFields(buf *bytes.Buffer, fields []field, names map[string]string) error {
	vals := make([]string, len(fields))
	for i, f := range fields {
		v, err := f.val.source(names)
		if err != nil {
			return err
		}
		vals[i] = v
	}
	buf.WriteString("\t{\n")
	for start := 0; start < len(fields); {
		// A run of measurable fields is one column; a field too long to measure is its own run.
		end := start + 1
		if len(fields[start].key)+2+len(vals[start]) <= maxLine {
			for end < len(fields) && len(fields[end].key)+2+len(vals[end]) <= maxLine {
				end++
			}
		}
		width := 0
		for _, f := range fields[start:end] {
			width = max(width, len(f.key))
		}
		for i := start; i < end; i++ {
			buf.WriteString("\t\t")
			buf.WriteString(fields[i].key)
			buf.WriteByte(':')
			pad(buf, width-len(fields[i].key)+1)
			buf.WriteString(vals[i])
			buf.WriteString(",\n")
		}
		start = end
	}
	buf.WriteString("\t},\n")
	return nil
}

// pad writes n spaces.
func pad(buf *bytes.Buffer, n int) {
	for range n {
		buf.WriteByte(' ')
	}
}

// constBlock is a const declaration of typed constants, each with its doc comment and a blank
// line before the next:
//
//	const (
//		// doc
//		Name Type = value
//	)
//
// gofmt does not reformat the doc comments of indented specs, and aligns nothing, because
// every spec line is alone between comment and blank lines; so every spec must have a doc.
type constBlock struct {
	specs []constSpec
}

// constSpec is one constant of a constBlock.
type constSpec struct {
	doc  []string // the comment lines, each starting with "//", at least one
	name string
	typ  string
	val  expr
}

// imports implements decl.
func (c *constBlock) imports() []string {
	var out []string
	for _, s := range c.specs {
		if s.val.pkg != "" {
			out = append(out, s.val.pkg)
		}
	}
	return out
}

// maxSize implements decl.
func (c *constBlock) maxSize() int {
	n := 16
	for _, s := range c.specs {
		n += len(s.name) + len(s.typ) + len(s.val.pkg) + len(s.val.text) + 8
		for _, l := range s.doc {
			n += len(l) + 2
		}
	}
	return n
}

// write implements decl.
func (c *constBlock) write(buf *bytes.Buffer, names map[string]string) error {
	if len(c.specs) == 0 {
		buf.WriteString("\nconst ()\n")
		return nil
	}
	buf.WriteString("\nconst (\n")
	for i, s := range c.specs {
		if len(s.doc) == 0 {
			return fmt.Errorf("constant %s has no doc comment; gofmt would align it with its neighbours", s.name)
		}
		v, err := s.val.source(names)
		if err != nil {
			return err
		}
		if i > 0 {
			buf.WriteByte('\n')
		}
		for _, l := range s.doc {
			buf.WriteByte('\t')
			buf.WriteString(l)
			buf.WriteByte('\n')
		}
		buf.WriteString("\t" + s.name + " " + s.typ + " = " + v + "\n")
	}
	buf.WriteString(")\n")
	return nil
}
