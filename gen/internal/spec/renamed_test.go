package spec_test

import (
	"path/filepath"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"golang.org/x/tools/txtar"
)

// TestRenamedAndDeprecated loads the good fixture with [[renamed]] tables and a deprecated
// code and checks what the model holds: the former names sorted by From, with their target,
// date, note and the line of their table, and the code's deprecated text.
func TestRenamedAndDeprecated(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "good", "renamed-and-deprecated.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	src := ar.Files[0].Data
	s, err := spec.Load("spec.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []spec.Rename{
		{
			From: "AuthExpiredToken", To: "AuthTokenExpired", Date: "2026-05-02",
			Note: "A second former name: the draft of 2026-04 used it.",
			Line: lineOf(t, string(src), "[[renamed]]\nfrom = \"AuthExpiredToken\""),
		},
		{
			From: "TokenExpired", To: "AuthTokenExpired", Date: "2026-04-01",
			Note: "Renamed to follow the code's dotted value, like the other auth codes.",
			Line: lineOf(t, string(src), "[[renamed]]\nfrom = \"TokenExpired\""),
		},
	}
	if len(s.Renamed) != len(want) {
		t.Fatalf("%d renames, want %d: %+v", len(s.Renamed), len(want), s.Renamed)
	}
	for i, r := range s.Renamed {
		if *r != want[i] {
			t.Errorf("Renamed[%d] = %+v, want %+v", i, *r, want[i])
		}
	}
	for _, c := range s.Codes {
		var want string
		if c.Name == "AuthLegacy" {
			want = "2026-12-01: gone from the page of that date (https://docs.example.com/errors, as of 2026-12-01)."
		}
		if c.Deprecated != want {
			t.Errorf("code %s: Deprecated %q, want %q", c.Name, c.Deprecated, want)
		}
	}
}
