package specfuzz

import "strings"

// Trick is text that tries to become Go when the generator writes it into a comment or a
// string literal.
type Trick struct {
	Name string
	Text string
}

// Tricks are the known ways text could become Go, or hide from a reader, in generated code:
// build constraints (which gofmt moves to the top of the file), directives, comment
// delimiters, characters that are compile errors or end a line for some readers, lines long
// enough that wrapping them starts a line with any word, and, for the Markdown catalogue,
// links to what is not an http(s) URL and HTML.
var Tricks = []Trick{
	{"plus build line", "Token expired\n+build ignore"},
	{"plus build alone", "+build ignore"},
	{"plus build indented", "intro\n   +build linux"},
	{"plus build after tab", "intro\n\t+build !linux"},
	{"plus build after NBSP", "\u00a0+build ignore"},
	{"plus build after NEL", "intro\u0085+build ignore"},
	{"plus build wrapped", strings.Repeat("word ", 18) + "+build ignore"},
	{"go build line", "intro\n//go:build ignore"},
	{"go build after space", " //go:build ignore"},
	{"go generate", "//go:generate rm -rf /"},
	{"line directive", "intro\n//line evil.go:1"},
	{"block line directive", "/*line evil.go:1*/"},
	{"export", "//export Evil\n//extern evil"},
	{"nolint", "//nolint:all\n//lint:ignore SA1019 x"},
	{"block comment", "intro /* open\nclose */ func init() { panic(1) } /*"},
	{"import", "\"\nimport \"os\"\nvar _ = os.Exit\n\""},
	{"backquote", "`; func init() { panic(1) }; var _ = `"},
	{"byte order mark", "BOM\ufeff here"},
	{"NUL", "a\x00b"},
	{"lone CR", "intro\r+build ignore"},
	{"CRLF", "intro\r\n+build ignore\r\n"},
	{"line separator", "intro\u2028+build ignore\u2029//go:build ignore"},
	{"bidi", "access\u202e }\u2066 // admin \u2069\u2066 {"},
	{"other controls", "bell\a del\x7f csi\u009b"},
	{"invisible", "zero\u200bwidth soft\u00adhyphen tag\U000E0041"},
	{"invalid UTF-8", "bad \xff\xfe bytes"},
	{"long line", strings.Repeat("x", 5000) + " +build ignore"},
	{"javascript link", "[click](javascript:alert(1)) ![img](JaVaScRiPt:alert(1))"},
	{"reference link", "[click]\n\n[click]: data:text/html,x"},
	{"e-mail", "write to user@example.com"},
	{"HTML", "<a href=\"javascript:alert(1)\">x</a><!--"},
}
