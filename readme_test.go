package apierr_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// apiLines are the forms of the api.txt lines apiName reads, each capturing the parts of a
// name.
var apiLines = []*regexp.Regexp{
	regexp.MustCompile(`^method \(\*?(\w+)\) (\w+)\(`),
	regexp.MustCompile(`^type (\w+) struct, (\w+) `),
	regexp.MustCompile(`^func (\w+)\(`),
	regexp.MustCompile(`^(?:type|var) (\w+) `),
	regexp.MustCompile(`^const (\w+) =`),
}

// apiName turns a line of a generated package's api.txt into the name the README uses for
// it: "Parse", "Code.String", "Error.Status" (a field or a method of *Error); "" for the
// header, blank lines, deprecation lines, lines marked removed (the package no longer
// declares them) and the constants of codes, which differ by package.
func apiName(line string) string {
	if strings.Contains(line, " //removed ") {
		return ""
	}
	for _, re := range apiLines {
		if m := re.FindStringSubmatch(line); m != nil {
			return strings.Join(m[1:], ".")
		}
	}
	return ""
}

// generatedAPIs returns, for every generated package under generated/, the names its api.txt
// lists.
func generatedAPIs(t *testing.T) map[string]map[string]bool {
	t.Helper()
	apis := map[string]map[string]bool{}
	err := filepath.WalkDir("generated", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.Name() != "api.txt" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		names := map[string]bool{}
		for _, l := range strings.Split(string(src), "\n") {
			if n := apiName(l); n != "" {
				names[n] = true
			}
		}
		apis[filepath.Dir(p)] = names
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(apis) == 0 {
		t.Fatal("no api.txt under generated/")
	}
	return apis
}

// offersSection returns the README's section "What every generated package offers".
func offersSection(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(src), "<!-- offers:")
	if !ok {
		t.Fatal(`README.md has no "<!-- offers:" marker before its list of what every generated package offers`)
	}
	section, _, _ := strings.Cut(rest, "\n## ")
	return section
}

// TestREADMEOffers checks the README's list of what every generated package offers against the
// api.txt of every package under generated/: each name it gives in backquotes exists in some
// package, and each name every package declares (the code constants aside) is in the list, so
// the list cannot go stale when the generator gains or loses an identifier.
func TestREADMEOffers(t *testing.T) {
	apis := generatedAPIs(t)
	mentioned := map[string]bool{}
	for _, m := range regexp.MustCompile("`([A-Z]\\w*(?:\\.[A-Z]\\w*)?)`").FindAllStringSubmatch(offersSection(t), -1) {
		mentioned[m[1]] = true
	}
	for name := range mentioned {
		found := false
		for _, names := range apis {
			found = found || names[name]
		}
		if !found {
			t.Errorf("README.md names %s among what generated packages offer, but no generated package's "+
				"api.txt has it; correct the README", name)
		}
	}
	var missing []string
	var one map[string]bool
	for _, names := range apis {
		one = names // a name every package declares is in any one of them
	}
	for name := range one {
		common := true
		for _, names := range apis {
			common = common && names[name]
		}
		if common && !mentioned[name] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("every generated package declares %s, but README.md's list of what every generated package "+
			"offers does not name it (write it as `Type.Name` or `Name`)", strings.Join(missing, ", "))
	}
}
