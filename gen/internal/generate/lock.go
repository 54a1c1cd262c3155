package generate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A run of the generator reads the specs and the API files of the output folder, then writes
// the output folder and removes leftovers in both folders. Two runs at once on the same
// folders would remove each other's temporary files (and report them as left by an
// interrupted run), so a run takes the generator's lock on each folder first: the file
// LockName in the folder, locked with flock(2) where the system has it. A second run waits
// for the first, and says so. The kernel releases the lock of a process that dies, so a
// killed run never leaves a lock that blocks: there is no stale lock to detect or remove by
// hand. The lock file exists while a run holds it (a killed run leaves it, unlocked, and the
// next run removes it). gen import takes the same lock on the folder of a spec it rewrites.
//
// On systems without flock(2), the lock file is created exclusively and holds the PID of its
// run; a second run stops and says plainly that another run holds it, and, since no kernel
// releases it there, that it can be removed by hand when no run is going.

// LockName is the name of the lock file the generator keeps in a folder while it works on it.
const LockName = ".gen.lock"

// Lock takes the generator's lock on dir, which must exist, and returns the function that
// releases it. When another run holds the lock, Lock calls wait once with a message that says
// so (with the other run's PID when it is known), then waits for the other run to end; on
// systems without flock(2) it returns an error that says so instead.
func Lock(dir string, wait func(msg string)) (unlock func() error, err error) {
	path := filepath.Join(dir, LockName)
	f, err := lockFile(path, func(holder string) {
		if wait != nil {
			wait(fmt.Sprintf("another run of the generator%s holds %s; waiting for it to finish", holder, path))
		}
	})
	if err != nil {
		return nil, err
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() error {
		// Remove the file before letting go of it: a run waiting on it then finds it gone
		// and locks a new one (see lockFile), so two runs never hold two files at once.
		rerr := os.Remove(path)
		if cerr := f.Close(); rerr == nil {
			rerr = cerr
		}
		return rerr
	}, nil
}

// holderOf returns " (pid N)" for the PID a lock file holds, or "" when it holds none.
func holderOf(f io.ReaderAt) string {
	buf := make([]byte, 20)
	n, _ := f.ReadAt(buf, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(buf[:n])))
	if err != nil || pid <= 0 {
		return ""
	}
	return fmt.Sprintf(" (pid %d)", pid)
}

// sameFile reports whether path names the file f is open on, which a run that held it may
// have removed.
func sameFile(f *os.File, path string) bool {
	a, err1 := f.Stat()
	b, err2 := os.Stat(path)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

// LockFolders takes the lock (see Lock) on each folder of dirs that exists, in order, and
// returns the function that releases them all. A folder named twice is locked once, and a
// folder the process cannot write to is not locked: no run of the generator writes there
// either (-check on a read-only checkout). wait is as for Lock.
func LockFolders(wait func(msg string), dirs ...string) (unlock func() error, err error) {
	var unlocks []func() error
	unlock = func() error {
		var first error
		for i := len(unlocks) - 1; i >= 0; i-- {
			if err := unlocks[i](); first == nil {
				first = err
			}
		}
		return first
	}
	var locked []os.FileInfo
	for _, dir := range dirs {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() {
			continue // a folder that does not exist is reported by what reads it
		}
		if slices.ContainsFunc(locked, func(l os.FileInfo) bool { return os.SameFile(l, fi) }) {
			continue
		}
		u, err := Lock(dir, wait)
		if cannotWrite(err) {
			continue
		}
		if err != nil {
			unlock()
			return nil, err
		}
		unlocks = append(unlocks, u)
		locked = append(locked, fi)
	}
	return unlock, nil
}
