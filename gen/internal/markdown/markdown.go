// Package markdown makes spec text safe in the Markdown files the generator writes (each
// package's CODES.md and the index of the packages), so that both print spec text alike and
// spec text can never add markup or break a table.
package markdown

import (
	"strings"
	"text/template"
)

// markup escapes the characters that would let text become HTML in Markdown.
var markup = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// Cell makes spec text safe in a Markdown table cell: one line, pipes escaped, and HTML
// special characters escaped so that spec text cannot add markup.
func Cell(s string) string {
	s = markup.Replace(strings.Join(strings.Fields(s), " "))
	return strings.ReplaceAll(s, "|", `\|`)
}

// CodeSpan makes text a Markdown code span that is safe in a table cell: a fence longer than
// any run of backquotes in the text, padded where the text starts or ends with one, and pipes
// escaped.
func CodeSpan(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return strings.ReplaceAll(fence+pad+s+pad+fence, "|", `\|`)
}

// Text makes spec text of several lines safe as Markdown paragraphs: its lines and paragraphs
// kept (a list in the text stays a list), HTML special characters escaped.
func Text(s string) string {
	return markup.Replace(strings.TrimSpace(s))
}

// Funcs are Cell, CodeSpan and Text as template functions, named cell, code and text.
var Funcs = template.FuncMap{"cell": Cell, "code": CodeSpan, "text": Text}
