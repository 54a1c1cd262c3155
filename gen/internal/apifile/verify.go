package apifile

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/emit"
)

// BrokenError is a broken API contract: the generated code of a package no longer satisfies
// lines its API file lists. Its message names each identifier and says how to fix it.
type BrokenError struct {
	File string // the API file, as named in messages
	// Removed are the lines of identifiers the code no longer declares (or declares
	// otherwise); Undeprecated the "//deprecated" lines of identifiers it still declares but
	// no longer marks deprecated.
	Removed, Undeprecated []string
}

// Error lists each line the code does not satisfy, with how to fix it.
func (e *BrokenError) Error() string {
	var b strings.Builder
	if len(e.Removed) > 0 {
		fmt.Fprintf(&b, "%s: the generated code no longer declares %s this API contract lists; "+
			"every program that uses %s stops compiling:\n",
			e.File, count(len(e.Removed), "identifier"), pronoun(len(e.Removed)))
		for _, l := range e.Removed {
			fmt.Fprintf(&b, "\t%s\n\t\t%s\n", l, removedAdvice(l))
		}
	}
	if len(e.Undeprecated) > 0 {
		fmt.Fprintf(&b, "%s: the generated code no longer marks %s deprecated that this API contract lists as deprecated:\n",
			e.File, count(len(e.Undeprecated), "identifier"))
		for _, l := range e.Undeprecated {
			fmt.Fprintf(&b, "\t%s\n\t\t%s\n", l, undeprecatedAdvice(l))
		}
	}
	fmt.Fprintf(&b, "The generator never removes a line of %s. To break the API on purpose instead, "+
		"mark the line removed by hand, with the date and the reason: <line> //removed YYYY-MM-DD: <why>; "+
		"it shows in review.", e.File)
	return b.String()
}

// Verify checks the API contract of one package: every line of contract, the contents of its
// API file (file names it in messages), must hold for the package's files (its non-test Go
// files are read). It returns nil when they all do, a *BrokenError naming each line that does
// not, or another error when the file or the code cannot be read.
func Verify(file string, contract []byte, files []emit.File) error {
	recorded, err := parse(contract)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	api, err := Of(files)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	removed, undeprecated := missing(recorded, lineSet(api), api)
	if len(removed) == 0 && len(undeprecated) == 0 {
		return nil
	}
	return &BrokenError{File: file, Removed: removed, Undeprecated: undeprecated}
}

// removedAdvice says how to restore the identifier of a removed line. A constant of type
// Code is a code's constant, which the spec restores; anything else the generator declared.
func removedAdvice(line string) string {
	name := Name(line)
	if strings.HasPrefix(line, "const ") && strings.HasSuffix(line, " Code") {
		return fmt.Sprintf("%s was the constant of a code. If the code was renamed, record the old name in the spec: "+
			"[[renamed]] from = %q, to = \"<its new name>\", with date and note; if the vendor withdrew the code, keep its "+
			"[[code]] and add deprecated = \"<since when and why>\" (specs/README.md, \"Renaming and withdrawing codes\"). "+
			"Then run go generate ./... again.", name, name)
	}
	return fmt.Sprintf("The generator no longer declares %s: restore it in the generator (gen/internal/emit) "+
		"and run go generate ./... again.", name)
}

// undeprecatedAdvice says what to do about a "//deprecated" line the code no longer satisfies.
func undeprecatedAdvice(line string) string {
	return fmt.Sprintf("%s is declared but no longer deprecated. If that is right (the vendor documents the "+
		"code again), delete this line by hand; if not, mark it deprecated again in the spec.", Name(line))
}

// count writes n and a noun, in the plural when n is not 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// pronoun refers to n identifiers.
func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
