package emit

import (
	"bytes"
	"embed"
	"fmt"
	"path/filepath"
	"text/template"

	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// MarkdownHeader is the first line of every generated Markdown file.
const MarkdownHeader = "<!-- " + Header + " -->"

// templates holds the text/template sources of the output that is not Go: the Markdown code
// catalogue of each package. They are embedded, so the generator carries them wherever it
// runs.
//
//go:embed templates/*.md.tmpl
var templates embed.FS

// catalogueCode is one row of the catalogue's table of codes.
type catalogueCode struct {
	Wire, GoName, Status, Class, Unclassified, Message, Description, Resolution, Source string
}

// catalogueParent is one row of the catalogue's table of parents.
type catalogueParent struct{ Child, Parent string }

// catalogueNote is one curator's note of the catalogue.
type catalogueNote struct{ Wire, Note string }

// catalogueStatus is one row of the catalogue's table of classes by HTTP status.
type catalogueStatus struct {
	Status      int
	Class, Note string
}

// catalogueData is what the catalogue template reads.
type catalogueData struct {
	*spec.Spec
	ImportPath, SpecFile string
	Codes                []catalogueCode
	Parents              []catalogueParent
	Notes                []catalogueNote
	StatusClasses        []catalogueStatus // shadows Spec.StatusClasses with Go names of classes
}

// catalogue renders CODES.md, the Markdown catalogue of the package's codes.
func catalogue(m *model.Model, o Options) ([]byte, error) {
	data := catalogueData{Spec: m.Spec, ImportPath: o.ImportPath, SpecFile: filepath.Base(m.File)}
	for _, c := range m.Codes {
		wire := fmt.Sprint(m.Literal(c))
		if c.Wire != "" {
			wire += " " + c.Wire
		}
		row := catalogueCode{
			Wire: wire, GoName: c.Name, Status: model.StatusText(c.Status), Unclassified: c.Unclassified,
			Message: c.Message, Description: c.Description, Resolution: c.Resolution, Source: c.Source,
		}
		if c.Class != "" {
			row.Class = model.ClassVar(c.Class)
		}
		if row.Source == "" {
			row.Source = "the document"
		}
		data.Codes = append(data.Codes, row)
		if c.Parent != "" {
			data.Parents = append(data.Parents,
				catalogueParent{"`" + m.Package + "." + c.Name + "`", "`" + m.Package + "." + c.Parent + "`"})
		}
		if c.Note != "" {
			data.Notes = append(data.Notes, catalogueNote{wire, c.Note})
		}
	}
	for _, ca := range m.CatchAlls {
		covered := fmt.Sprintf("unlisted codes %d–%d", ca.From, ca.To)
		if m.StringCodes {
			covered = "unlisted codes starting with `" + ca.Prefix + "`"
		}
		data.Parents = append(data.Parents, catalogueParent{covered, "`" + m.Package + "." + ca.Parent + "`"})
	}
	for _, sc := range m.SortedStatusClasses() {
		data.StatusClasses = append(data.StatusClasses, catalogueStatus{sc.Status, model.ClassVar(sc.Class), sc.Note})
	}
	var buf bytes.Buffer
	if err := catalogueTemplate().Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("%s: rendering %s/CODES.md: %w", m.File, m.Dir, err)
	}
	return buf.Bytes(), nil
}

// catalogueTemplate returns the template of a package's catalogue, CODES.md.
func catalogueTemplate() *template.Template {
	return template.Must(template.New("codes.md.tmpl").Funcs(markdown.Funcs).ParseFS(templates, "templates/codes.md.tmpl"))
}
