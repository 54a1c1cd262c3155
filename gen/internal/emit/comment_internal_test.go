package emit

import (
	"strings"
	"testing"
)

// TestLinesWrapLongWords checks that a word longer than the line (a URL) gets a line of its
// own and the text after it is wrapped as before.
func TestLinesWrapLongWords(t *testing.T) {
	url := "(https://techcommunity.microsoft.com/t5/azure-active-directory-identity/the-new-azure-ad-sign-in/m-p/1)."
	text := url + " " + strings.Repeat("word ", 40) + "end"
	got := lines(text)
	if got[0] != url {
		t.Errorf("first line %q, want the URL alone", got[0])
	}
	for _, l := range got[1:] {
		if len(l) > width {
			t.Errorf("line of %d bytes after a long word: %q", len(l), l)
		}
	}
	if strings.Join(got, " ") != text {
		t.Errorf("wrapping lost or changed text: %q", strings.Join(got, " "))
	}
}

// TestLinesNoDirectiveAtWrap checks that wrapping never starts a line with "go:", which
// staticcheck reports as a mistyped directive.
func TestLinesNoDirectiveAtWrap(t *testing.T) {
	for n := 0; n < width; n++ {
		text := strings.Repeat("x", n) + " run the generator again (go generate ./... where a go:generate directive " +
			"runs it) and more words after it to wrap"
		for _, l := range lines(text) {
			if strings.HasPrefix(l, "go:") {
				t.Fatalf("a line starts with go: (%d x): %q", n, lines(text))
			}
		}
	}
}
