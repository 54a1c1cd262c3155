package spec

import (
	"fmt"
	"strconv"
)

// statusClasses validates [[status_class]].
func (v *validator) statusClasses(raw *rawFile, s *Spec) {
	seen := map[int]int{}
	for i, r := range raw.StatusClass {
		p := fmt.Sprintf("status_class[%d]", i)
		w := fmt.Sprintf("[[status_class]] #%d", i+1)
		sc := &StatusClass{Status: v.replyStatus(r.Status, p, w)}
		if sc.Status != 0 && sc.Status < 400 {
			v.add(p+".status", "%s: status %d is not an error status: a reply below 400 that carries no code is a "+
				"success, never an error of a class; give classes to statuses of 400 or more", w, sc.Status)
		}
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

// scenarios validates [[scenario]], which only string specs have.
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
	if s.CodeType == IntCodes && len(raw.Scenario) > 0 {
		v.add("scenario[0]", "[[scenario]]: scenarios are for string specs (code_type = \"string\"): the generated "+
			"Scenario holds its error as a string code, which the Code of an int spec is not; remove the "+
			"[[scenario]] tables and record what they say in the notes of the codes")
	}
	for i, r := range raw.Scenario {
		p := fmt.Sprintf("scenario[%d]", i)
		w := fmt.Sprintf("[[scenario]] #%d", i+1)
		sc := &Scenario{Line: v.lines.line(p)}
		sc.Section = v.str(r.Section, p+".section", w, "section", true)
		sc.Status = v.replyStatus(r.Status, p, w)
		sc.Error = v.str(r.Error, p+".error", w, "error", false)
		switch n := v.closest(sc.Error, words); {
		case sc.Error == "" || wires[sc.Error]:
		case n != "":
			v.add(p+".error", "%s: error %s is not a code of this spec; did you mean %q? (or add it as a [[code]])",
				w, quoteShort(sc.Error), n)
		default:
			v.add(p+".error", "%s: error %s is not a code of this spec; add it as a [[code]]", w, quoteShort(sc.Error))
		}
		sc.DetailKey = v.str(r.DetailKey, p+".detail_key", w, "detail_key", false)
		sc.DetailValue = v.str(r.DetailValue, p+".detail_value", w, "detail_value", false)
		if sc.DetailValue != "" && sc.DetailKey == "" {
			v.add(p+".detail_value", "%s: detail_value needs detail_key, the key it is the value of", w)
		}
		sc.Text = v.str(r.Text, p+".text", w, "text", false)
		if sc.Text != "" && sc.Error != "" && len(s.Envelopes) > 0 && len(s.Envelopes[0].Description) == 0 &&
			len(s.Envelopes[0].Message) == 0 {
			v.add(p+".text", "%s: text is what the description or message of the reply holds, and envelope %q "+
				"has neither key: add description (or message) to the [[envelope]], or leave text out", w,
				s.Envelopes[0].Name)
		}
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

// replyStatus returns the required status key of a table that describes replies
// ([[scenario]], [[status_class]], [[http_status]]): an HTTP status 100–599. "not in use"
// describes codes, not replies.
func (v *validator) replyStatus(l leaf, p, w string) int {
	if !l.set {
		v.add(p, "%s: missing required key \"status\"", w)
		return 0
	}
	if s, ok := l.v.(string); ok && s == "not in use" {
		v.add(p+".status", "%s: status must be an HTTP status (100–599); \"not in use\" describes codes, not "+
			"replies", w)
		return 0
	}
	return v.status(l, p+".status", w, "status").Code
}
