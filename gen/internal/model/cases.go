package model

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
)

// The generated tests drive the package with replies built here from the spec, and expect
// what the model says of them.

// Case is a documented code with the reply that carries it.
type Case struct {
	Code      *spec.Code
	Status    int    // HTTP status of the reply
	Body      string // the reply, in the code's envelope
	RequestID string // the request ID in the body, or "" when the envelope has none
	Reading   *Reading
}

// Cases returns one case per documented code, in code order.
func (m *Model) Cases() []Case {
	out := make([]Case, len(m.Codes))
	for i, c := range m.Codes {
		out[i] = m.caseFor(i, c)
	}
	return out
}

// caseFor builds the reply that carries c: its envelope's outcome, code (for a detail code,
// the nearest ancestor that is not one, with c in the detail key), wire name, documented text
// and a request ID; sent with the documented status, else 200 when the body says it is an
// error, else 400.
func (m *Model) caseFor(i int, c *spec.Code) Case {
	em := m.EnvelopeOf(c)
	tc := Case{Code: c, RequestID: fmt.Sprintf("req-%d", i+1)}
	var b object
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, m.Literal(m.ReplyCode(c)))
	if em.WireName != nil && c.Wire != "" {
		b.add(em.WireName.JSON, c.Wire)
	}
	if c.Detail {
		b.add(em.Detail.JSON, c.Str)
	}
	if text := firstNonEmpty(c.Description, c.Message); text != "" && len(em.Description) > 0 {
		b.add(em.Description[0].JSON, text)
	}
	if len(em.RequestID) > 0 {
		b.add(em.RequestID[0].JSON, tc.RequestID)
	} else {
		tc.RequestID = ""
	}
	tc.Body = b.String()
	tc.Status = m.ReplyStatus(c)
	tc.Reading = m.Read(tc.Status, []byte(tc.Body))
	return tc
}

// UnknownValue returns a code the spec does not list and no catch-all covers.
func (m *Model) UnknownValue() Value {
	if m.StringCodes {
		return Value{Str: "apierr.test.undocumented"}
	}
	n := int64(900000001)
	for m.Lookup(Value{Int: n}) != nil || m.CatchAllFor(Value{Int: n}) != nil {
		n++
	}
	return Value{Int: n}
}

// UnknownBody returns a reply in the first envelope carrying the code v.
func (m *Model) UnknownBody(v Value) string {
	em := m.Envs[0]
	var b object
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, m.valueLiteral(v))
	return b.String()
}

// CatchAllCase returns an unlisted code under the first catch-all of the spec, the parent it
// falls under and a reply carrying it; ok is false when the spec has no catch-all or none
// leaves a code unlisted.
func (m *Model) CatchAllCase() (v Value, parent *spec.Code, body string, ok bool) {
	if len(m.CatchAlls) == 0 {
		return Value{}, nil, "", false
	}
	ca := m.CatchAlls[0]
	if m.StringCodes {
		v = Value{Str: ca.Prefix + "ApierrTestUndocumented"}
		ok = m.Lookup(v) == nil
	} else {
		for n := ca.From; n <= ca.To && !ok; n++ {
			v = Value{Int: n}
			ok = m.CatchAllFor(v) == ca
		}
	}
	if !ok {
		return Value{}, nil, "", false
	}
	em := m.EnvelopeOf(m.byName[ca.Parent])
	var b object
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, m.valueLiteral(v))
	return v, m.Parent(v), b.String(), true
}

// OutcomeRow is a reply whose body says error or success by the vendor's outcome key.
type OutcomeRow struct {
	Status  int
	Body    string
	IsError bool
}

