// Package templates holds the text/template sources of the generator's output that is not Go
// (the Markdown code catalogue of each generated package) and embeds them, so the generator
// binary carries them wherever it runs.
package templates

import (
	"embed"
	"strings"
	"text/template"
)

//go:embed *.md.tmpl
var files embed.FS

// markup escapes the characters that would let text become HTML in Markdown.
var markup = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// Funcs are the functions the templates use.
var Funcs = template.FuncMap{
	// cell makes spec text safe in a Markdown table cell: one line, pipes escaped, and HTML
	// special characters escaped so spec text cannot add markup.
	"cell": func(s string) string {
		s = markup.Replace(strings.Join(strings.Fields(s), " "))
		return strings.ReplaceAll(s, "|", `\|`)
	},
	// code makes spec text safe inside a Markdown code span.
	"code": func(s string) string {
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
	},
}

// Catalogue returns the template of a generated package's code catalogue, CODES.md.
func Catalogue() *template.Template {
	return template.Must(template.New("codes.md.tmpl").Funcs(Funcs).ParseFS(files, "codes.md.tmpl"))
}
