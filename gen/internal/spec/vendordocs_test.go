package spec_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/importer"
	"github.com/apierr/apierr/gen/internal/spec"
)

// TestVendorDocs checks every spec of specs/ against the tables transcribed from its vendor
// document beside it (format: specs/README.md, "Document tables"): specs/<base>.document.tsv,
// the document's codes, which every spec must have; and, when the spec or the folder has
// them, specs/<base>.document-http.tsv (the vendor's HTTP statuses) and
// specs/<base>.document-scenarios.tsv (documented scenarios). The tables guard against a spec
// losing a code, a wire name, an envelope, a status, a scenario, or the vendor's exact text.
// A spec may hold more codes than its document lists, but only codes that name their source
// and codes the vendor no longer documents (deprecated, with since when and why).
// The specs are found by a glob: adding a document is adding files.
func TestVendorDocs(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "specs")
	paths, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no specs found in %s (%v)", dir, err)
	}
	checkOrphanTables(t, dir)
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".toml"), func(t *testing.T) {
			s, err := spec.LoadFile(path)
			if err != nil {
				t.Fatalf("LoadFile(%s): %v", path, err)
			}
			v := &vendorDoc{t: t, spec: s, specFile: shown(path)}
			v.codes(path)
			v.httpStatuses(path)
			v.scenarios(path)
		})
	}
}

// shown is how a file under specs/ is named in messages: relative to the repository root.
func shown(path string) string {
	return filepath.ToSlash(filepath.Join("specs", filepath.Base(path)))
}

