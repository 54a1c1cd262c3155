package emit

import (
	"fmt"

	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// emitCodeInfo writes code_info.go: the table of what the document says of each code
// (codeInfos, rows of apierrimpl.CodeInfo), the codes in order (codes), how a
// code finds its row (Code.index, with codeRows or codeSlots, or a switch), row and Codes.
func emitCodeInfo(f *file, m *model.Model, _ Options) {
	emitIndex(f, m)
	f.Line()
	f.Comment("row returns what the document says of c, or nil when it does not list c.")
	f.Func().Params(jen.Id("c").Id("Code")).Id("row").Params().Op("*").Qual(runtimePkg, "CodeInfo").Block(
		jen.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Return(jen.Op("&").Id("codeInfos").Index(jen.Id("i")))),
		jen.Return(jen.Nil()),
	)
	f.Line()
	f.Comment("Codes returns every documented code in ascending order, in a new slice.")
	f.Func().Id("Codes").Params().Index().Id("Code").Block(
		jen.Return(jen.Append(jen.Index().Id("Code").Parens(jen.Nil()), jen.Id("codes").Index(jen.Empty(), jen.Empty()).Op("..."))))
	infos := &table{doc: []string{"codeInfos holds what the document says of each code, in the order of Codes."},
		name: "codeInfos", typ: "[...]apierrimpl.CodeInfo"}
	codes := &table{doc: []string{"codes holds the documented codes, in ascending order: the rows of codeInfos."},
		name: "codes", typ: "[...]Code"}
	for _, c := range m.Codes {
		infos.structRow(infoFields(m, c))
		codes.valueRow(ident(c.Name))
	}
	f.add(infos)
	f.add(codes)
	if lo, span, ok := denseSpan(m); ok {
		rows := &table{doc: []string{
			"codeRows maps a code minus the lowest code to its row in codeInfos plus one (0: not",
			"documented). The codes are dense enough that a table beats a switch.",
		}, name: "codeRows", typ: fmt.Sprintf("[%d]%s", span, rowType(m))}
		for i, c := range m.Codes {
			rows.indexRow(int(c.Int-lo), lit(i+1))
		}
		f.add(rows)
	} else if m.StringCodes {
		f.add(slotTable(m))
	}
}

// emitIndex writes Code.index, which returns the row of a code in codeInfos or -1: through
// codeRows for dense int codes, codeSlots for string codes, a switch for sparse int codes.
func emitIndex(f *file, m *model.Model) {
	f.Comment("index returns the row of c in codeInfos, or -1 when c is not documented.")
	sig := f.Func().Params(jen.Id("c").Id("Code")).Id("index").Params().Int()
	if lo, span, ok := denseSpan(m); ok {
		sig.Block(
			jen.If(jen.Id("c").Op("<").Lit(int(lo)).Op("||").Id("c").Op(">").Lit(int(lo)+span-1)).Block(jen.Return(jen.Lit(-1))),
			jen.Return(jen.Int().Call(jen.Id("codeRows").Index(jen.Id("c").Op("-").Lit(int(lo)))).Op("-").Lit(1)),
		)
		return
	}
	if m.StringCodes {
		sig.Block(jen.Return(jen.Qual(runtimePkg, "FindString").Call(jen.String().Call(jen.Id("c")),
			jen.Id("codeSlots").Index(jen.Empty(), jen.Empty()), jen.Id("codeInfos").Index(jen.Empty(), jen.Empty()))))
		return
	}
	sig.Block(
		jen.Switch(jen.Id("c")).BlockFunc(func(g *jen.Group) {
			for i, c := range m.Codes {
				g.Case(jen.Id(c.Name)).Block(jen.Return(jen.Lit(i)))
			}
		}),
		jen.Return(jen.Lit(-1)),
	)
}

// infoFields is the codeInfos row of c, the model's Info with its zero fields left out.
func infoFields(m *model.Model, c *spec.Code) []field {
	info := m.Info(c)
	fs := []field{{"Name", lit(info.Name)}, {"GoName", lit(info.GoName)}, {"Code", lit(info.Code)}, {"ErrText", lit(info.ErrText)}}
	add := func(key string, v expr) { fs = append(fs, field{key, v}) }
	for _, t := range []struct{ key, text string }{
		{"Message", info.Message}, {"Description", info.Description}, {"Resolution", info.Resolution},
		{"Unclassified", info.Unclassified},
	} {
		if t.text != "" {
			add(t.key, lit(t.text))
		}
	}
	for _, n := range []struct {
		key string
		v   int
	}{{"Status", info.Status}, {"ReplyStatus", info.ReplyStatus}, {"Parent", info.Parent}, {"ReplyCode", info.ReplyCode}, {"Envelope", info.Envelope}} {
		if n.v != 0 || n.key == "ReplyStatus" {
			add(n.key, lit(n.v))
		}
	}
	if info.Class != nil {
		add("Class", qual(rootPkg, model.ClassVar(info.Class.Name())))
	}
	if info.Temporary {
		add("Temporary", lit(true))
	}
	return fs
}

// denseSpan reports whether int codes are dense enough for a table index: the span from the
// lowest to the highest code is at most 8 times the number of codes (or 256).
func denseSpan(m *model.Model) (lo int64, span int, ok bool) {
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
func rowType(m *model.Model) string {
	if len(m.Codes) <= 1<<16-1 {
		return "uint16"
	}
	return "uint32"
}

// slotTable lays out the string codes by apierrimpl.HashString and linear probing (slot →
// row + 1), in a table at most a quarter full, for apierrimpl.FindString.
func slotTable(m *model.Model) *table {
	size := 16
	for size < 4*len(m.Codes) {
		size *= 2
	}
	slots := make([]int, size)
	for row, c := range m.Codes {
		i := int(apierrimpl.HashString(c.Str) & uint64(size-1))
		for slots[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		slots[i] = row + 1
	}
	t := &table{doc: []string{
		"codeSlots is an open-addressing table of the rows of codeInfos plus one (0: an empty slot),",
		"by apierrimpl.HashString and linear probing. It is at most a quarter full.",
	}, name: "codeSlots", typ: fmt.Sprintf("[%d]%s", size, rowType(m))}
	for i, r := range slots {
		if r != 0 {
			t.indexRow(i, lit(r))
		}
	}
	return t
}
