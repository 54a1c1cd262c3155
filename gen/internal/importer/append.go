package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/apierr/apierr/gen/internal/spec"
)

// AppendDrafts returns the spec source with drafts of the added codes that the spec does not
// have yet appended at its end; every byte before them is kept (a newline is added first when
// the file does not end in one). Names are drafted as by Draft, avoiding the spec's names.
func AppendDrafts(specSrc []byte, s *spec.Spec, d Diff, in *Input, order []string) []byte {
	have := map[string]bool{}
	taken := map[string]string{}
	for _, c := range s.Codes {
		have[fmt.Sprint(c.Value(s.CodeType))] = true
		taken[c.Name] = fmt.Sprintf("code %v (line %d)", c.Value(s.CodeType), c.Line)
	}
	var rows []Row
	for _, r := range d.Added {
		if !have[r.Code] {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return specSrc
	}
	codes := draftCodes(rows, order, taken)
	flagMessagesOf(codes, s)
	var b bytes.Buffer
	b.Write(specSrc)
	if len(specSrc) > 0 && specSrc[len(specSrc)-1] != '\n' {
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "\n# Added by gen import -diff -append from %s: %d code(s).\n", filepath.Base(in.File), len(codes))
	if len(s.Envelopes) > 1 {
		b.WriteString(todoPrefix + "the spec has several envelopes: give each code below its envelope.\n")
	}
	for _, c := range codes {
		b.WriteString("\n")
		writeCode(&b, c, string(s.CodeType))
	}
	return b.Bytes()
}

// flagMessagesOf flags drafted codes whose message a code of the spec has too.
func flagMessagesOf(codes []*draftCode, s *spec.Spec) {
	for _, c := range codes {
		for _, sc := range s.Codes {
			if c.row.Message != "" && sc.Message == c.row.Message {
				c.todos = append([]string{fmt.Sprintf("the message is also that of code %v (%s, line %d): tell the codes apart by name from their descriptions, and keep the repeat as a quirk (# quirk: comment and a note)",
					sc.Value(s.CodeType), sc.Name, sc.Line)}, c.todos...)
			}
		}
	}
}

// totalCountRE matches the comment line that states the total count of a table.
var totalCountRE = regexp.MustCompile(`^#\s*count:\s*\d+\s*$`)

// Update returns the recorded table changed as the diff says: removed rows dropped, the
// compared fields of changed rows set, added rows appended in code order. Comment lines are
// kept, the total count updated, and a comment line records the update.
func Update(recorded *Table, d Diff, in *Input) *Table {
	removed := map[string]bool{}
	for _, r := range d.Removed {
		removed[r.Code] = true
	}
	now := map[string]Row{}
	for _, r := range in.Rows {
		now[r.Code] = r
	}
	t := &Table{Counts: recorded.Counts}
	for _, r := range recorded.Rows {
		if removed[r.Code] {
			continue
		}
		n := now[r.Code]
		if in.Has[roleName] {
			r.Name = n.Name
		}
		if in.Has[roleMessage] {
			r.Message = n.Message
		}
		if in.Has[roleDescription] {
			r.Description = n.Description
		}
		if in.Has[roleStatus] {
			r.Status = n.Status
		}
		t.Rows = append(t.Rows, r)
	}
	for _, r := range d.Added {
		r.Notes = nil
		t.Rows = append(t.Rows, r)
	}
	for _, c := range recorded.Comments {
		if totalCountRE.MatchString(c) {
			c = "# count: " + strconv.Itoa(len(t.Rows))
		}
		t.Comments = append(t.Comments, c)
	}
	t.Comments = append(t.Comments, fmt.Sprintf("# Updated by gen import -diff -append from %s: %d added, %d removed, %d changed.",
		filepath.Base(in.File), len(d.Added), len(d.Removed), len(d.Changed)))
	return t
}
