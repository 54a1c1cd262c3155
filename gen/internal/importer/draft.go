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
	basis string   // the field the name was drafted from: title, message, description or value
	todos []string // TODO(curator) comments, one line each
	// apart is set once the name has been told apart from another by the code's value.
	apart bool
}

// nameSources are the values of -names, the fields a name may be drafted from: the title
// (Okta's "title", Entra's "Name - " prefix), the message, the description, the value, and
// the vendor's string name of an int code ("name", used only when asked for).
var nameSources = []string{"title", "message", "description", "value", "name"}

// defaultNameOrder is the default of -names.
var defaultNameOrder = []string{"title", "message", "description", "value"}

// namer drafts Go names from rows: the fields in order, and a word dropped from the end of
// titles where most titles end in it (Okta's "... exception": it tells no code apart).
type namer struct {
	order    []string
	dropWord string
}

// newNamer returns the namer of rows: it drops the last word of titles when more than half of
// the titles (at least four) end in it.
func newNamer(order []string, rows []Row) namer {
	n := map[string]int{}
	titles := 0
	for _, r := range rows {
		if ws := strings.Fields(r.Title); len(ws) > 1 {
			n[strings.ToLower(ws[len(ws)-1])]++
			titles++
		}
	}
	nm := namer{order: order}
	for w, c := range n {
		if titles >= 4 && 2*c > titles && (nm.dropWord == "" || w < nm.dropWord) {
			nm.dropWord = w
		}
	}
	return nm
}

// dropNote says which word names leave out, for the draft's header and the terminal.
func (nm namer) dropNote() string {
	if nm.dropWord == "" {
		return ""
	}
	return fmt.Sprintf("most titles end in %q: Go names are drafted from the titles without it", nm.dropWord)
}

// source returns the text of r that a name is drafted from.
func (nm namer) source(r Row, field string) string {
	switch field {
	case "title":
		ws := strings.Fields(r.Title)
		if len(ws) > 1 && strings.EqualFold(ws[len(ws)-1], nm.dropWord) {
			return strings.Join(ws[:len(ws)-1], " ")
		}
		return r.Title
	case "message":
		return r.Message
	case "description":
		return r.Description
	case "name":
		return r.Name
	}
	return r.Code
}

// identRE matches a title that is already an exported Go identifier: the vendor's own name
// of the code (Entra's InvalidUserNameOrPassword), kept as written.
var identRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)

// name drafts a name from the first field of the order that gives one (naming.GoName; a
// title that is already an identifier is kept as written), else from the value.
func (nm namer) name(r Row) (string, string) {
	for _, f := range nm.order {
		src := nm.source(r, f)
		if f == "title" && identRE.MatchString(src) {
			return src, f
		}
		if n := naming.GoName(src); n != "" {
			return n, f
		}
	}
	return naming.GoName("code " + r.Code), "value"
}

// draftCodes drafts the codes of rows. taken maps the Go names already used (by the spec a
// draft is appended to) to where they are; a drafted name that collides is told apart by the
// code's value and flagged, never numbered.
func draftCodes(rows []Row, nm namer, taken map[string]string) []*draftCode {
	codes := make([]*draftCode, len(rows))
	for i, r := range rows {
		c := &draftCode{row: r}
		c.name, c.basis = nm.name(r)
		codes[i] = c
	}
	flagSharedMessages(codes)
	resolveCollisions(codes, taken)
	for _, c := range codes {
		c.todos = append(c.todos, c.row.Notes...)
		if c.row.Group != "" {
			c.todos = append(c.todos, fmt.Sprintf("the document table puts this code in group %q: set envelope (and "+
				"detail = true for a /detail group) to match", c.row.Group))
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
		others := except(byMessage[c.row.Message], c)
		switch {
		case len(others) == 0:
		case c.basis == "message":
			c.todos = append(c.todos, fmt.Sprintf("the message is also that of %s: tell the codes apart by name, and "+
				"keep the repeat as a quirk (# quirk: comment and a note)", codeList(others)))
		default:
			c.todos = append(c.todos, fmt.Sprintf("the message is also that of %s: keep the repeat as a quirk (# "+
				"quirk: comment and a note)", codeList(others)))
		}
	}
}

// resolveCollisions handles drafted names that collide with each other, with taken names or
// with the names the generated package declares. Codes that collide with each other and whose
// names came from a shared message get names from their descriptions when that ends the
// collision; every other colliding name is told apart by its code's value (BadRequest of
// E0000020 becomes BadRequestE0000020) and flagged for the curator.
func resolveCollisions(codes []*draftCode, taken map[string]string) {
	for _, group := range collidingGroups(codes) {
		if redraftFromDescriptions(group, codes, taken) {
			continue
		}
		for _, c := range group {
			tellApart(c, fmt.Sprintf("the drafted name %s is also drafted for %s", c.name, codeList(except(group, c))))
		}
	}
	reserved := map[string]bool{}
	for _, n := range spec.PackageNames {
		reserved[n] = true
	}
	for _, c := range codes {
		if where, ok := taken[c.name]; ok {
			tellApart(c, fmt.Sprintf("the drafted name %s is already the name of %s", c.name, where))
		}
		if reserved[c.name] {
			tellApart(c, fmt.Sprintf("the drafted name %s is declared by the generated package itself", c.name))
		}
	}
}

// tellApart gives c a name told apart by its code's value, and flags it with why.
func tellApart(c *draftCode, why string) {
	c.name += valueSuffix(c.row.Code)
	c.apart = true
	c.todos = append(c.todos, fmt.Sprintf("%s: this draft tells it apart by the code's value, %s; choose a name that "+
		"says what makes the code different", why, c.name))
}

// valueSuffix is the part of a name that tells a code apart by its value: the value as a Go
// name ("E0000020", "InvalidRequest"), without GoName's "Code" before a leading digit, and
// "Minus" for a negative int code.
func valueSuffix(code string) string {
	v := strings.Replace(code, "-", "Minus ", 1)
	if !strings.HasPrefix(code, "-") {
		v = code
	}
	n := naming.GoName(v)
	if rest, ok := strings.CutPrefix(n, "Code"); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return rest
	}
	if n == "" {
		return fmt.Sprintf("X%X", code)
	}
	return n
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
		c.todos = append(c.todos, fmt.Sprintf("the message gives the name %s to %s too: this name was drafted from "+
			"the description instead; check it", c.name, codeList(except(group, c))))
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
		vals[i] = showText(c.row.Code)
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
				return lineError(in.File, r.Line, "code %s is not an integer, but -code-type is int; leave "+
					"-code-type out to have it guessed", showText(r.Code))
			}
		}
		return nil
	}
	return fmt.Errorf("-code-type %q: want int or string", codeType)
}
