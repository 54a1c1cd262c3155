package spec

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names the generated package declares itself. A spec may not use them for codes, structs or
// fields, or the package would not compile (or would shadow its own API). The emitters use
// exactly these names; the generator's golden tests keep the two in step. The functions of
// the generated test files are covered by a rule instead (see NameProblem).
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
		"VendorMessage", "RetryAfter", "ErrorType", "CodeDoc", "CodeURL", "Attrs", "MarshalJSON", "As", "Truncated",
	}
)

// NameUse is what a Go name of a spec names, which decides what it must not collide with.
type NameUse int

// The uses of a Go name in a spec.
const (
	// CodeName is the name of a code, or a former name of one ([[renamed]] from): a constant
	// of the generated package.
	CodeName NameUse = iota
	// StructName is the name of a [[struct]]: a type of the generated package.
	StructName
	// FieldName is the Go name of a [[field]]: a field of the generated Error struct.
	FieldName
	// StructFieldName is the Go name of a [[struct.field]]: a field of a [[struct]].
	StructFieldName
)

// NameProblem reports why name cannot be a Go name that a spec declares for use, or "" when
// it can. The rule is the loader's, for the codes, former names, structs and fields of a spec,
// and gen import's, for the names it drafts:
//
//   - an exported Go identifier of ASCII letters, digits and _, not predeclared;
//   - not a name that go test takes for a test, benchmark, fuzz test or example function
//     (go help testfunc): Test, Benchmark, Fuzz or Example followed by nothing or by a
//     character that is not a lower-case letter. The generated tests are in the package
//     itself, so a code named FuzzParse or TestFromResponse would redeclare one, and any
//     other such name would be a trap for the next generated test;
//   - for codes, former names and structs, not one of PackageNames; for [[field]], not one of
//     ErrorMembers.
func NameProblem(name string, use NameUse) string {
	if p := identProblem(name, true); p != "" {
		return p
	}
	if p := testFuncProblem(name); p != "" {
		return p
	}
	switch {
	case (use == CodeName || use == StructName) && contains(PackageNames, name):
		return fmt.Sprintf("is declared by the generated package itself (%s); choose another name",
			strings.Join(PackageNames, ", "))
	case use == FieldName && contains(ErrorMembers, name):
		return fmt.Sprintf("is a field or method of the generated Error (%s); choose another name",
			strings.Join(ErrorMembers, ", "))
	}
	return ""
}

// testFuncPrefixes are the prefixes of the functions go test runs (go help testfunc).
var testFuncPrefixes = []string{"Test", "Benchmark", "Fuzz", "Example"}

// testFuncProblem reports a name that go test would take for a test function, or "": one of
// testFuncPrefixes followed by nothing or by a character that is not a lower-case letter, the
// rule of the go command (cmd/go/internal/load's isTest). Testing and Examples are fine;
// Test, Test1, Test_x and TestX are not.
func testFuncProblem(name string) string {
	for _, prefix := range testFuncPrefixes {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLower(r) {
			return fmt.Sprintf("is a name go test takes for %s function (%s followed by nothing or by a "+
				"character that is not a lower-case letter; go help testfunc), and the generated tests are in the "+
				"package; choose a name that does not start with %s", testFuncKind[prefix], prefix, prefix)
		}
	}
	return ""
}

// testFuncKind names what go test makes of a function with each of testFuncPrefixes.
var testFuncKind = map[string]string{
	"Test": "a test", "Benchmark": "a benchmark", "Fuzz": "a fuzz test", "Example": "an example",
}

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

// packageProblem reports why name cannot be a generated package's name, or "": it is a Go
// identifier (not a keyword or a predeclared one) of lower-case letters and digits, and neither
// main (a command) nor init (which no file can import).
func packageProblem(name string) string {
	if p := identProblem(name, false); p != "" {
		return p
	}
	if name != strings.ToLower(name) || strings.Contains(name, "_") {
		return "must be lower case letters and digits, with no underscores (Go package naming)"
	}
	switch name {
	case "main":
		return "is reserved for commands"
	case "init":
		return "is the name of Go's package initialization functions: no file can import a package by " +
			"that name (cannot import package as init), so its examples and external tests would not " +
			"compile; choose another name"
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
