package emit

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// model is what the emitters share: the spec plus facts derived from it once.
type model struct {
	*spec.Spec
	byName     map[string]*spec.Code
	keys       []*wireKey          // distinct JSON keys of the wire struct, in first-use order
	keyOf      map[string]*wireKey // JSON key → wire key
	envs       []*envModel
	importPath string         // import path of the generated package, for its external tests
	rows       map[string]int // Go name → row in codeInfos, built on first use by row

	// What the spec has, so emitters write only what applies.
	hasWire                                 bool // int codes with a string name (Akamai)
	hasMsg, hasDesc, hasRes                 bool // codes with a documented message, description, resolution
	hasParents, hasDetail, hasMessages      bool
	hasMessageKey, hasDescKey, hasRequestID bool // envelope keys
	hasClass, hasUnclassified, hasTemporary bool
	multiEnv                                bool
}

// wireKey is one top-level JSON key the decoder reads, with its field in the wire struct.
type wireKey struct {
	JSON  string
	Field string // Go field name in the wire struct
	Type  string // "Code" (a code key), "outcome" (an outcome key), "string" or a field type
}

// envModel is an envelope with its roles resolved to wire keys.
type envModel struct {
	*spec.Envelope
	code, wireName, detail, outcome *wireKey
	message, description, requestID []*wireKey
	match                           []*wireKey
	fields                          []*fieldModel
}

// fieldModel is an extra field with the wire keys that fill it, primary key first.
type fieldModel struct {
	*spec.Field
	keys []*wireKey
}

func newModel(s *spec.Spec) *model {
	m := &model{Spec: s, byName: map[string]*spec.Code{}, keyOf: map[string]*wireKey{}}
	for _, c := range s.Codes {
		m.byName[c.Name] = c
		m.hasWire = m.hasWire || c.Wire != ""
		m.hasMsg = m.hasMsg || c.Message != ""
		m.hasDesc = m.hasDesc || c.Description != ""
		m.hasRes = m.hasRes || c.Resolution != ""
		m.hasParents = m.hasParents || c.Parent != ""
		m.hasClass = m.hasClass || c.Class != ""
		m.hasUnclassified = m.hasUnclassified || c.Unclassified != ""
		m.hasTemporary = m.hasTemporary || c.Temporary
	}
	m.hasParents = m.hasParents || len(s.CatchAlls) > 0
	m.multiEnv = len(s.Envelopes) > 1
	for _, e := range s.Envelopes {
		em := &envModel{Envelope: e}
		em.code = m.key(e.CodeKey, "Code")
		if e.WireNameKey != "" {
			em.wireName = m.key(e.WireNameKey, "string")
		}
		if e.DetailKey != "" {
			em.detail = m.key(e.DetailKey, "Code")
			m.hasDetail = true
		}
		if e.Outcome != nil {
			em.outcome = m.key(e.Outcome.Key, "outcome")
		}
		for _, k := range e.Message {
			em.message = append(em.message, m.key(k, "string"))
		}
		for _, k := range e.Description {
			em.description = append(em.description, m.key(k, "string"))
		}
		for _, k := range e.RequestID {
			em.requestID = append(em.requestID, m.key(k, "string"))
		}
		for _, k := range e.Match {
			em.match = append(em.match, m.keyOf[k])
		}
		m.hasMessageKey = m.hasMessageKey || len(e.Message) > 0
		m.hasDescKey = m.hasDescKey || len(e.Description) > 0
		m.hasRequestID = m.hasRequestID || len(e.RequestID) > 0
		m.envs = append(m.envs, em)
	}
	for _, f := range s.Fields {
		fm := &fieldModel{Field: f}
		for _, k := range append([]string{f.JSON}, f.Aliases...) {
			fm.keys = append(fm.keys, m.key(k, f.Type))
		}
		m.hasMessages = m.hasMessages || strings.Contains(f.Type, "Messages")
		for _, em := range m.envs {
			if len(f.Envelopes) == 0 || contains(f.Envelopes, em.Name) {
				em.fields = append(em.fields, fm)
			}
		}
	}
	return m
}

// key returns the wire key for a JSON key, adding it on first use.
func (m *model) key(json, typ string) *wireKey {
	if k, ok := m.keyOf[json]; ok {
		return k
	}
	k := &wireKey{JSON: json, Field: m.fieldName(json), Type: typ}
	m.keys = append(m.keys, k)
	m.keyOf[json] = k
	return k
}

// fieldName derives a unique Go field name from a JSON key: "error_description" →
// "ErrorDescription", "RequestId" → "RequestID". Fields are exported so encoding/json fills
// them; the struct itself is unexported.
func (m *model) fieldName(key string) string {
	var b strings.Builder
	upper := false
	for _, r := range key {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			upper = b.Len() > 0
		case b.Len() == 0:
			if unicode.IsDigit(r) {
				b.WriteString("K")
			}
			b.WriteRune(unicode.ToUpper(r))
		case upper:
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	name := b.String()
	if strings.HasSuffix(name, "Id") {
		name = strings.TrimSuffix(name, "Id") + "ID"
	}
	if name == "" {
		name = "K"
	}
	for n, base := 2, name; m.fieldTaken(name); n++ {
		name = base + strconv.Itoa(n)
	}
	return name
}

// fieldTaken reports whether a wire struct field name is used or is a Go keyword.
func (m *model) fieldTaken(name string) bool {
	for _, k := range m.keys {
		if k.Field == name {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// codeLit is the Go literal of a code's value.
func (m *model) codeLit(c *spec.Code) any {
	if m.StringCodes {
		return c.Str
	}
	return int(c.Int)
}

// display is what String returns for a known code: the wire name for int codes that have
// one, the value for string codes, the Go name otherwise.
func (m *model) display(c *spec.Code) string {
	switch {
	case m.StringCodes:
		return c.Str
	case c.Wire != "":
		return c.Wire
	}
	return c.Name
}

// errText is what Code.Error returns for a known code, precomputed so Error does not allocate.
func (m *model) errText(c *spec.Code) string {
	head := m.Package + ": " + m.display(c)
	if !m.StringCodes {
		head += fmt.Sprintf(" (%d)", c.Int)
	}
	text := c.Description
	if text == "" {
		text = c.Message
	}
	if text = oneLine(text); text != "" {
		head += ": " + text
	}
	return head
}

// jsonLit is the JSON encoding of an outcome value, as it appears in a body.
func jsonLit(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings and booleans always marshal
	}
	return string(b)
}

// zeroCode is the Go literal of the zero Code: "no code".
func (m *model) zeroCode() any {
	if m.StringCodes {
		return ""
	}
	return 0
}

// rootPkg is the import path of package apierr, which holds the vendor-neutral classes.
const rootPkg = "github.com/apierr/apierr"

// classVar is the Go name of a class's variable in package apierr: "invalid_credentials" →
// "ErrInvalidCredentials". The end-to-end test type-checks every name it produces.
func classVar(name string) string {
	var b strings.Builder
	b.WriteString("Err")
	for _, part := range strings.Split(name, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// classExpr is classRef for a table.
func classExpr(name string) expr {
	return qual(rootPkg, classVar(name))
}

// classRef is the Go expression of a class: apierr.ErrInvalidCredentials.
func classRef(name string) *jen.Statement {
	return jen.Qual(rootPkg, classVar(name))
}
