package spec_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// errorRecorder is a testing.TB that records Errorf calls instead of failing, so that a test
// can check what vendorDoc reports. Everything else goes to the real test.
type errorRecorder struct {
	testing.TB
	errs []string
}

// Errorf records the message.
func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestVendorDocsDeprecatedCode checks the codes check of TestVendorDocs on a spec with a code
// its document table lacks: accepted when the code is deprecated (the vendor no longer
// documents it), reported with its line when it is neither deprecated nor has a source.
func TestVendorDocsDeprecatedCode(t *testing.T) {
	const head = "#:schema ./schema.json\n" +
		"[spec]\nvendor = \"V\"\ndocument = \"D\"\nsource = \"S\"\n" +
		"package = \"p\"\ndir = \"p\"\ncode_type = \"string\"\n\n" +
		"[[envelope]]\nname = \"default\"\ncode = \"code\"\n\n" +
		"[[code]]\nvalue = \"a.listed\"\nname = \"Listed\"\nunclassified = \"x\"\n\n" +
		"[[code]]\nvalue = \"a.gone\"\nname = \"Gone\"\nunclassified = \"x\"\n"
	const table = "# count: 1\ncode\tname\tgroup\tstatus\tmessage\tdescription\na.listed\t\t\t\t\t\n"
	tests := []struct {
		name, extra string
		want        string // the one error expected, or "" for none
	}{
		{"deprecated", "deprecated = \"2026-12-01: gone from the page of that date\"\n", ""},
		{"with source", "source = \"The vendor's changelog of 2026-11.\"\n", ""},
		{"neither", "", "specs/p.toml:19: code a.gone (Gone) is not in specs/p.document.tsv and has no source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "p.toml")
			if err := os.WriteFile(path, []byte(head+tt.extra), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "p.document.tsv"), []byte(table), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := spec.LoadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			rec := &errorRecorder{TB: t}
			v := &vendorDoc{t: rec, spec: s, specFile: shown(path)}
			v.codes(path)
			switch {
			case tt.want == "" && len(rec.errs) > 0:
				t.Errorf("unexpected errors:\n%s", strings.Join(rec.errs, "\n"))
			case tt.want != "" && (len(rec.errs) != 1 || !strings.HasPrefix(rec.errs[0], tt.want)):
				t.Errorf("errors:\n%s\nwant one starting %q", strings.Join(rec.errs, "\n"), tt.want)
			}
		})
	}
}
