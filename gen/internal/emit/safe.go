package emit

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// Text from a spec, a vendor table or any other caller of Files is data: it may reach a
// generated file only inside a "// " comment line (commentText) or a quoted string literal
// (jen.Lit, which escapes what is not printable). The loader rejects some characters in
// specs, but the emitters do not rely on it: gen import drafts and tests call them directly.
//
// What a "// " line must not hold, and why:
//   - A line whose text starts with "+build" (after any white space, as go/build/constraint
//     trims it) is a "// +build" line wherever it is: gofmt moves it to the top of the file as
//     //go:build, and go/build then builds the file only where the constraint holds.
//   - A byte order mark or a NUL anywhere in a file is a compile error.
//   - Control characters (a lone CR, NEL), U+2028 and U+2029 end the line for some readers and
//     editors but not for Go; the bidirectional formatting characters reorder what a reader
//     sees ("Trojan Source"); other format characters (but the zero-width joiners that some
//     scripts and emoji need) are invisible. Invalid UTF-8 is not text.
//
// "//go:", "//line ", "//export" and the other directives need "//" followed directly by the
// directive, which a "// " line cannot be; "*/" and "/*" mean nothing inside a "//" comment.

// safeLine returns one line of text as a "// " comment line may hold it: every character
// that is not safe escaped as Go would write it in a string ("\r", "\u202e", "\xff"), and a
// line that go/build would read as a build constraint escaped by a backslash before "+build".
// Safe text is returned unchanged.
func safeLine(l string) string {
	if !needsEscape(l) {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); {
		r, size := utf8.DecodeRuneInString(l[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, l[i])
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(l[i : i+size])
		}
		i += size
	}
	out := b.String()
	if rest := strings.TrimLeftFunc(out, unicode.IsSpace); strings.HasPrefix(rest, "+build") {
		out = out[:len(out)-len(rest)] + `\` + rest
	}
	return out
}

// needsEscape reports whether safeLine changes l.
func needsEscape(l string) bool {
	if !utf8.ValidString(l) || strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "+build") {
		return true
	}
	return strings.IndexFunc(l, unsafeRune) >= 0
}

// unsafeRune reports whether a comment line may not hold r as it is: a control character
// other than tab, a line or paragraph separator, or a format character (bidirectional
// controls, the byte order mark, zero-width spaces) other than the zero-width non-joiner and
// joiner.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\u200c' || r == '\u200d':
		return false
	case unicode.IsControl(r), r == '\u2028', r == '\u2029', unicode.Is(unicode.Cf, r):
		return true
	}
	return false
}

// outputComment is an example's Output comment for the printed text: each line as a raw "// "
// line. When a line cannot be held verbatim (safeLine would change it, or it ends in white
// space, which comments lose, and is not the last), the comment says so and holds the escaped lines without
// "Output:": go test then compiles the example without running it, instead of comparing its
// output with text that differs from it.
func outputComment(printed string) *jen.Statement {
	lines := strings.Split(printed, "\n")
	verbatim := true
	for i, l := range lines {
		last := i == len(lines)-1 // go test trims the white space around the whole output
		if safeLine(l) != l || !last && strings.TrimRightFunc(l, unicode.IsSpace) != l {
			verbatim = false
		}
	}
	s := jen.Comment("Output:")
	if !verbatim {
		s = jen.Comment("// The output holds text that a comment cannot hold as it is, so this example is compiled")
		s.Line().Comment("// but not run. It prints, escaped:")
	}
	for _, l := range lines {
		if l = safeLine(l); l == "" {
			s.Line().Comment("//")
		} else {
			s.Line().Comment("// " + l)
		}
	}
	return s
}

// rawStringSafe reports whether s can be written as a raw string literal that reads as it is:
// no backquote, no carriage return (Go drops it from raw strings), and no character a
// comment line could not hold either.
func rawStringSafe(s string) bool {
	return strconv.CanBackquote(strings.ReplaceAll(s, "\n", "")) && !strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && unsafeRune(r)
	})
}
