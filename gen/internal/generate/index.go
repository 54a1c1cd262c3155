package generate

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/index"
	"github.com/apierr/apierr/gen/internal/spec"
)

// indexFile returns the index of the packages of specs (package index), the README.md at the
// top of outDir, whose import path is importRoot. A README.md already there that does not
// start with the generator's header is someone's own: the run stops rather than overwrite it.
func indexFile(outDir, importRoot string, specs []*spec.Spec) (Output, error) {
	src, err := index.Render(specs, importRoot)
	if err != nil {
		return Output{}, err
	}
	old, err := os.ReadFile(filepath.Join(outDir, index.FileName))
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return Output{}, err
	case !isGenerated(old):
		return Output{}, fmt.Errorf("%s: not written by the generator (its first line is not %s), "+
			"but the generator writes its index of the packages there; "+
			"move the file out of the output folder and run it again",
			path.Join(filepath.ToSlash(outDir), index.FileName), emit.MarkdownHeader)
	}
	return Output{Path: index.FileName, Src: src}, nil
}
