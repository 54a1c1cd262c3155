package spec

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// envelopeNameRE is the form of envelope names: they are data (Error.Envelope), not Go names.
var envelopeNameRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// spec validates the raw file into the model. Problems are collected in v; the result is
// meaningful only when there are none.
func (v *validator) spec(raw *rawFile) *Spec {
	s := &Spec{File: v.file}
	v.codePaths = map[*Code]string{}
	v.header(raw, s)
	v.envelopes(raw, s)
	structs := v.structs(raw, s)
	v.fields(raw, s, structs)
	v.codes(raw, s)
	v.parents(s)
	v.renames(raw, s)
	v.catchAlls(raw, s)
	v.scenarios(raw, s)
	v.httpStatuses(raw, s)
	v.statusClasses(raw, s)
	v.detailsKeys(s)
	return s
}

// className checks a class name against the root package's classes.
func (v *validator) className(name, path, where string) {
	if name != "" && apierr.ClassByName(name) == nil {
		names := make([]string, 0, 12)
		for _, c := range apierr.Classes() {
			names = append(names, c.Name())
		}
		v.add(path, "%s: class %q is not a class of package apierr; use one of %s", where, name, strings.Join(names, ", "))
	}
}

// statusClasses validates [[status_class]].
func (v *validator) statusClasses(raw *rawFile, s *Spec) {
	seen := map[int]int{}
	for i, r := range raw.StatusClass {
		p := fmt.Sprintf("status_class[%d]", i)
		w := fmt.Sprintf("[[status_class]] #%d", i+1)
		sc := &StatusClass{Status: v.replyStatus(r.Status, p, w)}
		if prev, dup := seen[sc.Status]; dup && sc.Status != 0 {
			v.add(p+".status", "%s: status %d already has a class at line %d", w, sc.Status, prev)
		}
		seen[sc.Status] = v.lines.line(p)
		sc.Class = v.str(r.Class, p+".class", w, "class", true)
		v.className(sc.Class, p+".class", w)
		sc.Note = v.str(r.Note, p+".note", w, "note", false)
		s.StatusClasses = append(s.StatusClasses, sc)
	}
}

// header validates [spec].
func (v *validator) header(raw *rawFile, s *Spec) {
	r := &raw.Spec
	const w = "[spec]"
	if v.lines["spec"] == 0 && !r.Vendor.set && !r.Package.set {
		v.add("", "%s table is missing; start the spec with [spec] and its keys vendor, document, source, package, dir and code_type", w)
		return
	}
	s.Vendor = v.str(r.Vendor, "spec.vendor", w, "vendor", true)
	s.Document = v.str(r.Document, "spec.document", w, "document", true)
	s.Source = v.str(r.Source, "spec.source", w, "source", true)
	s.DocFile = v.str(r.File, "spec.file", w, "file", false)
	s.Retrieved = v.date(r.Retrieved, "spec.retrieved", w, "retrieved")
	s.Release = v.str(r.Release, "spec.release", w, "release", false)
	s.Doc = v.str(r.Doc, "spec.doc", w, "doc", false)
	s.RequestIDHeaders = v.headerNames(r.RequestIDHeaders, "spec.request_id_headers", w, "request_id_headers")
	s.Package = v.str(r.Package, "spec.package", w, "package", true)
	if s.Package != "" {
		if p := packageProblem(s.Package); p != "" {
			v.add("spec.package", "%s: package %q %s", w, s.Package, p)
		}
	}
	s.Dir = v.str(r.Dir, "spec.dir", w, "dir", true)
	if s.Dir != "" {
		if p := dirProblem(s.Dir, s.Package); p != "" {
			v.add("spec.dir", "%s: dir %q %s", w, s.Dir, p)
		}
	}
	switch ct := v.str(r.CodeType, "spec.code_type", w, "code_type", true); ct {
	case "int", "string":
		s.CodeType = CodeType(ct)
		s.StringCodes = s.CodeType == StringCodes
	case "":
	default:
		v.add("spec.code_type", "%s: code_type %q is not a wire type; use \"int\" or \"string\"", w, ct)
	}
}

