package specfuzz

import (
	"bytes"
	"errors"
	"fmt"
	"go/build"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apierr/apierr/gen/internal/emit"
)

// CheckText checks that the Go files of a generated package hold text only as data: each
// file is valid UTF-8 without a character a reader cannot see or that ends a line for some
// readers but not for Go (see unsafeRune), parses, has no /* */ comment, no comment that is a
// directive or a build constraint (every comment is "//" or has a space or a tab after the
// slashes, as no directive has, and none is a "// +build" line), and go/build builds it on
// Linux, Windows, macOS and js/wasm, 64- and 32-bit.
func CheckText(files []emit.File) error {
	var errs []error
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") {
			continue
		}
		if err := checkFile(f); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f.Name, err))
		}
	}
	return errors.Join(errs...)
}

// checkFile is CheckText for one file.
func checkFile(f emit.File) error {
	if !utf8.Valid(f.Src) {
		return errors.New("not valid UTF-8")
	}
	if i := bytes.IndexFunc(f.Src, func(r rune) bool { return r != '\n' && unsafeRune(r) }); i >= 0 {
		r, _ := utf8.DecodeRune(f.Src[i:])
		return fmt.Errorf("line %d holds %U", bytes.Count(f.Src[:i], []byte("\n"))+1, r)
	}
	fset := token.NewFileSet()
	af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments|parser.AllErrors)
	if err != nil {
		return err
	}
	if af.GoVersion != "" {
		return fmt.Errorf("has a //go:build constraint (go version %s)", af.GoVersion)
	}
	for _, g := range af.Comments {
		for _, c := range g.List {
			at := fset.Position(c.Slash)
			switch {
			case !strings.HasPrefix(c.Text, "//"):
				return fmt.Errorf("%v: a /* */ comment: %.80q", at, c.Text)
			case c.Text != "//" && c.Text[2] != ' ' && c.Text[2] != '\t':
				return fmt.Errorf("%v: a directive (a comment with no space after \"//\"): %.80q", at, c.Text)
			case constraint.IsGoBuild(c.Text) || constraint.IsPlusBuild(c.Text):
				return fmt.Errorf("%v: a build constraint: %.80q", at, c.Text)
			}
		}
	}
	return matchEverywhere(f)
}

// matchEverywhere checks with go/build that no build constraint of f excludes it, on a few
// platforms of each kind.
func matchEverywhere(f emit.File) error {
	platforms := []struct{ goos, goarch string }{
		{"linux", "amd64"}, {"linux", "386"}, {"windows", "arm64"}, {"darwin", "arm64"}, {"js", "wasm"},
	}
	for _, p := range platforms {
		ctxt := build.Default
		ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = p.goos, p.goarch, false
		ctxt.OpenFile = func(name string) (io.ReadCloser, error) {
			if path.Base(name) != f.Name {
				return nil, fs.ErrNotExist
			}
			return io.NopCloser(bytes.NewReader(f.Src)), nil
		}
		ok, err := ctxt.MatchFile("pkg", f.Name)
		if err != nil {
			return fmt.Errorf("go/build (%s/%s): %w", p.goos, p.goarch, err)
		}
		if !ok {
			return fmt.Errorf("go/build leaves it out of the package on %s/%s: a build constraint", p.goos, p.goarch)
		}
	}
	return nil
}

// unsafeRune reports whether r may not appear in a generated file, comments and string
// literals included: a control character other than tab and newline, a line or paragraph
// separator, or a format character other than the zero-width non-joiner and joiner. String
// literals escape them; comments escape them too (package emit).
func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\u200c' || r == '\u200d':
		return false
	case unicode.IsControl(r), r == '\u2028', r == '\u2029', unicode.Is(unicode.Cf, r):
		return true
	}
	return false
}
