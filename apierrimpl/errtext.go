package apierrimpl

import (
	"log/slog"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// What a generated *Error shows of itself (Error, LogValue, Attrs, MarshalJSON, GoString, and
// apierr.Problem, which reads Attrs) follows one rule, here:
//
//   - Error text is one line of at most MaxErrorText bytes.
//   - What the document says of a documented code appears, in short (CodeInfo.Short).
//   - A value from the body (a code the document does not list, an int code's name, the
//     request ID) appears only as a token (Token): printable ASCII without spaces, at most
//     MaxToken bytes; otherwise it does not appear at all (error text shows "?" in its
//     place).
//   - A detail code the document does not list is free text (Alibaba's detail key is a
//     message key too): it never appears. Neither does any other free text from the body
//     (messages, descriptions, fields).

// MaxErrorText is the most bytes Error returns; MaxToken the most bytes of one value from a
// body (a code, a name, a request ID) that error text, logs and telemetry show.
const (
	MaxErrorText = 256
	MaxToken     = 64
)

// Token returns a value from a body as error text, logs and telemetry may show it: as it is
// when it is printable ASCII without spaces (! to ~) and at most MaxToken bytes, else "".
func Token(v string) string {
	if len(v) > MaxToken {
		return ""
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '!' || v[i] > '~' {
			return ""
		}
	}
	return v
}

// orUnreadable is a token for error text: "?" stands for a value that is not one.
func orUnreadable(token string) string {
	if token == "" {
		return "?"
	}
	return token
}

// ErrorText is the generated Error.Error: "<package>: <code>[: what the document says of it]
// (HTTP <status>[, request ID <id>])", by the rule above.
func (t *Table[C]) ErrorText(r *Reply[C]) string {
	if r.Nil {
		return t.Package + ": nil *Error"
	}
	var zero C
	if r.Code == zero && r.Detail == zero && r.Name == "" {
		return t.Package + ": HTTP " + strconv.Itoa(r.Status) + " reply without an error code"
	}
	var b strings.Builder
	b.WriteString(t.Package + ": " + orUnreadable(t.codeName(r)))
	if t.Layout.IntCodes && r.Code != zero && (t.Known(r.Code) || t.codeName(r) != t.text(r.Code)) {
		b.WriteString(" (" + t.text(r.Code) + ")")
	}
	if r.Detail != zero && t.Known(r.Detail) {
		b.WriteString(" " + t.text(r.Detail))
	}
	if info := t.info(r); info != nil {
		if s := info.Short(); s != "" {
			b.WriteString(": " + s)
		}
	}
	b.WriteString(" (HTTP " + strconv.Itoa(r.Status))
	if id := Token(r.RequestID); id != "" {
		b.WriteString(", request ID " + id)
	}
	b.WriteString(")")
	return bound(b.String())
}

// codeName is the reply's code as a person reads it: what Code.String gives a documented
// code; for another, the name the body gives an int code, else the code, by the rules of
// Token.
func (t *Table[C]) codeName(r *Reply[C]) string {
	var zero C
	switch {
	case r.Code != zero && t.Known(r.Code):
		return t.String(r.Code)
	case t.Layout.IntCodes && r.Name != "":
		return Token(r.Name)
	case r.Code == zero:
		return ""
	}
	return Token(t.text(r.Code))
}

// bound cuts error text to MaxErrorText bytes, on a character boundary, with "…".
func bound(s string) string {
	if len(s) <= MaxErrorText {
		return s
	}
	cut := MaxErrorText - len("…")
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// facts are the reply's attributes by the rule above, unprefixed, empty ones left out:
// error.type, vendor, code, name, status, request_id and class.
func (t *Table[C]) facts(r *Reply[C]) []slog.Attr {
	if r.Nil {
		return []slog.Attr{slog.String("vendor", t.Vendor)}
	}
	out := make([]slog.Attr, 0, 7)
	add := func(key, value string) {
		if value != "" {
			out = append(out, slog.String(key, value))
		}
	}
	add("error.type", t.ErrorType(r))
	add("vendor", t.Vendor)
	add("code", t.safeCode(r))
	add("name", t.safeName(r))
	if r.Status != 0 {
		out = append(out, slog.Int("status", r.Status))
	}
	add("request_id", Token(r.RequestID))
	add("class", t.ClassOf(r).Name())
	return out
}

// safeCode is the reply's most specific code as the vendor writes it, by the rule above: a
// documented detail code, else the code as a token.
func (t *Table[C]) safeCode(r *Reply[C]) string {
	var zero C
	if r.Detail != zero && t.Known(r.Detail) {
		return t.text(r.Detail)
	}
	if r.Code == zero {
		return ""
	}
	return Token(t.text(r.Code))
}

// safeName is the name of the reply's most specific code, by the rule above.
func (t *Table[C]) safeName(r *Reply[C]) string {
	var zero C
	if r.Detail != zero && t.Known(r.Detail) {
		return t.String(r.Detail)
	}
	return t.codeName(r)
}

// Attrs is the generated Error.Attrs: the reply's attributes for logs and telemetry, by the
// rule above, empty ones left out: error.type (OpenTelemetry's) and, under apierr.AttrPrefix,
// vendor, code, name, status, request_id and class.
func (t *Table[C]) Attrs(r *Reply[C]) []slog.Attr {
	out := t.facts(r)
	for i := range out {
		if out[i].Key != "error.type" {
			out[i].Key = apierr.AttrPrefix + out[i].Key
		}
	}
	return out
}

// LogValue is the generated Error.LogValue: the attributes of Attrs as a group, with their
// keys unprefixed (the group's key, such as "err", prefixes them).
func (t *Table[C]) LogValue(r *Reply[C]) slog.Value {
	return slog.GroupValue(t.facts(r)...)
}

// JSON is the generated Error.MarshalJSON: the attributes of LogValue as one JSON
// object, so that json.Marshal of an error shows no more than its logs.
func (t *Table[C]) JSON(r *Reply[C]) ([]byte, error) {
	var o Object
	for _, a := range t.facts(r) {
		o.Add(a.Key, a.Value.Any())
	}
	return o.Bytes(), nil
}

// GoString is the generated Error.GoString: %#v shows the code, status and request ID, by
// the rule above, and the size of the body, never the body and its fields.
func (t *Table[C]) GoString(r *Reply[C]) string {
	if r.Nil {
		return "(*" + t.Package + ".Error)(nil)"
	}
	code := t.text(r.Code)
	if !t.Layout.IntCodes {
		code = strconv.Quote(Token(code))
	}
	return "&" + t.Package + ".Error{Code: " + t.Package + ".Code(" + code + "), Status: " +
		strconv.Itoa(r.Status) + ", RequestID: " + strconv.Quote(Token(r.RequestID)) +
		", Body: [" + strconv.Itoa(len(r.Body)) + " bytes]}"
}

// ErrorType is the generated Error.ErrorType: "<package>.<code>" when the document lists the
// reply's most specific code, "_OTHER" otherwise, as the OpenTelemetry semantic conventions
// define error.type (https://opentelemetry.io/docs/specs/semconv/attributes-registry/error/).
func (t *Table[C]) ErrorType(r *Reply[C]) string {
	info := t.info(r)
	if info == nil {
		return "_OTHER"
	}
	return t.Package + "." + t.text(info.Code)
}

// CodeDoc is the generated Error.CodeDoc: what the document says of the reply's most specific
// documented code, in full (CodeInfo.Text), or "".
func (t *Table[C]) CodeDoc(r *Reply[C]) string {
	return t.info(r).Text()
}

// CodeURL is the generated Error.CodeURL: the reply's most specific documented code in the
// package's documentation on pkg.go.dev, or "".
func (t *Table[C]) CodeURL(r *Reply[C]) string {
	info := t.info(r)
	if info == nil || t.ImportPath == "" || info.GoName == "" {
		return ""
	}
	return "https://pkg.go.dev/" + t.ImportPath + "#" + info.GoName
}

// Text returns what the document says of the code: its description, else its message; ""
// for a nil row.
func (c *CodeInfo[C]) Text() string {
	switch {
	case c == nil:
		return ""
	case c.Description != "":
		return c.fill(c.Description)
	}
	return c.fill(c.Message)
}

// fill returns text with its placeholders ({0}, {name}) shown as "…", for a Template row.
func (c *CodeInfo[C]) fill(text string) string {
	if !c.Template {
		return text
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			break
		}
		j := i + 1
		for j < len(text) && (isTokenChar(text[j]) && text[j] != '{' && text[j] != '}') {
			j++
		}
		if j == i+1 || j == len(text) || text[j] != '}' {
			b.WriteString(text[:i+1])
			text = text[i+1:]
			continue
		}
		b.WriteString(text[:i] + "…")
		text = text[j+1:]
	}
	return b.String() + text
}

// MaxShort is the most bytes of what the document says of a code that error text shows.
const MaxShort = 80

// Short returns what the document says of the code, in short, for error text: its message
// (the vendor's title for the code), else the first sentence of its description, on one line
// and cut at a word to at most MaxShort bytes with "…"; "" for a nil row.
func (c *CodeInfo[C]) Short() string {
	if c == nil {
		return ""
	}
	text := strings.Join(strings.Fields(c.fill(c.Message)), " ")
	if text == "" {
		text = strings.Join(strings.Fields(c.fill(c.Description)), " ")
		if i := strings.Index(text, ". "); i >= 0 {
			text = text[:i+1]
		}
	}
	if len(text) <= MaxShort {
		return text
	}
	cut := strings.LastIndexByte(text[:MaxShort-len("…")+1], ' ')
	if cut <= 0 {
		cut = MaxShort - len("…")
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return strings.TrimRight(text[:cut], " ,;:") + "…"
}
