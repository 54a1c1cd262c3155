package importer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A vendor's table is untrusted text. Characters a reader cannot see, and bytes that are not
// UTF-8, are never changed silently: each is flagged for the curator (a TODO(curator) comment
// and a line on standard error). The document table keeps the text as read (a carriage return
// escaped as \r); a spec cannot hold such characters (the loader rejects them), so the draft
// has U+FFFD (�) in their place, and TestVendorDocs fails on the difference until the curator
// decides what the vendor meant.

// replacement is what a draft writes in place of a character a spec cannot hold.
const replacement = '\uFFFD'

// forbiddenInSpec reports why the loader rejects r in spec text, or "" (spec.forbiddenRune's
// rule: control characters but newline and tab, NUL, bidirectional formatting characters,
// the line and paragraph separators).
func forbiddenInSpec(r rune) string {
	switch {
	case r == 0:
		return "a NUL byte"
	case r == '\n' || r == '\t':
		return ""
	case r == '\r':
		return "a carriage return (U+000D) without a newline after it"
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return fmt.Sprintf("the control character %U", r)
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return fmt.Sprintf("the bidirectional formatting character %U", r)
	case r == 0x2028 || r == 0x2029:
		return fmt.Sprintf("the line or paragraph separator %U", r)
	}
	return ""
}

// textProblem describes the first character of s a reader cannot see or that shows a
// mis-encoding (invalid UTF-8, a control character, U+FFFD), or returns "".
func textProblem(s string) string {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("the byte 0x%02X at byte %d, which is not UTF-8", s[i], i)
		case r == replacement:
			return fmt.Sprintf("U+FFFD (the replacement character of a mis-encoded byte) at byte %d", i)
		case forbiddenInSpec(r) != "":
			return fmt.Sprintf("%s at byte %d", forbiddenInSpec(r), i)
		}
		i += size
	}
	return ""
}

// specText returns s as a spec can hold it: invalid UTF-8 bytes and the characters the loader
// rejects replaced by U+FFFD. Callers flag the text first (checkRowText).
func specText(s string) string {
	if textProblem(s) == "" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || forbiddenInSpec(r) != "" {
			b.WriteRune(replacement)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// checkRowText flags the fields of each row that hold mis-encoded or invisible characters:
// a note on the row (a TODO(curator) comment in a draft) and a warning.
func checkRowText(in *Input) {
	for i := range in.Rows {
		r := &in.Rows[i]
		for _, f := range []struct{ name, text string }{
			{"code", r.Code}, {"name", r.Name}, {"status", r.Status}, {"message", r.Message},
			{"description", r.Description}, {"title", r.Title}, {"reason", r.Reason},
		} {
			p := textProblem(f.text)
			if p == "" {
				continue
			}
			note := fmt.Sprintf("the document's %s holds %s: the document table keeps it as read, this spec has "+
				"U+FFFD (%c) in its place; find out what the vendor meant, write it in both and mark it as a quirk",
				f.name, p, replacement)
			r.Notes = append(r.Notes, note)
			in.Flagged = append(in.Flagged, fmt.Sprintf("line %d: code %s: the %s holds %s; flagged for the curator",
				r.Line, showText(r.Code), f.name, p))
		}
	}
}

// showText makes outside text (a file name, a code, a cell) safe in a comment or a message:
// as it is when every character is printable, else quoted with every other character escaped
// (strconv.Quote), so that no text can start a line of a spec, a table or the terminal.
func showText(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, func(r rune) bool { return !strconv.IsPrint(r) }) < 0 {
		return s
	}
	return strconv.Quote(s)
}
