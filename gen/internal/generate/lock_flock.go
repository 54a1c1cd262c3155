//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package generate

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// lockFile opens the lock file path (creating it) and locks it with flock(2). When another
// process holds it, lockFile calls waiting with the holder (see holderOf) and blocks until
// the lock is free. A run releases its lock by removing the file first (see Lock), so a lock
// won on a file that path no longer names guards nothing: lockFile then starts again.
func lockFile(path string, waiting func(holder string)) (*os.File, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		err = flock(f, syscall.LOCK_EX|syscall.LOCK_NB)
		if errors.Is(err, syscall.EWOULDBLOCK) {
			if waiting != nil {
				waiting(holderOf(f))
				waiting = nil
			}
			err = flock(f, syscall.LOCK_EX)
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		if sameFile(f, path) {
			return f, nil
		}
		f.Close()
	}
}

// cannotWrite reports whether err says that a folder cannot be written to: a lock in it is
// then not needed, since no run of the generator writes there either.
func cannotWrite(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// flock applies how to the file, again when a signal interrupts it.
func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
