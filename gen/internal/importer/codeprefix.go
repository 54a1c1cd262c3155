package importer

import (
	"fmt"
	"regexp"
	"strings"
)

// Some documents write every code with a fixed prefix that the wire does not carry:
// Microsoft Entra's page lists AADSTS50126, and bodies carry the number 50126 in
// "error_codes". -code-prefix AADSTS names the prefix; it is removed from every code, and the
// document table records it in a comment line ("# code prefix: AADSTS") that -diff reads back.
// gen import never removes a prefix on its own: Okta's codes (E0000001) are letters and digits
// on the wire too. When every code is the same letters followed by a number, it says that
// -code-prefix may be meant.

// codePrefixComment starts the comment line of a document table that records the prefix.
const codePrefixComment = "# code prefix: "

// prefixedRE reads a code made of letters and a number without a leading zero.
var prefixedRE = regexp.MustCompile(`^([A-Za-z]{2,})([1-9][0-9]*)$`)

// stripCodePrefix removes prefix from the codes of in; a code without it is an error (the
// Markdown reader has already dropped the tables none of whose codes has it). Without a
// prefix, it warns when every code looks prefixed.
func stripCodePrefix(in *Input, prefix string) error {
	if prefix == "" {
		hintCodePrefix(in)
		return nil
	}
	for i := range in.Rows {
		r := &in.Rows[i]
		code, ok := strings.CutPrefix(r.Code, prefix)
		if !ok || code == "" {
			return lineError(in.File, r.Line, "code %s does not start with the -code-prefix %q; fix the row, or "+
				"leave -code-prefix out", showText(r.Code), prefix)
		}
		r.Code = code
	}
	in.CodePrefix = prefix
	return nil
}

// hintCodePrefix warns when every code of in is the same letters followed by a number.
func hintCodePrefix(in *Input) {
	prefix := ""
	for _, r := range in.Rows {
		m := prefixedRE.FindStringSubmatch(r.Code)
		if m == nil || (prefix != "" && m[1] != prefix) {
			return
		}
		prefix = m[1]
	}
	if prefix != "" {
		in.Warnings = append(in.Warnings, fmt.Sprintf("every code is %s followed by a number; if the vendor's bodies "+
			"carry only the number (as Entra's error_codes do), run again with -code-prefix %s", prefix, prefix))
	}
}

// recordedPrefix returns the code prefix a document table's comment lines record, or "".
func recordedPrefix(comments []string) string {
	for _, c := range comments {
		if p, ok := strings.CutPrefix(c, codePrefixComment); ok {
			return strings.TrimSpace(p)
		}
	}
	return ""
}
