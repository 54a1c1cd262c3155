package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// A generated package's exported names are an API (see package apifile): what the spec
// records as deprecated stays declared, marked the way go doc, gopls and staticcheck (SA1019)
// recognise, a doc comment paragraph that starts with "Deprecated: ".

// deprecatedPrefix starts the paragraph of a doc comment that marks the identifier deprecated
// (https://go.dev/wiki/Deprecated).
const deprecatedPrefix = "Deprecated: "

// emitDeprecations finishes code.go with what the spec records as deprecated. Each code the
// vendor no longer documents (spec.Code.Deprecated) gets a Deprecated paragraph at the end of
// its constant's doc comment in consts, the constants of the codes; and the former names of
// renamed codes ([[renamed]]) follow as a second const block, each an alias of the code's
// constant with a doc comment that ends in a "Deprecated: use <name>" paragraph.
func emitDeprecations(f *file, m *model.Model, consts *constBlock) {
	deprecated := map[string]*spec.Code{}
	for _, c := range m.Codes {
		if c.Deprecated != "" {
			deprecated[c.Name] = c
		}
	}
	for i := range consts.specs {
		if c := deprecated[consts.specs[i].name]; c != nil {
			consts.specs[i].doc = append(consts.specs[i].doc, "//")
			consts.specs[i].doc = append(consts.specs[i].doc, commentText(withdrawnParagraph(c))...)
		}
	}
	if len(m.Renamed) == 0 {
		return
	}
	aliases := &constBlock{}
	for _, r := range m.Renamed {
		aliases.specs = append(aliases.specs, constSpec{
			doc: commentText(renameDoc(r)...), name: r.From, typ: "Code", val: ident(r.To),
		})
	}
	f.add(aliases)
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