// checkOrphanTables fails for a document table whose spec does not exist.
func checkOrphanTables(t *testing.T, dir string) {
	t.Helper()
	tables, err := filepath.Glob(filepath.Join(dir, "*.document*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range tables {
		base, _, _ := strings.Cut(filepath.Base(p), ".document")
		if _, err := os.Stat(filepath.Join(dir, base+".toml")); err != nil {
			t.Errorf("%s: no spec specs/%s.toml beside it; remove the table or add the spec", shown(p), base)
		}
	}
}

// vendorDoc checks one spec against the tables beside it.
type vendorDoc struct {
	t        testing.TB
	spec     *spec.Spec
	specFile string // the spec as named in messages
}

// codes checks the document table: its stated counts, each row against the spec, and that
// every spec code missing from it cites a source or is deprecated (the document of the table
// no longer lists it).
func (v *vendorDoc) codes(specPath string) {
	tablePath := importer.DocumentTablePath(specPath)
	tab, err := importer.ReadTable(tablePath)
	if errors.Is(err, os.ErrNotExist) {
		v.t.Fatalf("%s has no document table: add %s, the vendor document's code table as transcribed (format: "+
			"specs/README.md, \"Document tables\"). Draft it with\n\tgo run ./gen import -table-only -out %s <the "+
			"document's code table>\nthen check every row against the document.",
			v.specFile, shown(tablePath), v.specFile)
	}
	if err != nil {
		v.t.Fatal(err)
	}
	file := shown(tablePath)
	v.counts(file, tab.Counts, len(tab.Rows), func(key string) int {
		n := 0
		for _, r := range tab.Rows {
			if r.Group == key {
				n++
			}
		}
		return n
	})
	byValue := map[string]*spec.Code{}
	for _, c := range v.spec.Codes {
		byValue[fmt.Sprint(c.Value(v.spec.CodeType))] = c
	}
	listed := map[*spec.Code]bool{}
	for _, r := range tab.Rows {
		c := byValue[r.Code]
		if c == nil {
			v.t.Errorf("%s:%d: code %s is not in %s; add a [[code]] for it (go run ./gen import -diff %s -append <the "+
				"document's table> drafts it)", file, r.Line, r.Code, v.specFile, v.specFile)
			continue
		}
		listed[c] = true
		v.row(file, r, c)
	}
	for _, c := range v.spec.Codes {
		if !listed[c] && c.Source == "" && c.Deprecated == "" {
			v.t.Errorf("%s:%d: code %v (%s) is not in %s and has no source; add the document's row to the table, say "+
				"where the code comes from with source = \"...\", or, when the vendor no longer documents it, say "+
				"since when and why with deprecated = \"...\"",
				v.specFile, c.Line, c.Value(v.spec.CodeType), c.Name, file)
		}
	}
}

// row checks one row of the document table against the spec's code.
func (v *vendorDoc) row(file string, r importer.Row, c *spec.Code) {
	at := fmt.Sprintf("%s:%d: code %s", file, r.Line, r.Code)
	fix := fmt.Sprintf("(%s line %d)", v.specFile, c.Line)
	if c.Wire != r.Name {
		v.t.Errorf("%s: the document's name is %q, the spec's wire %q %s", at, r.Name, c.Wire, fix)
	}
	if g := group(v.spec, c); g != r.Group {
		v.t.Errorf("%s: the document's group is %q, the spec's envelope and detail key give %q %s", at, r.Group, g, fix)
	}
	if st := statusCell(c.Status); st != r.Status {
		v.t.Errorf("%s: the document's status is %q, the spec's %q %s", at, r.Status, st, fix)
	}
	if c.Message != r.Message {
		v.t.Errorf("%s: the document's message is %q, the spec's %q; keep the vendor's text verbatim, quirks marked "+
			"with # quirk: %s", at, r.Message, c.Message, fix)
	}
	if c.Description != r.Description {
		v.t.Errorf("%s: the document's description is %q, the spec's %q; keep the vendor's text verbatim, quirks "+
			"marked with # quirk: %s", at, r.Description, c.Description, fix)
	}
}

// group is the group cell of a code: "" in a spec of one envelope, else the envelope name,
// with "/detail" for a code of the envelope's detail key.
func group(s *spec.Spec, c *spec.Code) string {
	if len(s.Envelopes) == 1 && !c.Detail {
		return ""
	}
	if c.Detail {
		return c.Envelope + "/detail"
	}
	return c.Envelope
}

// statusCell is the status cell of a code's status: a number, "not in use", or "".
func statusCell(st spec.Status) string {
	switch {
	case st.NotInUse:
		return importer.NotInUse
	case st.Code != 0:
		return strconv.Itoa(st.Code)
	}
	return ""
}

// counts checks the counts a table's comment lines state: every table states at least one,
// counted on the document, so that a row lost in the transcription shows. inGroup counts the
// rows of a group (or section).
func (v *vendorDoc) counts(file string, counts map[string]int, total int, inGroup func(string) int) {
	if len(counts) == 0 {
		v.t.Errorf("%s: states no count; add a comment line \"# count: N\" (or \"# count <group>: N\" per group) with "+
			"the number of rows the document has, counted on the document", file)
	}
	for key, want := range counts {
		got := total
		if key != "" {
			got = inGroup(key)
		}
		if got != want {
			v.t.Errorf("%s: %d rows in %q, but a comment line says the document has %d", file, got, key, want)
		}
	}
}

// records reads an extra table beside the spec. It returns nil when the table is absent and
// the spec needs none (need is false); a spec that needs it fails with what to add.
func (v *vendorDoc) records(path string, header []string, need bool, what string) *importer.Records {
	recs, err := importer.ReadRecords(path, header)
	switch {
	case errors.Is(err, os.ErrNotExist) && need:
		v.t.Errorf("%s has %s but no table of them: add %s with the header %q "+
			"(format: specs/README.md, \"Document tables\")",
			v.specFile, what, shown(path), strings.Join(header, "\t"))
		return nil
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		v.t.Error(err)
		return nil
	}
	return recs
}

// httpStatuses checks the table of the vendor's HTTP statuses against [[http_status]]: every
// row present with its message and description, and no status the document lacks.
func (v *vendorDoc) httpStatuses(specPath string) {
	path := importer.HTTPTablePath(specPath)
	recs := v.records(path, importer.HTTPHeader, len(v.spec.HTTPStatus) > 0, "[[http_status]] rows")
	if recs == nil {
		return
	}
	file := shown(path)
	v.counts(file, importer.Counts(recs.Comments), len(recs.Rows), func(string) int { return len(recs.Rows) })
	got := map[int]*spec.HTTPStatus{}
	for _, h := range v.spec.HTTPStatus {
		got[h.Status] = h
	}
	inTable := map[int]bool{}
	for _, r := range recs.Rows {
		st, err := strconv.Atoi(r.Cells[0])
		h := got[st]
		switch {
		case err != nil:
			v.t.Errorf("%s:%d: status %q is not a number", file, r.Line, r.Cells[0])
		case h == nil:
			v.t.Errorf("%s:%d: HTTP status %d is not among the spec's [[http_status]]", file, r.Line, st)
		case h.Message != r.Cells[1] || h.Description != r.Cells[2]:
			v.t.Errorf("%s:%d: HTTP status %d: the document says %q, %q; the spec %q, %q", file, r.Line, st, r.Cells[1],
				r.Cells[2], h.Message, h.Description)
		}
		inTable[st] = true
	}
	for _, h := range v.spec.HTTPStatus {
		if !inTable[h.Status] {
			v.t.Errorf("%s: [[http_status]] %d (%q) is not in %s", v.specFile, h.Status, h.Message, file)
		}
	}
}

// scenarios matches every row of the scenario table to a distinct [[scenario]] with the same
// section, status, error, scenario and resolution, and reports rows and scenarios left over.
func (v *vendorDoc) scenarios(specPath string) {
	path := importer.ScenarioTablePath(specPath)
	recs := v.records(path, importer.ScenarioHeader, len(v.spec.Scenarios) > 0, "[[scenario]] rows")
	if recs == nil {
		return
	}
	file := shown(path)
	v.counts(file, importer.Counts(recs.Comments), len(recs.Rows), func(section string) int {
		n := 0
		for _, r := range recs.Rows {
			if r.Cells[0] == section {
				n++
			}
		}
		return n
	})
	used := map[*spec.Scenario]bool{}
	for _, r := range recs.Rows {
		sc := matchScenario(v.spec.Scenarios, r.Cells, used)
		if sc == nil {
			v.t.Errorf("%s:%d: no [[scenario]] of the spec has section %q, status %s, error %q, scenario %q "+
				"and resolution %q",
				file, r.Line, r.Cells[0], r.Cells[1], r.Cells[2], r.Cells[3], r.Cells[4])
			continue
		}
		used[sc] = true
	}
	for _, sc := range v.spec.Scenarios {
		if !used[sc] {
			v.t.Errorf("%s:%d: [[scenario]] %q (%s, %d) is not in %s", v.specFile, sc.Line, sc.Scenario, sc.Section,
				sc.Status, file)
		}
	}
}

// matchScenario returns the first scenario not yet used whose columns are cells, or nil.
func matchScenario(scs []*spec.Scenario, cells []string, used map[*spec.Scenario]bool) *spec.Scenario {
	for _, sc := range scs {
		if !used[sc] && sc.Section == cells[0] && strconv.Itoa(sc.Status) == cells[1] &&
			sc.Error == cells[2] && sc.Scenario == cells[3] && sc.Resolution == cells[4] {
			return sc
		}
	}
	return nil
}
