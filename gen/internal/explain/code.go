package explain

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// explainArg explains the code named on the command line.
func explainArg(p *printer, m *model.Model, arg string) {
	p.line("vendor", m.Vendor)
	codes, unknown, ok := resolve(m, arg)
	switch {
	case !ok:
		p.line("code", fmt.Sprintf("%s — not in the document", strconv.Quote(arg)))
		p.line("note", fmt.Sprintf("%s codes are integers, and no code has the wire name or Go name %s",
			m.Vendor, strconv.Quote(arg)))
		suggest(p, m, arg)
		p.line("source", source(m, nil))
	case len(codes) == 0:
		describe(p, m, unknown, describeOpts{arg: arg})
	default:
		if len(codes) > 1 {
			var vals []string
			for _, c := range codes {
				vals = append(vals, strconv.FormatInt(c.Int, 10))
			}
			p.line("note", fmt.Sprintf("%d codes have the wire name %s: %s; the integer code of a body decides",
				len(codes), strconv.Quote(arg), strings.Join(vals, ", ")))
		}
		for i, c := range codes {
			if i > 0 {
				p.blank()
			}
			describe(p, m, m.ValueOf(c), describeOpts{})
		}
	}
}

// resolve reads a command-line code: a value, the wire name of an int code, or a Go name. It
// returns the documented codes it names (several when codes share a wire name), or the
// unlisted value; ok is false for an int spec when arg is neither a number nor a name.
func resolve(m *model.Model, arg string) (codes []*spec.Code, unknown model.Value, ok bool) {
	if m.StringCodes {
		if c := m.Lookup(model.Value{Str: arg}); c != nil {
			return []*spec.Code{c}, model.Value{}, true
		}
		if c := m.Named(arg); c != nil {
			return []*spec.Code{c}, model.Value{}, true
		}
		return nil, model.Value{Str: arg}, true
	}
	if i, err := strconv.ParseInt(strings.TrimSpace(arg), 10, 64); err == nil {
		if c := m.Lookup(model.Value{Int: i}); c != nil {
			return []*spec.Code{c}, model.Value{}, true
		}
		return nil, model.Value{Int: i}, true
	}
	for _, c := range m.Codes {
		if c.Wire == arg {
			codes = append(codes, c)
		}
	}
	if len(codes) > 0 {
		return codes, model.Value{}, true
	}
	if c := m.Named(arg); c != nil {
		return []*spec.Code{c}, model.Value{}, true
	}
	return nil, model.Value{}, false
}

// suggest prints documented codes whose value, wire name or Go name equals arg but for case:
// codes are case-sensitive on the wire, so a ticket's copy may be off.
func suggest(p *printer, m *model.Model, arg string) {
	if arg == "" {
		return
	}
	var near []string
	for _, c := range m.Codes {
		if strings.EqualFold(c.Str, arg) && c.Str != "" || strings.EqualFold(c.Wire, arg) && c.Wire != "" ||
			strings.EqualFold(c.Name, arg) {
			near = append(near, ref(m, c))
		}
	}
	if len(near) > 0 {
		p.line("did you mean", strings.Join(near, ", ")+" (codes are case-sensitive)")
	}
}

// describeOpts adds what a body says to the description of a code.
type describeOpts struct {
	label    string          // the first line's label; "code" by default
	bodyName string          // Akamai: the wire name the body gives, or ""
	env      *model.Envelope // the envelope the body came in, or nil
	reading  *model.Reading  // the body, to pick the scenarios that match it, or nil
	arg      string          // the command-line argument, for suggestions when it is unknown
}

// describe prints what the spec says of one code, documented or not.
func describe(p *printer, m *model.Model, v model.Value, o describeOpts) {
	label := o.label
	if label == "" {
		label = "code"
	}
	c := m.Lookup(v)
	if c == nil {
		describeUnknown(p, m, v, label, o)
		return
	}
	p.line(label, show(m, v))
	p.line("Go name", m.Package+"."+c.Name)
	if o.bodyName != "" && o.bodyName != c.Wire {
		p.line("wire name in the body", clean(o.bodyName)+" (the document: "+c.Wire+")")
	}
	p.line("HTTP status", status(c))
	p.line("HTTP status in the document's table", statusMeaning(m, c.Status.Code))
	describeClass(p, m, v, c)
	p.line("message", c.Message)
	p.line("description", c.Description)
	p.line("resolution", c.Resolution)
	describeEnvelope(p, m, c, o.env)
	if len(c.Fields) > 0 {
		p.line("fields", strings.Join(c.Fields, ", "))
	}
	scenarios(p, m, c, o.reading)
	p.line("note", c.Note)
	p.line("source", source(m, c))
}

// describeClass prints the class of a documented code, why it is retryable, and its parents.
func describeClass(p *printer, m *model.Model, v model.Value, c *spec.Code) {
	switch cls := apierr.ClassByName(c.Class); {
	case cls != nil:
		p.line("class", classRef(cls))
	case c.Unclassified != "":
		p.line("class", "none: "+c.Unclassified)
	default:
		p.line("class", "none: the spec gives neither a class nor a reason")
	}
	if why := retryable(c); why != "" {
		p.line("retryable", why)
	}
	if chain := m.Parents(v); len(chain) > 0 {
		p.line("parent", refs(m, chain))
	} else if m.Has.Parents {
		p.line("parent", "none")
	}
}

