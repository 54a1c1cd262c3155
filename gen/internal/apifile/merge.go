package apifile

import (
	"fmt"
	"sort"
)

// Change is what writing a package does to its API file.
type Change struct {
	// File names the API file in messages, such as "generated/gopoints/api.txt".
	File string
	// New is set when the package had no API file: every line is new.
	New bool
	// Lines is the number of lines the file records after the merge.
	Lines int
	// Added are the lines of identifiers new in the code; Deprecated the "//deprecated"
	// lines new in the code: identifiers newly deprecated.
	Added, Deprecated []string
	// Removed are the lines of the file that the code no longer satisfies, except the
	// "//deprecated" lines of identifiers the code still declares, which are in
	// Undeprecated, and the lines marked removed. All of them stay in the file.
	Removed, Undeprecated []string
	// Recorded are the removals the generator recorded in the file (GeneratorRemovals): lines
	// it marked removed, with the date and the reason.
	Recorded []string
}

// Breaking reports whether the code lost identifiers the file lists: every program that
// uses them stops compiling.
func (c Change) Breaking() bool {
	return len(c.Removed) > 0
}

// Merge merges the API of a package's code, api (from Of), into old, the contents of the
// package's API file (nil when it has none yet), and returns the file to write and what
// changed. pkg is the package name, for the file's comment; file names the file in messages.
//
// The lines of api that old lacks are added; the lines of old that api lacks are kept: the
// merge never drops a line. So the result is old when api adds nothing, whatever it lost, and
// the contract check (Verify) is what reports a loss.
func Merge(file, pkg string, old []byte, api []string) ([]byte, Change, error) {
	var recorded []string
	if old != nil {
		var err error
		if recorded, err = parse(old); err != nil {
			return nil, Change{}, fmt.Errorf("%s: %w", file, err)
		}
	}
	ch := Change{File: file, New: old == nil}
	inCode := lineSet(api)
	recorded, ch.Recorded = recordGeneratorRemovals(recorded, inCode)
	inFile := lineSet(recorded)
	for _, l := range api {
		switch {
		case inFile[l]:
		case isDeprecation(l):
			ch.Deprecated = append(ch.Deprecated, l)
		default:
			ch.Added = append(ch.Added, l)
		}
	}
	ch.Removed, ch.Undeprecated = missing(recorded, inCode, api)
	merged := append(append([]string(nil), recorded...), ch.Added...)
	merged = append(merged, ch.Deprecated...)
	ch.Lines = len(lineSet(merged))
	return format(pkg, merged), ch, nil
}

// missing splits the lines of recorded that the code's lines (inCode, api) lack: the lines of
// removed identifiers, and the "//deprecated" lines of identifiers the code still declares
// but no longer marks deprecated. The "//deprecated" line of a removed identifier goes with
// its removal and is in neither list, nor is a line marked removed or the line it marks.
// Both are sorted.
func missing(recorded []string, inCode map[string]bool, api []string) (removed, undeprecated []string) {
	declared := map[string]bool{}
	for _, l := range api {
		declared[Name(l)] = true
	}
	gone := removals(recorded)
	for _, l := range recorded {
		_, marked := removedLine(l)
		switch {
		case inCode[l], marked, gone[l]:
		case !isDeprecation(l):
			removed = append(removed, l)
		case declared[Name(l)]:
			undeprecated = append(undeprecated, l)
		}
	}
	sort.Strings(removed)
	sort.Strings(undeprecated)
	return removed, undeprecated
}

// lineSet is the set of lines.
func lineSet(lines []string) map[string]bool {
	set := make(map[string]bool, len(lines))
	for _, l := range lines {
		set[l] = true
	}
	return set
}
