package explain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/spec"
)

// maxBody is the most of a body that is read and decoded: the generated MaxBodySize.
const maxBody = 1 << 20

// readBody reads at most maxBody bytes of r, and one more to tell that the body was longer.
func readBody(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, maxBody+1))
}

// wireKey is one top-level JSON key that the generated decoder reads, in the order of its
// wireBody struct, which decides the match of a key that differs from several only in case.
type wireKey struct {
	json string
	str  bool // decoded into a Go string (a message, description, request ID or wire name
	// key, or a string field); other keys are kept raw
}

// wireKeys lists the keys of a spec as the generator's model does: envelope by envelope the
// code, wire name, detail, outcome, message, description and request ID keys, then the fields
// and their aliases. The first use of a key decides its type.
func wireKeys(s *spec.Spec) []wireKey {
	var keys []wireKey
	seen := map[string]bool{}
	add := func(k string, str bool) {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, wireKey{k, str})
		}
	}
	for _, e := range s.Envelopes {
		add(e.CodeKey, false)
		add(e.WireNameKey, true)
		add(e.DetailKey, false)
		if e.Outcome != nil {
			add(e.Outcome.Key, false)
		}
		for _, list := range [][]string{e.Message, e.Description, e.RequestID} {
			for _, k := range list {
				add(k, true)
			}
		}
	}
	for _, f := range s.Fields {
		for _, k := range append([]string{f.JSON}, f.Aliases...) {
			add(k, f.Type == "string")
		}
	}
	return keys
}

// bodyKey is one top-level key of a body, as received, with its raw value and the wire key
// it fills ("" when the decoder does not read it).
type bodyKey struct {
	name string
	raw  json.RawMessage
	wire string
}

// decoded is a body decoded as the generated Parse decodes it.
type decoded struct {
	size   int    // bytes received
	status int    // the HTTP status of the reply, 0 when unknown
	cut    bool   // longer than maxBody: only the first maxBody bytes were decoded
	shape  string // "" for a JSON object; otherwise what the body is instead
	env    *spec.Envelope
	keys   []bodyKey                  // the body's top-level keys, in order
	raw    map[string]json.RawMessage // wire key → the last raw value it received
	str    map[string]string          // string wire key → its value, as encoding/json leaves it
	from   map[string]string          // wire key → the body key that filled it last
	code   wireCode
	detail wireCode
	name   string // the wire name of an int code (Akamai's "error")
	byName bool   // code is read from name: the body has no code of its own
	msg, desc, reqID,
	msgKey, descKey, reqIDKey string // the values, and the body keys they came from
}

// decode reads body with the spec's envelopes.
func decode(n *namespace, status int, body []byte) *decoded {
	d := &decoded{size: len(body), status: status, raw: map[string]json.RawMessage{}, str: map[string]string{}, from: map[string]string{}}
	if len(body) > maxBody {
		d.cut, body = true, body[:maxBody]
	}
	trimmed := bytes.TrimSpace(body)
	switch {
	case len(trimmed) == 0:
		d.shape = "empty"
		return d
	case !json.Valid(trimmed):
		d.shape = "not JSON"
		return d
	case trimmed[0] != '{':
		d.shape = "JSON, but not an object"
		return d
	}
	keys := wireKeys(n.Spec)
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.Token() // the opening brace: the body is a valid object
	for dec.More() {
		t, _ := dec.Token()
		var raw json.RawMessage
		dec.Decode(&raw)
		bk := bodyKey{name: t.(string), raw: raw}
		if k := match(keys, bk.name); k != nil {
			bk.wire = k.json
			d.assign(*k, bk)
		}
		d.keys = append(d.keys, bk)
	}
	d.env = d.envelope(n.Spec)
	if d.env == nil {
		return d
	}
	e := d.env
	d.code = n.codeFrom(d.raw[e.CodeKey])
	d.name = d.str[e.WireNameKey]
	if c := n.wireName(d.name); d.code == (wireCode{}) && c != nil {
		// No code, but a name the document lists: Parse takes the code of the name.
		d.code, d.byName = n.codeOf(c), true
	}
	if e.DetailKey != "" {
		d.detail = n.codeFrom(d.raw[e.DetailKey])
	}
	d.msg, d.msgKey = d.first(e.Message)
	d.desc, d.descKey = d.first(e.Description)
	d.reqID, d.reqIDKey = d.first(e.RequestID)
	return d
}

