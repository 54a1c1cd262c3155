package importer

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/spec"
)

// The changelog beside a spec (specs/<base>.changelog.md) tells a package's users what each
// republication of the vendor's document changed in its codes, newest first: one section per
// release (or per date, for documents without releases), written by -append and free to edit.
// Vendor text is data there too: every text is escaped so that it can add no markup or link
// (markdown.Cell, with Markdown's own punctuation escaped), codes and names are code spans.

// maxLogText is the most runes of a vendor text a changelog line shows.
const maxLogText = 200

// updateChangelog returns the changelog old (nil: none yet) with the section of this
// republication first. names maps codes to their Go names.
func updateChangelog(old []byte, s *spec.Spec, d Diff, u republication, names map[string]string) []byte {
	eol := lineEnding(old)
	text := strings.ReplaceAll(string(old), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		text = changelogIntro(s)
	}
	section := changelogSection(d, u, names)
	i := strings.Index(text, "\n## ")
	switch {
	case strings.HasPrefix(text, "## "):
		text = section + "\n" + text
	case i >= 0:
		text = text[:i+1] + section + "\n" + text[i+1:]
	default:
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += "\n" + section
	}
	return withLineEnding([]byte(text), eol)
}

// changelogIntro starts a new changelog.
func changelogIntro(s *spec.Spec) string {
	return fmt.Sprintf("# Changes to the codes of %s\n\n", mdText(s.Vendor)) +
		fmt.Sprintf("What each republication of %s changed in the codes of package %s, newest first. ",
			mdText(s.Document), markdown.CodeSpan(s.Package)) +
		"Codes the vendor withdrew stay in the package, deprecated, so that programs that use them keep compiling. " +
		"Written by `gen import -diff -append` when the spec was updated; the Go names are those of the spec.\n"
}

// changelogSection writes the section of one republication.
func changelogSection(d Diff, u republication, names map[string]string) string {
	var b strings.Builder
	if u.release != "" {
		fmt.Fprintf(&b, "## Release %s (%s)\n\n", mdText(u.release), u.date)
	} else {
		fmt.Fprintf(&b, "## %s\n\n", u.date)
	}
	fmt.Fprintf(&b, "From %s: %d added, %d withdrawn, %d changed.\n",
		markdown.CodeSpan(showText(u.file)), len(d.Added), len(d.Removed), changedCodes(d))
	item := func(code string) string {
		s := "- " + markdown.CodeSpan(commentSafe(code))
		if n := names[code]; n != "" {
			s += " (" + markdown.CodeSpan(n) + ")"
		}
		return s
	}
	if len(d.Added) > 0 {
		b.WriteString("\n### Added\n\n")
		for _, r := range d.Added {
			b.WriteString(item(r.Code) + ": " + logRow(r) + "\n")
		}
	}
	if len(d.Removed) > 0 {
		b.WriteString("\n### Withdrawn\n\n")
		for _, r := range d.Removed {
			b.WriteString(item(r.Code) + ": " + logRow(r) + " The constant stays, deprecated.\n")
		}
	}
	if len(d.Changed) > 0 {
		b.WriteString("\n### Changed\n\n")
		for i := 0; i < len(d.Changed); {
			code := d.Changed[i].Code
			var parts []string
			for ; i < len(d.Changed) && d.Changed[i].Code == code; i++ {
				c := d.Changed[i]
				parts = append(parts, fmt.Sprintf("the %s was %s, is %s", c.Field, logValue(c.Old), logValue(c.New)))
			}
			b.WriteString(item(code) + ": " + strings.Join(parts, "; ") + ".\n")
		}
	}
	return b.String()
}

// logRow shows a row's message (else its description) and status in a changelog line.
func logRow(r Row) string {
	text := r.Message
	if text == "" {
		text = r.Description
	}
	out := logValue(text) + "."
	switch r.Status {
	case "":
	case NotInUse:
		out += " Documented as not in use."
	default:
		out += " HTTP " + mdText(r.Status) + "."
	}
	return out
}

// logValue quotes a value for a changelog line, shortened, or says it is empty.
func logValue(s string) string {
	if s == "" {
		return "empty"
	}
	return "“" + mdText(shorten(oneLine(s), maxLogText)) + "”"
}

// mdPunct escapes the Markdown punctuation that could make vendor text markup: emphasis,
// links, code spans, headings, HTML (markdown.Cell escapes &, < and >, and pipes).
var mdPunct = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`",
	"#", `\#`, "!", `\!`)

// mdText makes vendor text safe on one line of the changelog: one line, characters a reader
// cannot see escaped (commentSafe), markup escaped.
func mdText(s string) string {
	return markdown.Cell(mdPunct.Replace(commentSafe(s)))
}
