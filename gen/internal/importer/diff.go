package importer

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apierr/apierr/gen/internal/spec"
)

// Change is one field of one code that a republished table changes.
type Change struct {
	Code  string
	Field string // name, message, description or status
	Old   string
	New   string
}

// Diff is what a republished table changes against the recorded document table.
type Diff struct {
	Added   []Row    // codes of the republished table that the recorded table lacks
	Removed []Row    // codes of the recorded table that the republished table lacks: withdrawn
	Changed []Change // fields that differ, by code then field
}

// Empty reports whether nothing changed.
func (d Diff) Empty() bool {
	return len(d.Added) == 0 && len(d.Removed) == 0 && len(d.Changed) == 0
}

// comparedFields are the fields Compare compares, in report order, with how to read them.
var comparedFields = []struct {
	role string
	get  func(Row) string
}{
	{roleName, func(r Row) string { return r.Name }},
	{roleMessage, func(r Row) string { return r.Message }},
	{roleDescription, func(r Row) string { return r.Description }},
	{roleStatus, func(r Row) string { return r.Status }},
}

// Compare compares a republished table with the recorded document table. Only the fields the
// republished table has columns for are compared (an extracted table without a status column
// changes no status); the group is never compared.
func Compare(recorded *Table, in *Input) Diff {
	var d Diff
	now := map[string]Row{}
	for _, r := range in.Rows {
		now[r.Code] = r
	}
	was := map[string]Row{}
	for _, r := range recorded.Rows {
		was[r.Code] = r
		n, ok := now[r.Code]
		if !ok {
			d.Removed = append(d.Removed, r)
			continue
		}
		for _, f := range comparedFields {
			if in.Has[f.role] && f.get(r) != f.get(n) {
				d.Changed = append(d.Changed, Change{Code: r.Code, Field: f.role, Old: f.get(r), New: f.get(n)})
			}
		}
	}
	for _, r := range in.Rows {
		if _, ok := was[r.Code]; !ok {
			d.Added = append(d.Added, r)
		}
	}
	sortRows(d.Added)
	sortRows(d.Removed)
	sortChanges(d.Changed)
	return d
}

// sortChanges orders changes by code; the fields of one code stay in report order.
func sortChanges(cs []Change) {
	rows := make([]Row, len(cs))
	for i, c := range cs {
		rows[i] = Row{Code: c.Code, Line: i}
	}
	sortRows(rows)
	sorted := make([]Change, len(cs))
	for i, r := range rows {
		sorted[i] = cs[r.Line]
	}
	copy(cs, sorted)
}

// Report writes the diff: a summary line (with the releases, when the republished table has
// one), then one line per added, withdrawn and changed code, each ordered by code. s is the
// spec the recorded table belongs to: added codes it already has, and withdrawn codes it
// still has, name their line.
func (d Diff) Report(w io.Writer, specPath string, s *spec.Spec, release string) error {
	lines := map[string]int{}
	sources := map[string]string{}
	for _, c := range s.Codes {
		k := fmt.Sprint(c.Value(s.CodeType))
		lines[k], sources[k] = c.Line, c.Source
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: ", showText(specPath))
	switch {
	case release != "" && s.Release != "" && release != s.Release:
		fmt.Fprintf(&b, "release %s → %s: ", showText(s.Release), showText(release))
	case release != "":
		fmt.Fprintf(&b, "release %s: ", showText(release))
	}
	fmt.Fprintf(&b, "%d added, %d withdrawn, %d changed\n", len(d.Added), len(d.Removed), changedCodes(d))
	for _, r := range d.Added {
		fmt.Fprintf(&b, "added      %s  %s", showText(r.Code), rowSummary(r))
		if n := lines[r.Code]; n > 0 {
			fmt.Fprintf(&b, "  (already in the spec, line %d, source %q)", n, sources[r.Code])
		}
		b.WriteString("\n")
	}
	for _, r := range d.Removed {
		fmt.Fprintf(&b, "withdrawn  %s  %s", showText(r.Code), rowSummary(r))
		if n := lines[r.Code]; n > 0 {
			fmt.Fprintf(&b, "  (spec line %d)", n)
		}
		b.WriteString("\n")
	}
	for _, c := range d.Changed {
		fmt.Fprintf(&b, "changed    %s  %s: %s → %s\n",
			showText(c.Code), c.Field, showValue(clip(c.Old)), showValue(clip(c.New)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// rowSummary shows a row's message (else its description) shortened, and its status.
func rowSummary(r Row) string {
	text := r.Message
	if text == "" {
		text = r.Description
	}
	out := strconv.Quote(shorten(oneLine(text), 60))
	if r.Status != "" {
		out += "  status " + r.Status
	}
	return out
}

// showValue quotes a changed value, or says it is empty.
func showValue(s string) string {
	if s == "" {
		return "(empty)"
	}
	return strconv.Quote(s)
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
