package spec

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// codeScope is what the checks of one [[code]] look names up in, and what the codes before
// it have taken.
type codeScope struct {
	envs        map[string]*Envelope
	fieldKeys   map[string]bool // lower-cased JSON keys a code's fields may name
	fieldList   []string        // the same keys as written, for suggestions
	envNames    []string        // the envelope names, in file order
	roleKeys    map[string]bool // lower-cased JSON keys the envelopes decode themselves
	structNames map[string]bool
	values      map[string]int // value as text → line of the code that has it
	names       map[string]int // Go name → line of the code that has it
}

// newCodeScope collects the names of s that codes refer to or must not take.
func newCodeScope(s *Spec) *codeScope {
	cs := &codeScope{
		envs: map[string]*Envelope{}, fieldKeys: map[string]bool{}, roleKeys: map[string]bool{},
		structNames: map[string]bool{},
		values:      map[string]int{}, names: map[string]int{},
	}
	for _, e := range s.Envelopes {
		cs.envs[e.Name] = e
		cs.envNames = append(cs.envNames, e.Name)
	}
	for _, f := range s.Fields {
		cs.fieldKeys[strings.ToLower(f.JSON)] = true
		cs.fieldList = append(cs.fieldList, f.JSON)
	}
	for _, e := range s.Envelopes {
		for _, k := range append(append(append([]string{}, e.Message...), e.Description...), e.RequestID...) {
			cs.fieldKeys[strings.ToLower(k)] = true
			cs.fieldList = append(cs.fieldList, k)
		}
		for _, k := range envKeys(e) {
			cs.roleKeys[k] = true
		}
	}
	for _, st := range s.Structs {
		cs.structNames[st.Name] = true
	}
	return cs
}

// codes validates [[code]] and sorts them by value.
func (v *validator) codes(raw *rawFile, s *Spec) {
	if len(raw.Code) == 0 {
		v.add("", "no [[code]]; a spec lists at least one documented code")
	}
	cs := newCodeScope(s)
	for i := range raw.Code {
		s.Codes = append(s.Codes, v.code(&raw.Code[i], fmt.Sprintf("code[%d]", i), i, s, cs))
	}
	sort.SliceStable(s.Codes, func(i, j int) bool {
		if s.CodeType == IntCodes {
			return s.Codes[i].Int < s.Codes[j].Int
		}
		return s.Codes[i].Str < s.Codes[j].Str
	})
}

// code validates the [[code]] at path p, the i-th of the file.
func (v *validator) code(r *rawCode, p string, i int, s *Spec, cs *codeScope) *Code {
	c := &Code{Line: v.lines.line(p)}
	v.codePaths[c] = p
	w := v.codeID(r, p, fmt.Sprintf("[[code]] #%d", i+1), c, s.CodeType, cs)
	v.codeName(r, p, w, c, cs)
	c.Wire = v.wireCode(r.Wire, p+".wire", w, "wire", false)
	if c.Wire != "" && s.CodeType == StringCodes {
		v.add(p+".wire", "%s: wire is for int codes; a string code's value is its wire name", w)
	}
	v.codeEnvelope(r, p, w, c, s, cs)
	c.Message = v.str(r.Message, p+".message", w, "message", false)
	c.Description = v.str(r.Description, p+".description", w, "description", false)
	c.Resolution = v.str(r.Resolution, p+".resolution", w, "resolution", false)
	c.Status = v.status(r.Status, p+".status", w, "status")
	if c.Status.Code >= 100 && c.Status.Code < 200 {
		v.add(p+".status", "%s: status %d is informational (1xx), which is never the final status of a reply: "+
			"write the status the vendor answers the code with (2xx to 5xx), or leave status out when the "+
			"document gives none", w, c.Status.Code)
	}
	c.Status.Source = v.str(r.StatusSource, p+".status_source", w, "status_source", false)
	if c.Status.Source != "" && !r.Status.set {
		v.add(p+".status_source", "%s: status_source without status; add the status it is the source of", w)
	}
	c.Parent = v.str(r.Parent, p+".parent", w, "parent", false)
	v.goName(c.Parent, p+".parent", w, "parent")
	v.codeFields(r, p, w, c, s, cs)
	c.Note = v.str(r.Note, p+".note", w, "note", false)
	c.Source = v.str(r.Source, p+".source", w, "source", false)
	c.Class = v.str(r.Class, p+".class", w, "class", false)
	v.className(c.Class, p+".class", w)
	c.Unclassified = v.str(r.Unclassified, p+".unclassified", w, "unclassified", false)
	if c.Class != "" && c.Unclassified != "" {
		v.add(p+".unclassified", "%s: a code has a class or a reason to have none, not both; remove class or "+
			"unclassified", w)
	}
	c.Temporary = v.boolean(r.Temporary, p+".temporary", w, "temporary")
	c.Deprecated = v.str(r.Deprecated, p+".deprecated", w, "deprecated", false)
	return c
}

// codeID reads a code's value into c, checks that no code before it has the same value, and
// returns how messages name the code from then on: by its value once it is known.
func (v *validator) codeID(r *rawCode, p, w string, c *Code, t CodeType, cs *codeScope) string {
	id, ok := v.codeValue(r.Value, p+".value", w, t)
	if !ok {
		return w
	}
	if t == IntCodes {
		c.Int = id.(int64)
	} else {
		c.Str = id.(string)
	}
	w = fmt.Sprintf("[[code]] %v", id)
	key := fmt.Sprint(id)
	if prev, dup := cs.values[key]; dup {
		v.add(p+".value", "%s: value %v is already the code at line %d; a value may appear once (record the "+
			"document's duplicates in a note)", w, id, prev)
	} else {
		cs.values[key] = c.Line
	}
	return w
}