// match returns the wire key a body key fills, as encoding/json picks a struct field: an
// exact match, else the first key equal to it but for case.
func match(keys []wireKey, name string) *wireKey {
	for i := range keys {
		if keys[i].json == name {
			return &keys[i]
		}
	}
	for i := range keys {
		if strings.EqualFold(keys[i].json, name) {
			return &keys[i]
		}
	}
	return nil
}

// assign stores a value as encoding/json does: a raw key takes any value, null included; a
// string key takes a JSON string and keeps its value for null or a value of another type.
func (d *decoded) assign(k wireKey, bk bodyKey) {
	d.raw[k.json] = bk.raw
	d.from[k.json] = bk.name
	if !k.str {
		return
	}
	var s string
	if bk.raw[0] == '"' && json.Unmarshal(bk.raw, &s) == nil {
		d.str[k.json] = s
	}
}

// present reports whether a match key was in the body, as the generated decoder tests it: a
// raw key with any value, a string key with a non-empty string.
func (d *decoded) present(keys []wireKey, name string) bool {
	k := match(keys, name)
	if k == nil {
		return false
	}
	if k.str {
		return d.str[k.json] != ""
	}
	return len(d.raw[k.json]) > 0
}

// envelope returns the envelope the body is read with: the only one, or the first whose
// match keys are present; nil when none is.
func (d *decoded) envelope(s *spec.Spec) *spec.Envelope {
	if len(s.Envelopes) == 1 {
		return s.Envelopes[0]
	}
	keys := wireKeys(s)
	for _, e := range s.Envelopes {
		for _, k := range e.Match {
			if d.present(keys, k) {
				return e
			}
		}
	}
	return nil
}

// first returns the first non-empty value among string keys, and the body key it came from.
func (d *decoded) first(keys []string) (string, string) {
	for _, k := range keys {
		if s := d.str[k]; s != "" {
			return s, d.from[k]
		}
	}
	return "", ""
}

// codeFrom reads a code as the generated codeFrom does: for int specs a JSON number or a JSON
// string of digits, for string specs a JSON string; anything else is no code.
func (n *namespace) codeFrom(raw json.RawMessage) wireCode {
	if n.StringCodes {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return wireCode{}
		}
		return wireCode{Str: s}
	}
	if len(raw) >= 2 && raw[0] == '"' {
		raw = raw[1 : len(raw)-1]
	}
	i, err := strconv.Atoi(string(raw))
	if err != nil {
		return wireCode{}
	}
	return wireCode{Int: int64(i)}
}

// isError applies the vendor's rule as the generated Parse does. It returns whether the reply
// is an error (nil: it depends on the unknown HTTP status) and why.
func (d *decoded) isError(status int) (*bool, string) {
	yes, no := true, false
	if d.env == nil {
		switch {
		case status >= 400:
			return &yes, fmt.Sprintf("HTTP %d with a body that is not the vendor's JSON", status)
		case status > 0:
			return &no, fmt.Sprintf("HTTP %d with a body that is not the vendor's JSON", status)
		}
		return nil, "only with an HTTP status of 400 or more: the body is not the vendor's JSON"
	}
	if o := d.env.Outcome; o != nil {
		got := string(d.raw[o.Key])
		for _, v := range o.Error {
			if got == jsonLit(v) {
				return &yes, fmt.Sprintf("%q is %s, whatever the HTTP status", d.from[o.Key], got)
			}
		}
		for _, v := range o.Success {
			if got == jsonLit(v) {
				return &no, fmt.Sprintf("%q is %s, whatever the HTTP status", d.from[o.Key], got)
			}
		}
	}
	rule := "a body is an error when the HTTP status is 400 or more or it carries a code"
	if o := d.env.Outcome; o != nil {
		rule = fmt.Sprintf("without %q set to %s or %s, ", o.Key, litList(o.Error), litList(o.Success)) + rule
	}
	switch {
	case d.code != (wireCode{}) || d.detail != (wireCode{}):
		return &yes, "it carries a code (" + rule + ")"
	case status >= 400:
		return &yes, fmt.Sprintf("HTTP %d (%s)", status, rule)
	case status > 0:
		return &no, fmt.Sprintf("HTTP %d and no code (%s)", status, rule)
	}
	return nil, "only with an HTTP status of 400 or more: it carries no code (" + rule + ")"
}

