package generate

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/apierr/apierr/gen/internal/apifile"
	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
)

// apiFile returns the API file of the package of s for outDir, whose generated files are
// files: the API of files merged into the package's api.txt in outDir (when there is one),
// and what the merge changes.
func apiFile(outDir string, s *spec.Spec, files []emit.File) (emit.File, apifile.Change, error) {
	api, err := apifile.Of(files)
	if err != nil {
		return emit.File{}, apifile.Change{}, fmt.Errorf("%s: %w", s.File, err)
	}
	rel := path.Join(s.Dir, apifile.FileName)
	old, err := os.ReadFile(filepath.Join(outDir, filepath.FromSlash(rel)))
	switch {
	case errors.Is(err, os.ErrNotExist):
		old = nil
	case err != nil:
		return emit.File{}, apifile.Change{}, err
	}
	src, ch, err := apifile.Merge(path.Join(filepath.ToSlash(outDir), rel), s.Package, old, api)
	if err != nil {
		return emit.File{}, apifile.Change{}, err
	}
	return emit.File{Name: apifile.FileName, Src: src}, ch, nil
}

// VerifyAPI checks the API contract of every package under outDir: each api.txt the
// generator wrote must hold for the non-test Go files beside it (apifile.Verify). The error
// joins one *apifile.BrokenError per package whose code lost identifiers its api.txt lists,
// each naming them and saying how to fix it; nil when every contract holds.
func VerifyAPI(outDir string) error {
	var errs []error
	err := filepath.WalkDir(outDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != apifile.FileName {
			return err
		}
		contract, err := os.ReadFile(p)
		if err != nil || !isGenerated(contract) {
			return err
		}
		files, err := goFiles(filepath.Dir(p))
		if err != nil {
			return err
		}
		if err := apifile.Verify(filepath.ToSlash(p), contract, files); err != nil {
			errs = append(errs, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return errors.Join(errs...)
}

// goFiles reads the .go files of dir, the way the generator hands them to apifile.
func goFiles(dir string) ([]emit.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []emit.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, emit.File{Name: e.Name(), Src: src})
	}
	return files, nil
}
