package spec

import (
	"fmt"
	"sort"
	"strings"
)

// parents checks that every parent names a code of the spec in the same envelope, that
// detail codes have a parent and that no chain of parents is a cycle. Problems point at the
// code's parent key (its detail key for a detail code without a parent). Each code is checked
// against its own parent only, and parentCycles visits each code once, so the cost is linear
// in the number of codes however deep the chains are.
func (v *validator) parents(s *Spec) {
	byName := make(map[string]*Code, len(s.Codes))
	for _, c := range s.Codes {
		byName[c.Name] = c
	}
	names := codeNames(s)
	for _, c := range s.Codes {
		p := v.codePaths[c]
		parent := parentOf(c, byName)
		switch {
		case c.Parent == "":
			if c.Detail {
				v.add(p+".detail", "[[code]] %s: a detail code needs a parent: the code that arrives with it in the "+
					"envelope's code key", c.Name)
			}
		case identProblem(c.Parent, true) != "":
			// reported with the code: not a Go name, so not the name of a code either
		case parent == nil:
			v.add(p+".parent", "[[code]] %s: parent %q is not the name of a code in this spec%s", c.Name, c.Parent,
				v.codeHint(c.Parent, names))
		case parent.Envelope != c.Envelope:
			v.add(p+".parent", "[[code]] %s: parent %s arrives in envelope %q, not %q; parents stay within an envelope",
				c.Name, parent.Name, parent.Envelope, c.Envelope)
		}
	}
	v.parentCycles(s.Codes, byName)
}

// parentCycles reports each cycle of parents once, at the parent key of the member that
// comes first in the file, with the cycle's length and its first members. A walk starts at
// each code not yet visited and follows parents until it reaches a code without a parent
// in byName or a code visited before: by an earlier walk (whose chain is already checked),
// or by this walk, whose codes from that one on are then a cycle. Each code is visited once.
func (v *validator) parentCycles(codes []*Code, byName map[string]*Code) {
	walkOf := make(map[*Code]int, len(codes)) // the walk that visited a code, from 1
	indexOf := make(map[*Code]int, len(codes))
	var walk []*Code
	for n, c := range codes {
		walk = walk[:0]
		for c != nil && walkOf[c] == 0 {
			walkOf[c], indexOf[c] = n+1, len(walk)
			walk = append(walk, c)
			c = parentOf(c, byName)
		}
		if c != nil && walkOf[c] == n+1 {
			v.parentCycle(walk[indexOf[c]:])
		}
	}
}

// parentOf returns the code that c names as its parent, or nil when it names none or no
// code of byName.
func parentOf(c *Code, byName map[string]*Code) *Code {
	if c.Parent == "" {
		return nil
	}
	return byName[c.Parent]
}

// cycleShown is how many members of a parent cycle a message names before "…".
const cycleShown = 5

// parentCycle reports the codes of cycle, each the child of the one after it and the last
// the child of the first, as one problem at the parent key of the code that comes first in
// the file.
func (v *validator) parentCycle(cycle []*Code) {
	first := 0
	for i, c := range cycle {
		if c.Line < cycle[first].Line {
			first = i
		}
	}
	cycle = append(append([]*Code(nil), cycle[first:]...), cycle[:first]...)
	head := cycle[0]
	p := v.codePaths[head] + ".parent"
	if len(cycle) == 1 {
		v.add(p, "[[code]] %s: parent is the code itself; a code cannot be its own ancestor: remove the parent key",
			head.Name)
		return
	}
	var chain []string
	for i, c := range cycle {
		if i == cycleShown && len(cycle) > cycleShown+1 {
			chain = append(chain, "…", cycle[len(cycle)-1].Name)
			break
		}
		chain = append(chain, c.Name)
	}
	chain = append(chain, head.Name)
	v.add(p, "[[code]] %s: parent chain is a cycle of %d codes: %s (each arrow leads to the parent); a code "+
		"cannot be its own ancestor: remove the parent key of one of them", head.Name, len(cycle),
		strings.Join(chain, " → "))
}

