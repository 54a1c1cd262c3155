package spec_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/tools/txtar"
)

// The fixtures of testdata/bad-folders are txtar archives of several specs, *.toml, loaded
// together as the folder "specs" by LoadFS, and a want file: the exact Problems.Error() of
// the problems across the specs (each spec alone is valid). go test -update rewrites want.

// folderFixture reads the archive at path into a file system of its specs and its want.
func folderFixture(t *testing.T, path string) (fstest.MapFS, *txtar.Archive, string) {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(bytes.TrimSpace(ar.Comment)) == 0 {
		t.Errorf("%s: the archive comment is empty; say in one sentence what the fixture is about", path)
	}
	fsys := fstest.MapFS{}
	want := ""
	for _, f := range ar.Files {
		switch {
		case f.Name == "want":
			want = strings.TrimSuffix(string(f.Data), "\n")
		case strings.HasSuffix(f.Name, ".toml") && !strings.Contains(f.Name, "/"):
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		default:
			t.Errorf("%s: unexpected file %q; an archive holds specs (*.toml) and want", path, f.Name)
		}
	}
	if len(fsys) < 2 {
		t.Fatalf("%s holds %d specs; a folder fixture holds at least two", path, len(fsys))
	}
	return fsys, ar, want
}

// TestBadFolders loads the specs of each fixture of testdata/bad-folders together and
// compares the problems with the fixture's want file; each spec alone must load.
func TestBadFolders(t *testing.T) {
	for _, path := range archives(t, filepath.Join("testdata", "bad-folders"), 3) {
		t.Run(fixtureName(path), func(t *testing.T) {
			fsys, ar, want := folderFixture(t, path)
			for name, f := range fsys {
				if _, err := spec.Load(name, f.Data); err != nil {
					t.Fatalf("%s: %s alone does not load; a folder fixture is about problems across specs:\n%v",
						path, name, err)
				}
			}
			_, err := spec.LoadFS(fsys, "specs")
			ps, ok := err.(spec.Problems)
			if !ok {
				t.Fatalf("LoadFS returned %T, want spec.Problems: %v", err, err)
			}
			got := ps.Error()
			if *update {
				(&fixture{path: path, archive: ar}).setWant(t, got)
				return
			}
			if got != want {
				t.Errorf("%s: problems differ (-want +got):\n%s\ngot:\n%s", path,
					udiff.Unified("want", "got", want+"\n", got+"\n"), got)
			}
		})
	}
}

// folderSpec returns a valid spec of package pkg in dir.
func folderSpec(pkg, dir string) []byte {
	return []byte(strings.NewReplacer("exampleid\"\ndir", pkg+"\"\ndir", "example/exampleid", dir).
		Replace(chainSpec(1, false)))
}

// TestFolderClashes checks which dirs of two specs LoadFS accepts together: folders shared
// with the same spelling and nested packages are fine; a dir whose folders differ from the
// other's only in case is not, whichever folder it is.
func TestFolderClashes(t *testing.T) {
	tests := []struct {
		a, b string // the dirs, whose last folder is the package name
		ok   bool
	}{
		{"example/exampleid", "example/otherid", true},
		{"example/exampleid", "example/exampleid/subid", true},
		{"example/exampleid/subid", "example/exampleid", true},
		{"example/exampleid", "examples/exampleid", true},
		{"example/exampleid", "Example/exampleid", false},
		{"example/exampleid/subid", "example/Exampleid/subid", false},
		{"example/exampleid", "example/Exampleid/subid", false},
		{"a/b/c/exampleid", "a/B/otherid", false},
		{"example/exampleid", "example/exampleid", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"+"+tt.b, func(t *testing.T) {
			fsys := fstest.MapFS{
				"a.toml": {Data: folderSpec(filepath.Base(tt.a), tt.a)},
				"b.toml": {Data: folderSpec(filepath.Base(tt.b), tt.b)},
			}
			specs, err := spec.LoadFS(fsys, "specs")
			if tt.ok {
				if err != nil || len(specs) != 2 {
					t.Errorf("LoadFS = %d specs, %v; want both", len(specs), err)
				}
				return
			}
			ps, _ := err.(spec.Problems)
			if len(ps) != 1 || ps[0].File != filepath.Join("specs", "b.toml") || ps[0].Line != 6 ||
				!strings.Contains(ps[0].Msg, "specs/a.toml:6") {
				t.Errorf("LoadFS: %v; want one problem at specs/b.toml:6 that names specs/a.toml:6", err)
			}
		})
	}
}
