package explain

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/spec"
)

// wireCode is a code as received or asked about, documented or not: Int for int specs, Str
// for string specs. The zero value is "no code", as the generated Code's zero value.
type wireCode struct {
	Int int64
	Str string
}

// namespace is one spec with the lookups explain needs. Its methods mirror the generated
// package's: index (lookup), Parent, Class, Lookup and statusClass.
type namespace struct {
	*spec.Spec
	byValue   map[wireCode]*spec.Code
	byName    map[string]*spec.Code
	catchAlls []*spec.CatchAll // narrowest first, the order in which the generated Parent tests them
	parents   bool             // the spec has a hierarchy: a code with a parent, or a catch-all
	detail    bool             // an envelope has a detail key
}

func newNamespace(s *spec.Spec) *namespace {
	n := &namespace{Spec: s, byValue: map[wireCode]*spec.Code{}, byName: map[string]*spec.Code{}}
	for _, c := range s.Codes {
		n.byValue[n.codeOf(c)] = c
		n.byName[c.Name] = c
		n.parents = n.parents || c.Parent != ""
	}
	n.parents = n.parents || len(s.CatchAlls) > 0
	for _, e := range s.Envelopes {
		n.detail = n.detail || e.DetailKey != ""
	}
	n.catchAlls = s.CatchAllsNarrowestFirst()
	return n
}

// codeOf returns the wire value of a documented code.
func (n *namespace) codeOf(c *spec.Code) wireCode {
	if n.StringCodes {
		return wireCode{Str: c.Str}
	}
	return wireCode{Int: c.Int}
}

// lookup returns the documented code with value v, or nil.
func (n *namespace) lookup(v wireCode) *spec.Code { return n.byValue[v] }

// catchAll returns the catch-all covering an unlisted code, or nil: the narrowest range or
// longest prefix, as the generated Parent has it. Listed codes are not covered.
func (n *namespace) catchAll(v wireCode) *spec.CatchAll {
	if n.lookup(v) != nil {
		return nil
	}
	for _, ca := range n.catchAlls {
		if n.StringCodes && strings.HasPrefix(v.Str, ca.Prefix) ||
			!n.StringCodes && v.Int >= ca.From && v.Int <= ca.To {
			return ca
		}
	}
	return nil
}

// parent returns what the generated Code.Parent returns: the documented parent of a listed
// code, or the parent of the catch-all covering an unlisted one; nil when there is none.
func (n *namespace) parent(v wireCode) *spec.Code {
	if c := n.lookup(v); c != nil {
		return n.byName[c.Parent]
	}
	if ca := n.catchAll(v); ca != nil {
		if ca.NearestListed {
			for s := v.Str; strings.LastIndexByte(s, '.') > 0; {
				s = s[:strings.LastIndexByte(s, '.')]
				if c := n.lookup(wireCode{Str: s}); c != nil {
					return c
				}
			}
		}
		return n.byName[ca.Parent]
	}
	return nil
}

// chain returns the parents of v, nearest first. The loader rejects cycles; the bound only
// keeps a broken model from looping.
func (n *namespace) chain(v wireCode) []*spec.Code {
	var out []*spec.Code
	for p := n.parent(v); p != nil && len(out) <= len(n.Codes); p = n.parent(n.codeOf(p)) {
		out = append(out, p)
	}
	return out
}

// class returns what the generated Code.Class returns: the class the spec gives a listed
// code, or the class of the parent of an unlisted one (its catch-all's).
func (n *namespace) class(v wireCode) *apierr.Class {
	if c := n.lookup(v); c != nil {
		return apierr.ClassByName(c.Class)
	}
	if p := n.parent(v); p != nil {
		return apierr.ClassByName(p.Class)
	}
	return nil
}

// statusClass returns the class [[status_class]] gives an HTTP status, or nil.
func (n *namespace) statusClass(status int) *apierr.Class {
	for _, sc := range n.StatusClasses {
		if sc.Status == status {
			return apierr.ClassByName(sc.Class)
		}
	}
	return nil
}

// show returns how a code is written in the output: 361 (unique_violation), 901,
// auth.token.expired.
func (n *namespace) show(v wireCode) string {
	if n.StringCodes {
		return clean(v.Str)
	}
	s := strconv.FormatInt(v.Int, 10)
	if c := n.lookup(v); c != nil && c.Wire != "" {
		s += " (" + c.Wire + ")"
	}
	return s
}

