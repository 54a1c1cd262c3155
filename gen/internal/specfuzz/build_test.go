package specfuzz

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/internal/slow"
)

// writeModule generates the packages of specs into a new module in a temporary folder (its
// module path fuzzModule, this repository replacing github.com/apierr/apierr) and returns its
// root.
func writeModule(t *testing.T, specs []*spec.Spec) (string, error) {
	t.Helper()
	root := t.TempDir()
	repo, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		return "", err
	}
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		return "", err
	}
	files := map[string][]byte{
		"go.mod": []byte("module " + fuzzModule + "\n\ngo 1.26\n\nrequire github.com/apierr/apierr v0.0.0\n\n" +
			"replace github.com/apierr/apierr => " + repo + "\n"),
		"go.sum": sum,
	}
	for _, s := range specs {
		gen, err := emit.Files(s, emit.Options{ImportPath: fuzzModule + "/" + s.Dir})
		if err != nil {
			return "", err
		}
		for _, f := range gen {
			files[s.Dir+"/"+f.Name] = f.Src
		}
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return "", err
		}
	}
	return root, nil
}

// goCommand runs the go command in dir, without network or workspace, with extra
// environment variables; it returns its output in the error when it fails.
func goCommand(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("%s go %s: %v\n%s", strings.Join(env, " "), strings.Join(args, " "), err, out)
	}
	return out, nil
}

// buildAndTest writes the packages of specs into a temporary module and checks that go list
// ./... lists each of them, that go vet passes and that their generated tests pass, and also
// on GOARCH=386 for the int specs with codes at the bounds of int32.
func buildAndTest(t *testing.T, specs []*spec.Spec) error {
	t.Helper()
	root, err := writeModule(t, specs)
	if err != nil {
		return fmt.Errorf("writing the module: %w", err)
	}
	listed, err := goCommand(root, nil, "list", "./...")
	if err != nil {
		return err
	}
	var narrow []string // the packages of int specs at the bounds of int32
	for _, s := range specs {
		if !slices.Contains(strings.Fields(string(listed)), fuzzModule+"/"+s.Dir) {
			return fmt.Errorf("go list ./... leaves out the package in dir %q, so go test ./... never tests it", s.Dir)
		}
		if atInt32Bounds(s) {
			narrow = append(narrow, "./"+s.Dir)
		}
	}
	var errs []error
	for _, args := range [][]string{{"vet", "./..."}, {"test", "-count=1", "./..."}} {
		if _, err := goCommand(root, nil, args...); err != nil {
			errs = append(errs, err)
		}
	}
	if len(narrow) > 0 {
		args := append([]string{"test", "-count=1"}, narrow...)
		if _, err := goCommand(root, []string{"GOARCH=386"}, args...); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// atInt32Bounds reports whether s is an int spec with a code or a catch-all bound within 1 of
// the bounds of int32 (the generated Code is an int, 32 bits wide on 386).
func atInt32Bounds(s *spec.Spec) bool {
	near := func(v int64) bool { return v >= math.MaxInt32-1 || v <= math.MinInt32+1 }
	if s.StringCodes {
		return false
	}
	for _, c := range s.Codes {
		if near(c.Int) {
			return true
		}
	}
	for _, ca := range s.CatchAlls {
		if near(ca.From) || near(ca.To) {
			return true
		}
	}
	return false
}

// TestSeedsBuild builds the packages of every seed spec in one temporary module and runs go
// vet and their generated tests, on 386 too for those with codes at the bounds of int32.
func TestSeedsBuild(t *testing.T) {
	slow.Skip(t)
	var specs []*spec.Spec
	for _, sd := range seeds(t) {
		s, err := spec.Load(sd.name, sd.src)
		if err != nil {
			t.Fatalf("the seed %s does not load: %v", sd.name, err)
		}
		s.Dir = strings.TrimSuffix(sd.name, ".toml") + "/" + s.Package
		specs = append(specs, s)
	}
	if err := buildAndTest(t, specs); err != nil {
		t.Fatal(err)
	}
}
