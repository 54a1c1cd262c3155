package spec

import (
	"fmt"
	"sort"
)

// A generated package's exported names are an API: programs compile against them. When a
// code's Go name changes, [[renamed]] records the former name, and the package keeps it as a
// deprecated alias of the code's constant (see specs/README.md, "Renaming and withdrawing
// codes").

// goNameUse is what in a spec has a Go name already, for messages about a former name that
// collides with it: "the code at line 13".
type goNameUse struct {
	what string // "code", "[[struct]]", "[[field]]", "[[struct.field]]"
	line int
}

// takenNames maps every Go name the codes, structs and fields of s use to its first use.
func (v *validator) takenNames(s *Spec) map[string]goNameUse {
	taken := map[string]goNameUse{}
	take := func(name, what string, line int) {
		if _, dup := taken[name]; name != "" && !dup {
			taken[name] = goNameUse{what, line}
		}
	}
	for _, c := range s.Codes {
		take(c.Name, "code", c.Line)
	}
	for i, st := range s.Structs {
		take(st.Name, "[[struct]]", v.lines.line(fmt.Sprintf("struct[%d]", i)))
		for _, f := range st.Fields {
			take(f.Name, "[[struct.field]]", f.Line)
		}
	}
	for _, f := range s.Fields {
		take(f.Name, "[[field]]", f.Line)
	}
	return taken
}

// renames validates [[renamed]] into s.Renamed, sorted by From: each from an exported Go name
// that nothing else of the spec has, each to the name of a code, with a date and a note.
func (v *validator) renames(raw *rawFile, s *Spec) {
	taken := v.takenNames(s)
	formers := map[string]*Rename{}
	paths := map[*Rename]string{}
	for i := range raw.Renamed {
		r := &raw.Renamed[i]
		p := fmt.Sprintf("renamed[%d]", i)
		rn := &Rename{Line: v.lines.line(p)}
		w := v.renameFrom(r, p, fmt.Sprintf("[[renamed]] #%d", i+1), rn, taken, formers)
		rn.To = v.str(r.To, p+".to", w, "to", true)
		v.goName(rn.To, p+".to", w, "to")
		if !r.Date.set {
			v.add(p, "%s: missing required key \"date\"; add date = 2026-03-31, the day the name changed (a TOML "+
				"date, without quotes)", w)
		}
		rn.Date = v.date(r.Date, p+".date", w, "date")
		rn.Note = v.str(r.Note, p+".note", w, "note", true)
		paths[rn] = p
		s.Renamed = append(s.Renamed, rn)
	}
	names := codeNames(s)
	for _, rn := range s.Renamed {
		v.renameTo(rn, paths[rn], taken, formers, names)
	}
	sort.SliceStable(s.Renamed, func(i, j int) bool { return s.Renamed[i].From < s.Renamed[j].From })
}

// renameFrom reads the former name of a [[renamed]] into rn and checks that it is an exported
// Go name that no code, struct, field, other rename or declaration of the generated package
// has. It returns how messages name the table from then on: by its former name once known.
func (v *validator) renameFrom(r *rawRenamed, p, w string, rn *Rename, taken map[string]goNameUse,
	formers map[string]*Rename) string {
	rn.From = v.str(r.From, p+".from", w, "from", true)
	if rn.From == "" {
		return w
	}
	w = "[[renamed]] " + rn.From
	v.declaredName(rn.From, CodeName, p+".from", w, "from")
	use, isTaken := taken[rn.From]
	switch prev := formers[rn.From]; {
	case isTaken && use.what == "code":
		v.add(p+".from", "%s: from %s is the name of the code at line %d; from is a name no code has any more: rename "+
			"the code, then record its old name here", w, rn.From, use.line)
	case isTaken:
		v.add(p+".from", "%s: from %s is the name of the %s at line %d; a former name must be free, Go names in a "+
			"spec are unique", w, rn.From, use.what, use.line)
	case prev != nil:
		v.add(p+".from", "%s: from %s is already recorded by the [[renamed]] at line %d; record each former name once",
			w, rn.From, prev.Line)
	default:
		formers[rn.From] = rn
	}
	return w
}

// renameTo checks that the to of a [[renamed]] names a code: not a former name (the code's
// current name is wanted) and not a misspelling (the closest code name is suggested).
func (v *validator) renameTo(rn *Rename, p string, taken map[string]goNameUse, formers map[string]*Rename,
	names []string) {
	if rn.To == "" || identProblem(rn.To, true) != "" {
		return // reported with the table
	}
	w := fmt.Sprintf("[[renamed]] %s", rn.From)
	if rn.From == "" {
		w = fmt.Sprintf("[[renamed]] at line %d", rn.Line)
	}
	switch use, ok := taken[rn.To]; {
	case ok && use.what == "code":
	case formers[rn.To] != nil:
		v.add(p+".to", "%s: to %s is itself a former name (the [[renamed]] at line %d); name the code's current name "+
			"(%s names %s)", w, rn.To, formers[rn.To].Line, rn.To, formers[rn.To].To)
	default:
		v.add(p+".to", "%s: to %q is not the name of a code in this spec%s", w, rn.To, v.codeHint(rn.To, names))
	}
}