// envelopes validates [[envelope]].
func (v *validator) envelopes(raw *rawFile, s *Spec) {
	if len(raw.Envelope) == 0 {
		v.add("", "no [[envelope]]; describe the JSON shape of the vendor's error bodies (specs/README.md)")
	}
	names := map[string]bool{}
	roles := map[string]string{} // JSON key → role type, across envelopes
	for i := range raw.Envelope {
		r := &raw.Envelope[i]
		p := fmt.Sprintf("envelope[%d]", i)
		e := &Envelope{}
		w := v.envelopeName(r, p, fmt.Sprintf("[[envelope]] #%d", i+1), e, names)
		v.envelopeKeys(r, p, w, e)
		v.envelopeOutcome(r, p, w, e)
		v.envelopeCodeType(p, w, e, s.CodeType)
		v.envelopeMatch(p, w, e)
		v.roleTypes(e, p, w, roles)
		if len(raw.Envelope) > 1 && len(e.Match) == 0 {
			v.add(p, "%s: with more than one envelope each needs match, the keys that identify its bodies", w)
		}
		s.Envelopes = append(s.Envelopes, e)
	}
}

// envelopeName reads an envelope's name into e, checks its form and that no other envelope
// has it, and returns how messages name the envelope from then on.
func (v *validator) envelopeName(r *rawEnvelope, p, w string, e *Envelope, names map[string]bool) string {
	e.Name = v.str(r.Name, p+".name", w, "name", true)
	if e.Name == "" {
		return w
	}
	w = fmt.Sprintf("[[envelope]] %q", e.Name)
	if !envelopeNameRE.MatchString(e.Name) {
		v.add(p+".name", "%s: name must be a short lower-case word such as \"oauth\"", w)
	}
	if names[e.Name] {
		v.add(p+".name", "%s: another envelope has this name; give each a distinct name", w)
	}
	names[e.Name] = true
	return w
}

// envelopeKeys reads the doc, match and JSON keys of an envelope into e and checks that a Go
// struct tag can name each key.
func (v *validator) envelopeKeys(r *rawEnvelope, p, w string, e *Envelope) {
	e.Doc = v.str(r.Doc, p+".doc", w, "doc", false)
	e.Match = v.strings(r.Match, p+".match", w, "match", false)
	e.CodeKey = v.str(r.Code, p+".code", w, "code", true)
	e.WireNameKey = v.str(r.WireName, p+".wire_name", w, "wire_name", false)
	e.DetailKey = v.str(r.Detail, p+".detail", w, "detail", false)
	e.Message = v.strings(r.Message, p+".message", w, "message", false)
	e.Description = v.strings(r.Description, p+".description", w, "description", false)
	e.RequestID = v.strings(r.RequestID, p+".request_id", w, "request_id", false)
	e.DetailsKey = v.str(r.Details, p+".details", w, "details", false)
	for _, k := range append(append(append([]string{e.CodeKey, e.WireNameKey, e.DetailKey, e.DetailsKey}, e.Message...), e.Description...), e.RequestID...) {
		v.jsonKey(k, p, w, "key")
	}
}

// envelopeOutcome reads outcome_key, outcome_error and outcome_success into e.Outcome, which
// go together: all three or none.
func (v *validator) envelopeOutcome(r *rawEnvelope, p, w string, e *Envelope) {
	key := v.str(r.OutcomeKey, p+".outcome_key", w, "outcome_key", false)
	if key == "" {
		if r.OutcomeError.set || r.OutcomeSuccess.set {
			v.add(p+".outcome_key", "%s: outcome_error and outcome_success need outcome_key, the key whose value they are", w)
		}
		return
	}
	v.jsonKey(key, p+".outcome_key", w, "outcome_key")
	e.Outcome = &Outcome{
		Key:     key,
		Error:   v.scalars(r.OutcomeError, p+".outcome_error", w, "outcome_error"),
		Success: v.scalars(r.OutcomeSuccess, p+".outcome_success", w, "outcome_success"),
	}
	if !r.OutcomeError.set || !r.OutcomeSuccess.set {
		v.add(p+".outcome_key", "%s: outcome_key needs both outcome_error and outcome_success, the values that mean error and success", w)
	}
}

// envelopeCodeType reports the envelope keys that the spec's code type rules out: detail for
// int codes, wire_name for string codes.
func (v *validator) envelopeCodeType(p, w string, e *Envelope, t CodeType) {
	if t == IntCodes && e.DetailKey != "" {
		v.add(p+".detail", "%s: detail codes are supported for string codes only", w)
	}
	if t == StringCodes && e.WireNameKey != "" {
		v.add(p+".wire_name", "%s: wire_name is for int codes; a string code is its own wire name", w)
	}
}

