package index

import (
	"strconv"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/specs"
)

// realModels loads the specs of this module (the embedded specs/ folder).
func realModels(t *testing.T) []*model.Model {
	t.Helper()
	all, err := spec.LoadFS(specs.FS(), "specs")
	if err != nil {
		t.Fatalf("loading specs/: %v", err)
	}
	models := make([]*model.Model, len(all))
	for i, s := range all {
		models[i] = model.New(s, "")
	}
	return models
}

// count reads the number a cell of the classes table starts with; 0 for an empty cell.
func count(t *testing.T, cell string) int {
	t.Helper()
	if cell == "" {
		return 0
	}
	head, _, ok := strings.Cut(cell, ":")
	n, err := strconv.Atoi(head)
	if !ok || err != nil {
		t.Fatalf("cell %q does not start with a count: %v", cell, err)
	}
	return n
}

// TestClassRowsCoverEveryCode checks the classes table of this module's specs: a row per class
// of package apierr and one for none, a column per spec, each cell naming at most shown codes,
// and the counts of each column adding up to the spec's number of codes, so that every code
// is in exactly one row.
func TestClassRowsCoverEveryCode(t *testing.T) {
	models := realModels(t)
	rows := classRows(models)
	if len(rows) != len(apierr.Classes())+1 || rows[len(rows)-1].Class != unclassifiedRow {
		t.Fatalf("%d rows, want one per class (%d) and the row %q last", len(rows), len(apierr.Classes()), unclassifiedRow)
	}
	for j, m := range models {
		sum := 0
		for _, r := range rows {
			if len(r.Cells) != len(models) {
				t.Fatalf("row %s has %d cells for %d specs", r.Class, len(r.Cells), len(models))
			}
			sum += count(t, r.Cells[j])
			if spans := strings.Count(r.Cells[j], "`, `") + 1; r.Cells[j] != "" && spans > shown {
				t.Errorf("%s, row %s: %d codes named, want at most %d: %s", m.File, r.Class, spans, shown, r.Cells[j])
			}
		}
		if sum != len(m.Codes) {
			t.Errorf("%s: the classes table counts %d codes, the spec has %d", m.File, sum, len(m.Codes))
		}
	}
}

// TestColumnsNameEachSpec checks that the columns are one per spec, and that vendors with
// several specs (LoginRadius) have their columns told apart by package.
func TestColumnsNameEachSpec(t *testing.T) {
	models := realModels(t)
	titles := columns(models)
	seen := map[string]bool{}
	for i, title := range titles {
		if seen[title] {
			t.Errorf("two columns are titled %s", title)
		}
		seen[title] = true
		if !strings.HasPrefix(title, markdown.Cell(models[i].Vendor)) {
			t.Errorf("the column of %s is titled %s, not by its vendor", models[i].File, title)
		}
	}
	if len(titles) != len(models) {
		t.Errorf("%d columns for %d specs", len(titles), len(models))
	}
}