// jsonLit is an outcome value as the generated decoder compares it: its JSON encoding.
func jsonLit(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func litList(vs []any) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = jsonLit(v)
	}
	return strings.Join(out, " or ")
}

// class returns the class of the reply as the generated Error.Class does; the second result
// is false when it cannot be told without the HTTP status.
func (d *decoded) class(n *namespace, status int) (*apierr.Class, bool) {
	if n.detail {
		if c := n.class(d.detail); c != nil {
			return c, true
		}
	}
	if c := n.class(d.code); c != nil {
		return c, true
	}
	if n.detail && d.detail != (wireCode{}) || len(n.StatusClasses) == 0 {
		return nil, true
	}
	return n.statusClass(status), status != 0
}

// matches reports whether a scenario's status, details key and value and text fit the body.
func (d *decoded) matches(sc *spec.Scenario) bool {
	if d.status != 0 && sc.Status != d.status {
		return false
	}
	if sc.Text != "" && !strings.Contains(d.desc, sc.Text) && !strings.Contains(d.msg, sc.Text) {
		return false
	}
	if sc.DetailKey == "" {
		return true
	}
	for _, bk := range d.keys {
		var obj map[string]json.RawMessage
		if bk.wire == "" || json.Unmarshal(bk.raw, &obj) != nil {
			continue
		}
		for k, v := range obj {
			if !(k == sc.DetailKey || sc.DetailKey == "<digits>" && allDigits(k)) {
				continue
			}
			if sc.DetailValue == "" {
				return true
			}
			var s string
			var inner map[string]json.RawMessage
			if json.Unmarshal(v, &s) == nil && s == sc.DetailValue ||
				json.Unmarshal(v, &inner) == nil && inner[sc.DetailValue] != nil {
				return true
			}
		}
	}
	return false
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// explainBody explains an error body: how the spec's envelopes read it, whether it is an
// error by the vendor's rule, its request ID, description and class, and then its code (and
// detail code) as explainArg would.
func explainBody(p *printer, n *namespace, status int, body []byte) {
	d := decode(n, status, body)
	p.line("vendor", n.Vendor)
	p.line("body", d.describe())
	if d.shape == "" {
		if d.env != nil {
			p.line("envelope", d.env.Name)
		} else {
			var keys []string
			for _, e := range n.Envelopes {
				keys = append(keys, e.Match...)
			}
			p.line("envelope", fmt.Sprintf("none: the body has none of the keys %s, so it is not the vendor's JSON", quoteList(keys)))
		}
	}
	if status == 0 {
		p.line("HTTP status", "unknown (pass -status N)")
	} else {
		p.line("HTTP status", strconv.Itoa(status))
	}
	isErr, why := d.isError(status)
	switch {
	case isErr == nil:
		p.line("error", "depends: "+why)
	case *isErr:
		p.line("error", "yes: "+why)
	default:
		p.line("error", "no: "+why+"; Parse returns nil")
	}
	if d.env != nil {
		p.line("request ID", showString(d.reqIDKey, d.reqID))
		p.line("body message", showString(d.msgKey, d.msg))
		p.line("body description", showString(d.descKey, d.desc))
	}
	d.printClass(p, n, isErr)
	if d.env == nil {
		for _, sc := range n.Scenarios {
			if sc.Error == "" && (status == 0 || sc.Status == status) {
				p.line("scenario", scenarioText(sc))
			}
		}
		return
	}
	d.printKeys(p, n)
	d.printCodes(p, n)
}

// describe says what the body is: "JSON object, 212 bytes", "not JSON, 40 bytes", "empty".
func (d *decoded) describe() string {
	s := d.shape
	if s == "" {
		s = "JSON object"
	}
	switch {
	case d.cut:
		s += fmt.Sprintf(", more than %d bytes, of which only the first %d were read, as FromResponse reads them", maxBody, maxBody)
	case d.shape != "empty":
		s += fmt.Sprintf(", %d bytes", d.size)
	}
	if d.shape != "" && d.shape != "empty" {
		s += "; its content is not shown (it cannot be searched for secrets reliably)"
	}
	return s
}

// printClass prints the class of the reply, as Error.Class gives it, and whether
// apierr.Retryable holds.
func (d *decoded) printClass(p *printer, n *namespace, isErr *bool) {
	if isErr != nil && !*isErr {
		p.line("class of the reply", "none: not an error")
		return
	}
	cls, sure := d.class(n, d.status)
	switch {
	case cls != nil:
		p.line("class of the reply", classRef(cls))
	case !sure:
		p.line("class of the reply", "none from its code; by HTTP status (pass -status): "+n.statusClasses())
	default:
		p.line("class of the reply", "none")
	}
	var why []string
	if cls != nil && cls.Retryable() {
		why = append(why, classRef(cls)+" is retryable")
	}
	for _, v := range []wireCode{d.code, d.detail} {
		if c := n.lookup(v); c != nil && c.Temporary {
			why = append(why, "the vendor documents "+n.show(v)+" as temporary")
		}
	}
	if len(why) > 0 {
		p.line("retryable", "yes: "+strings.Join(why, "; "))
	}
}

// printKeys prints the documented fields of the envelope found in the body, and the keys the
// decoder does not read, with the values of secret keys redacted.
func (d *decoded) printKeys(p *printer, n *namespace) {
	roles := map[string]bool{}
	e := d.env
	for _, k := range append(append(append([]string{e.CodeKey, e.WireNameKey, e.DetailKey}, e.Message...), e.Description...), e.RequestID...) {
		roles[k] = true
	}
	if e.Outcome != nil {
		roles[e.Outcome.Key] = true
	}
	fields := map[string]*spec.Field{}
	for _, f := range n.Fields {
		if len(f.Envelopes) > 0 && !contains(f.Envelopes, e.Name) {
			continue
		}
		for _, k := range append([]string{f.JSON}, f.Aliases...) {
			fields[k] = f
		}
	}
	shown := 0
	for _, bk := range d.keys {
		if shown == maxKeys {
			p.line("other keys", fmt.Sprintf("%d top-level keys in all; the rest are not shown", len(d.keys)))
			return
		}
		switch f := fields[bk.wire]; {
		case f != nil:
			p.line("field "+clean(bk.name)+" ("+f.Name+")", showValue(bk.name, bk.raw))
		case bk.wire != "" && roles[bk.wire]:
			continue // shown as the code, request ID, message or description
		default:
			p.line("other key "+clean(bk.name), showValue(bk.name, bk.raw))
		}
		shown++
	}
}

// maxKeys is the most fields and other keys of a body that are printed.
const maxKeys = 50

// printCodes explains the code of the body and, where the envelope has one, its detail code.
func (d *decoded) printCodes(p *printer, n *namespace) {
	e := d.env
	p.blank()
	if raw := d.raw[e.CodeKey]; n.codeFrom(raw) == (wireCode{}) {
		what := "none in the body"
		if len(raw) > 0 {
			what = fmt.Sprintf("none: %q holds %s, which is not a code (%s codes are of type %s)",
				d.from[e.CodeKey], showValue(d.from[e.CodeKey], raw), n.Vendor, n.CodeType)
		}
		if !d.byName {
			p.line("code", what)
		} else {
			p.line("code in the body", what+fmt.Sprintf("; Parse takes the code of the name %s", clean(d.name)))
		}
	}
	if d.code != (wireCode{}) {
		n.describe(p, d.code, describeOpts{bodyName: d.name, env: e, body: d})
	}
	if e.DetailKey == "" {
		return
	}
	p.blank()
	if d.detail == (wireCode{}) {
		p.line("detail code", fmt.Sprintf("none: no %q in the body", e.DetailKey))
		return
	}
	n.describe(p, d.detail, describeOpts{label: "detail code", env: e, body: d})
}

func quoteList(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return strings.Join(out, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
