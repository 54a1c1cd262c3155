package apifile

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// headerText is the comment under the header line of every API file; %s is the package name.
const headerText = `#
# The exported API of package %s: a contract, since programs compile against it.
#
# One line per exported identifier, in the format of the Go project's api/go1.*.txt (see
# apierr's gen/internal/apifile). The generator adds the line of every new identifier and
# never removes a line on its own. When the generated code no longer declares an identifier
# listed here, the generator says so and apierr's tests fail: record a renamed code with
# [[renamed]] and a code the vendor withdrew with deprecated = "..." in the spec
# (specs/README.md, "Renaming and withdrawing codes"). The only edit this file takes by hand
# is marking a line removed, to break the API on purpose, with the date and the reason:
# <line> //removed YYYY-MM-DD: <why, and what to use instead>. It shows in review.
`

// format writes the API file of package pkg: the header, then lines, sorted and without
// duplicates.
func format(pkg string, lines []string) []byte {
	sorted := append([]string(nil), lines...)
	sort.Strings(sorted)
	var b bytes.Buffer
	b.WriteString(Header + "\n")
	fmt.Fprintf(&b, headerText, pkg)
	b.WriteString("\n")
	for i, l := range sorted {
		if i > 0 && l == sorted[i-1] {
			continue
		}
		b.WriteString(l + "\n")
	}
	return b.Bytes()
}

// parse returns the lines of an API file in file order: every line but the "#" comments and
// blank lines, trailing white space trimmed. A file that does not start with Header is an
// error: the generator would not know it as its own.
func parse(src []byte) ([]string, error) {
	if !bytes.HasPrefix(src, []byte(Header+"\n")) {
		return nil, fmt.Errorf("does not start with the line %q; put it back as the first line: the generator "+
			"keeps this file as the package's API contract and reads only a file that starts with it", Header)
	}
	var out []string
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// isDeprecation reports whether an API line records that an identifier is deprecated.
func isDeprecation(line string) bool {
	return strings.HasSuffix(line, deprecatedMark)
}

// Name is the identifier an API line is about, as a program names it: "Parse",
// "Error.Unwrap" for a method or a field, "Error.Reader" for an embedded field.
func Name(line string) string {
	line = strings.TrimSuffix(line, deprecatedMark)
	kind, rest, _ := strings.Cut(line, " ")
	if kind == "method" {
		recv, rest, _ := strings.Cut(strings.TrimPrefix(rest, "("), ") ")
		recv = strings.TrimPrefix(recv, "*")
		recv, _, _ = strings.Cut(recv, "[")
		return recv + "." + word(rest)
	}
	name := word(rest)
	_, member, ok := strings.Cut(rest, " struct, ")
	if !ok {
		_, member, ok = strings.Cut(rest, " interface, ")
	}
	if ok && kind == "type" {
		member = strings.TrimPrefix(member, "embedded ")
		if i := strings.LastIndex(word(member), "."); i >= 0 {
			return name + "." + word(member)[i+1:]
		}
		return name + "." + word(member)
	}
	return name
}

// word is s up to the first character that ends a Go name or a qualified type name.
func word(s string) string {
	s = strings.TrimPrefix(s, "*")
	if i := strings.IndexAny(s, " ([=,"); i >= 0 {
		return s[:i]
	}
	return s
}
