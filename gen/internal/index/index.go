// Package index renders the index of the generator's output folder, README.md: a table of the
// generated packages (import path, vendor, document, spec, number of codes, catalogue) and a
// table of the classes of package apierr across them (for each class and package, how many
// documented codes it has and the first few). Everything in it comes from the specs, so
// adding a spec adds its row and its column.
package index

import (
	"bytes"
	"embed"
	"fmt"
	"text/template"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// FileName is the name of the index at the top of the output folder.
const FileName = "README.md"

// catalogueName is the name of the catalogue emit writes in each package's folder.
const catalogueName = "CODES.md"

// shown is how many codes a cell of the classes table names before "…".
const shown = 2

// source holds the template of the index.
//
//go:embed index.md.tmpl
var source embed.FS

// tmpl is the template of the index.
var tmpl = template.Must(template.New("index.md.tmpl").
	Funcs(markdown.Funcs).
	ParseFS(source, "index.md.tmpl"))

// data is what the template reads.
type data struct {
	Header   string
	Shown    int
	Packages []pkgRow
	Columns  []string // the titles of the package columns of the classes table, as Markdown
	Classes  []classRow
}

// Render returns the index of the packages generated from specs, in the order of specs; the
// import path of each is importRoot/<dir>.
func Render(specs []*spec.Spec, importRoot string) ([]byte, error) {
	models := make([]*model.Model, len(specs))
	for i, s := range specs {
		models[i] = model.New(s, "")
	}
	d := data{
		Header:   emit.MarkdownHeader,
		Shown:    shown,
		Packages: packageRows(models, importRoot),
		Columns:  columns(models),
		Classes:  classRows(models),
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("rendering the index %s: %w", FileName, err)
	}
	return buf.Bytes(), nil
}
