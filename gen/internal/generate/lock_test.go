package generate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr/gen/internal/generate"
)

// lockWait is how long the lock tests wait for what must happen at once: far longer than it
// takes, so that only a broken lock fails them.
const lockWait = 10 * time.Second

// TestLockWaits holds the lock of a folder and takes it again from another goroutine, as a
// second run would: the second says once, naming the holder's PID and the lock file, that it
// waits, gets the lock only when the first lets go, and the file is gone when both have.
func TestLockWaits(t *testing.T) {
	dir := t.TempDir()
	unlock, err := generate.Lock(dir, func(msg string) { t.Errorf("the first Lock waited: %s", msg) })
	if err != nil {
		t.Fatal(err)
	}
	waiting := make(chan string, 2)
	got := make(chan func() error)
	go func() {
		u, err := generate.Lock(dir, func(msg string) { waiting <- msg })
		if err != nil {
			t.Error(err)
		}
		got <- u
	}()
	path := filepath.Join(dir, generate.LockName)
	want := fmt.Sprintf("another run of the generator (pid %d) holds %s; waiting for it to finish", os.Getpid(), path)
	select {
	case msg := <-waiting:
		if msg != want {
			t.Errorf("wait message %q, want %q", msg, want)
		}
	case <-got:
		t.Fatal("the second Lock got the lock while the first held it")
	case <-time.After(lockWait):
		t.Fatal("the second Lock neither waited nor got the lock")
	}
	select {
	case <-got:
		t.Fatal("the second Lock got the lock while the first held it")
	case <-time.After(50 * time.Millisecond):
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	var unlock2 func() error
	select {
	case unlock2 = <-got:
	case <-time.After(lockWait):
		t.Fatal("the second Lock did not get the lock when the first let go")
	}
	if len(waiting) != 0 {
		t.Errorf("the second Lock said it waits more than once")
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("while the second run holds the lock, %s: %v", path, err)
	}
	if err := unlock2(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("after both runs, %s is still there (%v)", path, err)
	}
}

// TestLockLeftByKilledRun checks that the lock file of a killed run, which no process holds,
// does not block: Lock takes it at once, and removes it when it lets go.
func TestLockLeftByKilledRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, generate.LockName)
	if err := os.WriteFile(path, []byte("999999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	unlock, err := generate.Lock(dir, func(msg string) { t.Errorf("Lock waited for a killed run: %s", msg) })
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); strings.TrimSpace(string(b)) != fmt.Sprint(os.Getpid()) {
		t.Errorf("the lock file holds %q, want the PID of the run that holds it, %d", b, os.Getpid())
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("%s is still there after unlock (%v)", path, err)
	}
}

// TestLockFolders checks that LockFolders locks each folder once, even when it is named twice
// (as the same specs and output folder), and skips folders that do not exist.
func TestLockFolders(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	done := make(chan func() error)
	go func() {
		unlock, err := generate.LockFolders(func(msg string) { t.Errorf("LockFolders waited: %s", msg) },
			a, filepath.Join(a, "."), b, filepath.Join(b, "missing"))
		if err != nil {
			t.Error(err)
		}
		done <- unlock
	}()
	var unlock func() error
	select {
	case unlock = <-done:
	case <-time.After(lockWait):
		t.Fatal("LockFolders blocked: it locked a folder twice")
	}
	for _, dir := range []string{a, b} {
		if _, err := os.Stat(filepath.Join(dir, generate.LockName)); err != nil {
			t.Errorf("%s is not locked: %v", dir, err)
		}
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{a, b} {
		if _, err := os.Stat(filepath.Join(dir, generate.LockName)); !os.IsNotExist(err) {
			t.Errorf("%s is still locked after unlock (%v)", dir, err)
		}
	}
}
