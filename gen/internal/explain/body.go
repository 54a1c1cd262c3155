package explain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// explainBody explains an error body: how the spec's envelopes read it, whether it is an
// error by the vendor's rule, its request ID, description and class, its keys, and then its
// code (and detail code) as explainArg would. The reading is the model's, by the runtime's
// rules: what the generated Parse does.
func explainBody(p *printer, m *model.Model, status int, body []byte) {
	rd := m.Read(status, body)
	shape := shapeOf(rd.Body)
	p.line("vendor", m.Vendor)
	p.line("body", describeBody(rd, shape, len(body)))
	if shape == "" {
		printEnvelope(p, m, rd)
	}
	if status == 0 {
		p.line("HTTP status", "unknown (pass -status N)")
	} else {
		p.line("HTTP status", strconv.Itoa(status))
	}
	isErr, why := isError(m, rd, shape)
	switch {
	case isErr == nil:
		p.line("error", "depends: "+why)
	case *isErr:
		p.line("error", "yes: "+why)
	default:
		p.line("error", "no: "+why+"; Parse returns nil")
	}
	if rd.Env != nil {
		p.line("request ID", showString(keyOf(rd.Env.RequestID), rd.RequestID))
		p.line("body message", showString(keyOf(rd.Env.Message), rd.Message))
		p.line("body description", showString(keyOf(rd.Env.Description), rd.Desc))
	}
	printClass(p, m, rd, isErr)
	if rd.Env == nil {
		for _, sc := range m.Scenarios {
			if sc.Error == "" && (status == 0 || sc.Status == status) {
				p.line("scenario", scenarioText(sc))
			}
		}
		return
	}
	printKeys(p, m, rd)
	printCodes(p, m, rd)
}

// shapeOf says what a body is when it is not a JSON object: "empty", "not JSON", "JSON, but
// not an object"; "" for an object (read as the runtime reads one: after a byte-order mark,
// up to the end of the object).
func shapeOf(body []byte) string {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(body), []byte("\ufeff")))
	var l apierrimpl.Layout
	var r apierrimpl.Decoded
	switch {
	case len(trimmed) == 0:
		return "empty"
	case trimmed[0] == '{' && decodesAsObject(&l, &r, body):
		return ""
	case json.Valid(trimmed):
		return "JSON, but not an object"
	}
	return "not JSON"
}

// decodesAsObject reports whether the runtime reads body as a JSON object (with an empty
// layout of one envelope, every object is one).
func decodesAsObject(l *apierrimpl.Layout, r *apierrimpl.Decoded, body []byte) bool {
	l.Envelopes = []apierrimpl.Envelope{{Code: apierrimpl.NoKey, WireName: apierrimpl.NoKey,
		Detail: apierrimpl.NoKey, Outcome: apierrimpl.NoKey}}
	return l.Decode(r, body)
}

// describeBody says what the body is: "JSON object, 212 bytes", "not JSON, 40 bytes", "empty".
func describeBody(rd *model.Reading, shape string, size int) string {
	s := shape
	if s == "" {
		s = "JSON object"
	}
	if shape != "empty" {
		s += fmt.Sprintf(", %d bytes", size)
	}
	if shape != "" && shape != "empty" {
		s += "; its content is not shown (it cannot be searched for secrets reliably)"
	}
	return s
}

// printEnvelope prints the envelope a JSON object is read in, or why it is in none.
func printEnvelope(p *printer, m *model.Model, rd *model.Reading) {
	if rd.Env != nil {
		p.line("envelope", rd.Env.Name)
		return
	}
	var keys []string
	for _, e := range m.Envs {
		for _, k := range e.Match {
			keys = append(keys, strconv.Quote(k.JSON))
		}
	}
	p.line("envelope", fmt.Sprintf("none: the body holds none of the keys %s with a value, so it is not the vendor's JSON",
		strings.Join(keys, ", ")))
}