// codeName reads a code's Go name into c and checks that it is a name a code may have (see
// NameProblem) that no other code or struct has taken.
func (v *validator) codeName(r *rawCode, p, w string, c *Code, cs *codeScope) {
	c.Name = v.str(r.Name, p+".name", w, "name", true)
	if c.Name == "" {
		return
	}
	v.declaredName(c.Name, CodeName, p+".name", w, "name")
	switch {
	case cs.structNames[c.Name]:
		v.add(p+".name", "%s: name %s is already the name of a [[struct]] of this spec; Go names must be unique",
			w, c.Name)
	case cs.names[c.Name] != 0:
		v.add(p+".name", "%s: name %s is already the name of the code at line %d; Go names must be unique", w, c.Name,
			cs.names[c.Name])
	default:
		cs.names[c.Name] = c.Line
	}
}

// codeEnvelope reads the envelope a code arrives in (the only one by default) and its detail
// flag into c, and checks that the envelope exists and has a detail key when the flag is set.
func (v *validator) codeEnvelope(r *rawCode, p, w string, c *Code, s *Spec, cs *codeScope) {
	c.Envelope = v.str(r.Envelope, p+".envelope", w, "envelope", false)
	switch {
	case c.Envelope == "" && len(s.Envelopes) == 1:
		c.Envelope = s.Envelopes[0].Name
	case c.Envelope == "" && len(s.Envelopes) > 1:
		v.add(p, "%s: the spec has several envelopes; say which one the code arrives in with envelope = \"...\"", w)
	case c.Envelope != "" && cs.envs[c.Envelope] == nil:
		v.add(p+".envelope", "%s: envelope %q does not exist%s", w, c.Envelope, v.envelopeHint(c.Envelope, cs.envNames))
	}
	c.Detail = v.boolean(r.Detail, p+".detail", w, "detail")
	if e := cs.envs[c.Envelope]; c.Detail && e != nil && e.DetailKey == "" {
		v.add(p+".detail", "%s: detail = true, but envelope %q has no detail key", w, c.Envelope)
	}
	if e := cs.envs[c.Envelope]; e != nil && e.Header != "" {
		v.add(p+".envelope", "%s: envelope %q reads a header's challenges, which carry the codes of a body "+
			"envelope; name the envelope of the body the vendor sends the code in", w, c.Envelope)
	}
}

// codeFields reads the JSON keys of a code's extra fields into c and checks that each is a
// [[field]] or one of the envelopes' message, description and request_id keys.
func (v *validator) codeFields(r *rawCode, p, w string, c *Code, s *Spec, cs *codeScope) {
	c.Fields = v.strings(r.Fields, p+".fields", w, "fields", false)
	for _, f := range c.Fields {
		if cs.fieldKeys[strings.ToLower(f)] {
			continue
		}
		if cs.roleKeys[strings.ToLower(f)] {
			v.add(p+".fields", "%s: field %q is the envelope's %s key, not an extra field; name a [[field]] json key "+
				"or one of the envelope's message, description and request_id keys", w, f, roleName(s.Envelopes, f))
			continue
		}
		if n := v.closest(f, cs.fieldList); n != "" {
			v.add(p+".fields", "%s: field %q is not declared; did you mean %q? (or add a [[field]] with json = %q)",
				w, f, n, f)
			continue
		}
		v.add(p+".fields", "%s: field %q is not declared; add a [[field]] with json = %q, or name one of the "+
			"envelope's message, description and request_id keys", w, f, f)
	}
}

// codeValue checks a code value against the spec's code type: an int code in the range
// MinIntCode to MaxIntCode, a string code a wire code (see wireCodeProblem), neither 0 nor "".
// ok is false when the value is not usable; messages then name the code by its position.
func (v *validator) codeValue(l leaf, p, w string, t CodeType) (any, bool) {
	if !l.set {
		v.add(p, "%s: missing required key \"value\"; add value = the code as it appears on the wire", w)
		return nil, false
	}
	switch x := l.v.(type) {
	case int64:
		if t == StringCodes {
			v.add(p, "%s: value %d is an integer, but code_type is \"string\"; write value = \"%d\"", w, x, x)
			return nil, false
		}
		if x == 0 {
			v.add(p, "%s: value 0 is reserved for \"no code\"; a documented code is never 0", w)
			return nil, false
		}
		return x, t == IntCodes && v.intCode(x, p, w, "value")
	case string:
		if t == IntCodes {
			if _, err := strconv.ParseInt(x, 10, 64); err == nil {
				v.add(p, "%s: value %q is a string, but code_type is \"int\"; write value = %s without quotes", w, x, x)
			} else {
				v.add(p, "%s: value %q is a string, but code_type is \"int\"", w, x)
			}
			return nil, false
		}
		if x == "" {
			v.add(p, "%s: value is empty; the empty string is reserved for \"no code\"", w)
			return nil, false
		}
		if prob := wireCodeProblem(x); prob != "" {
			v.add(p, "%s: value %s %s", w, quoteShort(x), prob)
			return nil, false
		}
		return x, t == StringCodes
	}
	v.add(p, "%s: value must be an integer or a string, as code_type says, not %s", w, tomlType(l.v))
	return nil, false
}
