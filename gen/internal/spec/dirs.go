package spec

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/mod/module"
)

// A spec's dir is where its package goes under the output folder, and the end of its import
// path. The loader accepts only dirs whose package the go command builds, lists in ./... and
// lets other packages import, on every platform Go runs on; and, across the specs of a
// folder, only dirs that stay apart on a case-insensitive file system (macOS, Windows).

// importPathChars are the characters of a dir: those Go allows in the elements of import
// paths (see golang.org/x/mod/module.CheckImportPath), and the slash between them.
const importPathChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/"

// dirProblem reports why dir cannot be the output folder of package pkg, or "".
func dirProblem(dir, pkg string) string {
	clean := path.Clean(dir)
	if clean != dir || path.IsAbs(dir) || strings.HasPrefix(clean, "..") || strings.ContainsAny(dir, "\\ \t\r\n") {
		return "must be a clean relative slash-separated path inside the output folder, such as " +
			"\"akamai/identitycloud\""
	}
	if i := strings.IndexFunc(dir, func(r rune) bool { return !strings.ContainsRune(importPathChars, r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(dir[i:])
		return fmt.Sprintf("holds %s at byte %d; name folders with ASCII letters, digits and - . _ ~ only, the "+
			"characters of Go import paths", describeRune(r), i)
	}
	if p := ignoredFolder(dir); p != "" {
		return p
	}
	var bad *module.InvalidPathError
	if err := module.CheckImportPath(dir); errors.As(err, &bad) {
		return fmt.Sprintf("is not an import path Go accepts on every platform: %v "+
			"(golang.org/x/mod/module.CheckImportPath); rename the folder", bad.Err)
	}
	if pkg != "" && path.Base(clean) != pkg {
		return fmt.Sprintf("must end in the package name %q, so the import path and the package name agree", pkg)
	}
	return ""
}

// ignoredFolder reports a folder of dir that the go command leaves out (go help packages), or
// "": a folder whose name starts with . or _, or is testdata, is ignored, so ./... would not
// list the package and go vet and go test ./... would not check it; a folder named vendor
// above the package makes it a vendored package, which ./... does not match and no other
// package may import (a package named vendor is fine).
func ignoredFolder(dir string) string {
	const leftOut = "(go help packages), so go build, go vet and go test ./... would leave the package out; " +
		"rename the folder"
	elems := strings.Split(dir, "/")
	for i, e := range elems {
		switch {
		case strings.HasPrefix(e, ".") || strings.HasPrefix(e, "_"):
			return fmt.Sprintf("has the folder %q: the go command ignores folders whose names start with . or _ %s",
				e, leftOut)
		case e == "testdata":
			return "has the folder \"testdata\": the go command ignores folders named testdata " + leftOut
		case e == "vendor" && i < len(elems)-1:
			return "has the folder \"vendor\" above the package: the go command takes the packages below a " +
				"vendor folder for vendored copies (go help packages), which ./... leaves out and no other " +
				"package may import; rename the folder"
		}
	}
	return ""
}

// folderIndex holds the dirs of the specs of a folder loaded so far, for folderClash.
type folderIndex struct {
	dirs    map[string]*Spec // a dir, lower-cased → the spec whose dir it is
	folders map[string]*Spec // a folder of a dir, lower-cased → the first spec whose dir has it
}

// newFolderIndex returns an empty folderIndex.
func newFolderIndex() folderIndex {
	return folderIndex{dirs: map[string]*Spec{}, folders: map[string]*Spec{}}
}

// folderClash reports the dir of s when it is the dir of a spec loaded before, or when one of
// its folders differs only in case from a folder of such a spec's dir ("A/p" and "a/p", or
// "A/q" and "a/p"): on a case-insensitive file system both would be one folder, and the
// go command rejects import paths that differ only in case. It adds the dir of s to idx when
// it reports nothing.
func (idx folderIndex) folderClash(s *Spec) *Problem {
	if other := idx.dirs[strings.ToLower(s.Dir)]; other != nil && other.Dir == s.Dir {
		return &Problem{File: s.File, Line: s.dirLine, Msg: fmt.Sprintf("[spec] dir %q is also the output "+
			"folder of %s:%d; give each spec its own dir", s.Dir, other.File, other.dirLine)}
	}
	elems := strings.Split(s.Dir, "/")
	for i := range elems {
		folder := strings.Join(elems[:i+1], "/")
		other := idx.folders[strings.ToLower(folder)]
		if other == nil {
			continue
		}
		if theirs := strings.Join(strings.Split(other.Dir, "/")[:i+1], "/"); theirs != folder {
			return &Problem{File: s.File, Line: s.dirLine, Msg: fmt.Sprintf("[spec] dir %q has the folder %q, "+
				"and the dir %q of %s:%d has %q: the two differ only in case, so on a case-insensitive file "+
				"system (macOS, Windows) they are one folder, and the go command rejects import paths that "+
				"differ only in case; spell the folder the same in both, or name the two apart",
				s.Dir, folder, other.Dir, other.File, other.dirLine, theirs)}
		}
	}
	idx.dirs[strings.ToLower(s.Dir)] = s
	for i := range elems {
		folder := strings.ToLower(strings.Join(elems[:i+1], "/"))
		if idx.folders[folder] == nil {
			idx.folders[folder] = s
		}
	}
	return nil
}
