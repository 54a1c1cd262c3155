package importer

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// A cell of a Markdown table may hold what the page renders: HTML lists and line breaks,
// Markdown links, emphasis and code spans, HTML entities (Microsoft Entra's page has all of
// them). plainCell turns it into the text a reader sees, keeping link targets.

var (
	// brRE matches an HTML line break: <br>, <br/>, <br />, </br>.
	brRE = regexp.MustCompile(`(?i)<\s*/?\s*br\s*/?\s*>`)
	// listItemRE matches the start of a list item.
	listItemRE = regexp.MustCompile(`(?i)<\s*li(?:\s[^>]*)?>`)
	// blockEndRE matches what ends a line: a list's or item's or paragraph's tags.
	blockEndRE = regexp.MustCompile(`(?i)<\s*/?\s*(?:ul|ol|p|div)(?:\s[^>]*)?>|<\s*/\s*li\s*>`)
	// anchorRE matches an HTML link: <a href="url">text</a>.
	anchorRE = regexp.MustCompile(`(?i)<\s*a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)<\s*/\s*a\s*>`)
	// tagRE matches any other HTML tag, which is dropped.
	tagRE = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>`)
	// mdLinkRE matches a Markdown link [text](target "title"); an image's "!" is kept before it.
	mdLinkRE = regexp.MustCompile(`\[([^\[\]]*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+"[^"]*")?\s*\)`)
	// emphasisRE matches bold and strong emphasis: **text**, __text__.
	emphasisRE = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	// codeSpanRE matches a code span: `text`.
	codeSpanRE = regexp.MustCompile("`+([^`]+)`+")
	// spacesRE matches runs of spaces and tabs inside a line.
	spacesRE = regexp.MustCompile(`[ \t]+`)
)

// markupChars are the characters without which a cell holds no markup plainCell changes.
const markupChars = "<>[]`*_&"

// plainCell turns the Markdown and HTML of a table cell into plain text, the text the page
// shows: a line break or the end of a list or paragraph starts a new line, each list item is
// a line "- item", a link becomes "text (target)" (only the target when the text is the
// target), emphasis and code markers are dropped, entities decoded, and runs of spaces made
// one space, in every cell, as a browser shows them.
func plainCell(s string) string {
	if !strings.ContainsAny(s, markupChars) {
		return strings.TrimSpace(spacesRE.ReplaceAllString(s, " "))
	}
	s = anchorRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := anchorRE.FindStringSubmatch(m)
		return linkText(tagRE.ReplaceAllString(sub[2], ""), sub[1])
	})
	s = mdLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLinkRE.FindStringSubmatch(m)
		return linkText(sub[1], sub[2])
	})
	s = brRE.ReplaceAllString(s, "\n")
	s = listItemRE.ReplaceAllString(s, "\n- ")
	s = blockEndRE.ReplaceAllString(s, "\n")
	s = tagRE.ReplaceAllString(s, "")
	s = emphasisRE.ReplaceAllString(s, "$1$2")
	s = codeSpanRE.ReplaceAllString(s, "$1")
	s = html.UnescapeString(s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(spacesRE.ReplaceAllString(l, " ")); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// linkText writes a link as plain text: "text (target)", or the target alone when the text
// is empty or the target itself.
func linkText(text, target string) string {
	text = strings.TrimSpace(text)
	switch {
	case target == "":
		return text
	case text == "" || text == target:
		return target
	}
	return text + " (" + target + ")"
}

// namePrefixRE reads the vendor's name of a code at the start of its text, as Microsoft Entra
// writes "InvalidUserNameOrPassword - Error validating credentials...": one camel-case word
// (a capital, then a lower-case letter or digit, then another capital), then " - "; or a cell
// that is only such a word.
var namePrefixRE = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*)(?:\s*-\s+|\s*$)`)

// findNamePrefixes reads titles from "Name - text" prefixes when the table has no title
// column and most rows (more than half) of its text column start with one: the document's
// convention, so that a phrase that happens to start so on one row is not taken for a name.
// The text keeps its prefix; only the Go name is drafted from it.
func findNamePrefixes(in *Input) {
	if in.Has[roleTitle] || len(in.Rows) == 0 {
		return
	}
	field := roleMessage
	if !in.Has[roleMessage] {
		field = roleDescription
	}
	text := func(r *Row) string {
		if field == roleMessage {
			return r.Message
		}
		return r.Description
	}
	n := 0
	for i := range in.Rows {
		if namePrefixRE.MatchString(text(&in.Rows[i])) {
			n++
		}
	}
	if 2*n <= len(in.Rows) {
		return
	}
	for i := range in.Rows {
		if m := namePrefixRE.FindStringSubmatch(text(&in.Rows[i])); m != nil {
			in.Rows[i].Title = m[1]
		}
	}
	in.Has[roleTitle] = true
	in.Read = append(in.Read, `title the "Name - " prefix of the `+field+` on `+strconv.Itoa(n)+" rows")
}
