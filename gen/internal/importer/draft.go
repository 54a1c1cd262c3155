package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/apierr/apierr/gen/internal/naming"
	"github.com/apierr/apierr/gen/internal/spec"
)

// draftCode is one [[code]] of a draft: the row it comes from, its drafted Go name and what a
// curator must decide about it.
type draftCode struct {
	row   Row
	name  string
	basis string   // the field the name was drafted from: message, description or value
	todos []string // TODO(curator) comments, one line each
}

// nameSources are the values of -names, the fields a name may be drafted from; the default
// order is message, description, value ("name", the vendor's string name of an int code,
// is used only when asked for).
var nameSources = []string{"message", "description", "value", "name"}

// defaultNameOrder is the default of -names.
var defaultNameOrder = []string{"message", "description", "value"}

// source returns the text of r that a name is drafted from.
func source(r Row, field string) string {
	switch field {
	case "message":
		return r.Message
	case "description":
		return r.Description
	case "name":
		return r.Name
	}
	return r.Code
}

// draftName drafts a name from the first of order that gives one (naming.GoName), else from
// the value.
func draftName(r Row, order []string) (string, string) {
	for _, f := range order {
		if n := naming.GoName(source(r, f)); n != "" {
			return n, f
		}
	}
	return naming.GoName("code " + r.Code), "value"
}

// draftCodes drafts the codes of rows. taken maps the Go names already used (by the spec a
// draft is appended to) to where they are; a drafted name that collides is flagged, never
// numbered.
func draftCodes(rows []Row, order []string, taken map[string]string) []*draftCode {
	codes := make([]*draftCode, len(rows))
	for i, r := range rows {
		c := &draftCode{row: r}
		c.name, c.basis = draftName(r, order)
		codes[i] = c
	}
	flagSharedMessages(codes)
	resolveCollisions(codes, taken)
	for _, c := range codes {
		c.todos = append(c.todos, c.row.Notes...)
		if c.row.Group != "" {
			c.todos = append(c.todos, fmt.Sprintf("the document table puts this code in group %q: set envelope (and detail = true for a /detail group) to match", c.row.Group))
		}
		c.todos = append(c.todos, suggestClass(c.row))
	}
	return codes
}

// flagSharedMessages flags codes whose message another code has too.
func flagSharedMessages(codes []*draftCode) {
	byMessage := map[string][]*draftCode{}
	for _, c := range codes {
		if c.row.Message != "" {
			byMessage[c.row.Message] = append(byMessage[c.row.Message], c)
		}
	}
	for _, c := range codes {
		if others := except(byMessage[c.row.Message], c); len(others) > 0 {
			c.todos = append(c.todos, fmt.Sprintf("the message is also that of %s: tell the codes apart by name from their descriptions, and keep the repeat as a quirk (# quirk: comment and a note)", codeList(others)))
		}
	}
}

// resolveCollisions handles drafted names that collide with each other, with taken names or
// with the names the generated package declares. Codes that collide with each other and whose
// names came from a shared message get names from their descriptions when that ends the
// collision; every other collision is flagged for the curator, and the loader will reject the
// draft until a human renames.
func resolveCollisions(codes []*draftCode, taken map[string]string) {
	for _, group := range collidingGroups(codes) {
		if redraftFromDescriptions(group, codes, taken) {
			continue
		}
		for _, c := range group {
			c.todos = append(c.todos, fmt.Sprintf("the drafted name %s is also drafted for %s; Go names must be unique: rename one, by what tells the codes apart (gen import never numbers names)", c.name, codeList(except(group, c))))
		}
	}
	reserved := map[string]bool{}
	for _, n := range spec.PackageNames {
		reserved[n] = true
	}
	for _, c := range codes {
		if where, ok := taken[c.name]; ok {
			c.todos = append(c.todos, fmt.Sprintf("the drafted name %s is already the name of %s; rename one of them", c.name, where))
		}
		if reserved[c.name] {
			c.todos = append(c.todos, fmt.Sprintf("the drafted name %s is declared by the generated package itself; choose another name", c.name))
		}
	}
}

