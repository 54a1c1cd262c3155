package spec

import (
	"fmt"
	"regexp"
	"strings"
)

// envelopeNameRE is the form of envelope names: they are data (Error.Envelope), not Go names.
var envelopeNameRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

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
		v.envelopeCode(r, p, w, e)
		v.envelopeHeader(r, p, w, e)
		v.envelopeCodeType(p, w, e, s.CodeType)
		v.envelopeMatch(p, w, e)
		v.roleTypes(e, p, w, roles)
		v.rolesShareKey(e, p, w)
		if len(raw.Envelope) > 1 && len(e.Match) == 0 {
			v.add(p, "%s: with more than one envelope each needs match, the keys that identify its bodies", w)
		}
		s.Envelopes = append(s.Envelopes, e)
	}
	v.definingKeys(s.Envelopes)
	v.outcomeMatches(s.Envelopes)
	if len(s.Envelopes) > 0 && !hasBodyEnvelope(s.Envelopes) {
		v.add("envelope[0]", "every [[envelope]] has header; the codes arrive in a body too: add the envelope of the "+
			"vendor's error bodies, which the codes name")
	}
}

// definingKeys reports a body envelope whose defining key (the first of match) is already the
// defining key of a body envelope before it: a body is in the first envelope whose defining key
// it holds, so the bodies of the second, which hold its key, are read in the first. Envelopes
// with header read a header's challenges instead, and may share the key with a body envelope
// (Okta's "error" in oauth and challenge).
func (v *validator) definingKeys(envs []*Envelope) {
	first := map[string]int{} // defining key → index of the first body envelope it defines
	for i, e := range envs {
		if e.Header != "" || len(e.Match) == 0 {
			continue
		}
		k := e.Match[0]
		j, taken := first[k]
		if !taken {
			first[k] = i
			continue
		}
		v.add(fmt.Sprintf("envelope[%d].match", i), "[[envelope]] %q: match starts with %q, which already defines "+
			"envelope %q (line %d): a body that holds it is read in %q, so the replies of this envelope never "+
			"are; start match with a key that only the bodies of this envelope hold", e.Name, k, envs[j].Name,
			v.lines.line(fmt.Sprintf("envelope[%d]", j)), envs[j].Name)
	}
}

// outcomeMatches reports, in a spec of several body envelopes, an outcome key that is not among
// its envelope's match keys. A body is read in the envelope its match keys select, and a
// vendor's success body holds the outcome key but no code: unless the outcome key selects the
// envelope, such a body is in none, and its outcome is never read (CheckRetry would read the
// whole of a long success to find out).
func (v *validator) outcomeMatches(envs []*Envelope) {
	bodies := 0
	for _, e := range envs {
		if e.Header == "" {
			bodies++
		}
	}
	if bodies < 2 {
		return
	}
	for i, e := range envs {
		if e.Outcome == nil || len(e.Match) == 0 || contains(e.Match, e.Outcome.Key) {
			continue
		}
		v.add(fmt.Sprintf("envelope[%d].outcome_key", i), "[[envelope]] %q: outcome_key %q is not among its match "+
			"keys: with several body envelopes a body is read in the one its match keys select, and a success "+
			"body holds the outcome key but no code, so its outcome would never be read; add %q to match (Alibaba's "+
			"ciam envelope starts match with its outcome key, \"success\")", e.Name, e.Outcome.Key, e.Outcome.Key)
	}
}

// hasBodyEnvelope reports whether an envelope reads the body (has no header).
func hasBodyEnvelope(envs []*Envelope) bool {
	for _, e := range envs {
		if e.Header == "" {
			return true
		}
	}
	return false
}

// envelopeCode reads where else than its code key an envelope finds the code: code_array,
// code_text and code_prefix, and the trailer of its texts.
func (v *validator) envelopeCode(r *rawEnvelope, p, w string, e *Envelope) {
	e.CodeArray = v.boolean(r.CodeArray, p+".code_array", w, "code_array")
	e.CodeText = v.strings(r.CodeText, p+".code_text", w, "code_text", false)
	for _, k := range e.CodeText {
		v.jsonKey(k, p+".code_text", w, "code_text")
	}
	e.CodePrefix = v.plainStr(r.CodePrefix, p+".code_prefix", w, "code_prefix", false)
	if e.CodePrefix != "" && len(e.CodeText) == 0 {
		v.add(p+".code_prefix", "%s: code_prefix is what comes before the code in the texts of code_text; add "+
			"code_text", w)
	}
	if strings.ContainsAny(e.CodePrefix, " \t:") {
		v.add(p+".code_prefix", "%s: code_prefix %q holds white space or ':', which end the code", w, e.CodePrefix)
	}
	e.Trailer = v.oneLine(r.Trailer, p+".trailer", w, "trailer", false, asTheVendor)
}