// envelopeMatch reports match keys that are not among the envelope's own keys, spelled the
// same: the decoder sees only those.
func (v *validator) envelopeMatch(p, w string, e *Envelope) {
	own := []string{e.CodeKey, e.WireNameKey, e.DetailKey}
	own = append(append(append(own, e.Message...), e.Description...), e.RequestID...)
	if e.Outcome != nil {
		own = append(own, e.Outcome.Key)
	}
	for _, k := range e.Match {
		if !contains(own, k) {
			v.add(p+".match", "%s: match key %q is not one of the envelope's keys (code, wire_name, detail, message, description, request_id, outcome_key), spelled the same; the decoder can only see those", w, k)
		}
	}
}

// roleTypes reports a JSON key that the envelopes read in two roles of different types (the
// code and the message, say): the decoder holds one value per key for all envelopes.
func (v *validator) roleTypes(e *Envelope, p, w string, typ map[string]string) {
	check := func(key, t string) {
		if key == "" {
			return
		}
		if prev, ok := typ[key]; ok && prev != t {
			v.add(p, "%s: key %q is read both as a %s and as a %s (in this or another envelope); a key can have one type only", w, key, prev, t)
		}
		typ[key] = t
	}
	check(e.CodeKey, "code")
	check(e.DetailKey, "code")
	check(e.WireNameKey, "string")
	for _, k := range append(append(append([]string{}, e.Message...), e.Description...), e.RequestID...) {
		check(k, "string")
	}
	if e.Outcome != nil {
		check(e.Outcome.Key, "outcome")
	}
}

// structs validates [[struct]] and returns the set of their names.
func (v *validator) structs(raw *rawFile, s *Spec) map[string]bool {
	names := map[string]bool{}
	for i, r := range raw.Struct {
		p := fmt.Sprintf("struct[%d]", i)
		w := fmt.Sprintf("[[struct]] #%d", i+1)
		st := &Struct{Name: v.str(r.Name, p+".name", w, "name", true)}
		if st.Name != "" {
			w = fmt.Sprintf("[[struct]] %s", st.Name)
			v.goName(st.Name, p+".name", w, "name")
			if contains(PackageNames, st.Name) {
				v.add(p+".name", "%s: name %s is declared by the generated package itself (%s); choose another name", w, st.Name, strings.Join(PackageNames, ", "))
			}
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
			f := v.field(&r.Field[j], fp, fmt.Sprintf("[[struct.field]] #%d of %s", j+1, st.Name), names, nil, false)
			v.uniqueField(f, seen, fp)
			st.Fields = append(st.Fields, f)
		}
	}
	v.structCycles(raw, s)
	return names
}

// structCycles reports a struct that contains itself by value, directly or through other
// structs: Go cannot size it. Through a slice or a map it is fine.
func (v *validator) structCycles(raw *rawFile, s *Spec) {
	byName := map[string]*Struct{}
	for _, st := range s.Structs {
		byName[st.Name] = st
	}
	var reaches func(from, target string, seen map[string]bool) bool
	reaches = func(from, target string, seen map[string]bool) bool {
		if seen[from] {
			return false
		}
		seen[from] = true
		for _, f := range byName[from].Fields {
			if f.Type == target || (byName[f.Type] != nil && reaches(f.Type, target, seen)) {
				return true
			}
		}
		return false
	}
	for i, st := range s.Structs {
		for j, f := range st.Fields {
			if byName[f.Type] != nil && (f.Type == st.Name || reaches(f.Type, st.Name, map[string]bool{})) {
				v.add(fmt.Sprintf("struct[%d].field[%d].type", i, j),
					"[[struct.field]] %q: type %q makes struct %s contain itself; use []%s or map[string]%s", f.JSON, f.Type, st.Name, f.Type, f.Type)
			}
		}
	}
}