// ref returns a documented code as "361 unique_violation (identitycloud.UniqueViolation)".
func (n *namespace) ref(c *spec.Code) string {
	v := n.codeOf(c)
	s := clean(v.Str)
	if !n.StringCodes {
		s = strconv.FormatInt(v.Int, 10)
		if c.Wire != "" {
			s += " " + c.Wire
		}
	}
	return s + " (" + n.Package + "." + c.Name + ")"
}

// explainArg explains the code named on the command line.
func explainArg(p *printer, n *namespace, arg string) {
	p.line("vendor", n.Vendor)
	codes, unknown, ok := n.resolve(arg)
	switch {
	case !ok:
		p.line("code", fmt.Sprintf("%s — not in the document", strconv.Quote(arg)))
		p.line("note", fmt.Sprintf("%s codes are integers, and no code has the wire name or Go name %s", n.Vendor, strconv.Quote(arg)))
		n.suggest(p, arg)
		p.line("source", n.source(nil))
	case len(codes) == 0:
		n.describe(p, unknown, describeOpts{arg: arg})
	default:
		if len(codes) > 1 {
			var vals []string
			for _, c := range codes {
				vals = append(vals, strconv.FormatInt(c.Int, 10))
			}
			p.line("note", fmt.Sprintf("%d codes have the wire name %s: %s; the integer code of a body decides", len(codes), strconv.Quote(arg), strings.Join(vals, ", ")))
		}
		for i, c := range codes {
			if i > 0 {
				p.blank()
			}
			n.describe(p, n.codeOf(c), describeOpts{})
		}
	}
}

// resolve reads a command-line code: a value, the wire name of an int code, or a Go name.
// It returns the documented codes it names (several when codes share a wire name), or the
// unlisted value; ok is false for an int spec when arg is neither a number nor a name.
func (n *namespace) resolve(arg string) (codes []*spec.Code, unknown wireCode, ok bool) {
	if n.StringCodes {
		if c := n.byValue[wireCode{Str: arg}]; c != nil {
			return []*spec.Code{c}, wireCode{}, true
		}
		if c := n.byName[arg]; c != nil {
			return []*spec.Code{c}, wireCode{}, true
		}
		return nil, wireCode{Str: arg}, true
	}
	if i, err := strconv.ParseInt(strings.TrimSpace(arg), 10, 64); err == nil {
		if c := n.byValue[wireCode{Int: i}]; c != nil {
			return []*spec.Code{c}, wireCode{}, true
		}
		return nil, wireCode{Int: i}, true
	}
	for _, c := range n.Codes {
		if c.Wire == arg {
			codes = append(codes, c)
		}
	}
	if len(codes) > 0 {
		return codes, wireCode{}, true
	}
	if c := n.byName[arg]; c != nil {
		return []*spec.Code{c}, wireCode{}, true
	}
	return nil, wireCode{}, false
}

// suggest prints documented codes whose value, wire name or Go name equals arg but for case:
// codes are case-sensitive on the wire, so a ticket's copy may be off.
func (n *namespace) suggest(p *printer, arg string) {
	if arg == "" {
		return
	}
	var near []string
	for _, c := range n.Codes {
		if strings.EqualFold(c.Str, arg) && c.Str != "" || strings.EqualFold(c.Wire, arg) && c.Wire != "" ||
			strings.EqualFold(c.Name, arg) {
			near = append(near, n.ref(c))
		}
	}
	if len(near) > 0 {
		p.line("did you mean", strings.Join(near, ", ")+" (codes are case-sensitive)")
	}
}

// describeOpts adds what a body says to the description of a code.
type describeOpts struct {
	label    string         // the first line's label; "code" by default
	bodyName string         // Akamai: the wire name the body gives, or ""
	env      *spec.Envelope // the envelope the body came in, or nil
	body     *decoded       // the body, to pick the scenarios that match it, or nil
	arg      string         // the command-line argument, for suggestions when it is unknown
}

