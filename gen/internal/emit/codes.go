package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitCodes writes code.go: the Code type and one constant per documented code with its doc
// comment.
func emitCodes(f *file, m *model.Model, _ Options) {
	wire := "an integer"
	if m.StringCodes {
		wire = "a string"
	}
	f.Add(commentLines(fmt.Sprintf(
		"Code is an error code of %s, as %s in the %q key of an error body. Code implements error, "+
			"so each constant is a sentinel: errors.Is(err, %s) reports whether err is, or wraps, "+
			"an error with that code.", m.Vendor, wire, m.Envs[0].Code.JSON, m.Example().Name),
		"Codes the document does not list are kept as they are received; Known reports "+
			"whether a code is documented."))
	if m.StringCodes {
		f.Type().Id("Code").String()
	} else {
		f.Type().Id("Code").Int()
	}
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, c := range m.Codes {
			if i > 0 {
				g.Line()
			}
			doc := codeDoc(m, c)
			if c.Deprecated != "" {
				doc = append(doc, withdrawnParagraph(c))
			}
			g.Add(commentLines(doc...))
			g.Id(c.Name).Id("Code").Op("=").Add(valueLit(m, m.ValueOf(c)))
		}
	})
	f.Line()
	emitRenamed(f, m)
}

// codeDoc is the doc comment of a code's constant, as paragraphs: what the document says of
// the code and the facts a caller needs. The curator's note stays in CODES.md.
func codeDoc(m *model.Model, c *spec.Code) []string {
	var head string
	switch {
	case m.StringCodes:
		head = fmt.Sprintf("%s is %q.", c.Name, c.Str)
	case c.Wire != "":
		head = fmt.Sprintf("%s is code %d, %q.", c.Name, c.Int, c.Wire)
	default:
		head = fmt.Sprintf("%s is code %d.", c.Name, c.Int)
	}
	if c.Message != "" {
		head += " " + c.Message
		if !strings.HasSuffix(c.Message, ".") {
			head += "."
		}
	}
	// The description's first paragraph goes on with the head, unless it starts as a code block.
	paras := []string{head}
	first, rest, _ := strings.Cut(strings.TrimLeft(c.Description, "\n"), "\n\n")
	if first != "" && first[0] != ' ' && first[0] != '\t' {
		paras[0] += " " + first
	} else {
		rest = c.Description
	}
	paras = append(paras, rest)
	if c.Resolution != "" {
		paras = append(paras, "Resolution: "+c.Resolution)
	}
	paras = append(paras, strings.Join(codeFacts(m, c), " "))
	if c.Source != "" {
		paras = append(paras, "Source: "+c.Source)
	}
	return paras // the curator's note is in CODES.md
}

// codeFacts are the lines of a code's doc comment that state facts: status, envelope,
// fields, parent, class.
func codeFacts(m *model.Model, c *spec.Code) []string {
	facts := []string{"HTTP status: " + model.StatusText(c.Status) + "."}
	e := m.EnvelopeOf(c)
	switch {
	case c.Detail:
		facts = append(facts, fmt.Sprintf("It arrives in the %q key, with its parent in the %q key.",
			e.Detail.JSON, e.Code.JSON))
	case m.Has.Envelopes:
		facts = append(facts, fmt.Sprintf("Envelope: %s.", c.Envelope))
	}
	if len(c.Fields) > 0 {
		facts = append(facts, "Additional fields: "+strings.Join(c.Fields, ", ")+".")
	}
	if c.Parent != "" {
		facts = append(facts, fmt.Sprintf("It is a kind of %s: errors.Is(err, %s) is true for it too.", c.Parent, c.Parent))
	}
	switch {
	case c.Class != "":
		facts = append(facts, fmt.Sprintf("Class: apierr.%s.", model.ClassVar(c.Class)))
	case c.Unclassified != "":
		facts = append(facts, "Class: none ("+strings.TrimSuffix(model.OneLine(c.Unclassified), ".")+").")
	}
	if c.Temporary {
		facts = append(facts, "The vendor documents it as temporary.")
	}
	return facts
}