// OutcomeRows returns, for each envelope with an outcome key, a reply saying error at HTTP
// 200 and replies saying success at HTTP 400 and 200, each carrying a code of the envelope.
func (m *Model) OutcomeRows() []OutcomeRow {
	var rows []OutcomeRow
	for _, em := range m.Envs {
		c := m.firstOf(em)
		if em.Outcome == nil || c == nil {
			continue
		}
		o := em.Envelope.Outcome
		var errBody, okBody object
		errBody.add(em.Outcome.JSON, o.Error[0])
		errBody.add(em.Code.JSON, m.Literal(c))
		okBody.add(em.Outcome.JSON, o.Success[0])
		okBody.add(em.Code.JSON, m.Literal(c))
		rows = append(rows,
			OutcomeRow{200, errBody.String(), true},
			OutcomeRow{400, okBody.String(), false},
			OutcomeRow{200, okBody.String(), false})
	}
	return rows
}

// firstOf returns the first documented code of an envelope that is not a detail code.
func (m *Model) firstOf(em *Envelope) *spec.Code {
	for _, c := range m.Codes {
		if c.Envelope == em.Name && !c.Detail {
			return c
		}
	}
	return nil
}

// WrongTypeBody returns a body in the first envelope whose code is a JSON object.
func (m *Model) WrongTypeBody() string {
	em := m.Envs[0]
	var b object
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, map[string]bool{"nested": true})
	return b.String()
}

// SecretBody returns the reply of the first documented code with a secret in every text key
// the envelope reads, in every field the spec declares, and under some secret keys: none of
// them may reach error text or logs.
func (m *Model) SecretBody() (status int, body string) {
	c := m.Codes[0]
	em := m.EnvelopeOf(c)
	var b object
	if em.Outcome != nil {
		b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
	}
	b.add(em.Code.JSON, m.Literal(m.ReplyCode(c)))
	if c.Detail {
		b.add(em.Detail.JSON, c.Str)
	}
	for _, k := range append(append([]*Key{}, em.Message...), em.Description...) {
		b.add(k.JSON, "SECRET-text: Invalid authorization code: SECRET-code")
	}
	for _, f := range em.Fields {
		switch f.Type {
		case "string":
			b.add(f.JSON, "SECRET-field")
		case "json.RawMessage", "map[string]json.RawMessage":
			b.add(f.JSON, map[string]string{"access_token": "SECRET-token"})
		case "Messages", "[]string":
			b.add(f.JSON, []string{"SECRET-message"})
		}
	}
	b.add("access_token", "SECRET-access")
	b.add("password", "SECRET-password")
	b.add("otp", "SECRET-otp")
	return m.ReplyStatus(c), b.String()
}

// ScenarioBody returns the reply of a documented scenario: for a row without an error code, a
// page holding its text; otherwise the envelope with the code, the text in the description
// and the detail key and value in the details object.
func (m *Model) ScenarioBody(sc *spec.Scenario) string {
	if sc.Error == "" {
		return "<html><body><h1>" + sc.Text + "</h1></body></html>"
	}
	em := m.Envs[0]
	var b object
	b.add(em.Code.JSON, sc.Error)
	if sc.Text != "" && len(em.Description) > 0 {
		b.add(em.Description[0].JSON, "x "+sc.Text+" x")
	}
	if sc.DetailKey != "" {
		key := sc.DetailKey
		if key == "<digits>" {
			key = "475"
		}
		value := sc.DetailValue
		if value == "" {
			value = "any value"
		}
		b.add(em.DetailsKey, map[string]string{key: value})
	}
	return b.String()
}

// valueLiteral is a code value as a JSON-encodable Go value.
func (m *Model) valueLiteral(v Value) any {
	if m.StringCodes {
		return v.Str
	}
	return v.Int
}

// object writes a JSON object with its keys in the order they are added.
type object struct {
	b strings.Builder
}

// add appends a key and the JSON of its value.
func (o *object) add(key string, val any) {
	if o.b.Len() == 0 {
		o.b.WriteByte('{')
	} else {
		o.b.WriteString(", ")
	}
	o.b.WriteString(JSON(key))
	o.b.WriteString(": ")
	o.b.WriteString(JSON(val))
}

