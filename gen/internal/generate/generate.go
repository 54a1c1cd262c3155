// Package generate runs the generator over a folder of specs: it produces every output file
// in memory, then either writes them atomically or compares them with what is on disk.
package generate

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apierr/apierr/gen/internal/apifile"
	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/mod/modfile"
)

// Output is one generated file: its slash-separated path under the output folder and its
// contents.
type Output struct {
	Path string
	Src  []byte
}

// Generate loads every spec of specsDir and returns the files of their packages for the
// output folder outDir and the index of the packages at its top (README.md, package index),
// sorted by path, with how each package's API file changes, in the order of the specs.
// importRoot is the import path of outDir; the packages' import paths are importRoot/<dir>.
// Each package's API file (api.txt, package apifile) is its API contract merged into the one
// in outDir, which is read; nothing is written.
func Generate(specsDir, outDir, importRoot string) ([]Output, []apifile.Change, error) {
	specs, err := spec.LoadDir(specsDir)
	if err != nil {
		return nil, nil, err
	}
	var out []Output
	var changes []apifile.Change
	for _, s := range specs {
		files, err := emit.Files(s, emit.Options{ImportPath: importRoot + "/" + s.Dir})
		if err != nil {
			return nil, nil, err
		}
		api, ch, err := apiFile(outDir, s, files)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range append(files, api) {
			out = append(out, Output{Path: path.Join(s.Dir, f.Name), Src: f.Src})
		}
		changes = append(changes, ch)
	}
	idx, err := indexFile(outDir, importRoot, specs)
	if err != nil {
		return nil, nil, err
	}
	out = append(out, idx)
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, changes, nil
}

// ImportRoot returns the import path of outDir, from the go.mod of the module it is in.
func ImportRoot(outDir string) (string, error) {
	abs, err := filepath.Abs(outDir)
	if err != nil {
		return "", err
	}
	for dir := abs; ; dir = filepath.Dir(dir) {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			mod := modfile.ModulePath(data)
			if mod == "" {
				return "", fmt.Errorf("%s: no module line; pass the import path of %s with -import",
					filepath.Join(dir, "go.mod"), outDir)
			}
			rel, err := filepath.Rel(dir, abs)
			if err != nil {
				return "", err
			}
			if rel == "." {
				return mod, nil
			}
			return mod + "/" + filepath.ToSlash(rel), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("%s is not inside a Go module (no go.mod above it); pass its import path with "+
				"-import", outDir)
		}
	}
}

// isGenerated reports whether src starts with the generator's header, as a Go comment, for
// Markdown as an HTML comment, or for an API file (.txt) as a "#" comment.
func isGenerated(src []byte) bool {
	return bytes.HasPrefix(src, []byte("// "+emit.Header+"\n")) ||
		bytes.HasPrefix(src, []byte(emit.MarkdownHeader+"\n")) ||
		bytes.HasPrefix(src, []byte(apifile.Header+"\n"))
}

// existing lists the generated files under outDir (those that start with the header) and the
// leftover temporary files of interrupted runs, both as slash-separated relative paths, the
// leftovers in lexical order. Hand-written files are never touched.
func existing(outDir string) (files map[string][]byte, leftovers []string, err error) {
	files = map[string][]byte{}
	err = filepath.WalkDir(outDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, os.ErrNotExist) && p == outDir {
				return filepath.SkipDir
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(outDir, p)
		if isLeftover(d.Name()) {
			leftovers = append(leftovers, filepath.ToSlash(rel))
			return nil
		}
		if !(strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if isGenerated(src) {
			files[filepath.ToSlash(rel)] = src
		}
		return nil
	})
	return files, leftovers, err
}

// Stale compares files with outDir and returns one report per file that differs, is missing
// or is no longer generated: its path and a unified diff from disk to what generating gives.
// A leftover temporary file of an interrupted Write is stale too: its report is one line
// that says so.
func Stale(outDir string, files []Output) ([]string, error) {
	onDisk, leftovers, err := existing(outDir)
	if err != nil {
		return nil, err
	}
	var reports []string
	for _, f := range files {
		old, ok := onDisk[f.Path]
		delete(onDisk, f.Path)
		if ok && bytes.Equal(old, f.Src) {
			continue
		}
		label := path.Join(filepath.ToSlash(outDir), f.Path)
		oldLabel := label
		if !ok {
			oldLabel = "/dev/null"
		}
		reports = append(reports, udiff.Unified(oldLabel, label, string(old), string(f.Src)))
	}
	for _, p := range sortedKeys(onDisk) {
		label := path.Join(filepath.ToSlash(outDir), p)
		reports = append(reports, udiff.Unified(label, "/dev/null", string(onDisk[p]), ""))
	}
	for _, p := range leftovers {
		reports = append(reports, leftoverReport(path.Join(filepath.ToSlash(outDir), p)))
	}
	return reports, nil
}

// Write writes files under outDir and removes generated files that no spec produces any more.
// Every changed file is first written to a temporary file beside its target; only when all of
// them are written are they renamed into place, so a failure while writing (a full disk, a
// permission) leaves the output as it was. Files whose contents are already right are not
// touched.
//
// A run killed half-way leaves its temporary files (named like .gen-123.tmp) behind; Write
// first removes every such file under outDir, so two runs must not write the same outDir at
// the same time: gen holds the lock of the folder (LockFolders) while it runs.
func Write(outDir string, files []Output) error {
	onDisk, leftovers, err := existing(outDir)
	if err != nil {
		return err
	}
	if err := removeLeftovers(outDir, leftovers); err != nil {
		return err
	}
	type pending struct{ tmp, target string }
	var staged []pending
	cleanup := func() {
		for _, p := range staged {
			os.Remove(p.tmp)
		}
	}
	for _, f := range files {
		old, ok := onDisk[f.Path]
		delete(onDisk, f.Path)
		if ok && bytes.Equal(old, f.Src) {
			continue
		}
		target := filepath.Join(outDir, filepath.FromSlash(f.Path))
		tmp, err := writeTemp(target, f.Src)
		if err != nil {
			cleanup()
			return err
		}
		staged = append(staged, pending{tmp, target})
	}
	for i, p := range staged {
		if err := os.Rename(p.tmp, p.target); err != nil {
			staged = staged[i:]
			cleanup()
			return err
		}
	}
	for _, p := range sortedKeys(onDisk) {
		full := filepath.Join(outDir, filepath.FromSlash(p))
		if err := os.Remove(full); err != nil {
			return err
		}
		_ = os.Remove(filepath.Dir(full)) // the folder, if that left it empty
	}
	return nil
}

// writeTemp writes data to a new temporary file in the folder of target (created if needed),
// so that a rename puts it in place atomically, and returns the temporary file's name.
func writeTemp(target string, data []byte) (string, error) {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), tempPattern)
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
