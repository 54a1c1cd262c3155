package markdown_test

import (
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/markdown"
	"github.com/apierr/apierr/gen/internal/specfuzz"
)

// linkTricks are spec texts that make a link to something other than an http(s) URL when
// written into Markdown as they are; live says so of each (a few are safe as they are, and
// must stay safe).
var linkTricks = []struct {
	text string
	live bool
}{
	{"[x](javascript:alert(1))", true},
	{"[x](JaVaScRiPt:alert(1))", true},
	{"[x]( javascript:alert(1))", true},
	{"[x](\njavascript:alert(1))", true},
	{"[x](\tjavascript:alert(1) \"title\")", true},
	{"[x](<javascript:alert(1)>)", true},
	{"[x](java&#115;cript:alert(1))", true},
	{"[x](&#x6A;avascript&colon;alert(1))", true},
	{"[x](%6Aavascript:alert(1))", true},
	{"![x](javascript:alert(1))", true},
	{"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", true},
	{"[x](vbscript:msgbox(1))", true},
	{"[x](file:///etc/passwd)", true},
	{"[x](//evil.example.com)", true},
	{"[x](relative/path)", true},
	{"[x](https://ok.example.com)[y](javascript:alert(1))", true},
	{`[x\](javascript:alert(1))`, false}, // escaped as written; doubling its backslash must not unescape it
	{`[x\\](javascript:alert(1))`, true},
	{"[x]\n\n[x]: javascript:alert(1)", true},
	{"[x][r]\n\n- [r]: javascript:alert(1)", true},
	{"[x]\n\n[x]:\n  <javascript:alert(1)>", true},
	{"<javascript:alert(1)>", true},
	{"<a href=\"javascript:alert(1)\">x</a>", true},
	{"write to user@example.com", true},
	{"mailto:user@example.com", false}, // GitHub links it (GFM's extended autolinks); goldmark does not

	{"ftp://files.example.com/x", true},
	{"FTP://files.example.com/x", false}, // goldmark links ftp:// in lower case only
	{"see www.example.com", false},
	{"see https://example.com/a?b=c&d", false},
	{"[docs](https://example.com/docs)", false},
	{"[docs](HTTP://example.com/docs)", false},
}

// render writes text into a Markdown document as the catalogue does: a table cell and
// paragraphs.
func render(cell, text func(string) string, s string) []byte {
	return []byte("| a |\n|---|\n| " + cell(s) + " |\n\n" + text(s) + "\n")
}

// TestLinksAreHTTPOnly checks, with a GitHub Flavored Markdown parser, that spec text in a
// cell or in paragraphs links to nothing but http(s) URLs, however the link is written, and
// that each trick does link elsewhere when written as it is.
func TestLinksAreHTTPOnly(t *testing.T) {
	asIs := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, tr := range linkTricks {
		if err := specfuzz.CheckLinks(render(markdown.Cell, markdown.Text, tr.text)); err != nil {
			t.Errorf("%q escaped: %v", tr.text, err)
		}
		if err := specfuzz.CheckLinks(render(asIs, strings.TrimSpace, tr.text)); (err != nil) != tr.live {
			t.Errorf("%q as it is: CheckLinks says %v, want a link that is not http(s): %v", tr.text, err, tr.live)
		}
	}
}

// TestHTTPLinksStay checks that a link to an http(s) URL in spec text stays a link.
func TestHTTPLinksStay(t *testing.T) {
	for _, s := range []string{"[docs](https://example.com/docs)", "see https://example.com/docs."} {
		for _, md := range []string{markdown.Cell(s), markdown.Text(s)} {
			if !strings.Contains(string(specfuzz.HTML([]byte(md))), `href="https://example.com/docs"`) {
				t.Errorf("%q: the link is gone: %s", s, specfuzz.HTML([]byte(md)))
			}
		}
	}
}
