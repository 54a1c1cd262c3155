package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitCodes writes code.go: the Code type and one constant per documented code with its doc
// comment.
func emitCodes(f *file, m *model) {
	wire := "an integer"
	if m.StringCodes {
		wire = "a string"
	}
	f.Add(commentLines(fmt.Sprintf(
		"Code is an error code of %s, as %s in the %q key of an error body. Code implements error, "+
			"so each constant is a sentinel: errors.Is(err, %s) reports whether err is, or wraps, "+
			"an error with that code.", m.Vendor, wire, m.Envelopes[0].CodeKey, m.exampleName()),
		"Codes the document does not list are kept as they are received; Known reports "+
			"whether a code is documented."))
	if m.StringCodes {
		f.Type().Id("Code").String()
	} else {
		f.Type().Id("Code").Int()
	}
	consts := &constBlock{}
	for _, c := range m.Codes {
		consts.specs = append(consts.specs, constSpec{doc: commentText(m.codeDoc(c)...), name: c.Name, typ: "Code", val: lit(m.codeLit(c))})
	}
	f.add(consts)
}

// emitCodeInfo writes code_info.go: the table of what the document says about each code
// (codeInfos), the codes as error values (codeErrors), how a code finds its row (Code.index,
// with codeRows or codeSlots), String's names (codeNames), and Codes.
func emitCodeInfo(f *file, m *model) {
	f.Comment("codeInfo is what the document says about one code.")
	f.Type().Id("codeInfo").StructFunc(func(g *jen.Group) {
		g.Id("code").Id("Code")
		if !m.StringCodes {
			g.Id("name").String().Comment("what String returns (also in codeNames)")
		}
		g.Id("errText").String().Comment("what Error returns")
		if m.hasMsg {
			g.Id("message").String()
		}
		if m.hasDesc {
			g.Id("description").String()
		}
		if m.hasRes {
			g.Id("resolution").String()
		}
		g.Id("status").Int()
		g.Id("replyStatus").Int().Comment("the status Reply uses")
		if m.hasDetail {
			g.Id("replyCode").Id("Code").Comment("the code Reply puts in the code key")
		}
		if m.multiEnv {
			g.Id("envelope").String()
		}
		if m.hasParents {
			g.Id("parent").Id("Code")
			g.Id("parentRow").Int16().Comment("the row of parent, or -1")
		}
		if m.hasClass {
			g.Id("class").Op("*").Qual(rootPkg, "Class")
		}
		if m.hasUnclassified {
			g.Id("unclassified").String().Comment("why the code has no class")
		}
		if m.hasTemporary {
			g.Id("temporary").Bool()
		}
	})
	infos := &table{doc: []string{"codeInfos holds one row per documented code, in the order of Codes."},
		name: "codeInfos", typ: "[...]codeInfo"}
	errs := &table{doc: []string{
		"codeErrors holds each documented code as an error value, in the order of codeInfos, so that",
		"Error.Unwrap hands them out without converting (and allocating) each time.",
	}, name: "codeErrors", typ: "[...]error"}
	for _, c := range m.Codes {
		infos.structRow(m.infoFields(c))
		errs.valueRow(ident(c.Name))
	}
	f.add(infos)
	f.add(errs)
	f.Line()
	if lo, span, ok := m.denseSpan(); ok {
		rows := &table{doc: []string{
			"codeRows maps a code minus the lowest code to its row in codeInfos plus one (0: not",
			"documented). The codes are dense enough that a table beats a switch.",
		}, name: "codeRows", typ: fmt.Sprintf("[%d]%s", span, m.rowType())}
		for i, c := range m.Codes {
			rows.indexRow(int(c.Int-lo), lit(i+1))
		}
		f.add(rows)
		f.Comment("index returns the row of c in codeInfos, or -1 when c is not documented.")
		f.Func().Params(jen.Id("c").Id("Code")).Id("index").Params().Int().Block(
			jen.If(jen.Id("c").Op("<").Lit(int(lo)).Op("||").Id("c").Op(">=").Lit(int(lo)+span)).Block(jen.Return(jen.Lit(-1))),
			jen.Return(jen.Int().Call(jen.Id("codeRows").Index(jen.Id("c").Op("-").Lit(int(lo)))).Op("-").Lit(1)),
		)
	} else if m.StringCodes {
		emitStringIndex(f, m)
	} else {
		f.Comment("index returns the row of c in codeInfos, or -1 when c is not documented.")
		f.Func().Params(jen.Id("c").Id("Code")).Id("index").Params().Int().Block(
			jen.Switch(jen.Id("c")).BlockFunc(func(g *jen.Group) {
				for i, c := range m.Codes {
					g.Case(jen.Id(c.Name)).Block(jen.Return(jen.Lit(i)))
				}
			}),
			jen.Return(jen.Lit(-1)),
		)
	}
	f.Line()
	if !m.StringCodes {
		names := &table{doc: []string{"codeNames holds what String returns for each row, apart from the wider rows of codeInfos."},
			name: "codeNames", typ: "[...]string"}
		for _, c := range m.Codes {
			names.valueRow(lit(m.display(c)))
		}
		f.add(names)
	}
	f.Comment("Codes returns every documented code in ascending order, in a new slice.")
	f.Func().Id("Codes").Params().Index().Id("Code").Block(
		jen.Id("out").Op(":=").Make(jen.Index().Id("Code"), jen.Len(jen.Id("codeInfos"))),
		jen.For(jen.Id("i").Op(":=").Range().Id("codeInfos")).Block(
			jen.Id("out").Index(jen.Id("i")).Op("=").Id("codeInfos").Index(jen.Id("i")).Dot("code"),
		),
		jen.Return(jen.Id("out")),
	)
}