// isError tells whether the reply is an error and why, by the runtime's rule (Layout.Decide);
// nil when that depends on an HTTP status the user did not give.
func isError(m *model.Model, rd *model.Reading, shape string) (*bool, string) {
	v := rd.Verdict
	why := v.String()
	switch v {
	case apierrimpl.OutcomeError, apierrimpl.OutcomeSuccess:
		key := rd.Env.Outcome
		why = fmt.Sprintf("%q is %s: %s", key.JSON, rd.Decoded.Raw(key.Index), why)
	case apierrimpl.NotJSONError, apierrimpl.NotJSONSuccess:
		if shape == "" {
			why = "a JSON object in none of the vendor's envelopes: " + why
		}
	}
	if rd.Status == 0 && !v.IsError() {
		return nil, "only with an HTTP status of 400 or more (pass -status N)"
	}
	if rd.Status != 0 {
		why = fmt.Sprintf("HTTP %d: %s", rd.Status, why)
	}
	yes := v.IsError()
	return &yes, why
}

// keyOf is the first of a role's keys, for the secret check of its value.
func keyOf(keys []*model.Key) string {
	if len(keys) == 0 {
		return ""
	}
	return keys[0].JSON
}

// printClass prints the class of the reply, as Error.Class gives it, and whether
// apierr.Retryable holds.
func printClass(p *printer, m *model.Model, rd *model.Reading, isErr *bool) {
	if isErr != nil && !*isErr {
		p.line("class of the reply", "none: not an error")
		return
	}
	cls := rd.Class(m)
	unsure := cls == nil && rd.Status == 0 && rd.Detail == (model.Value{}) && len(m.StatusClasses) > 0
	switch {
	case cls != nil:
		p.line("class of the reply", classRef(cls))
	case unsure:
		p.line("class of the reply", "none from its code; by HTTP status (pass -status): "+statusClasses(m))
	default:
		p.line("class of the reply", "none")
	}
	var why []string
	if cls != nil && cls.Retryable() {
		why = append(why, classRef(cls)+" is retryable")
	}
	for _, v := range []model.Value{rd.Code, rd.Detail} {
		if c := m.Lookup(v); c != nil && c.Temporary {
			why = append(why, "the vendor documents "+show(m, v)+" as temporary")
		}
	}
	if len(why) > 0 {
		p.line("retryable", "yes: "+strings.Join(why, "; "))
	}
}

// member is one top-level key of a body, as received, with its raw value.
type member struct {
	key string
	raw json.RawMessage
}

// members lists the top-level keys of a JSON object body as the runtime reads them.
func members(body []byte) []member {
	var out []member
	for k, v := range apierrimpl.Members(body) {
		out = append(out, member{k, v})
	}
	return out
}

// maxKeys is the most fields and other keys of a body that are printed.
const maxKeys = 50

// printKeys prints the documented fields of the envelope found in the body, and the keys the
// decoder does not read, with the values of secret keys redacted.
func printKeys(p *printer, m *model.Model, rd *model.Reading) {
	fields := map[int]*model.Field{} // layout key → the field it fills in this envelope
	for _, f := range rd.Env.Fields {
		for _, k := range f.Keys {
			fields[k.Index] = f
		}
	}
	all := members(rd.Body)
	shown := 0
	for _, bk := range all {
		if shown == maxKeys {
			p.line("other keys", fmt.Sprintf("%d top-level keys in all; the rest are not shown", len(all)))
			return
		}
		k := m.Layout.KeyIndex(bk.key)
		switch f := fields[k]; {
		case f != nil:
			p.line("field "+clean(bk.key)+" ("+f.Name+")", showValue(bk.key, bk.raw))
		case k >= 0 && isRole(rd.Env, k):
			continue // shown as the code, request ID, message or description
		default:
			p.line("other key "+clean(bk.key), showValue(bk.key, bk.raw))
		}
		shown++
	}
}

// isRole reports whether layout key k has a role in envelope e (code, wire name, detail,
// outcome, message, description, request ID).
func isRole(e *model.Envelope, k int) bool {
	for _, key := range append(append(append([]*model.Key{e.Code, e.WireName, e.Detail, e.Outcome},
		e.Message...), e.Description...), e.RequestID...) {
		if key != nil && key.Index == k {
			return true
		}
	}
	return false
}

