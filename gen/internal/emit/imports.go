package emit

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
)

// groupImports rewrites the imports of a file jennifer rendered, which lists every import in
// one sorted block, as gofmt and goimports lay them out: the standard library first, then a
// blank line and the other packages, each group sorted by path. extra are import paths the
// file's pre-formatted tables use, added when jennifer's part does not import them; they are
// imported by the last element of their path.
func groupImports(src []byte, extra []string) ([]byte, error) {
	fset := token.NewFileSet()
	parsed, err := parser.ParseFile(fset, "", src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("reading the imports of a rendered file: %w", err)
	}
	lines := map[string]string{} // path → the import line
	for _, is := range parsed.Imports {
		line := is.Path.Value
		if is.Name != nil {
			line = is.Name.Name + " " + line
		}
		p, _ := strconv.Unquote(is.Path.Value)
		lines[p] = line
	}
	for _, p := range extra {
		if _, ok := lines[p]; !ok {
			lines[p] = strconv.Quote(p)
		}
	}
	if len(lines) == 0 {
		return src, nil
	}
	start, end := importSpan(fset, parsed)
	out := make([]byte, 0, len(src)+64)
	out = append(out, src[:start]...)
	if start == end {
		out = append(out, "\n\n"...) // after the package clause
	}
	out = append(out, importBlock(lines)...)
	return append(out, src[end:]...), nil
}

// importSpan returns the byte offsets of a file's import declarations, or of the place after
// its package clause where they go when it has none.
func importSpan(fset *token.FileSet, f *ast.File) (start, end int) {
	var decls []*ast.GenDecl
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decls = append(decls, g)
		}
	}
	if len(decls) == 0 {
		at := fset.Position(f.Name.End()).Offset
		return at, at
	}
	return fset.Position(decls[0].Pos()).Offset, fset.Position(decls[len(decls)-1].End()).Offset
}

// importBlock writes the import declaration of lines (path → import line), grouped.
func importBlock(lines map[string]string) []byte {
	var std, other []string
	for p := range lines {
		if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
			other = append(other, p)
		} else {
			std = append(std, p)
		}
	}
	slices.Sort(std)
	slices.Sort(other)
	var b bytes.Buffer
	if len(std)+len(other) == 1 {
		b.WriteString("import " + lines[slices.Concat(std, other)[0]])
		return b.Bytes()
	}
	b.WriteString("import (\n")
	for _, p := range std {
		b.WriteString("\t" + lines[p] + "\n")
	}
	if len(std) > 0 && len(other) > 0 {
		b.WriteString("\n")
	}
	for _, p := range other {
		b.WriteString("\t" + lines[p] + "\n")
	}
	b.WriteString(")")
	return b.Bytes()
}