// collidingGroups returns the groups of two or more codes with the same drafted name, in the
// order of their first code.
func collidingGroups(codes []*draftCode) [][]*draftCode {
	byName := map[string][]*draftCode{}
	var order []string
	for _, c := range codes {
		if byName[c.name] == nil {
			order = append(order, c.name)
		}
		byName[c.name] = append(byName[c.name], c)
	}
	var groups [][]*draftCode
	for _, n := range order {
		if len(byName[n]) > 1 {
			groups = append(groups, byName[n])
		}
	}
	return groups
}

// redraftFromDescriptions renames a group of colliding codes from their descriptions when all
// were named from their message and the new names are distinct and unused. It reports whether
// it did.
func redraftFromDescriptions(group, codes []*draftCode, taken map[string]string) bool {
	used := map[string]bool{}
	for n := range taken {
		used[n] = true
	}
	for _, c := range codes {
		if !containsCode(group, c) {
			used[c.name] = true
		}
	}
	names := make([]string, len(group))
	for i, c := range group {
		n := naming.GoName(c.row.Description)
		if c.basis != "message" || n == "" || used[n] {
			return false
		}
		used[n], names[i] = true, n
	}
	for i, c := range group {
		c.todos = append(c.todos, fmt.Sprintf("the message gives the name %s to %s too: this name was drafted from the description instead; check it", c.name, codeList(except(group, c))))
		c.name, c.basis = names[i], "description"
	}
	return true
}

// except returns the codes of list other than c.
func except(list []*draftCode, c *draftCode) []*draftCode {
	var out []*draftCode
	for _, x := range list {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

// containsCode reports whether list holds c.
func containsCode(list []*draftCode, c *draftCode) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// codeList names codes for a comment: "code 913" or "codes 913, 914 and 915".
func codeList(codes []*draftCode) string {
	vals := make([]string, len(codes))
	for i, c := range codes {
		vals[i] = c.row.Code
	}
	sort.SliceStable(vals, func(i, j int) bool { return codeLess(vals[i], vals[j]) })
	if len(vals) == 1 {
		return "code " + vals[0]
	}
	return "codes " + strings.Join(vals[:len(vals)-1], ", ") + " and " + vals[len(vals)-1]
}

// intCodeRE is the form of an int code: a decimal integer without leading zeros.
var intCodeRE = regexp.MustCompile(`^-?[1-9][0-9]*$`)

// guessCodeType returns "int" when every code is a decimal integer, else "string".
func guessCodeType(rows []Row) string {
	for _, r := range rows {
		if !intCodeRE.MatchString(r.Code) {
			return "string"
		}
	}
	return "int"
}

// checkCodeType reports the first code that is not of codeType, with its line.
func checkCodeType(in *Input, codeType string) error {
	switch codeType {
	case "string":
		return nil
	case "int":
		for _, r := range in.Rows {
			if !intCodeRE.MatchString(r.Code) {
				return lineError(in.File, r.Line, "code %q is not an integer, but -code-type is int; leave -code-type out to have it guessed", r.Code)
			}
		}
		return nil
	}
	return fmt.Errorf("-code-type %q: want int or string", codeType)
}

// duplicateCodes removes rows whose code an earlier row has, and returns the notes that say so.
func duplicateCodes(in *Input) []string {
	seen := map[string]int{}
	var kept []Row
	var notes []string
	for _, r := range in.Rows {
		if first, dup := seen[r.Code]; dup {
			notes = append(notes, fmt.Sprintf("the input lists code %s twice (lines %d and %d); only the first is kept: decide which the document means", r.Code, first, r.Line))
			continue
		}
		seen[r.Code] = r.Line
		kept = append(kept, r)
	}
	in.Rows = kept
	return notes
}