// describe prints what the spec says of one code, documented or not.
func (n *namespace) describe(p *printer, v wireCode, o describeOpts) {
	label := o.label
	if label == "" {
		label = "code"
	}
	c := n.lookup(v)
	if c == nil {
		n.describeUnknown(p, v, label, o)
		return
	}
	p.line(label, n.show(v))
	p.line("Go name", n.Package+"."+c.Name)
	if o.bodyName != "" && o.bodyName != c.Wire {
		p.line("wire name in the body", clean(o.bodyName)+" (the document: "+c.Wire+")")
	}
	p.line("HTTP status", n.status(c))
	p.line("HTTP status in the document's table", n.statusMeaning(c.Status.Code))
	switch cls := apierr.ClassByName(c.Class); {
	case cls != nil:
		p.line("class", classRef(cls))
	case c.Unclassified != "":
		p.line("class", "none: "+c.Unclassified)
	default:
		p.line("class", "none: the spec gives neither a class nor a reason")
	}
	if why := n.retryable(c); why != "" {
		p.line("retryable", why)
	}
	if chain := n.chain(v); len(chain) > 0 {
		p.line("parent", n.refs(chain))
	} else if n.parents {
		p.line("parent", "none")
	}
	p.line("message", c.Message)
	p.line("description", c.Description)
	p.line("resolution", c.Resolution)
	if len(n.Envelopes) > 1 {
		p.line("envelope", c.Envelope)
		if o.env != nil && o.env.Name != c.Envelope {
			p.line("warning", fmt.Sprintf("the document gives this code in the %s envelope; the body came in %s", c.Envelope, o.env.Name))
		}
	}
	if c.Detail {
		e := n.envelope(c.Envelope)
		p.line("detail code", fmt.Sprintf("yes: it arrives in the %q key, with its parent in the %q key", e.DetailKey, e.CodeKey))
	}
	if len(c.Fields) > 0 {
		p.line("fields", strings.Join(c.Fields, ", "))
	}
	n.scenarios(p, c, o.body)
	p.line("note", c.Note)
	p.line("source", n.source(c))
}

// describeUnknown prints what the spec implies for a code it does not list: its catch-all,
// parent and class.
func (n *namespace) describeUnknown(p *printer, v wireCode, label string, o describeOpts) {
	p.line(label, n.show(v)+" — not in the document")
	if o.bodyName != "" {
		p.line("wire name in the body", clean(o.bodyName))
		if c := n.wireName(o.bodyName); c != nil {
			p.line("note", "the document gives this wire name to "+n.ref(c)+"; the integer code of a body decides")
		}
	}
	ca := n.catchAll(v)
	if ca == nil {
		p.line("parent", "none: no catch-all covers it")
		if sc := n.statusClasses(); sc != "" {
			p.line("class", "none from the code; a reply with it takes the class of its HTTP status: "+sc)
		} else {
			p.line("class", "none: the document does not list it and no catch-all covers it")
		}
		n.suggest(p, o.arg)
		p.line("source", n.source(nil))
		return
	}
	what := fmt.Sprintf("codes %d-%d", ca.From, ca.To)
	if n.StringCodes {
		what = fmt.Sprintf("codes starting %q", ca.Prefix)
	}
	if ca.Note != "" {
		what += ": " + oneLine(ca.Note)
	}
	p.line("catch-all", what)
	p.line("parent", n.refs(n.chain(v)))
	parent := n.parent(v)
	switch cls := apierr.ClassByName(parent.Class); {
	case cls != nil:
		p.line("class", classRef(cls)+" (its parent's)")
	case parent.Unclassified != "":
		p.line("class", "none: its parent is unclassified: "+oneLine(parent.Unclassified))
	default:
		p.line("class", "none: its parent has no class")
	}
	if cls := apierr.ClassByName(parent.Class); cls != nil && cls.Retryable() {
		p.line("retryable", "yes: "+classRef(cls)+" is retryable")
	}
	n.suggest(p, o.arg)
	p.line("source", n.source(nil))
}

// refs writes a chain of parents: "210 invalid_credentials (identitycloud.InvalidCredentials)
// → 200 invalid_argument (identitycloud.InvalidArgument)".
func (n *namespace) refs(chain []*spec.Code) string {
	out := make([]string, len(chain))
	for i, c := range chain {
		out[i] = n.ref(c)
	}
	return strings.Join(out, " → ")
}

// status says what the document gives as the HTTP status of c.
func (n *namespace) status(c *spec.Code) string {
	var s string
	switch {
	case c.Status.NotInUse:
		s = "not in use (the document says the code is not currently returned)"
	case c.Status.Code == 0:
		return "not documented"
	default:
		s = strconv.Itoa(c.Status.Code)
	}
	if c.Status.Source != "" {
		s += " (source: " + oneLine(c.Status.Source) + ")"
	}
	return s
}

