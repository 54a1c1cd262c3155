package emit

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
)

// pair is one key of a JSON object, in the order it is written.
type pair struct {
	key string
	val any
}

// object writes pairs as a JSON object with keys in the given order.
func object(pairs []pair) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := json.Marshal(p.key)
		v, err := json.Marshal(p.val)
		if err != nil {
			panic(err) // strings, numbers and booleans always marshal
		}
		b.Write(k)
		b.WriteString(": ")
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String()
}

// testCase is one documented code as the generated tests drive it.
type testCase struct {
	code       *spec.Code
	status     int    // HTTP status of the reply
	body       string // the reply's body in the vendor's envelope
	wantCode   *spec.Code
	wantDetail *spec.Code
	requestID  string
}

// caseFor builds the reply that carries c: its envelope's outcome, code (for a detail code,
// the nearest ancestor that is not one, with c in the detail key), wire name, documented text
// and a request ID.
func (m *model) caseFor(i int, c *spec.Code) testCase {
	em := m.envModelOf(c.Envelope)
	tc := testCase{code: c, wantCode: c, requestID: fmt.Sprintf("req-%d", i+1)}
	if c.Detail {
		tc.wantDetail = c
		p := m.byName[c.Parent]
		for p.Detail {
			p = m.byName[p.Parent]
		}
		tc.wantCode = p
	}
	var pairs []pair
	if em.Outcome != nil {
		pairs = append(pairs, pair{em.Outcome.Key, em.Outcome.Error[0]})
	}
	pairs = append(pairs, pair{em.CodeKey, m.codeLit(tc.wantCode)})
	if em.wireName != nil && c.Wire != "" {
		pairs = append(pairs, pair{em.WireNameKey, c.Wire})
	}
	if c.Detail {
		pairs = append(pairs, pair{em.DetailKey, c.Str})
	}
	if text := firstNonEmpty(c.Description, c.Message); text != "" && len(em.Description) > 0 {
		pairs = append(pairs, pair{em.Description[0], text})
	}
	if len(em.RequestID) > 0 {
		pairs = append(pairs, pair{em.RequestID[0], tc.requestID})
	} else {
		tc.requestID = ""
	}
	tc.body = object(pairs)
	switch {
	case c.Status.Code != 0:
		tc.status = c.Status.Code
	case em.Outcome != nil:
		tc.status = 200 // the body decides, whatever the status
	default:
		tc.status = 400
	}
	return tc
}

// unknownCase builds a reply with a code the spec does not list and no catch-all covers.
func (m *model) unknownCase() (value any, body string) {
	em := m.envs[0]
	if m.StringCodes {
		value = "apierr.test.undocumented"
	} else {
		n := int64(900000001)
		for m.covered(n) {
			n++
		}
		value = int(n)
	}
	pairs := []pair{}
	if em.Outcome != nil {
		pairs = append(pairs, pair{em.Outcome.Key, em.Outcome.Error[0]})
	}
	pairs = append(pairs, pair{em.CodeKey, value})
	return value, object(pairs)
}

// catchAllCase builds a reply with an unlisted code under the first catch-all, or ok false.
func (m *model) catchAllCase() (value any, parent string, body string, ok bool) {
	if len(m.CatchAlls) == 0 {
		return nil, "", "", false
	}
	ca := m.CatchAlls[0]
	if m.StringCodes {
		value = ca.Prefix + "ApierrTestUndocumented"
		if m.byValue(value) != nil {
			return nil, "", "", false
		}
	} else {
		found := false
		for n := ca.From; n <= ca.To; n++ {
			if m.byValue(n) == nil && m.narrowest(n) == ca {
				value, found = int(n), true
				break
			}
		}
		if !found {
			return nil, "", "", false
		}
	}
	p := m.byName[ca.Parent]
	em := m.envModelOf(p.Envelope)
	var pairs []pair
	if em.Outcome != nil {
		pairs = append(pairs, pair{em.Outcome.Key, em.Outcome.Error[0]})
	}
	pairs = append(pairs, pair{em.CodeKey, value})
	return value, ca.Parent, object(pairs), true
}

// covered reports whether an int value is documented or under a catch-all.
func (m *model) covered(n int64) bool {
	return m.byValue(n) != nil || m.narrowest(n) != nil
}

// narrowest is the catch-all that covers an unlisted int code, as the generated Parent picks it.
func (m *model) narrowest(n int64) *spec.CatchAll {
	for _, ca := range m.sortedCatchAlls() {
		if n >= ca.From && n <= ca.To {
			return ca
		}
	}
	return nil
}

// byValue finds a documented code by its value (int64 or string).
func (m *model) byValue(v any) *spec.Code {
	for _, c := range m.Codes {
		if (m.StringCodes && c.Str == v) || (!m.StringCodes && c.Int == v) {
			return c
		}
	}
	return nil
}

// envModelOf returns the envelope model called name.
func (m *model) envModelOf(name string) *envModel {
	for _, e := range m.envs {
		if e.Name == name {
			return e
		}
	}
	return m.envs[0]
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
