package spec

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a spec: where it is and how to fix it.
type Problem struct {
	File string // spec file
	Line int    // 1-based line, or 0 when no line is known
	Msg  string // what is wrong and how to fix it
}

// String formats the problem as file:line: message, the form editors and CI logs link.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is every problem found in one or more specs. It is returned as an error by the
// loader; Error lists them one per line, in file and line order.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sort orders problems by file, then line, then message, so output is stable.
func (ps Problems) sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Msg < b.Msg
	})
}
