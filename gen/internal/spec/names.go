package spec

import (
	"go/token"
	"go/types"
	"strings"
)

// Names the generated package declares itself. A spec may not use them for codes, structs or
// fields, or the package would not compile (or would shadow its own API). The emitters use
// exactly these names; the generator's golden tests keep the two in step.
var (
	// PackageNames are the exported package-level identifiers a generated package may declare
	// (unexported helpers cannot collide: codes and structs have exported names).
	PackageNames = []string{
		"Code", "Codes", "Error", "Parse", "FromResponse", "MaxBodySize",
		"Scenario", "Scenarios", "Messages", "Lookup",
	}
	// ErrorMembers are the fields and methods of the generated Error struct.
	ErrorMembers = []string{
		"Code", "Detail", "Name", "Message", "Description", "RequestID", "Status", "Envelope",
		"Body", "Error", "Unwrap", "Is", "HTTPStatus", "Scenario",
		"Vendor", "VendorCode", "VendorRequestID", "Class", "Temporary", "LogValue", "GoString",
		"RawField", "Marshal", "ServeHTTP", "Scenarios", "Resolution",
	}
)

// identProblem reports why name cannot be the Go identifier kind needs, or "".
// exported asks for an exported identifier (codes, fields, structs).
func identProblem(name string, exported bool) string {
	switch {
	case !token.IsIdentifier(name):
		if token.IsKeyword(name) {
			return "is a Go keyword"
		}
		return "is not a Go identifier (letters, digits and _, not starting with a digit)"
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
