package apifile

import (
	"strings"
)

// A removal is a recorded, reasoned break of the API: the line of an identifier that a
// package no longer declares, on purpose, marked in api.txt with the date and the reason
//
//	method (*Error) Equal(*Error) bool //removed 2026-12-07: an *Error is plain data (...)
//
// Such a line is the record: the contract no longer asks the code to declare the identifier
// (Merge does not report it, Verify does not fail on it), and the line stays in the file, so
// the break shows in review and in the file's history. A maintainer records a removal by
// editing the identifier's line that way (specs/README.md, "The API contract"); the
// generator records its own (GeneratorRemovals) in every API file that lists them.

// removedMark starts the mark of a removed line, after the line's identifier.
const removedMark = " //removed "

// Removal is an identifier the generator no longer declares in any package, on purpose.
type Removal struct {
	// Line is the identifier's API line, as the generator recorded it.
	Line string
	// Date is the day of the removal, as time.DateOnly; Reason why, and what to use instead.
	Date, Reason string
}

// Marked is the removal's line as an API file records it.
func (r Removal) Marked() string {
	return r.Line + removedMark + r.Date + ": " + r.Reason
}

// GeneratorRemovals are the identifiers the generator stopped declaring on purpose. Merge marks
// their lines removed in every API file that lists them, packages of other modules included.
var GeneratorRemovals = []Removal{{
	Line: "method (*Error) Equal(*Error) bool",
	Date: "2026-12-07",
	Reason: "an *Error is plain data, so reflect.DeepEqual, testify and go-cmp compare it field by field; " +
		"Equal made go-cmp skip cmpopts.IgnoreFields. Compare with reflect.DeepEqual or cmp.Diff.",
}}

// removedLine returns the identifier's line of a line marked removed; ok is false for another
// line.
func removedLine(line string) (api string, ok bool) {
	api, _, ok = strings.Cut(line, removedMark)
	return api, ok
}

// removals returns the API lines that lines mark removed.
func removals(lines []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lines {
		if api, ok := removedLine(l); ok {
			out[api] = true
		}
	}
	return out
}

// recordGeneratorRemovals replaces, in recorded, each line of a GeneratorRemovals entry that
// the code (inCode) no longer declares by its marked line, and drops the "//deprecated" line of
// each identifier so removed. It returns the lines and the marked lines it wrote.
func recordGeneratorRemovals(recorded []string, inCode map[string]bool) (out, marked []string) {
	byLine := map[string]Removal{}
	for _, r := range GeneratorRemovals {
		byLine[r.Line] = r
	}
	gone := map[string]bool{}
	for _, l := range recorded {
		if r, ok := byLine[l]; ok && !inCode[l] {
			gone[Name(l)] = true
			marked = append(marked, r.Marked())
			out = append(out, r.Marked())
			continue
		}
		out = append(out, l)
	}
	if len(gone) == 0 {
		return out, nil
	}
	kept := out[:0]
	for _, l := range out {
		if !(isDeprecation(l) && gone[Name(l)]) {
			kept = append(kept, l)
		}
	}
	return kept, marked
}