// fields validates [[field]].
func (v *validator) fields(raw *rawFile, s *Spec, structs map[string]bool) {
	seen := map[string]bool{}
	for _, m := range ErrorMembers {
		seen["name:"+m] = true
	}
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
	f.JSON = v.str(r.JSON, p+".json", w, "json", true)
	if f.JSON != "" {
		w = fmt.Sprintf("%s %q", strings.Fields(w)[0], f.JSON)
	}
	f.Name = v.str(r.Name, p+".name", w, "name", true)
	v.goName(f.Name, p+".name", w, "name")
	f.Type = v.str(r.Type, p+".type", w, "type", true)
	if f.Type != "" {
		if prob := typeProblem(f.Type, structs); prob != "" {
			v.add(p+".type", "%s: type %q %s", w, f.Type, prob)
		}
	}
	f.Doc = v.str(r.Doc, p+".doc", w, "doc", true)
	f.Aliases = v.strings(r.Aliases, p+".aliases", w, "aliases", false)
	for _, k := range append([]string{f.JSON}, f.Aliases...) {
		v.jsonKey(k, p+".json", w, "json key")
	}
	if len(f.Aliases) > 0 && structs[f.Type] {
		v.add(p+".aliases", "%s: aliases need a type that can be empty (string, number, bool, slice, map); a bare struct cannot say which key carried it", w)
	}
	if top {
		f.Envelopes = v.strings(r.Envelopes, p+".envelopes", w, "envelopes", false)
		for _, e := range f.Envelopes {
			if !contains(envs, e) {
				v.add(p+".envelopes", "%s: envelope %q does not exist%s", w, e, envelopeHint(e, envs))
			}
		}
	} else if r.Envelopes.set {
		v.add(p+".envelopes", "%s: envelopes is for [[field]], not [[struct.field]]", w)
	}
	return f
}

// uniqueField reports a field whose Go name or JSON key is already taken.
func (v *validator) uniqueField(f *Field, seen map[string]bool, p string) {
	if f.Name != "" {
		if seen["name:"+f.Name] {
			v.add(p+".name", "field name %s is already used in the same struct (the generated Error has Code, Message, Description, RequestID, Status, Body and others); choose another name", f.Name)
		}
		seen["name:"+f.Name] = true
	}
	for _, k := range append([]string{f.JSON}, f.Aliases...) {
		if k == "" {
			continue
		}
		if seen["json:"+strings.ToLower(k)] || seen["json:"+k] {
			v.add(p+".json", "JSON key %q is already decoded by another field or by the envelope (keys match case-insensitively); remove one", k)
		}
		seen["json:"+strings.ToLower(k)] = true
	}
}

// envKeys lists the JSON keys an envelope decodes itself, lower-cased.
func envKeys(e *Envelope) []string {
	keys := []string{e.CodeKey, e.WireNameKey, e.DetailKey}
	if e.Outcome != nil {
		keys = append(keys, e.Outcome.Key)
	}
	keys = append(keys, e.Message...)
	keys = append(keys, e.Description...)
	keys = append(keys, e.RequestID...)
	out := keys[:0]
	for _, k := range keys {
		if k != "" {
			out = append(out, strings.ToLower(k))
		}
	}
	return out
}

// goName reports a Go name that is not an exported identifier or that the generated package
// declares itself.
func (v *validator) goName(name, p, w, key string) {
	if name == "" {
		return
	}
	if prob := identProblem(name, true); prob != "" {
		v.add(p, "%s: %s %q %s", w, key, name, prob)
	}
}

// codeScope is what the checks of one [[code]] look names up in, and what the codes before
// it have taken.
type codeScope struct {
	envs        map[string]*Envelope
	fieldKeys   map[string]bool // lower-cased JSON keys a code's fields may name
	fieldList   []string        // the same keys as written, for suggestions
	envNames    []string        // the envelope names, in file order
	roleKeys    map[string]bool // lower-cased JSON keys the envelopes decode themselves
	reserved    map[string]bool // names the generated package declares
	structNames map[string]bool
	values      map[string]int // value as text → line of the code that has it
	names       map[string]int // Go name → line of the code that has it
}