// envelopeHeader reads the response header an envelope reads instead of the body: the
// challenges of RFC 6750's WWW-Authenticate, whose parameters are its keys.
func (v *validator) envelopeHeader(r *rawEnvelope, p, w string, e *Envelope) {
	e.Header = v.headerName(r.Header, p+".header", w, "header")
	if e.Header == "" {
		return
	}
	if e.Outcome != nil || e.DetailKey != "" || e.WireNameKey != "" || e.CodeArray || len(e.CodeText) > 0 {
		v.add(p+".header", "%s: an envelope read from a header's challenges has only parameters: code, message, "+
			"description, request_id and match; drop outcome_key, detail, wire_name, code_array and code_text", w)
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
	keys := []string{e.CodeKey, e.WireNameKey, e.DetailKey, e.DetailsKey}
	for _, k := range append(append(append(keys, e.Message...), e.Description...), e.RequestID...) {
		v.jsonKey(k, p, w, "key")
	}
}

// envelopeOutcome reads outcome_key, outcome_error and outcome_success into e.Outcome, which
// go together: all three or none.
func (v *validator) envelopeOutcome(r *rawEnvelope, p, w string, e *Envelope) {
	key := v.str(r.OutcomeKey, p+".outcome_key", w, "outcome_key", false)
	if key == "" {
		if r.OutcomeError.set || r.OutcomeSuccess.set {
			v.add(p+".outcome_key", "%s: outcome_error and outcome_success need outcome_key, the key whose value they "+
				"are", w)
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
		v.add(p+".outcome_key", "%s: outcome_key needs both outcome_error and outcome_success, the values that mean "+
			"error and success", w)
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
			v.add(p+".match", "%s: match key %q is not one of the envelope's keys (code, wire_name, detail, message, "+
				"description, request_id, outcome_key), spelled the same; the decoder can only see those", w, k)
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
			v.add(p, "%s: key %q is read both as a %s and as a %s (in this or another envelope); a key can have one "+
				"type only", w, key, prev, t)
		}
		typ[key] = t
	}
	check(e.CodeKey, "code")
	check(e.DetailKey, "code")
	check(e.WireNameKey, "string")
	for _, k := range append(append(append(append([]string{}, e.Message...), e.Description...), e.RequestID...),
		e.CodeText...) {
		check(k, "string")
	}
	if e.Outcome != nil {
		check(e.Outcome.Key, "outcome")
	}
}

// envRole is a role of an envelope's JSON keys, for rolesShareKey.
type envRole struct {
	key  string   // the envelope's key that names the role's JSON keys, such as "request_id"
	what string   // what the role's keys hold, for messages
	typ  string   // the type roleTypes gives its keys
	keys []string // its JSON keys, in order
}

// rolesShareKey reports a JSON key that one envelope reads in two roles of the same type (a
// wire name and a request ID, say), or whose spellings differ only in case (keys match
// case-insensitively): roleTypes reports the same key in roles of different types. A reply
// holds one value per key, so the two roles would overwrite each other, and a reply could not
// be read back as it was sent. The message and description keys may share keys (Akamai's
// description falls back to its "message"), but not their first ones: a reply carries the
// message and the description in those.
func (v *validator) rolesShareKey(e *Envelope, p, w string) {
	roles := []envRole{
		{"code", "the code", "code", []string{e.CodeKey}},
		{"wire_name", "the wire name", "string", []string{e.WireNameKey}},
		{"detail", "the detail code", "code", []string{e.DetailKey}},
		{"message", "a message", "string", e.Message},
		{"description", "a description", "string", e.Description},
		{"request_id", "a request ID", "string", e.RequestID},
	}
	if e.Outcome != nil {
		roles = append(roles, envRole{"outcome_key", "the outcome", "outcome", []string{e.Outcome.Key}})
	}
	reported := map[string]bool{}
	for i, a := range roles {
		for _, b := range roles[i+1:] {
			for ia, ka := range a.keys {
				for ib, kb := range b.keys {
					switch {
					case ka == "" || kb == "" || !strings.EqualFold(ka, kb) || reported[strings.ToLower(kb)]:
						continue
					case ka == kb && a.typ != b.typ:
						continue // roleTypes reports it
					case a.key == "message" && b.key == "description" && (ia > 0 || ib > 0):
						continue // a description that falls back to the message
					}
					reported[strings.ToLower(kb)] = true
					v.add(p+"."+b.key, "%s", sharedKeyMsg(w, a, b, ka, kb))
				}
			}
		}
	}
}

// sharedKeyMsg is the message of rolesShareKey about the key ka of role a and kb of role b.
func sharedKeyMsg(w string, a, b envRole, ka, kb string) string {
	if a.key == "message" && b.key == "description" {
		same := fmt.Sprintf("key %q starts", kb)
		if ka != kb {
			same = fmt.Sprintf("keys %q and %q, which match case-insensitively, start", ka, kb)
		}
		return fmt.Sprintf("%s: %s both message and description: a reply carries its message and its "+
			"description in their first keys, so the two would overwrite each other; start description with the "+
			"key of the vendor's description (a later description key may repeat a message key, for a vendor "+
			"whose description falls back to its message)", w, same)
	}
	if ka != kb {
		return fmt.Sprintf("%s: keys %q (%s) and %q (%s) differ only in case, and keys match case-insensitively, "+
			"so a body's key could fill either %s or %s; give each its own key", w, ka, a.key, kb, b.key, a.what,
			b.what)
	}
	return fmt.Sprintf("%s: key %q would hold both %s (%s) and %s (%s): a reply holds one value per key, so the "+
		"two would overwrite each other and a reply could not be read back as sent; give each its own key", w, kb,
		a.what, a.key, b.what, b.key)
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
			v.add(fmt.Sprintf("envelope[%d].details", i), "[[envelope]] %q: details %q must be the json key of a "+
				"[[field]] of type \"map[string]json.RawMessage\"", e.Name, e.DetailsKey)
		}
	}
	if has {
		return
	}
	for _, sc := range s.Scenarios {
		if sc.DetailKey != "" {
			v.addLine(sc.Line, "[[scenario]]: detail_key needs an envelope with details, the key of the object it is "+
				"a key of; add details = \"...\" to the [[envelope]]")
			return
		}
	}
}
