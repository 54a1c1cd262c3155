package spec

import (
	"fmt"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Names the generated package declares itself. A spec may not use them for codes, structs or
// fields, or the package would not compile (or would shadow its own API). The emitters use
// exactly these names; the generator's golden tests keep the two in step.
var (
	// PackageNames are the exported package-level identifiers a generated package may declare
	// (unexported helpers cannot collide: codes and structs have exported names).
	PackageNames = []string{
		"Code", "Codes", "Error", "Parse", "FromResponse", "MaxBodySize",
		"Scenario", "Scenarios", "Messages", "Lookup", "CheckRetry",
	}
	// ErrorMembers are the fields and methods of the generated Error struct.
	ErrorMembers = []string{
		"Code", "Detail", "Name", "Message", "Description", "RequestID", "Status", "Envelope",
		"Body", "Error", "Unwrap", "Is", "HTTPStatus", "Scenario",
		"Vendor", "VendorCode", "VendorRequestID", "Class", "Temporary", "LogValue", "GoString",
		"RawField", "Marshal", "ServeHTTP", "Scenarios", "Resolution", "Header",
		"VendorMessage", "RetryAfter", "ErrorType", "CodeDoc", "CodeURL", "Attrs", "MarshalJSON",
	}
)

// identProblem reports why name cannot be the Go identifier kind needs, or "".
// exported asks for an exported identifier (codes, fields, structs).
//
// Go allows any Unicode letter in identifiers, but specs use ASCII only: a Cyrillic і beside
// a Latin i would give two constants that look the same, and a reader could not tell which
// one a parent names.
func identProblem(name string, exported bool) string {
	for i, r := range name {
		if r >= utf8.RuneSelf {
			return fmt.Sprintf("holds %s at byte %d; Go names in specs use only ASCII letters, digits and _, so that "+
				"no two names look alike", describeRune(r), i)
		}
	}
	switch {
	case !token.IsIdentifier(name):
		if token.IsKeyword(name) {
			return "is a Go keyword"
		}
		return "is not a Go identifier (ASCII letters, digits and _, not starting with a digit)"
	case exported && !token.IsExported(name):
		return "must be exported: start it with an upper-case letter"
	case types.Universe.Lookup(name) != nil:
		return "is a predeclared Go identifier"
	case strings.HasPrefix(name, "_") || name == "_":
		return "must not start with _"
	}
	return ""
}

// packageProblem reports why name cannot be a generated package's name, or "".
func packageProblem(name string) string {
	if p := identProblem(name, false); p != "" {
		return p
	}
	if name != strings.ToLower(name) || strings.Contains(name, "_") {
		return "must be lower case letters and digits, with no underscores (Go package naming)"
	}
	if name == "main" {
		return "is reserved for commands"
	}
	return ""
}

// importPathChars are the characters of a dir: those Go allows in the elements of import
// paths (see golang.org/x/mod/module.CheckImportPath), and the slash between them.
const importPathChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/"

// dirProblem reports why dir cannot be the output folder of package pkg, or "".
func dirProblem(dir, pkg string) string {
	clean := path.Clean(dir)
	if clean != dir || path.IsAbs(dir) || strings.HasPrefix(clean, "..") || strings.ContainsAny(dir, "\\ \t\r\n") {
		return "must be a clean relative slash-separated path inside the output folder, such as " +
			"\"akamai/identitycloud\""
	}
	if i := strings.IndexFunc(dir, func(r rune) bool { return !strings.ContainsRune(importPathChars, r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(dir[i:])
		return fmt.Sprintf("holds %s at byte %d; name folders with ASCII letters, digits and - . _ ~ only, the "+
			"characters of Go import paths", describeRune(r), i)
	}
	if pkg != "" && path.Base(clean) != pkg {
		return fmt.Sprintf("must end in the package name %q, so the import path and the package name agree", pkg)
	}
	return ""
}

// codeNames returns the Go names of the codes of s, sorted, for suggestions.
func codeNames(s *Spec) []string {
	names := make([]string, 0, len(s.Codes))
	for _, c := range s.Codes {
		if c.Name != "" {
			names = append(names, c.Name)
		}
	}
	sort.Strings(names)
	return names
}

// quoteAll lists strings quoted and separated by commas, for messages.
func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}