// newCodeScope collects the names of s that codes refer to or must not take.
func newCodeScope(s *Spec) *codeScope {
	cs := &codeScope{
		envs: map[string]*Envelope{}, fieldKeys: map[string]bool{}, roleKeys: map[string]bool{},
		reserved: map[string]bool{}, structNames: map[string]bool{},
		values: map[string]int{}, names: map[string]int{},
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
	for _, n := range PackageNames {
		cs.reserved[n] = true
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
		v.add(p+".unclassified", "%s: a code has a class or a reason to have none, not both; remove class or unclassified", w)
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
		v.add(p+".value", "%s: value %v is already the code at line %d; a value may appear once (record the document's duplicates in a note)", w, id, prev)
	} else {
		cs.values[key] = c.Line
	}
	return w
}

// codeName reads a code's Go name into c and checks that it is an exported identifier that no
// code, struct or declaration of the generated package has taken.
func (v *validator) codeName(r *rawCode, p, w string, c *Code, cs *codeScope) {
	c.Name = v.str(r.Name, p+".name", w, "name", true)
	if c.Name == "" {
		return
	}
	v.goName(c.Name, p+".name", w, "name")
	switch {
	case cs.reserved[c.Name]:
		v.add(p+".name", "%s: name %s is declared by the generated package itself (%s); choose another name", w, c.Name, strings.Join(PackageNames, ", "))
	case cs.structNames[c.Name]:
		v.add(p+".name", "%s: name %s is already the name of a [[struct]] of this spec; Go names must be unique", w, c.Name)
	case cs.names[c.Name] != 0:
		v.add(p+".name", "%s: name %s is already the name of the code at line %d; Go names must be unique", w, c.Name, cs.names[c.Name])
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
		v.add(p+".envelope", "%s: envelope %q does not exist%s", w, c.Envelope, envelopeHint(c.Envelope, cs.envNames))
	}
	c.Detail = v.boolean(r.Detail, p+".detail", w, "detail")
	if e := cs.envs[c.Envelope]; c.Detail && e != nil && e.DetailKey == "" {
		v.add(p+".detail", "%s: detail = true, but envelope %q has no detail key", w, c.Envelope)
	}
}

// codeFields reads the JSON keys of a code's extra fields into c and checks that each is a
// [[field]] or one of the envelopes' message, description and request_id keys.
func (v *validator) codeFields(r *rawCode, p, w string, c *Code, s *Spec, cs *codeScope) {
	c.Fields = v.strings(r.Fields, p+".fields", w, "fields", false)
	for _, f := range c.Fields {
		switch {
		case cs.fieldKeys[strings.ToLower(f)]:
		case cs.roleKeys[strings.ToLower(f)]:
			v.add(p+".fields", "%s: field %q is the envelope's %s key, not an extra field; name a [[field]] json key or one of the envelope's message, description and request_id keys", w, f, roleName(s.Envelopes, f))
		case closest(f, cs.fieldList) != "":
			v.add(p+".fields", "%s: field %q is not declared; did you mean %q? (or add a [[field]] with json = %q)", w, f, closest(f, cs.fieldList), f)
		default:
			v.add(p+".fields", "%s: field %q is not declared; add a [[field]] with json = %q, or name one of the envelope's message, description and request_id keys", w, f, f)
		}
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
			v.add(p, "%s: value %q %s", w, x, prob)
			return nil, false
		}
		return x, t == StringCodes
	}
	v.add(p, "%s: value must be an integer or a string, as code_type says, not %s", w, tomlType(l.v))
	return nil, false
}

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
				v.add(p+".detail", "[[code]] %s: a detail code needs a parent: the code that arrives with it in the envelope's code key", c.Name)
			}
		case identProblem(c.Parent, true) != "":
			// reported with the code: not a Go name, so not the name of a code either
		case byName[c.Parent] == nil:
			v.add(p+".parent", "[[code]] %s: parent %q is not the name of a code in this spec%s", c.Name, c.Parent, codeHint(c.Parent, names))
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
			v.add(p, "[[code]] %s: parent chain has a cycle through %s; a code cannot be its own ancestor", c.Name, a.Name)
			return
		}
		seen[a.Name] = true
		if a.Envelope != c.Envelope {
			v.add(p, "[[code]] %s: parent %s arrives in envelope %q, not %q; parents stay within an envelope", c.Name, a.Name, a.Envelope, c.Envelope)
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
			v.add(p+".parent", "%s: parent %q is not the name of a code in this spec%s", w, ca.Parent, codeHint(ca.Parent, names))
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
				v.addLine(a.Line, fmt.Sprintf("[[catch_all]] #%d: covers the same codes as the catch-all at line %d, as narrowly; make one narrower or remove it", i+1, b.Line))
			}
		}
	}
}

