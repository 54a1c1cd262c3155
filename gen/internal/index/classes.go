package index

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/model"
)

// unclassifiedRow is the title of the row of codes without a class.
const unclassifiedRow = "none (unclassified)"

// classRow is one row of the classes table: the class, as Markdown, and one cell per package.
type classRow struct {
	Class string
	Cells []string
}

// columns returns the title of each package's column: the vendor, and the package name where
// the vendor has more than one package (LoginRadius publishes one code list per API).
func columns(models []*model.Model) []string {
	perVendor := map[string]int{}
	for _, m := range models {
		perVendor[m.Vendor]++
	}
	titles := make([]string, len(models))
	for i, m := range models {
		titles[i] = markdown.Cell(m.Vendor)
		if perVendor[m.Vendor] > 1 {
			titles[i] += " (" + markdown.CodeSpan(m.Package) + ")"
		}
	}
	return titles
}

// classRows returns one row per class of package apierr, in its order, and a last row for the
// codes without a class.
func classRows(models []*model.Model) []classRow {
	classes := append(apierr.Classes(), nil)
	rows := make([]classRow, len(classes))
	for i, class := range classes {
		rows[i].Class = unclassifiedRow
		if class != nil {
			rows[i].Class = "`apierr." + model.ClassVar(class.Name()) + "`"
		}
		for _, m := range models {
			rows[i].Cells = append(rows[i].Cells, classCell(m, class))
		}
	}
	return rows
}

// classCell is the cell of a package in the row of class (nil: no class): how many documented
// codes the package has in it and the first few, as the generated String gives them, in
// value order; "" when there are none.
func classCell(m *model.Model, class *apierr.Class) string {
	var names []string
	n := 0
	for _, c := range m.Codes {
		if m.Class(m.ValueOf(c)) != class {
			continue
		}
		n++
		if len(names) < shown {
			names = append(names, markdown.CodeSpan(m.Display(c)))
		}
	}
	if n == 0 {
		return ""
	}
	text := fmt.Sprintf("%d: %s", n, strings.Join(names, ", "))
	if n > shown {
		text += ", …"
	}
	return text
}
