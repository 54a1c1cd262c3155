package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// A generated package's exported names are an API (see package apifile): what the spec
// records as deprecated stays declared, marked the way go doc, gopls and staticcheck (SA1019)
// recognise, a doc comment paragraph that starts with "Deprecated: ".

// deprecatedPrefix starts the paragraph of a doc comment that marks the identifier deprecated
// (https://go.dev/wiki/Deprecated).
const deprecatedPrefix = "Deprecated: "

// emitRenamed finishes code.go with the former names of renamed codes ([[renamed]]), a
// second const block, each an alias of the code's constant with a doc comment that ends in a
// "Deprecated: use <name>" paragraph. A code the vendor no longer documents keeps its
// constant, whose doc comment ends in a Deprecated paragraph (withdrawnParagraph).
func emitRenamed(f *file, m *model.Model) {
	if len(m.Renamed) == 0 {
		return
	}
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, r := range m.Renamed {
			if i > 0 {
				g.Line()
			}
			g.Add(commentLines(renameDoc(r)...))
			g.Id(r.From).Id("Code").Op("=").Id(r.To)
		}
	})
	f.Line()
}

// deprecatedParagraph is a doc comment paragraph that marks an identifier deprecated: text,
// on one line (the comment wraps it), after "Deprecated: ". Only the paragraph's first words
// are fixed; tools show the whole paragraph as the reason.
func deprecatedParagraph(text string) string {
	return deprecatedPrefix + model.OneLine(text)
}

// withdrawnParagraph is the Deprecated paragraph of a code the vendor no longer documents:
// since when and why, as the spec says, and that decoding is unchanged.
func withdrawnParagraph(c *spec.Code) string {
	return deprecatedParagraph(fmt.Sprintf("the vendor no longer documents this code (%s). "+
		"The constant stays, and replies that carry the code still decode to it.",
		strings.TrimSuffix(model.OneLine(c.Deprecated), ".")))
}

// renameDoc is the doc comment of a former name, as paragraphs: what it stands for, then the
// Deprecated paragraph with the current name, the date and the note.
func renameDoc(r *spec.Rename) []string {
	return []string{
		fmt.Sprintf("%s is the former name of %s, the same constant: errors.Is(err, %s) and errors.Is(err, %s) agree.",
			r.From, r.To, r.From, r.To),
		deprecatedParagraph(fmt.Sprintf("use %s. Renamed on %s: %s", r.To, r.Date, r.Note)),
	}
}
