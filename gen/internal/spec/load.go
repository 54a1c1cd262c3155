package spec

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// LoadFile reads, decodes and validates one spec. On failure the error is Problems, listing
// every problem of the file.
func LoadFile(path string) (*Spec, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, Problems{{File: path, Msg: fmt.Sprintf("cannot read the spec: %v", err)}}
	}
	return Load(path, src)
}

// LoadDir loads every *.toml file of dir, in name order, and checks that the specs write their
// packages to distinct folders, also on a case-insensitive file system (see folderClashes). It
// returns the specs that loaded and Problems for all files together.
func LoadDir(dir string) ([]*Spec, error) {
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS is LoadDir for the *.toml files at the root of fsys (the embedded specs of this
// module, for one); problems name each file as the path dir/name.
func LoadFS(fsys fs.FS, dir string) ([]*Spec, error) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		msg := "no *.toml specs in this folder; pass the folder that holds them with -specs"
		return nil, Problems{{File: dir, Msg: msg}}
	}
	sort.Strings(names)
	var specs []*Spec
	var all Problems
	folders := newFolderIndex()
	for _, name := range names {
		p := filepath.Join(dir, name)
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			all = append(all, Problem{File: p, Msg: fmt.Sprintf("cannot read the spec: %v", err)})
			continue
		}
		s, err := Load(p, src)
		var ps Problems
		if errors.As(err, &ps) {
			all = append(all, ps...)
			continue
		}
		if err != nil {
			return nil, err
		}
		if p := folders.folderClash(s); p != nil {
			all = append(all, *p)
			continue
		}
		specs = append(specs, s)
	}
	if len(all) > 0 {
		all.sort()
		return specs, all
	}
	return specs, nil
}

// Load decodes and validates one spec held in memory; file names it in messages.
func Load(file string, src []byte) (*Spec, error) {
	var raw rawFile
	md, err := toml.Decode(string(src), &raw)
	if err != nil {
		return nil, Problems{decodeProblem(file, err)}
	}
	v := &validator{file: file, lines: scanLines(string(src))}
	v.checkKeys(md)
	s := v.spec(&raw)
	if len(v.problems) > 0 {
		v.problems.sort()
		return nil, v.problems
	}
	return s, nil
}

// decodeProblem turns a TOML syntax error into a Problem with its line.
func decodeProblem(file string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := "not valid TOML: " + pe.Message + "; see https://toml.io/en/v1.0.0"
		return Problem{File: file, Line: pe.Position.Line, Msg: msg}
	}
	// Structural mismatches (a table where a list of tables belongs) come as plain errors
	// that carry the line and the key only in their text.
	msg := err.Error()
	m := structuralRE.FindStringSubmatch(msg)
	if m == nil {
		return Problem{File: file, Msg: strings.TrimPrefix(msg, "toml: ") + "; write tables as [name] and lists of " +
			"tables as [[name]] (specs/README.md)"}
	}
	line, _ := strconv.Atoi(m[1])
	key := m[2]
	switch {
	case strings.Contains(msg, "type map[string]any; destination has type slice"):
		msg = fmt.Sprintf("[%s] is a table, but %s is a list of tables; write [[%s]] (specs/README.md)", key, key, key)
	case strings.Contains(msg, "expected table but found []map[string]any"):
		msg = fmt.Sprintf("[[%s]] is a list of tables, but %s is one table; write [%s] (specs/README.md)",
			key, key, key)
	case strings.Contains(msg, "destination has type slice"):
		msg = fmt.Sprintf("%s must be a list of tables, written as [[%s]] headers (specs/README.md)", key, key)
	default:
		msg = fmt.Sprintf("%s: %s (specs/README.md)", key, msg[len(m[0]):])
	}
	return Problem{File: file, Line: line, Msg: msg}
}

// structuralRE reads the line and key out of BurntSushi/toml's type-mismatch errors.
var structuralRE = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]+)"\): `)

// checkKeys reports keys the format does not have, and keys written in the wrong case
// (BurntSushi/toml would otherwise accept "Status" for "status").
func (v *validator) checkKeys(md toml.MetaData) {
	allowed := map[string][]string{} // parent path without indices → allowed keys
	collectKeys(reflect.TypeOf(rawFile{}), "", allowed)
	reported := map[string]bool{} // key paths without indices, each reported once at all its lines
	var byPath map[string][]int
	report := func(k toml.Key) {
		if reported[k.String()] {
			return
		}
		reported[k.String()] = true
		if byPath == nil {
			byPath = v.lines.withoutIndices()
		}
		parent := strings.Join(k[:len(k)-1], ".")
		name := k[len(k)-1]
		var where string
		if parent == "" {
			where = "at the top level"
		} else {
			where = "in [" + parent + "]"
		}
		msg := fmt.Sprintf("unknown key %q %s", name, where)
		if s := closest(name, allowed[parent]); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else if len(allowed[parent]) > 0 {
			msg += "; allowed keys: " + strings.Join(allowed[parent], ", ")
		} else {
			msg += "; see specs/README.md for the tables of the format"
		}
		lines := byPath[k.String()]
		if len(lines) == 0 {
			lines = []int{0}
		}
		for _, line := range lines {
			v.addLine(line, msg)
		}
	}
	for _, k := range md.Undecoded() {
		report(k)
	}
	for _, k := range md.Keys() {
		keys := allowed[strings.Join(k[:len(k)-1], ".")]
		if name := k[len(k)-1]; !contains(keys, name) && containsFold(keys, name) {
			report(k) // decoded by case-insensitive matching, but spelled differently
		}
	}
}

// collectKeys records the TOML keys of each table of the raw layer.
func collectKeys(t reflect.Type, prefix string, allowed map[string][]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("toml")
		allowed[prefix] = append(allowed[prefix], name)
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(leaf{}) {
			path := name
			if prefix != "" {
				path = prefix + "." + name
			}
			collectKeys(ft, path, allowed)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
