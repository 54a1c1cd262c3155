package spec

import (
	"fmt"
	"strings"
)

// structs validates [[struct]] and returns the set of their names.
func (v *validator) structs(raw *rawFile, s *Spec) map[string]bool {
	names := map[string]bool{}
	for i, r := range raw.Struct {
		p := fmt.Sprintf("struct[%d]", i)
		w := fmt.Sprintf("[[struct]] #%d", i+1)
		st := &Struct{Name: v.str(r.Name, p+".name", w, "name", true)}
		if st.Name != "" {
			w = fmt.Sprintf("[[struct]] %s", st.Name)
			v.declaredName(st.Name, StructName, p+".name", w, "name")
			if names[st.Name] {
				v.add(p+".name", "%s: another [[struct]] has this name", w)
			}
			names[st.Name] = true
		}
		st.Doc = v.str(r.Doc, p+".doc", w, "doc", true)
		s.Structs = append(s.Structs, st)
	}
	for i, r := range raw.Struct {
		st := s.Structs[i]
		p := fmt.Sprintf("struct[%d]", i)
		if len(r.Field) == 0 {
			v.add(p, "[[struct]] %s: no [[struct.field]]; a struct needs at least one field", st.Name)
		}
		seen := map[string]bool{}
		for j := range r.Field {
			fp := fmt.Sprintf("%s.field[%d]", p, j)
			f := v.field(r.Field[j].field(), fp, fmt.Sprintf("[[struct.field]] #%d of %s", j+1, st.Name), names, nil, false)
			v.uniqueField(f, seen, fp)
			st.Fields = append(st.Fields, f)
		}
	}
	v.structCycles(s)
	return names
}

// structCycles reports a struct that contains itself by value, directly or through other
// structs: Go cannot size it. Through a slice or a map it is fine. One depth-first walk over
// the structs finds each field that closes a cycle (its type is a struct the walk is inside
// of) and reports that field, once, so the cost is linear in the number of fields.
func (v *validator) structCycles(s *Spec) {
	byName := make(map[string]*Struct, len(s.Structs))
	paths := make(map[*Field]string)
	for i, st := range s.Structs {
		byName[st.Name] = st
		for j, f := range st.Fields {
			paths[f] = fmt.Sprintf("struct[%d].field[%d].type", i, j)
		}
	}
	const (
		inside = 1 // the walk is inside the struct: it holds the struct being walked, by value
		done   = 2
	)
	state := make(map[*Struct]int, len(s.Structs))
	var walk func(st *Struct)
	walk = func(st *Struct) {
		state[st] = inside
		for _, f := range st.Fields {
			switch next := byName[f.Type]; {
			case next == nil, state[next] == done:
			case state[next] == inside:
				v.add(paths[f], "[[struct.field]] %q: type %q makes struct %s contain itself; "+
					"use []%s or map[string]%s", f.JSON, f.Type, st.Name, f.Type, f.Type)
			default:
				walk(next)
			}
		}
		state[st] = done
	}
	for _, st := range s.Structs {
		if state[st] == 0 {
			walk(st)
		}
	}
}

// fields validates [[field]].
func (v *validator) fields(raw *rawFile, s *Spec, structs map[string]bool) {
	seen := map[string]bool{}
	var envs []string
	for _, e := range s.Envelopes {
		for _, k := range envKeys(e) {
			seen["json:"+k] = true
		}
		envs = append(envs, e.Name)
	}
	for i := range raw.Field {
		p := fmt.Sprintf("field[%d]", i)
		f := v.field(&raw.Field[i], p, fmt.Sprintf("[[field]] #%d", i+1), structs, envs, true)
		v.uniqueField(f, seen, p)
		s.Fields = append(s.Fields, f)
	}
}

// field validates one field of [[field]] or [[struct.field]]; envs are the envelope names.
func (v *validator) field(r *rawField, p, w string, structs map[string]bool, envs []string, top bool) *Field {
	f := &Field{Line: v.lines.line(p)}
	w = v.fieldSource(r, p, w, f)
	f.Name = v.str(r.Name, p+".name", w, "name", true)
	use := StructFieldName
	if top {
		use = FieldName
	}
	v.declaredName(f.Name, use, p+".name", w, "name")
	v.fieldType(r, p, w, f, structs)
	if !top && usesMessages(f.Type) {
		v.add(p+".type", "%s: type %q uses Messages, which only a [[field]] of the body may have (the generated "+
			"package declares Messages for those only); use json.RawMessage here, or []string when the vendor "+
			"sends an array of strings", w, f.Type)
	}
	f.Doc = v.str(r.Doc, p+".doc", w, "doc", true)
	if top {
		f.Envelopes = v.strings(r.Envelopes, p+".envelopes", w, "envelopes", false)
		for _, e := range f.Envelopes {
			if !contains(envs, e) {
				v.add(p+".envelopes", "%s: envelope %q does not exist%s", w, e, v.envelopeHint(e, envs))
			}
		}
	} else if r.Envelopes.set {
		v.add(p+".envelopes", "%s: envelopes is for [[field]], not [[struct.field]]", w)
	}
	return f
}

