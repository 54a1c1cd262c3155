package explain

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the stdout, stderr and exit sections of testdata/cases from explain's output")

// TestExplain runs explain on the specs of testdata/specs for every case of testdata/cases and
// compares standard output, standard error and the exit code with the case's sections. A case
// is a txtar archive: its comment says what it shows, "args" holds one argument per line,
// "stdin" the body (optional), and "stdout", "stderr" and "exit" what explain must answer
// ("exit" and "stderr" may be left out for 0 and nothing). After an intended change, run go
// test ./gen/internal/explain -update and review the diff of testdata/cases.
func TestExplain(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases in testdata/cases (%v)", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]string{}
			for _, f := range ar.Files {
				files[f.Name] = string(f.Data)
			}
			args := append([]string{"-specs", filepath.Join("testdata", "specs")}, strings.Fields(files["args"])...)
			var stdout, stderr bytes.Buffer
			code := Run(args, strings.NewReader(strings.TrimSuffix(files["stdin"], "\n")), &stdout, &stderr)
			got := map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "exit": strconv.Itoa(code) + "\n"}
			if *update {
				writeCase(t, path, ar, got)
				return
			}
			if files["exit"] == "" {
				files["exit"] = "0\n"
			}
			for _, name := range []string{"exit", "stdout", "stderr"} {
				if got[name] != files[name] {
					t.Errorf("%s differs from the case (go test -update rewrites it):\n--- want\n%s--- got\n%s", name, files[name], got[name])
				}
			}
		})
	}
}

// writeCase rewrites a case's stdout, stderr and exit sections, leaving out an empty stderr
// and an exit code of 0.
func writeCase(t *testing.T, path string, ar *txtar.Archive, got map[string]string) {
	t.Helper()
	var kept []txtar.File
	for _, f := range ar.Files {
		if f.Name == "args" || f.Name == "stdin" {
			kept = append(kept, f)
		}
	}
	for _, name := range []string{"stdout", "stderr", "exit"} {
		if got[name] == "" || name == "exit" && got[name] == "0\n" {
			continue
		}
		kept = append(kept, txtar.File{Name: name, Data: []byte(got[name])})
	}
	ar.Files = kept
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExplainBuiltInSpecs runs explain without -specs from a folder that holds no specs: it
// answers from the specs built into the generator, for the first code of each of them.
func TestExplainBuiltInSpecs(t *testing.T) {
	t.Chdir(t.TempDir())
	all, err := loadSpecs("")
	if err != nil || len(all) == 0 {
		t.Fatalf("the built-in specs: %d, %v", len(all), err)
	}
	for _, s := range all {
		var stdout, stderr bytes.Buffer
		code := fmt.Sprint(s.Codes[0].Value(s.CodeType))
		if exit := Run([]string{s.Dir, "--", code}, strings.NewReader(""), &stdout, &stderr); exit != 0 {
			t.Errorf("explain %s %s: exit %d: %s", s.Dir, code, exit, stderr.String())
			continue
		}
		if want := "vendor: " + s.Vendor + "\n"; !strings.HasPrefix(stdout.String(), want) {
			t.Errorf("explain %s %s: output starts %.60q, want %q", s.Dir, code, stdout.String(), want)
		}
	}
}