// scenarios validates [[scenario]].
func (v *validator) scenarios(raw *rawFile, s *Spec) {
	wires := map[string]bool{} // what a scenario's error may name: the code as a body writes it
	var words []string         // the wire codes that are words, for suggestions
	for _, c := range s.Codes {
		if s.CodeType == IntCodes {
			wires[strconv.FormatInt(c.Int, 10)] = true
			wires[c.Wire] = c.Wire != ""
			if c.Wire != "" {
				words = append(words, c.Wire)
			}
		} else {
			wires[c.Str] = true
			words = append(words, c.Str)
		}
	}
	for i, r := range raw.Scenario {
		p := fmt.Sprintf("scenario[%d]", i)
		w := fmt.Sprintf("[[scenario]] #%d", i+1)
		sc := &Scenario{Line: v.lines.line(p)}
		sc.Section = v.str(r.Section, p+".section", w, "section", true)
		sc.Status = v.replyStatus(r.Status, p, w)
		sc.Error = v.str(r.Error, p+".error", w, "error", false)
		switch n := closest(sc.Error, words); {
		case sc.Error == "" || wires[sc.Error]:
		case n != "":
			v.add(p+".error", "%s: error %q is not a code of this spec; did you mean %q? (or add it as a [[code]])", w, sc.Error, n)
		default:
			v.add(p+".error", "%s: error %q is not a code of this spec; add it as a [[code]]", w, sc.Error)
		}
		sc.DetailKey = v.str(r.DetailKey, p+".detail_key", w, "detail_key", false)
		sc.DetailValue = v.str(r.DetailValue, p+".detail_value", w, "detail_value", false)
		if sc.DetailValue != "" && sc.DetailKey == "" {
			v.add(p+".detail_value", "%s: detail_value needs detail_key, the key it is the value of", w)
		}
		sc.Text = v.str(r.Text, p+".text", w, "text", false)
		sc.Message = v.str(r.Message, p+".message", w, "message", false)
		sc.Scenario = v.str(r.Scenario, p+".scenario", w, "scenario", true)
		sc.Resolution = v.str(r.Resolution, p+".resolution", w, "resolution", true)
		sc.Note = v.str(r.Note, p+".note", w, "note", false)
		s.Scenarios = append(s.Scenarios, sc)
	}
}

// httpStatuses validates [[http_status]].
func (v *validator) httpStatuses(raw *rawFile, s *Spec) {
	seen := map[int]bool{}
	for i, r := range raw.HTTPStatus {
		p := fmt.Sprintf("http_status[%d]", i)
		w := fmt.Sprintf("[[http_status]] #%d", i+1)
		h := &HTTPStatus{Status: v.replyStatus(r.Status, p, w)}
		if h.Status != 0 && seen[h.Status] {
			v.add(p+".status", "%s: status %d is listed twice", w, h.Status)
		}
		seen[h.Status] = true
		h.Message = v.str(r.Message, p+".message", w, "message", true)
		h.Description = v.str(r.Description, p+".description", w, "description", false)
		s.HTTPStatus = append(s.HTTPStatus, h)
	}
}

// roleName names the role of a JSON key in the envelopes: "code", "detail" and so on.
func roleName(envs []*Envelope, key string) string {
	for _, e := range envs {
		switch {
		case strings.EqualFold(e.CodeKey, key):
			return "code"
		case strings.EqualFold(e.WireNameKey, key):
			return "wire_name"
		case strings.EqualFold(e.DetailKey, key):
			return "detail"
		case e.Outcome != nil && strings.EqualFold(e.Outcome.Key, key):
			return "outcome"
		}
	}
	return "own"
}

// detailsKeys checks that an envelope's details key names a [[field]] holding a JSON object
// (map[string]json.RawMessage), and that scenarios matching on detail_key have one.
func (v *validator) detailsKeys(s *Spec) {
	has := false
	for i, e := range s.Envelopes {
		if e.DetailsKey == "" {
			continue
		}
		has = true
		ok := false
		for _, f := range s.Fields {
			if f.JSON == e.DetailsKey && f.Type == "map[string]json.RawMessage" {
				ok = true
			}
		}
		if !ok {
			v.add(fmt.Sprintf("envelope[%d].details", i), "[[envelope]] %q: details %q must be the json key of a [[field]] of type \"map[string]json.RawMessage\"", e.Name, e.DetailsKey)
		}
	}
	if has {
		return
	}
	for _, sc := range s.Scenarios {
		if sc.DetailKey != "" {
			v.addLine(sc.Line, "[[scenario]]: detail_key needs an envelope with details, the key of the object it is a key of; add details = \"...\" to the [[envelope]]")
			return
		}
	}
}

// replyStatus returns the required status key of a table that describes replies
// ([[scenario]], [[status_class]], [[http_status]]): an HTTP status 100–599. "not in use"
// describes codes, not replies.
func (v *validator) replyStatus(l leaf, p, w string) int {
	if !l.set {
		v.add(p, "%s: missing required key \"status\"", w)
		return 0
	}
	if s, ok := l.v.(string); ok && s == "not in use" {
		v.add(p+".status", "%s: status must be an HTTP status (100–599); \"not in use\" describes codes, not replies", w)
		return 0
	}
	return v.status(l, p+".status", w, "status").Code
}