// describeEnvelope prints the envelope a documented code arrives in, when the spec has
// several, and whether it is a detail code.
func describeEnvelope(p *printer, m *model.Model, c *spec.Code, body *model.Envelope) {
	if m.Has.Envelopes {
		p.line("envelope", c.Envelope)
		if body != nil && body.Name != c.Envelope {
			p.line("warning", fmt.Sprintf("the document gives this code in the %s envelope; the body came in %s",
				c.Envelope, body.Name))
		}
	}
	if c.Detail {
		e := m.EnvelopeOf(c)
		p.line("detail code", fmt.Sprintf("yes: it arrives in the %q key, with its parent in the %q key",
			e.Detail.JSON, e.Code.JSON))
	}
}

// describeUnknown prints what the spec implies for a code it does not list: its catch-all,
// parent and class.
func describeUnknown(p *printer, m *model.Model, v model.Value, label string, o describeOpts) {
	p.line(label, show(m, v)+" — not in the document")
	if o.bodyName != "" {
		p.line("wire name in the body", clean(o.bodyName))
		if c := m.ByWireName(o.bodyName); c != nil {
			p.line("note", "the document gives this wire name to "+ref(m, c)+"; the integer code of a body decides")
		}
	}
	ca := m.CatchAllFor(v)
	if ca == nil {
		p.line("parent", "none: no catch-all covers it")
		if sc := statusClasses(m); sc != "" {
			p.line("class", "none from the code; a reply with it takes the class of its HTTP status: "+sc)
		} else {
			p.line("class", "none: the document does not list it and no catch-all covers it")
		}
		suggest(p, m, o.arg)
		p.line("source", source(m, nil))
		return
	}
	what := fmt.Sprintf("codes %d-%d", ca.From, ca.To)
	if m.StringCodes {
		what = fmt.Sprintf("codes starting %q", ca.Prefix)
	}
	if ca.Note != "" {
		what += ": " + model.OneLine(ca.Note)
	}
	p.line("catch-all", what)
	p.line("parent", refs(m, m.Parents(v)))
	parent := m.Parent(v)
	switch cls := m.Class(v); {
	case cls != nil:
		p.line("class", classRef(cls)+" (its parent's)")
		if cls.Retryable() {
			p.line("retryable", "yes: "+classRef(cls)+" is retryable")
		}
	case parent.Unclassified != "":
		p.line("class", "none: its parent is unclassified: "+model.OneLine(parent.Unclassified))
	default:
		p.line("class", "none: its parent has no class")
	}
	suggest(p, m, o.arg)
	p.line("source", source(m, nil))
}

// show returns how a code is written in the output: 361 (unique_violation), 901,
// auth.token.expired.
func show(m *model.Model, v model.Value) string {
	if m.StringCodes {
		return clean(v.Str)
	}
	s := strconv.FormatInt(v.Int, 10)
	if c := m.Lookup(v); c != nil && c.Wire != "" {
		s += " (" + c.Wire + ")"
	}
	return s
}

// ref returns a documented code as "361 unique_violation (identitycloud.UniqueViolation)".
func ref(m *model.Model, c *spec.Code) string {
	s := clean(c.Str)
	if !m.StringCodes {
		s = strconv.FormatInt(c.Int, 10)
		if c.Wire != "" {
			s += " " + c.Wire
		}
	}
	return s + " (" + m.Package + "." + c.Name + ")"
}

// refs writes a chain of parents: "210 invalid_credentials (identitycloud.InvalidCredentials)
// → 200 invalid_argument (identitycloud.InvalidArgument)".
func refs(m *model.Model, chain []*spec.Code) string {
	out := make([]string, len(chain))
	for i, c := range chain {
		out[i] = ref(m, c)
	}
	return strings.Join(out, " → ")
}

// status says what the document gives as the HTTP status of c.
func status(c *spec.Code) string {
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
		s += " (source: " + model.OneLine(c.Status.Source) + ")"
	}
	return s
}

// statusMeaning returns the row of the vendor's table of HTTP statuses for status, or "".
func statusMeaning(m *model.Model, status int) string {
	for _, h := range m.HTTPStatus {
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
func retryable(c *spec.Code) string {
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
func statusClasses(m *model.Model) string {
	var out []string
	for _, sc := range m.SortedStatusClasses() {
		out = append(out, fmt.Sprintf("%d apierr.%s", sc.Status, model.ClassVar(sc.Class)))
	}
	return strings.Join(out, ", ")
}

// source names where the facts come from: the code's own source or the spec's document.
func source(m *model.Model, c *spec.Code) string {
	if c != nil && c.Source != "" {
		return model.OneLine(c.Source) + " (not " + model.OneLine(m.Document) + ")"
	}
	s := model.OneLine(m.Document) + " — " + model.OneLine(m.Source)
	var when []string
	if m.Release != "" {
		when = append(when, "release "+model.OneLine(m.Release))
	}
	if m.Retrieved != "" {
		when = append(when, "retrieved "+m.Retrieved)
	}
	if len(when) > 0 {
		s += " (" + strings.Join(when, ", ") + ")"
	}
	return s
}

// classRef writes a class as its Go variable: apierr.ErrInvalidCredentials.
func classRef(c *apierr.Class) string {
	return "apierr." + model.ClassVar(c.Name())
}