// printCodes explains the code of the body and, where the envelope has one, its detail code.
func printCodes(p *printer, m *model.Model, rd *model.Reading) {
	e := rd.Env
	p.blank()
	if rd.Code == (model.Value{}) || rd.CodeByName {
		what := "none in the body"
		if raw := rd.Decoded.Raw(e.Code.Index); len(raw) > 0 {
			what = fmt.Sprintf("none: %q holds %s, which is not a code (%s codes are of type %s)",
				e.Code.JSON, showValue(e.Code.JSON, raw), m.Vendor, m.CodeType)
		}
		if rd.CodeByName {
			p.line("code in the body", what+fmt.Sprintf("; Parse takes the code of the name %s", clean(rd.Name)))
		} else {
			p.line("code", what)
		}
	}
	if rd.Code != (model.Value{}) {
		describe(p, m, rd.Code, describeOpts{bodyName: rd.Name, env: e, reading: rd})
	}
	if e.Detail == nil {
		return
	}
	p.blank()
	if rd.Detail == (model.Value{}) {
		p.line("detail code", fmt.Sprintf("none: no %q in the body", e.Detail.JSON))
		return
	}
	describe(p, m, rd.Detail, describeOpts{label: "detail code", env: e, reading: rd})
}

// scenarios prints the documented scenarios of c (Next Identity): all of them, or with a body
// those that match it, by the runtime's rule.
func scenarios(p *printer, m *model.Model, c *spec.Code, rd *model.Reading) {
	if !m.StringCodes {
		return
	}
	var all, match []*spec.Scenario
	for _, sc := range m.Scenarios {
		if sc.Error != c.Str {
			continue
		}
		all = append(all, sc)
		if rd != nil && scenarioMatches(m, sc, rd) {
			match = append(match, sc)
		}
	}
	if rd == nil {
		for _, sc := range all {
			p.line("scenario", scenarioText(sc))
		}
		return
	}
	for _, sc := range match {
		p.line("scenario matching the body", scenarioText(sc))
	}
	if len(match) == 0 && len(all) > 0 {
		p.line("scenario", fmt.Sprintf("none of the document's %d scenario(s) of this code matches the body; "+
			"explain the code alone to list them", len(all)))
	}
}

// scenarioMatches reports whether a reading fits a scenario by the runtime's rule; with no
// HTTP status given, any status fits.
func scenarioMatches(m *model.Model, sc *spec.Scenario, rd *model.Reading) bool {
	rule := apierrimpl.ScenarioRule{Status: sc.Status, DetailKey: sc.DetailKey, DetailValue: sc.DetailValue, Text: sc.Text}
	reply := apierrimpl.ScenarioReply{
		Status:      rd.Status,
		SameCode:    sc.Error == rd.Code.Str,
		NoCode:      rd.Code == (model.Value{}),
		Description: rd.Desc,
		Message:     rd.Message,
		Body:        rd.Body,
	}
	if reply.Status == 0 {
		reply.Status = sc.Status
	}
	for _, e := range m.Envs {
		if e.DetailsKey != "" {
			reply.Details = rd.Decoded.RawMap(m.Layout.KeyIndex(e.DetailsKey))
		}
	}
	return rule.Matches(&reply)
}

// scenarioText writes one scenario on one line.
func scenarioText(sc *spec.Scenario) string {
	s := fmt.Sprintf("HTTP %d, %s", sc.Status, model.OneLine(sc.Section))
	if sc.DetailKey != "" {
		s += fmt.Sprintf(", details key %q", sc.DetailKey)
		if sc.DetailValue != "" {
			s += fmt.Sprintf(" → %q", sc.DetailValue)
		}
	}
	if sc.Text != "" {
		s += fmt.Sprintf(", text %q", model.OneLine(sc.Text))
	}
	return s + ": " + model.OneLine(sc.Scenario) + " Resolution: " + model.OneLine(sc.Resolution)
}