// fieldSource reads where a field's value comes from into f: its JSON key and aliases or, for
// a [[field]], a response header. It returns how messages name the field from then on.
func (v *validator) fieldSource(r *rawField, p, w string, f *Field) string {
	if r.Header.set { // [[field]] only: a [[struct.field]] has no header key
		f.Header = v.headerName(r.Header, p+".header", w, "header")
		if r.JSON.set || r.Aliases.set {
			v.add(p+".header", "%s: a field is read from a json key or from a header, not both; drop json and "+
				"aliases, or header", w)
		}
		return fmt.Sprintf("[[field]] header %q", f.Header)
	}
	f.JSON = v.str(r.JSON, p+".json", w, "json", true)
	if f.JSON != "" {
		w = fmt.Sprintf("%s %q", strings.Fields(w)[0], f.JSON)
	}
	f.Aliases = v.strings(r.Aliases, p+".aliases", w, "aliases", false)
	for _, k := range append([]string{f.JSON}, f.Aliases...) {
		v.jsonKey(k, p+".json", w, "json key")
	}
	return w
}

// fieldType reads a field's Go type into f: type or, for a [[field]] of the body, code_of, the
// Code of another spec of the folder (its dir; LoadFS checks that it names one).
func (v *validator) fieldType(r *rawField, p, w string, f *Field, structs map[string]bool) {
	if r.CodeOf.set {
		f.CodeOf = v.str(r.CodeOf, p+".code_of", w, "code_of", true)
		switch { // [[field]] only: a [[struct.field]] has no code_of key
		case r.Type.set:
			v.add(p+".type", "%s: the type of a field with code_of is the Code of that spec; leave type out", w)
		case f.Header != "":
			v.add(p+".code_of", "%s: a code of another spec is read from the body: use json, not header", w)
		}
		return
	}
	f.Type = v.str(r.Type, p+".type", w, "type", true)
	if f.Type != "" {
		if prob := typeProblem(f.Type, structs); prob != "" {
			v.add(p+".type", "%s: type %q %s", w, f.Type, prob)
		}
	}
	if f.Header != "" && f.Type != "string" {
		v.add(p+".type", "%s: a field read from a header is a string; use type = \"string\"", w)
	}
	if len(f.Aliases) > 0 && structs[f.Type] {
		v.add(p+".aliases", "%s: aliases need a type that can be empty (string, number, bool, slice, map); a bare "+
			"struct cannot say which key carried it", w)
	}
}

// uniqueField reports a field whose Go name or JSON key is already taken.
func (v *validator) uniqueField(f *Field, seen map[string]bool, p string) {
	if f.Name != "" {
		if seen["name:"+f.Name] {
			v.add(p+".name", "field name %s is already the name of another field of the same struct; choose "+
				"another name", f.Name)
		}
		seen["name:"+f.Name] = true
	}
	for _, k := range append([]string{f.JSON}, f.Aliases...) {
		if k == "" {
			continue
		}
		if seen["json:"+strings.ToLower(k)] || seen["json:"+k] {
			v.add(p+".json", "JSON key %q is already decoded by another field or by the envelope (keys match "+
				"case-insensitively); remove one", k)
		}
		seen["json:"+strings.ToLower(k)] = true
	}
}

// declaredName reports a Go name that the spec declares (the name of a code, former name,
// struct or field) and that cannot be used as it is (see NameProblem).
func (v *validator) declaredName(name string, use NameUse, p, w, key string) {
	if name == "" {
		return
	}
	if prob := NameProblem(name, use); prob != "" {
		v.add(p, "%s: %s %q %s", w, key, name, prob)
	}
}

// goName reports a Go name that refers to a declaration of the spec (a parent, the code of a
// former name) and is not an exported identifier: it cannot name any.
func (v *validator) goName(name, p, w, key string) {
	if name == "" {
		return
	}
	if prob := identProblem(name, true); prob != "" {
		v.add(p, "%s: %s %q %s", w, key, name, prob)
	}
}