// String returns the object, closed.
func (o *object) String() string {
	if o.b.Len() == 0 {
		return "{}"
	}
	return o.b.String() + "}"
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// Probes returns the code values the generated tests ask Parent and Class of: every
// documented code and, around them, codes the document does not list (for int specs the
// neighbours of each code and the ends of each catch-all's range, for string specs each
// code with a dotted or plain suffix and each catch-all's prefix with one), in a stable
// order, without repeats. The zero code (no code) and int codes outside int32 (which the
// generated Code cannot hold on 32-bit platforms) are left out.
func (m *Model) Probes() []Value {
	var out []Value
	seen := map[Value]bool{}
	add := func(v Value) {
		if !seen[v] && v != (Value{}) && v.Int >= spec.MinIntCode && v.Int <= spec.MaxIntCode {
			seen[v] = true
			out = append(out, v)
		}
	}
	for _, c := range m.Codes {
		v := m.ValueOf(c)
		add(v)
		if m.StringCodes {
			add(Value{Str: v.Str + ".X"})
			add(Value{Str: v.Str + "X"})
		} else {
			add(Value{Int: v.Int + 1})
		}
	}
	for _, ca := range m.CatchAlls {
		if m.StringCodes {
			add(Value{Str: ca.Prefix + "Y"})
			continue
		}
		for _, n := range []int64{ca.From - 1, ca.From, ca.To, ca.To + 1} {
			add(Value{Int: n})
		}
	}
	add(m.UnknownValue())
	return out
}

// HostileBodies returns replies whose body tries to get into error text, logs and problems: a
// request ID with a line break, one of a million bytes, one of ten thousand with a forged
// header and a script, a code that is not an identifier, an unlisted code of a thousand
// bytes, an undocumented detail code that looks like an identifier (a secret in a detail key,
// which is a message key too), and free text with a secret in every text key, in the first
// envelope (the detail code in its own), at HTTP 400. Whatever they hold, the error text stays
// one bounded line.
func (m *Model) HostileBodies() []string {
	em := m.Envs[0]
	base := func() *object {
		var b object
		if em.Outcome != nil {
			b.add(em.Outcome.JSON, em.Envelope.Outcome.Error[0])
		}
		return &b
	}
	code := m.Literal(m.ReplyCode(m.Codes[0]))
	var out []string
	for _, id := range []string{"r-1\r\nlevel=ERROR msg=forged", "r-" + strings.Repeat("x", 1<<20),
		strings.Repeat("x", 10<<10) + "\r\nSet-Cookie: forged=1\r\n<script>alert(1)</script>"} {
		b := base()
		b.add(em.Code.JSON, code)
		if len(em.RequestID) > 0 {
			b.add(em.RequestID[0].JSON, id)
		}
		out = append(out, b.String())
	}
	if m.StringCodes {
		for _, c := range []string{"bad code\r\nlevel=ERROR msg=forged", "x." + strings.Repeat("y", 1000)} {
			b := base()
			b.add(em.Code.JSON, c)
			out = append(out, b.String())
		}
	}
	if d := m.detailEnvelope(); d != nil {
		b := base()
		b.add(d.Code.JSON, m.Literal(m.firstOf(d)))
		b.add(d.Detail.JSON, "Hunter2!Secret")
		out = append(out, b.String())
	}
	b := base()
	b.add(em.Code.JSON, code)
	for _, k := range append(append([]*Key{}, em.Message...), em.Description...) {
		b.add(k.JSON, "Login failed for password=SECRET-text")
	}
	if em.WireName != nil {
		b.add(em.WireName.JSON, "name with\nSECRET-text")
	}
	return append(out, b.String())
}

// detailEnvelope returns the first envelope with a detail key that carries a documented code
// of its own, or nil.
func (m *Model) detailEnvelope() *Envelope {
	for _, e := range m.Envs {
		if e.Detail != nil && m.firstOf(e) != nil {
			return e
		}
	}
	return nil
}