// infoFields is the codeInfos row of c.
func (m *model) infoFields(c *spec.Code) []field {
	fs := []field{
		{"code", ident(c.Name)},
		{"errText", lit(m.errText(c))},
	}
	add := func(key string, v expr) { fs = append(fs, field{key, v}) }
	if !m.StringCodes {
		add("name", lit(m.display(c)))
	}
	if c.Message != "" {
		add("message", lit(c.Message))
	}
	if c.Description != "" {
		add("description", lit(c.Description))
	}
	if c.Resolution != "" {
		add("resolution", lit(c.Resolution))
	}
	if c.Status.Code != 0 {
		add("status", lit(c.Status.Code))
	}
	if c.Parent != "" {
		add("parent", ident(c.Parent))
	}
	if m.hasParents {
		add("parentRow", lit(m.row(c.Parent)))
	}
	add("replyStatus", lit(m.replyStatus(c)))
	if m.hasDetail {
		add("replyCode", ident(m.replyCode(c).Name))
	}
	if m.multiEnv {
		add("envelope", lit(c.Envelope))
	}
	if c.Class != "" {
		add("class", classExpr(c.Class))
	}
	if c.Unclassified != "" {
		add("unclassified", lit(c.Unclassified))
	}
	if c.Temporary {
		add("temporary", lit(true))
	}
	return fs
}

// codeDoc is the doc comment of a code's constant, as paragraphs.
func (m *model) codeDoc(c *spec.Code) []string {
	var head string
	switch {
	case m.StringCodes:
		head = fmt.Sprintf("%s is %q.", c.Name, c.Str)
	case c.Wire != "":
		head = fmt.Sprintf("%s is code %d, %q.", c.Name, c.Int, c.Wire)
	default:
		head = fmt.Sprintf("%s is code %d.", c.Name, c.Int)
	}
	if c.Message != "" {
		head += " " + c.Message
		if !strings.HasSuffix(c.Message, ".") {
			head += "."
		}
	}
	paras := []string{head, c.Description}
	if c.Resolution != "" {
		paras = append(paras, "Resolution: "+c.Resolution)
	}
	var facts []string
	facts = append(facts, "HTTP status: "+statusText(c.Status)+".")
	if c.Detail {
		facts = append(facts, fmt.Sprintf("It arrives in the %q key, with its parent in the %q key.", m.envByName(c.Envelope).DetailKey, m.envByName(c.Envelope).CodeKey))
	} else if m.multiEnv {
		facts = append(facts, fmt.Sprintf("Envelope: %s.", c.Envelope))
	}
	if len(c.Fields) > 0 {
		facts = append(facts, "Additional fields: "+strings.Join(c.Fields, ", ")+".")
	}
	if c.Parent != "" {
		facts = append(facts, fmt.Sprintf("It is a kind of %s: errors.Is(err, %s) is true for it too.", c.Parent, c.Parent))
	}
	switch {
	case c.Class != "":
		facts = append(facts, fmt.Sprintf("Class: apierr.%s.", classVar(c.Class)))
	case c.Unclassified != "":
		facts = append(facts, "Class: none ("+strings.TrimSuffix(oneLine(c.Unclassified), ".")+").")
	}
	if c.Temporary {
		facts = append(facts, "The vendor documents it as temporary.")
	}
	paras = append(paras, strings.Join(facts, "\n"))
	if c.Source != "" {
		paras = append(paras, "Source: "+c.Source)
	}
	if c.Note != "" {
		paras = append(paras, "Note: "+c.Note)
	}
	return paras
}

// statusText describes a documented status in words.
func statusText(s spec.Status) string {
	switch {
	case s.NotInUse:
		return "documented as not in use (the code is not currently returned)"
	case s.Code == 0:
		return "not documented"
	case s.Source != "":
		return fmt.Sprintf("%d (from %s)", s.Code, s.Source)
	}
	return fmt.Sprint(s.Code)
}

// envByName returns the envelope called name.
func (m *model) envByName(name string) *spec.Envelope {
	for _, e := range m.Envelopes {
		if e.Name == name {
			return e
		}
	}
	return m.Envelopes[0]
}

// exampleName is a code to show in doc comments: the first documented one.
func (m *model) exampleName() string {
	return m.Codes[0].Name
}

// row returns the row of the code called name in codeInfos, or -1 for "". The rows are
// indexed once per model: a scan per code made generation quadratic in the number of codes.
func (m *model) row(name string) int {
	if m.rows == nil {
		m.rows = make(map[string]int, len(m.Codes))
		for i, c := range m.Codes {
			m.rows[c.Name] = i
		}
	}
	if r, ok := m.rows[name]; ok {
		return r
	}
	return -1
}

// denseSpan reports whether int codes are dense enough for a table index: the span from the
// lowest to the highest code is at most 8 times the number of codes (or 256).
func (m *model) denseSpan() (lo int64, span int, ok bool) {
	if m.StringCodes || len(m.Codes) == 0 {
		return 0, 0, false
	}
	lo, hi := m.Codes[0].Int, m.Codes[len(m.Codes)-1].Int
	span64 := hi - lo + 1
	if span64 > max(int64(8*len(m.Codes)), 256) {
		return 0, 0, false
	}
	return lo, int(span64), true
}

// rowType is the element type of the tables that hold a row of codeInfos plus one (codeRows,
// codeSlots), 1 to len(m.Codes): uint16 while that fits, uint32 beyond.
func (m *model) rowType() string {
	if len(m.Codes) <= 1<<16-1 {
		return "uint16"
	}
	return "uint32"
}
