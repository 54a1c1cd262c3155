package markdown

import "testing"

// TestCell checks that spec text stays one cell of one line, adds no markup and links only to
// http(s) URLs (TestLinksAreHTTPOnly tries more ways).
func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":              "plain text",
		"two\nlines\tand  spaces": "two lines and spaces",
		"a | b":                   `a \| b`,
		"<script>&amp;":           "&lt;script&gt;&amp;amp;",
		`a \| b`:                  `a \\\| b`, // the text's backslash cannot unescape the pipe
		"user@example.com":        "user&#64;example.com",
		"[x](javascript:y)":       `[x\](javascript:y)`,
		"[x](https://e.com)":      "[x](https://e.com)",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCodeSpan checks that a code span holds any text: a longer fence around backquotes, a
// space next to a backquote at either end, pipes escaped.
func TestCodeSpan(t *testing.T) {
	for in, want := range map[string]string{
		"auth.token.expired": "`auth.token.expired`",
		"a`b":                "``a`b``",
		"`x":                 "`` `x ``",
		"a|b":                "`a\\|b`",
		"two\nlines":         "`two lines`",
	} {
		if got := CodeSpan(in); got != want {
			t.Errorf("CodeSpan(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestText checks that paragraphs and lists survive and markup does not.
func TestText(t *testing.T) {
	in := "  First <b>paragraph</b>.\n\n- a list & item\n- another\n"
	want := "First &lt;b&gt;paragraph&lt;/b&gt;.\n\n- a list &amp; item\n- another"
	if got := Text(in); got != want {
		t.Errorf("Text(%q) = %q, want %q", in, got, want)
	}
}