// catchAlls validates [[catch_all]].
func (v *validator) catchAlls(raw *rawFile, s *Spec) {
	names := codeNames(s)
	known := make(map[string]bool, len(names))
	for _, n := range names {
		known[n] = true
	}
	usable := map[*CatchAll]bool{} // catch-alls whose range or prefix can be compared
	for i := range raw.CatchAll {
		r := &raw.CatchAll[i]
		p := fmt.Sprintf("catch_all[%d]", i)
		w := fmt.Sprintf("[[catch_all]] #%d", i+1)
		ca := &CatchAll{Line: v.lines.line(p)}
		ca.Parent = v.str(r.Parent, p+".parent", w, "parent", true)
		v.goName(ca.Parent, p+".parent", w, "parent")
		if ca.Parent != "" && identProblem(ca.Parent, true) == "" && !known[ca.Parent] {
			v.add(p+".parent", "%s: parent %q is not the name of a code in this spec%s", w, ca.Parent,
				v.codeHint(ca.Parent, names))
		}
		ca.Note = v.str(r.Note, p+".note", w, "note", false)
		switch s.CodeType {
		case IntCodes:
			usable[ca] = v.catchAllRange(r, p, w, ca)
		case StringCodes:
			usable[ca] = v.catchAllPrefix(r, p, w, ca)
		}
		s.CatchAlls = append(s.CatchAlls, ca)
	}
	v.catchAllOverlaps(s, usable)
}

// catchAllRange reads the from and to of an int spec's catch-all into ca and reports keys of
// string specs. ok is false when from or to is missing or out of range.
func (v *validator) catchAllRange(r *rawCatchAll, p, w string, ca *CatchAll) (ok bool) {
	from, ok1 := v.integer(r.From, p+".from", w, "from", true)
	to, ok2 := v.integer(r.To, p+".to", w, "to", true)
	ok1 = ok1 && v.intCode(from, p+".from", w, "from")
	ok2 = ok2 && v.intCode(to, p+".to", w, "to")
	if ok1 && ok2 && from > to {
		v.add(p+".from", "%s: from %d is greater than to %d", w, from, to)
	}
	ca.From, ca.To = from, to
	if r.Prefix.set {
		v.add(p+".prefix", "%s: prefix is for string codes; use from and to", w)
	}
	if r.NearestListed.set {
		v.add(p+".nearest_listed", "%s: nearest_listed is for dotted string codes", w)
	}
	return ok1 && ok2
}

// catchAllPrefix reads the prefix and nearest_listed of a string spec's catch-all into ca and
// reports keys of int specs. ok is false when the prefix is missing or empty.
func (v *validator) catchAllPrefix(r *rawCatchAll, p, w string, ca *CatchAll) (ok bool) {
	ca.Prefix = v.wireCode(r.Prefix, p+".prefix", w, "prefix", true)
	ca.NearestListed = v.boolean(r.NearestListed, p+".nearest_listed", w, "nearest_listed")
	if r.From.set || r.To.set {
		v.add(p+".from", "%s: from and to are for int codes; use prefix", w)
	}
	return ca.Prefix != ""
}

// catchAllOverlaps reports catch-alls that match the same codes equally narrowly: the
// narrowest match wins, so which of them applies would be ambiguous. Only usable ones are
// compared. Catch-alls of one width (one prefix) are sorted by where they start, so that each
// is compared with its neighbour only: of equal-width ranges that overlap, some two
// neighbours overlap. The later of two in the file is reported, naming the other.
func (v *validator) catchAllOverlaps(s *Spec, usable map[*CatchAll]bool) {
	number := map[*CatchAll]int{}   // the catch-all's number in the file, from 1
	groups := map[any][]*CatchAll{} // by prefix, or by the width of the range
	for i, ca := range s.CatchAlls {
		if !usable[ca] {
			continue
		}
		number[ca] = i + 1
		var key any = ca.Prefix
		if s.CodeType == IntCodes {
			key = ca.To - ca.From
		}
		groups[key] = append(groups[key], ca)
	}
	for _, g := range groups {
		sort.SliceStable(g, func(i, j int) bool { return g[i].From < g[j].From })
		for i := 1; i < len(g); i++ {
			a, b := g[i-1], g[i]
			if s.CodeType == IntCodes && b.From > a.To {
				continue
			}
			if number[a] > number[b] {
				a, b = b, a
			}
			v.addLine(b.Line, fmt.Sprintf("[[catch_all]] #%d: covers the same codes as the catch-all at line %d, "+
				"as narrowly; make one narrower or remove it", number[b], a.Line))
		}
	}
}
