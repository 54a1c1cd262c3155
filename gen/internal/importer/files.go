package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// gen import writes as the generator does: every file through a temporary file in its own
// folder and a rename (or a hard link, for a file that must not exist yet), so that a failure
// or a kill leaves each file as it was. It writes through symbolic links (the file linked to
// is replaced, the link kept), keeps each file's permissions and line endings, refuses a
// read-only file, and removes the temporary files a run that did not finish left behind.

// tempMark is in the name of every temporary file gen import writes: ".<name>.tmp-import-*".
const tempMark = ".tmp-import-"

// newFile is a file to create with its content.
type newFile struct {
	path string
	data []byte
}

// writeNewFiles creates files that must not exist yet: none is written when one exists, and
// each appears whole or not at all.
func writeNewFiles(stderr io.Writer, files []newFile) error {
	for _, f := range files {
		if _, err := os.Lstat(f.path); err == nil {
			return fmt.Errorf("%s exists; gen import never overwrites a file: choose another -out, or compare with "+
				"-diff", showText(f.path))
		}
	}
	for _, f := range files {
		removeLeftovers(stderr, f.path)
		if err := writeNew(f.path, f.data); err != nil {
			return err
		}
	}
	return nil
}

// writeNew writes data to a new file through a temporary file and a hard link, which fails
// when the file exists: a draft never overwrites a spec or a document table.
func writeNew(path string, data []byte) error {
	tmp, err := writeTemp(path, data, 0o644)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists; gen import never overwrites a file: choose another -out, or compare with "+
				"-diff", showText(path))
		}
		return err
	}
	return nil
}

// writeTemp writes data to a new temporary file beside path, with the given permissions, and
// returns its name.
func writeTemp(path string, data []byte, mode fs.FileMode) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+tempMark+"*")
	if err != nil {
		return "", err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, mode)
	}
	if err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// target returns the file path names: the file a symbolic link points to, through any chain
// of links, or path itself when it is not a link or does not exist yet.
func target(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, lerr := os.Lstat(path); lerr == nil {
			return "", fmt.Errorf("%s is a symbolic link to a file that does not exist; fix the link or remove it",
				showText(path))
		}
		return path, nil
	}
	return real, err
}

// checkWritable reports a file gen import must not rewrite: one without write permission for
// its owner (checked by mode, so that it holds for root too).
func checkWritable(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s is read-only (mode %04o): gen import -append does not rewrite it; make it writable "+
			"(chmod u+w) if it is meant to change, then run again", showText(path), fi.Mode().Perm())
	}
	return nil
}

// replaceFile replaces the file at path (or the file its symbolic link points to) with data,
// through a temporary file in the same folder and a rename. The file keeps its permissions;
// a new file gets 0644.
func replaceFile(path string, data []byte) error {
	real, err := target(path)
	if err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(real); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := writeTemp(real, data, mode)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, real); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// removeLeftovers removes the temporary files of path (or of the file it links to) that a
// run of gen import that did not finish left behind, and says so.
func removeLeftovers(stderr io.Writer, path string) {
	real, err := target(path)
	if err != nil {
		real = path
	}
	for _, p := range []string{real, path} {
		matches, _ := filepath.Glob(filepath.Join(filepath.Dir(p), "."+globEscape(filepath.Base(p))+tempMark+"*"))
		for _, m := range matches {
			if err := os.Remove(m); err == nil {
				fmt.Fprintf(stderr, "gen import: removed %s, left by a run of gen import that did not finish\n",
					showText(m))
			}
		}
	}
}

// globEscape escapes the characters filepath.Match treats specially.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// lineEnding returns "\r\n" when src's lines end in CRLF (its first line does), else "\n".
func lineEnding(src []byte) string {
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// withLineEnding returns LF-terminated text with its lines ended by eol.
func withLineEnding(text []byte, eol string) []byte {
	if eol == "\n" {
		return text
	}
	return bytes.ReplaceAll(text, []byte("\n"), []byte(eol))
}
