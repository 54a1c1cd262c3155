package generate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
)

// A run killed between writing a temporary file and renaming it into place leaves the
// temporary file behind: Write's (.gen-123.tmp, beside a generated file) in the output folder,
// and gen import's (.okta.toml.tmp123, beside a spec or its document table) in the folder of
// the specs. -check reports each (Stale, SpecLeftovers) and the next generating run removes
// them (Write, RemoveSpecLeftovers); the lock of the folders (LockFolders) keeps a run from
// taking the temporary files of a run that is still going for leftovers.

// tempPattern is the name of the temporary files Write stages beside their targets, as
// os.CreateTemp and filepath.Match read it.
const tempPattern = ".gen-*.tmp"

// importTempRE is the name of the temporary files gen import stages beside the file it
// replaces: os.CreateTemp's random digits after "."+name+".tmp".
var importTempRE = regexp.MustCompile(`^\..+\.tmp[0-9]+$`)

// isLeftover reports whether a file name is that of a temporary file of the generator or of
// gen import.
func isLeftover(name string) bool {
	ok, _ := filepath.Match(tempPattern, name)
	return ok || importTempRE.MatchString(name)
}

// leftoverReport is the one-line report of -check about a leftover temporary file.
func leftoverReport(file string) string {
	return fmt.Sprintf("%s: a leftover temporary file of an interrupted run of the generator or gen import; "+
		"go generate ./... removes it\n", file)
}

// specLeftovers lists the leftover temporary files at the top of specsDir, in lexical order.
func specLeftovers(specsDir string) ([]string, error) {
	entries, err := os.ReadDir(specsDir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && isLeftover(e.Name()) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// SpecLeftovers returns one report per leftover temporary file in specsDir, the folder of the
// specs, as Stale does for the output folder.
func SpecLeftovers(specsDir string) ([]string, error) {
	names, err := specLeftovers(specsDir)
	var reports []string
	for _, n := range names {
		reports = append(reports, leftoverReport(path.Join(filepath.ToSlash(specsDir), n)))
	}
	return reports, err
}

// RemoveSpecLeftovers removes the leftover temporary files in specsDir, the folder of the
// specs, as Write does in the output folder.
func RemoveSpecLeftovers(specsDir string) error {
	names, err := specLeftovers(specsDir)
	if err != nil {
		return err
	}
	return removeLeftovers(specsDir, names)
}

// removeLeftovers removes the leftover temporary files of interrupted runs, given by their
// slash-separated paths under dir, and each folder under dir that this leaves empty. A file
// already gone is no error.
func removeLeftovers(dir string, leftovers []string) error {
	for _, p := range leftovers {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.Remove(full); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("removing a leftover temporary file of an interrupted run: %w", err)
		}
		if parent := filepath.Dir(full); parent != filepath.Clean(dir) {
			_ = os.Remove(parent) // the folder, if that left it empty
		}
	}
	return nil
}
