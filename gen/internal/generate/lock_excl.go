//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package generate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// cannotWrite reports whether err says that a folder cannot be written to: a lock in it is
// then not needed, since no run of the generator writes there either.
func cannotWrite(err error) bool {
	return errors.Is(err, fs.ErrPermission)
}

// lockFile creates the lock file path exclusively, on systems without flock(2). When it
// exists, another run holds it, or a run was killed while it held it: lockFile says so and
// returns an error rather than wait for a file no kernel will remove.
func lockFile(path string, waiting func(holder string)) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		holder := ""
		if old, err := os.Open(path); err == nil {
			holder = holderOf(old)
			old.Close()
		}
		return nil, fmt.Errorf("another run of the generator%s holds %s; wait for it to finish and run again "+
			"(if no run is going, one was killed while it held the file: remove it)", holder, path)
	}
	return f, err
}
