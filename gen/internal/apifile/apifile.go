// Package apifile records the exported API of each generated package in an api.txt beside it,
// and keeps that record a contract: people compile against the generated packages, so a name
// the generator once declared must stay declared, or its removal must be a decision someone
// makes in review.
//
// # The format
//
// api.txt follows the Go project's api/go1.*.txt (written by cmd/api, in the Go distribution's
// src/cmd/api/main_test.go), without the "pkg path, " prefix (the file sits in the package's
// folder) and without constant values. After a header of "#" comment lines, one line per
// exported identifier, sorted in byte order, so that kinds group together and a diff of the
// file shows an API change as lines added or removed:
//
//	const AuthTokenExpired Code                   a typed constant, by its type
//	const MaxBodySize = apierrimpl.MaxBodySize    an untyped constant, by its expression
//	const TokenExpired //deprecated               the identifier is deprecated
//	func Parse(int, []uint8) error                parameter names left out
//	method (*Error) Unwrap() error                value and pointer receivers as declared
//	method (Code) String() string
//	type Code string                              a defined type, by its underlying type
//	type Error struct                             a struct type ...
//	type Error struct, Code Code                  ... and each of its exported fields
//	type Messages = apierrimpl.Messages           an alias
//	var Default Config                            a variable, by its type (or its expression)
//
// Interfaces are recorded as cmd/api does: "type I interface { M, N }", then one line per
// method ("type I interface, M() error") and per embedded type ("type I interface, embedded
// io.Reader"); embedded struct fields are "type S struct, embedded T". byte and rune are
// written uint8 and int32, as cmd/api writes them, since they are the same types. A "//deprecated"
// line is added, as cmd/api does, for an identifier whose doc comment (or the doc comment of
// its declaration group) has a paragraph that starts with "Deprecated: ", the rule go doc,
// gopls and staticcheck (SA1019) follow.
//
// # The rules
//
// The file is a contract, not a snapshot. When the generator writes a package it reads the
// package's api.txt and merges (Merge): the lines of identifiers new in the code are added;
// lines the code no longer satisfies are kept, never dropped. A "//deprecated" line added is a
// newly deprecated identifier; a line kept that the code no longer satisfies is a removed
// identifier (or, for a "//deprecated" line, one no longer deprecated). go generate prints a
// summary of each package's changes (Summary), and announces a removal loudly: it breaks every
// program that uses the identifier. The fix is in the spec: record a renamed code with
// [[renamed]] (its former name stays, as a deprecated alias) and a code the vendor withdrew
// with deprecated = "..." (its constant stays); see specs/README.md, "Renaming and
// withdrawing codes". Until then the contract check (Verify; TestAPIContract in gen) fails,
// naming each missing identifier. The only way to drop a line is to delete it from api.txt by
// hand, which shows in review: a deliberate break of the API.
//
// # Why syntax, and not golang.org/x/exp/apidiff
//
// The API is computed from the generator's in-memory output, the Go source of a package that
// is not built yet, with go/parser and go/ast and no type-checking. golang.org/x/exp/apidiff
// reports the compatible and incompatible changes between two type-checked packages
// (*types.Package); it does not fit here:
//
//   - it compares two versions of a package, and the old one is gone once the generator has
//     written the new one; the contract is the record of every name ever published, which
//     apidiff has no form for (its report is not a file a reviewer sees in a diff);
//   - type-checking the generated source needs its imports resolved (the module
//     github.com/apierr/apierr, or the replace directive of a team's module that runs the
//     generator on its own specs) through go/packages and the go command, at every run of
//     the generator, and it fails while the runtime package apierrimpl is being changed;
//   - what it adds over syntax, judging the compatibility of changed types (a method added to
//     an interface, a field type changed), is recorded here as a line removed and a line added,
//     which the contract check reports; generated packages declare no interfaces.
//
// What syntax cannot see: methods promoted from embedded struct fields and interfaces
// (generated packages embed none), the values of constants, and type identities across
// spellings other than byte and rune (any and interface{} are recorded as written).
package apifile

import "github.com/apierr/apierr/gen/internal/emit"

// FileName is the name of the API file in each generated package's folder.
const FileName = "api.txt"

// Header is the first line of every API file: the generator's header as a "#" comment. The
// generator treats a file that starts with it as its own.
const Header = "# " + emit.Header

// deprecatedMark ends the line that records an identifier as deprecated, as in cmd/api.
const deprecatedMark = " //deprecated"