// statusMeaning returns the row of the vendor's table of HTTP statuses for status, or "".
func (n *namespace) statusMeaning(status int) string {
	for _, h := range n.HTTPStatus {
		if h.Status == status {
			if h.Description == "" {
				return h.Message
			}
			return h.Message + ": " + h.Description
		}
	}
	return ""
}

// retryable says why apierr.Retryable holds for a reply with c, or "".
func (n *namespace) retryable(c *spec.Code) string {
	var why []string
	if cls := apierr.ClassByName(c.Class); cls != nil && cls.Retryable() {
		why = append(why, classRef(cls)+" is retryable")
	}
	if c.Temporary {
		why = append(why, "the vendor documents the condition as temporary")
	}
	if len(why) == 0 {
		return ""
	}
	return "yes: " + strings.Join(why, "; ")
}

// statusClasses lists [[status_class]] as "401 apierr.ErrUnauthenticated, ...", or "".
func (n *namespace) statusClasses() string {
	rows := append([]*spec.StatusClass(nil), n.StatusClasses...)
	sort.Slice(rows, func(i, j int) bool { return rows[i].Status < rows[j].Status })
	var out []string
	for _, sc := range rows {
		if cls := apierr.ClassByName(sc.Class); cls != nil {
			out = append(out, fmt.Sprintf("%d %s", sc.Status, classRef(cls)))
		}
	}
	return strings.Join(out, ", ")
}

// wireName returns the lowest code with the wire name name, as the generated Lookup does.
func (n *namespace) wireName(name string) *spec.Code {
	for _, c := range n.Codes {
		if c.Wire != "" && c.Wire == name {
			return c
		}
	}
	return nil
}

// envelope returns the envelope named name, or the first.
func (n *namespace) envelope(name string) *spec.Envelope {
	for _, e := range n.Envelopes {
		if e.Name == name {
			return e
		}
	}
	return n.Envelopes[0]
}

// source names where the facts come from: the code's own source or the spec's document.
func (n *namespace) source(c *spec.Code) string {
	if c != nil && c.Source != "" {
		return oneLine(c.Source) + " (not " + oneLine(n.Document) + ")"
	}
	s := oneLine(n.Document) + " — " + oneLine(n.Source)
	if n.Retrieved != "" {
		s += " (retrieved " + n.Retrieved + ")"
	}
	return s
}

// scenarios prints the documented scenarios of c (Next Identity): all of them, or with a
// body those that match it.
func (n *namespace) scenarios(p *printer, c *spec.Code, b *decoded) {
	if !n.StringCodes {
		return
	}
	var all, match []*spec.Scenario
	for _, sc := range n.Scenarios {
		if sc.Error != c.Str {
			continue
		}
		all = append(all, sc)
		if b != nil && b.matches(sc) {
			match = append(match, sc)
		}
	}
	if b == nil {
		for _, sc := range all {
			p.line("scenario", scenarioText(sc))
		}
		return
	}
	for _, sc := range match {
		p.line("scenario matching the body", scenarioText(sc))
	}
	if len(match) == 0 && len(all) > 0 {
		p.line("scenario", fmt.Sprintf("none of the document's %d scenario(s) of this code matches the body; explain the code alone to list them", len(all)))
	}
}

// scenarioText writes one scenario on one line.
func scenarioText(sc *spec.Scenario) string {
	s := fmt.Sprintf("HTTP %d, %s", sc.Status, oneLine(sc.Section))
	if sc.DetailKey != "" {
		s += fmt.Sprintf(", details key %q", sc.DetailKey)
		if sc.DetailValue != "" {
			s += fmt.Sprintf(" → %q", sc.DetailValue)
		}
	}
	if sc.Text != "" {
		s += fmt.Sprintf(", text %q", oneLine(sc.Text))
	}
	return s + ": " + oneLine(sc.Scenario) + " Resolution: " + oneLine(sc.Resolution)
}

// classRef writes a class as its Go variable: apierr.ErrInvalidCredentials.
func classRef(c *apierr.Class) string {
	var b strings.Builder
	b.WriteString("apierr.Err")
	for _, part := range strings.Split(c.Name(), "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}
