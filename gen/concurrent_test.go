package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apierr/apierr/gen/internal/generate"
)

// syncBuffer is a bytes.Buffer that a run writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestSecondRunWaits holds the lock of the output folder, as a run that is writing it does,
// and starts a run: it says that another run holds the folder, writes nothing while the lock
// is held, and generates when it is let go.
func TestSecondRunWaits(t *testing.T) {
	specs, out := copySpec(t, "small.toml"), t.TempDir()
	unlock, err := generate.Lock(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	exit := make(chan int)
	go func() {
		exit <- run([]string{"-specs", specs, "-out", out, "-import", "example.com/x"}, &stdout, &stderr)
	}()
	want := "gen: another run of the generator (pid " // then the PID, the lock file and "waiting"
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stderr.String(), want); {
		if time.Now().After(deadline) {
			t.Fatalf("the run did not say that it waits; stderr:\n%s", stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	lockFile := filepath.Join(out, generate.LockName)
	if msg := stderr.String(); !strings.Contains(msg, lockFile+"; waiting for it to finish") {
		t.Errorf("the message does not name the lock file: %s", msg)
	}
	if files := snapshot(t, out); len(files) != 1 { // the lock file
		t.Errorf("the run wrote while another held the lock: %v", files)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-exit:
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("the run did not finish once the lock was let go")
	}
	if code, _, stderr := gen("-specs", specs, "-out", out, "-import", "example.com/x", "-check"); code != 0 {
		t.Errorf("-check after the run: exit %d\n%s", code, stderr)
	}
}

// TestConcurrentRuns starts four runs at once on one specs and output folder, which used to
// take each other's temporary files for leftovers and exit 2: each exits 0, and the output is
// fresh, with no temporary or lock file left.
func TestConcurrentRuns(t *testing.T) {
	specs, out := copySpec(t, "small.toml"), t.TempDir()
	args := []string{"-specs", specs, "-out", out, "-import", "example.com/x"}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			var stdout, stderr syncBuffer
			if code := run(args, &stdout, &stderr); code != 0 {
				t.Errorf("run %d: exit %d\n%s", i, code, stderr.String())
			}
		})
	}
	wg.Wait()
	if code, _, stderr := gen(append(args, "-check")...); code != 0 {
		t.Errorf("-check after the runs: exit %d\n%s", code, stderr)
	}
	for _, dir := range []string{specs, out} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && (d.Name() == generate.LockName || strings.HasSuffix(d.Name(), ".tmp")) {
				t.Errorf("left behind: %s", p)
			}
			return err
		})
	}
}

// TestCheckReportsLeftovers plants the temporary files a killed run leaves, one of gen import
// beside a spec and one of the generator in the output folder: -check exits 1 naming each,
// and the next run removes them.
func TestCheckReportsLeftovers(t *testing.T) {
	specs, out := copySpec(t, "small.toml"), t.TempDir()
	args := []string{"-specs", specs, "-out", out, "-import", "example.com/x"}
	if code, _, stderr := gen(args...); code != 0 {
		t.Fatalf("generating: exit %d\n%s", code, stderr)
	}
	inSpecs := filepath.Join(specs, ".small.toml.tmp123456")
	inOut := filepath.Join(out, "example", "smallid", ".gen-42.tmp")
	for _, p := range []string{inSpecs, inOut} {
		if err := os.WriteFile(p, []byte("half a file"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := gen(append(args, "-check")...)
	if code != 1 {
		t.Fatalf("-check with leftovers: exit %d, want 1\n%s", code, stderr)
	}
	for _, p := range []string{inSpecs, inOut} {
		if want := filepath.ToSlash(p) + ": a leftover temporary file"; !strings.Contains(stderr, want) {
			t.Errorf("-check does not report %s:\n%s", p, stderr)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("-check removed %s: %v", p, err)
		}
	}
	if code, _, stderr := gen(args...); code != 0 {
		t.Fatalf("the next run: exit %d\n%s", code, stderr)
	}
	for _, p := range []string{inSpecs, inOut} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("the next run did not remove %s (%v)", p, err)
		}
	}
	if code, _, stderr := gen(append(args, "-check")...); code != 0 {
		t.Errorf("-check after the next run: exit %d\n%s", code, stderr)
	}
}
