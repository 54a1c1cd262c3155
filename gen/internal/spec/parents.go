package spec

import "fmt"

// parents checks that every parent exists, that chains have no cycles and stay within an
// envelope, and that detail codes have a parent. Problems point at the code's parent key
// (its detail key for a detail code without a parent).
func (v *validator) parents(s *Spec) {
	byName := map[string]*Code{}
	for _, c := range s.Codes {
		byName[c.Name] = c
	}
	names := codeNames(s)
	for _, c := range s.Codes {
		p := v.codePaths[c]
		switch {
		case c.Parent == "":
			if c.Detail {
				v.add(p+".detail", "[[code]] %s: a detail code needs a parent: the code that arrives with it in the "+
					"envelope's code key", c.Name)
			}
		case identProblem(c.Parent, true) != "":
			// reported with the code: not a Go name, so not the name of a code either
		case byName[c.Parent] == nil:
			v.add(p+".parent", "[[code]] %s: parent %q is not the name of a code in this spec%s", c.Name, c.Parent,
				codeHint(c.Parent, names))
		default:
			v.parentChain(c, byName)
		}
	}
}

// parentChain follows the parents of c and reports a cycle, or a parent that arrives in
// another envelope.
func (v *validator) parentChain(c *Code, byName map[string]*Code) {
	p := v.codePaths[c] + ".parent"
	seen := map[string]bool{c.Name: true}
	for a := byName[c.Parent]; a != nil; a = byName[a.Parent] {
		if seen[a.Name] {
			v.add(p, "[[code]] %s: parent chain has a cycle through %s; a code cannot be its own ancestor", c.Name,
				a.Name)
			return
		}
		seen[a.Name] = true
		if a.Envelope != c.Envelope {
			v.add(p, "[[code]] %s: parent %s arrives in envelope %q, not %q; parents stay within an envelope", c.Name,
				a.Name, a.Envelope, c.Envelope)
			return
		}
	}
}

// catchAlls validates [[catch_all]].
func (v *validator) catchAlls(raw *rawFile, s *Spec) {
	names := codeNames(s)
	usable := map[*CatchAll]bool{} // catch-alls whose range or prefix can be compared
	for i := range raw.CatchAll {
		r := &raw.CatchAll[i]
		p := fmt.Sprintf("catch_all[%d]", i)
		w := fmt.Sprintf("[[catch_all]] #%d", i+1)
		ca := &CatchAll{Line: v.lines.line(p)}
		ca.Parent = v.str(r.Parent, p+".parent", w, "parent", true)
		v.goName(ca.Parent, p+".parent", w, "parent")
		if ca.Parent != "" && identProblem(ca.Parent, true) == "" && !contains(names, ca.Parent) {
			v.add(p+".parent", "%s: parent %q is not the name of a code in this spec%s", w, ca.Parent,
				codeHint(ca.Parent, names))
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
// compared.
func (v *validator) catchAllOverlaps(s *Spec, usable map[*CatchAll]bool) {
	for i, a := range s.CatchAlls {
		for _, b := range s.CatchAlls[:i] {
			if !usable[a] || !usable[b] {
				continue
			}
			same := a.Prefix == b.Prefix
			if s.CodeType == IntCodes {
				same = a.To-a.From == b.To-b.From && a.From <= b.To && b.From <= a.To
			}
			if same {
				v.addLine(a.Line, fmt.Sprintf("[[catch_all]] #%d: covers the same codes as the catch-all at line %d, "+
					"as narrowly; make one narrower or remove it", i+1, b.Line))
			}
		}
	}
}
