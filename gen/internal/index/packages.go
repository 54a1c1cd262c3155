package index

import (
	"fmt"
	"path"
	"path/filepath"

	"github.com/apierr/apierr/gen/internal/model"
)

// pkgRow is one row of the table of packages. Vendor and Document are spec text, escaped by
// the template; the others are plain.
type pkgRow struct {
	ImportPath, Vendor, Document, SpecFile, Codes, Catalogue string
}

// packageRows returns one row per package. The spec is named by its file name only, as the
// catalogue names it, so the index does not depend on where the generator ran.
func packageRows(models []*model.Model, importRoot string) []pkgRow {
	rows := make([]pkgRow, 0, len(models))
	for _, m := range models {
		rows = append(rows, pkgRow{
			ImportPath: importRoot + "/" + m.Dir,
			Vendor:     m.Vendor,
			Document:   m.Document,
			SpecFile:   filepath.Base(m.File),
			Codes:      codeCount(m),
			Catalogue:  path.Join(m.Dir, catalogueName),
		})
	}
	return rows
}

// codeCount is the number of documented codes of a package, with how many of them are detail
// codes where there are any: "162 (138 of them detail codes)".
func codeCount(m *model.Model) string {
	details := 0
	for _, c := range m.Codes {
		if c.Detail {
			details++
		}
	}
	if details == 0 {
		return fmt.Sprint(len(m.Codes))
	}
	return fmt.Sprintf("%d (%d of them detail codes)", len(m.Codes), details)
}
