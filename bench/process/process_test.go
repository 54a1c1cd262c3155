// Package process compares whole processes (issue 6): the built apierr generator on every
// real spec under specs/, and on one synthetic spec of 300 codes, against stringer on one type
// of the same 300 constants. Both binaries are built once into a temporary folder; each op is
// one run of the binary, started and waited for. Run it with a fixed count of runs, as
// bench/run.sh does:
//
//	go test -run='^$' -bench=Process -count=6 -benchtime=4x ./bench/process/
package process

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// tools holds the built binaries and the module root, filled once by build.
var tools struct {
	once     sync.Once
	err      error
	dir      string // the temporary folder of the binaries, removed by TestMain
	root     string // the module root
	gen      string // the apierr generator
	stringer string // golang.org/x/tools/cmd/stringer, at the version go.mod requires
}

// TestMain runs the benchmarks and removes the binaries that build made.
func TestMain(m *testing.M) {
	code := m.Run()
	if tools.dir != "" {
		os.RemoveAll(tools.dir)
	}
	os.Exit(code)
}

// build builds both binaries, once per test binary, into a temporary folder; it fails b when
// the go command does.
func build(b *testing.B) {
	tools.once.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			tools.err = err
			return
		}
		tools.root = filepath.Dir(strings.TrimSpace(string(out)))
		tools.dir, err = os.MkdirTemp("", "apierr-process-bench-")
		if err != nil {
			tools.err = err
			return
		}
		tools.gen = filepath.Join(tools.dir, "gen")
		tools.stringer = filepath.Join(tools.dir, "stringer")
		for _, c := range [][]string{
			{"go", "build", "-o", tools.gen, "./gen"},
			{"go", "build", "-o", tools.stringer, "golang.org/x/tools/cmd/stringer"},
		} {
			cmd := exec.Command(c[0], c[1:]...)
			cmd.Dir = tools.root
			if out, err := cmd.CombinedOutput(); err != nil {
				tools.err = &buildError{cmd: strings.Join(c, " "), out: string(out), err: err}
				return
			}
		}
	})
	if tools.err != nil {
		b.Fatal(tools.err)
	}
}

// buildError is a failed go build, with its output.
type buildError struct {
	cmd, out string
	err      error
}

// Error returns the command, its error and its output.
func (e *buildError) Error() string { return e.cmd + ": " + e.err.Error() + "\n" + e.out }

// BenchmarkProcess times whole runs of each binary. Besides ns/op (wall time per run) it
// reports cpu-ns/op (user plus system time of the process and the children it waited for,
// such as the go list that stringer starts) and peak-rss-KB (the largest maximum resident set
// size of any run). B/op and allocs/op are the benchmark's own, not the child's.
func BenchmarkProcess(b *testing.B) {
	build(b)
	specs := filepath.Join(tools.root, "specs")
	synth := b.TempDir()
	src, err := os.ReadFile(filepath.Join(tools.root, "bench", "testdata", "specs", "sparse300.toml"))
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(synth, "sparse300.toml"), src, 0o644); err != nil {
		b.Fatal(err)
	}
	runs := []struct {
		name string
		args func(out string) []string // command line, given a fresh output folder
	}{
		{"tool=gen/input=specs", func(out string) []string {
			return []string{tools.gen, "-specs", specs, "-out", out, "-import", "example.com/generated"}
		}},
		{"tool=gen/input=sparse300", func(out string) []string {
			return []string{tools.gen, "-specs", synth, "-out", out, "-import", "example.com/generated"}
		}},
		{"tool=stringer/input=sparse300", func(out string) []string {
			return []string{tools.stringer, "-type=Code", "-output", filepath.Join(out, "code_string.go"),
				"./bench/stringerbase/sparse300"}
		}},
	}
	for _, r := range runs {
		b.Run(r.name, func(b *testing.B) { runProcess(b, r.args) })
	}
}

// runProcess runs the command line args gives, in a fresh output folder each time, once per
// op of b, timing only the command, and reports its cpu-ns/op and peak-rss-KB.
func runProcess(b *testing.B, args func(out string) []string) {
	var cpu time.Duration
	var peakKB int64
	runs := 0
	base := b.TempDir()
	for b.Loop() {
		b.StopTimer()
		out, err := os.MkdirTemp(base, "out-")
		if err != nil {
			b.Fatal(err)
		}
		argv := args(out)
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Dir = tools.root
		b.StartTimer()
		output, err := cmd.CombinedOutput()
		b.StopTimer()
		if err != nil {
			b.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, output)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peakKB = max(peakKB, ru.Maxrss)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		runs++
		if err := os.RemoveAll(out); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(runs), "cpu-ns/op")
	b.ReportMetric(float64(peakKB), "peak-rss-KB")
}
