// Package markdown makes spec text safe in the Markdown files the generator writes (each
// package's CODES.md and the index of the packages), so that both print spec text alike and
// spec text can never add markup, break a table or link to anything but an http(s) URL.
package markdown

import (
	"strings"
	"text/template"
)

// markup escapes the characters that would let text become HTML in Markdown, and the "@" of
// e-mail addresses, which GitHub would make mailto: links.
var markup = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "@", "&#64;")

// Cell makes spec text safe in a Markdown table cell: one line, pipes escaped, and escaped as
// Text escapes it.
func Cell(s string) string {
	s = escape(strings.Join(strings.Fields(s), " "))
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
// kept (a list in the text stays a list), HTML special characters escaped, and no link but
// to an http(s) URL (see links).
func Text(s string) string {
	return escape(strings.TrimSpace(s))
}

// escape escapes text for Cell and Text: its backslashes doubled (so that a backslash of the
// text cannot undo an escape added here), links other than to http(s) URLs made plain text,
// and HTML special characters and "@" written as character references.
func escape(s string) string {
	return markup.Replace(links(strings.ReplaceAll(s, `\`, `\\`)))
}

// links escapes the Markdown of s that could make a link to anything but an http or https
// URL, whatever its case, spacing or character references: the "]" of every link reference
// definition ("[x]: javascript:..."; a reference link needs one), the "]" of every inline link
// or image whose destination does not start with http:// or https:// ("[x](javascript:...)"),
// and the ":" of every "://" after a scheme other than http and https, which some renderers
// autolink ("ftp://..."). Autolinks in angle brackets and HTML are escaped by markup; those of
// e-mail addresses by escaping "@". s has no backslash escapes of its own (escape doubles them).
func links(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ']' && i+1 < len(s) && s[i+1] == ':',
			s[i] == ']' && i+1 < len(s) && s[i+1] == '(' && !httpURL(s[i+2:]):
			b.WriteString(`\]`)
		case strings.HasPrefix(s[i:], "://") && !httpScheme(s[:i]):
			b.WriteString(`\:`)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// httpURL reports whether a link destination (after the optional spaces, tabs and line ending
// Markdown allows before it) starts with http:// or https://, in any case.
func httpURL(dest string) bool {
	dest = strings.ToLower(strings.TrimLeft(dest, " \t\n"))
	return strings.HasPrefix(dest, "http://") || strings.HasPrefix(dest, "https://")
}

// httpScheme reports whether text ends in the scheme http or https, in any case, after a
// character that cannot be part of a scheme.
func httpScheme(text string) bool {
	i := strings.LastIndexFunc(text, func(r rune) bool {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		return !letter && !('0' <= r && r <= '9') && r != '+' && r != '-' && r != '.'
	})
	scheme := strings.ToLower(text[i+1:])
	return scheme == "http" || scheme == "https"
}

// Funcs are Cell, CodeSpan and Text as template functions, named cell, code and text.
var Funcs = template.FuncMap{"cell": Cell, "code": CodeSpan, "text": Text}
