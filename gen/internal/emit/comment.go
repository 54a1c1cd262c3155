package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"
)

// jennifer's Comment does not escape: text containing a newline becomes a /* */ block that a
// "*/" in the text would close, and text starting with "//" is written raw. So spec text is
// always emitted here, one "// " line per line of text, as a raw comment, each line made
// safe by safeLine (safe.go): no line can end the comment, start a directive (a "//go:" line
// needs no space after the slashes) or a build constraint ("// +build", which gofmt moves to
// the top of the file as //go:build), or hide characters from a reader.

// width is the length at which long lines of prose are wrapped in comments.
const width = 96

// lines splits text into comment lines: CRLF to LF, trailing spaces trimmed, no leading or
// trailing blank lines, and lines of prose longer than width wrapped at spaces, a word longer
// than width on a line of its own, no wrapped line starting with "go:", which tools read as a
// mistyped directive. Lines that start with white space (code blocks, list
// continuations) are kept as they are.
func lines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, l := range strings.Split(strings.Trim(text, "\n"), "\n") {
		l = strings.TrimRight(l, " \t")
		for len(l) > width && l[0] != ' ' && l[0] != '\t' {
			cut := strings.LastIndex(l[:width], " ")
			for cut > 0 && strings.HasPrefix(l[cut+1:], "go:") { // a line starting "go:" reads as a directive
				cut = strings.LastIndex(l[:cut], " ")
			}
			if cut <= 0 { // a word longer than the line (a URL): it gets a line of its own
				if cut = strings.Index(l, " "); cut <= 0 {
					break
				}
			}
			out = append(out, l[:cut])
			l = strings.TrimLeft(l[cut:], " ")
		}
		out = append(out, l)
	}
	if len(out) == 1 && out[0] == "" {
		return nil
	}
	return out
}

// commentLines returns a statement of raw comment lines, one per line of text, with no
// newline after the last (the enclosing group or file adds it); non-empty paragraphs are
// separated by a "//" line.
func commentLines(paragraphs ...string) *jen.Statement {
	s := jen.Null()
	for i, l := range commentText(paragraphs...) {
		if i > 0 {
			s.Line()
		}
		s.Comment(l)
	}
	return s
}

// commentText returns the lines of commentLines, each starting with "//", each made safe by
// safeLine after wrapping (wrapping can start a line with any word of the text).
func commentText(paragraphs ...string) []string {
	var kept []string
	for _, p := range paragraphs {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	var out []string
	for _, l := range lines(strings.Join(kept, "\n\n")) {
		if l = safeLine(l); l == "" {
			out = append(out, "//")
		} else {
			out = append(out, "// "+l)
		}
	}
	return out
}
