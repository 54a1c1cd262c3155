package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// String codes find their row through a static open-addressing table: codeHash of the code,
// then linear probing. codeHash reads only the length and the first and last eight bytes, so
// it costs the same for every code; codes it cannot tell apart only probe one slot further.
// The table is at most a quarter full, so an unknown code usually meets an empty slot at once.

// codeHash is the hash the generated package computes; the two must agree, and the generated
// tests, which look up every documented code, fail if they do not.
func codeHash(s string) uint64 {
	n := len(s)
	a := uint64(n)
	var b uint64
	if n >= 8 {
		a = le64(s[:8])
		b = le64(s[n-8:])
	} else {
		for i := 0; i < n; i++ {
			a = a<<8 | uint64(s[i])
		}
		b = a
	}
	h := a*0x9E3779B97F4A7C15 ^ b
	h *= 0xC2B2AE3D27D4EB4F
	return h ^ h>>29 ^ uint64(n)
}

// le64 reads eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// slotTable lays out the codes (in row order) by codeHash and linear probing: slot → row + 1.
func (m *model) slotTable() (size int, slots map[int]int) {
	size = 16
	for size < 4*len(m.Codes) {
		size *= 2
	}
	slots = map[int]int{}
	for row, c := range m.Codes {
		i := int(codeHash(c.Str) & uint64(size-1))
		for slots[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		slots[i] = row + 1
	}
	return size, slots
}

// emitStringIndex writes codeSlots, codeHash and index for string codes.
func emitStringIndex(f *file, m *model) {
	size, slots := m.slotTable()
	t := &table{doc: []string{
		"codeSlots is an open-addressing table of the rows of codeInfos plus one (0: an empty slot),",
		"by codeHash and linear probing. It is at most a quarter full.",
	}, name: "codeSlots", typ: fmt.Sprintf("[%d]%s", size, m.rowType())}
	for i := 0; i < size; i++ { // slot order, so the output does not depend on map order
		if r, ok := slots[i]; ok {
			t.indexRow(i, lit(r))
		}
	}
	f.add(t)
	le := func(base jen.Code) *jen.Statement {
		s := jen.Null()
		for i := 0; i < 8; i++ {
			idx := jen.Add(base)
			if i > 0 {
				idx = jen.Add(base).Op("+").Lit(i)
			}
			term := jen.Uint64().Call(jen.Id("s").Index(idx))
			if i > 0 {
				term = term.Op("<<").Lit(8 * i)
			}
			if i > 0 {
				s.Op("|")
			}
			s.Add(term)
		}
		return s
	}
	f.Comment("codeHash hashes the length and the first and last eight bytes of s; the generator lays")
	f.Comment("out codeSlots with the same function.")
	f.Func().Id("codeHash").Params(jen.Id("s").String()).Uint64().Block(
		jen.Id("n").Op(":=").Len(jen.Id("s")),
		jen.Id("a").Op(":=").Uint64().Call(jen.Id("n")),
		jen.Var().Id("b").Uint64(),
		jen.If(jen.Id("n").Op(">=").Lit(8)).Block(
			jen.Id("a").Op("=").Add(le(jen.Lit(0))),
			jen.Id("b").Op("=").Add(le(jen.Id("n").Op("-").Lit(8))),
		).Else().Block(
			jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Id("n"), jen.Id("i").Op("++")).Block(
				jen.Id("a").Op("=").Id("a").Op("<<").Lit(8).Op("|").Uint64().Call(jen.Id("s").Index(jen.Id("i")))),
			jen.Id("b").Op("=").Id("a"),
		),
		jen.Id("h").Op(":=").Id("a").Op("*").Lit(uint64(0x9E3779B97F4A7C15)).Op("^").Id("b"),
		jen.Id("h").Op("*=").Lit(uint64(0xC2B2AE3D27D4EB4F)),
		jen.Return(jen.Id("h").Op("^").Id("h").Op(">>").Lit(29).Op("^").Uint64().Call(jen.Id("n"))),
	)
	f.Line()
	f.Comment("index returns the row of c in codeInfos, or -1 when c is not documented.")
	f.Func().Params(jen.Id("c").Id("Code")).Id("index").Params().Int().Block(
		jen.Const().Id("mask").Op("=").Uint64().Call(jen.Len(jen.Id("codeSlots")).Op("-").Lit(1)),
		jen.For(jen.Id("i").Op(":=").Id("codeHash").Call(jen.String().Call(jen.Id("c"))).Op("&").Id("mask"), jen.Empty(), jen.Id("i").Op("=").Parens(jen.Id("i").Op("+").Lit(1)).Op("&").Id("mask")).Block(
			jen.Id("r").Op(":=").Id("codeSlots").Index(jen.Id("i")),
			jen.If(jen.Id("r").Op("==").Lit(0)).Block(jen.Return(jen.Lit(-1))),
			jen.If(jen.Id("codeInfos").Index(jen.Id("r").Op("-").Lit(1)).Dot("code").Op("==").Id("c")).Block(
				jen.Return(jen.Int().Call(jen.Id("r")).Op("-").Lit(1))),
		),
	)
}
