package apierrimpl

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// CodeType is the type set of a generated package's Code: a named int or string type.
type CodeType interface{ ~int | ~string }

// A Table is what a generated package knows of its vendor's codes, as data: a row for each
// code the document lists, the catch-alls that place the codes it does not list, the classes
// of HTTP statuses and the layout of the vendor's bodies. The generated package declares one
// as a package variable, and the methods of its Code and Error are each one call to a method
// of the Table, which applies the rules of this package to that data: a code's parent, its
// class, the class of a reply, the text of an error. The rules are written once, here, for
// every generated package, as protobuf-go's protoimpl walks what protoc-gen-go emits; the
// generator (its model, explain and the generated tests' expectations) builds the same Table
// from the spec and calls the same methods.
//
// NewIntTable and NewStringTable check a Table and work out the indexes its methods use; a
// Table is used only after one of them, and is not changed afterwards.
type Table[C CodeType] struct {
	// Package is the generated package's name, Vendor the vendor's, ImportPath the package's
	// import path.
	Package, Vendor, ImportPath string
	// Codes are the documented codes, in ascending order.
	Codes []CodeInfo[C]
	// CatchAlls place codes the document does not list under a documented parent.
	CatchAlls []CatchAll[C]
	// StatusClasses are the classes the spec gives HTTP statuses, for replies whose codes give
	// none (see ReplyClass).
	StatusClasses map[int]*apierr.Class
	// Layout is how the vendor lays out its error bodies.
	Layout Layout
	// ResetHeader names the response header that tells, as a Unix time in seconds, when a
	// rate limit resets (Okta's X-Rate-Limit-Reset): RetryAfter reads it when the response has
	// no Retry-After. "" for none.
	ResetHeader string

	// Worked out by NewIntTable and NewStringTable.
	text      func(C) string   // the code as the vendor writes it
	find      func(C) int      // the row of a code, or -1
	findText  func(string) int // the row of a string code, or -1; nil for int codes
	wire      map[string]int   // the row of the lowest code with each Wire name
	catchAlls []int            // indexes into CatchAlls, narrowest first
	parents   []int            // the row of each row's parent, or -1
	errText   []string         // Code.Error of each row
	unlisted  CodeInfo[C]      // the zero row, for codes the document does not list
	// statuses and statusClasses are StatusClasses as two lists, by status, for ReplyClass.
	statuses      []int
	statusClasses []*apierr.Class
}

// A CodeInfo is what a vendor document says of one code: one row of a Table. Fields the
// document gives nothing for are left zero.
type CodeInfo[C CodeType] struct {
	// Code is the code as the vendor writes it.
	Code C
	// GoName is the name of the code's constant in the generated package.
	GoName string
	// Wire is the vendor's string name of an int code (Akamai's "error" key), or "".
	Wire string
	// Message, Description and Resolution are the document's text for the code.
	Message, Description, Resolution string
	// Status is the HTTP status the document gives the code, 0 when it gives none.
	Status int
	// Parent is the code this code is a kind of, the zero code when none.
	Parent C
	// Class is the code's vendor-neutral class, nil when it has none; Unclassified says why
	// it has none, when the spec says.
	Class        *apierr.Class
	Unclassified string
	// Temporary is true when the vendor documents the condition as temporary.
	Temporary bool
	// Envelope is the index in Layout.Envelopes of the envelope the code arrives in.
	Envelope int
	// Detail is true for a code that arrives in the envelope's detail key; its reply carries
	// its nearest ancestor that is not a detail code in the code key.
	Detail bool
	// Template is true when the document's texts for the code hold placeholders ({0},
	// {name}) that the vendor fills at run time: error text and CodeDoc show "…" in their
	// place, never the raw placeholder.
	Template bool
}

// A CatchAll places the codes the document does not list in a range of int codes (From to
// To, inclusive) or under a prefix of string codes under the documented code Parent. With
// NearestListed, a dotted string code falls under the longest listed code that is the code
// up to one of its dots, and under Parent only when there is none.
type CatchAll[C CodeType] struct {
	From, To      C
	Prefix        string
	Parent        C
	NearestListed bool
}

// NewIntTable checks t, a Table of int codes, and works out its indexes; it returns t. It
// panics when t is not what the generator writes (codes out of order or repeated, a parent or
// catch-all parent that is not listed): a generated package that does not hold together
// fails as it starts, not at its first reply.
func NewIntTable[C ~int](t *Table[C]) *Table[C] {
	t.Layout.IntCodes = true
	t.text = func(c C) string { return strconv.Itoa(int(c)) }
	t.checkOrder()
	t.find = intIndex(t.Codes)
	t.wire = wireIndex(t.Codes)
	t.Layout.byName = func(name string) (int, bool) {
		if i, ok := t.wire[name]; ok {
			return int(t.Codes[i].Code), true
		}
		return 0, false
	}
	t.init(func(ca *CatchAll[C]) int64 { return int64(ca.To) - int64(ca.From) })
	return t
}

// NewStringTable is NewIntTable for a Table of string codes.
func NewStringTable[C ~string](t *Table[C]) *Table[C] {
	t.text = func(c C) string { return string(c) }
	t.checkOrder()
	t.find, t.findText = stringIndex(t.Codes)
	t.init(func(ca *CatchAll[C]) int64 { return -int64(len(ca.Prefix)) })
	return t
}

// init works out the parents, the order of the catch-alls (narrowest first: by width, the
// smallest first, then by start) and the error text of each row, and checks that every parent
// is listed.
func (t *Table[C]) init(width func(*CatchAll[C]) int64) {
	var zero C
	t.parents = make([]int, len(t.Codes))
	t.errText = make([]string, len(t.Codes))
	for i := range t.Codes {
		r := &t.Codes[i]
		t.parents[i] = -1
		if r.Parent != zero {
			t.parents[i] = t.mustFind(r.Parent)
		}
		t.errText[i] = t.codeText(r)
	}
	for status := range t.StatusClasses {
		t.statuses = append(t.statuses, status)
	}
	slices.Sort(t.statuses)
	for _, status := range t.statuses {
		t.statusClasses = append(t.statusClasses, t.StatusClasses[status])
	}
	t.catchAlls = make([]int, len(t.CatchAlls))
	for i := range t.CatchAlls {
		t.catchAlls[i] = i
		t.mustFind(t.CatchAlls[i].Parent)
	}
	slices.SortStableFunc(t.catchAlls, func(a, b int) int {
		x, y := &t.CatchAlls[a], &t.CatchAlls[b]
		return cmp.Or(cmp.Compare(width(x), width(y)), cmp.Compare(x.From, y.From), strings.Compare(x.Prefix, y.Prefix))
	})
}

// checkOrder panics unless the codes are in ascending order, each once: the indexes rely on it.
func (t *Table[C]) checkOrder() {
	for i := 1; i < len(t.Codes); i++ {
		if t.Codes[i-1].Code >= t.Codes[i].Code {
			panic(fmt.Sprintf("apierrimpl: %s: codes out of order at row %d", t.Package, i))
		}
	}
}

// mustFind returns the row of a code the table must list.
func (t *Table[C]) mustFind(c C) int {
	i := t.find(c)
	if i < 0 {
		panic(fmt.Sprintf("apierrimpl: %s: %s is referred to but not listed", t.Package, t.text(c)))
	}
	return i
}

// Row returns the row of c, or -1 when the document does not list c.
func (t *Table[C]) Row(c C) int { return t.find(c) }

// Info returns what the document says of c: its row, or for a code the document does not
// list the zero row, so that Info(c).Status is 0 and Info(c).Class nil. The row is the
// Table's: read it, never change it.
func (t *Table[C]) Info(c C) *CodeInfo[C] {
	if i := t.find(c); i >= 0 {
		return &t.Codes[i]
	}
	return &t.unlisted
}

// ByWire returns the code whose Wire name is name, the lowest where the document gives several
// codes the same name: the generated Lookup. ok is false when no code has the name.
func (t *Table[C]) ByWire(name string) (c C, ok bool) {
	if i, ok := t.wire[name]; ok {
		return t.Codes[i].Code, true
	}
	return c, false
}

// wireIndex returns the row of the lowest code with each Wire name.
func wireIndex[C CodeType](rows []CodeInfo[C]) map[string]int {
	out := map[string]int{}
	for i := range rows {
		if w := rows[i].Wire; w != "" {
			if _, ok := out[w]; !ok {
				out[w] = i
			}
		}
	}
	return out
}

// Known reports whether the document lists c.
func (t *Table[C]) Known(c C) bool { return t.find(c) >= 0 }

// List returns every documented code in ascending order, in a new slice: the generated Codes.
func (t *Table[C]) List() []C {
	out := make([]C, len(t.Codes))
	for i := range t.Codes {
		out[i] = t.Codes[i].Code
	}
	return out
}

// Text returns c as the vendor writes it: a string code itself, the decimal number of an int
// code.
func (t *Table[C]) Text(c C) string { return t.text(c) }

// String is the generated Code.String: for a documented code, its string code, or the
// vendor's name of an int code (Wire), else its Go name; for another, its string code, or
// Code(n) for an int code. It does not allocate for documented codes.
func (t *Table[C]) String(c C) string {
	i := t.find(c)
	switch {
	case !t.Layout.IntCodes:
		return t.text(c)
	case i < 0:
		return "Code(" + t.text(c) + ")"
	case t.Codes[i].Wire != "":
		return t.Codes[i].Wire
	}
	return t.Codes[i].GoName
}

// CodeError is the generated Code.Error: the package's name, the code and what the document
// says of it in short (CodeInfo.Short); for a code the document does not list, the package
// and the code by the rules of Token. It does not allocate for documented codes.
func (t *Table[C]) CodeError(c C) string {
	if i := t.find(c); i >= 0 {
		return t.errText[i]
	}
	return t.Package + ": " + orUnreadable(Token(t.String(c)))
}

// codeText is CodeError of a documented code.
func (t *Table[C]) codeText(r *CodeInfo[C]) string {
	var b strings.Builder
	b.WriteString(t.Package + ": ")
	if !t.Layout.IntCodes {
		b.WriteString(t.text(r.Code))
	} else {
		name := r.Wire
		if name == "" {
			name = r.GoName
		}
		b.WriteString(name + " (" + t.text(r.Code) + ")")
	}
	if s := r.Short(); s != "" {
		b.WriteString(": " + s)
	}
	return b.String()
}

// intIndex returns the lookup of int codes in rows: a table indexed by the code when the codes
// are dense enough, else a binary search.
func intIndex[C ~int](rows []CodeInfo[C]) func(C) int {
	if len(rows) == 0 {
		return func(C) int { return -1 }
	}
	lo, hi := int64(rows[0].Code), int64(rows[len(rows)-1].Code)
	if span := hi - lo + 1; span <= 8*int64(len(rows))+64 {
		at := make([]int32, span)
		for i := range at {
			at[i] = -1
		}
		for i, r := range rows {
			at[int64(r.Code)-lo] = int32(i)
		}
		return func(c C) int {
			if d := uint64(int64(c) - lo); d < uint64(span) {
				return int(at[d])
			}
			return -1
		}
	}
	keys := make([]C, len(rows))
	for i := range rows {
		keys[i] = rows[i].Code
	}
	return func(c C) int {
		if i, ok := slices.BinarySearch(keys, c); ok {
			return i
		}
		return -1
	}
}

// stringIndex returns the lookup of string codes in rows, of a code and of its text: an
// open-addressing table by HashString and linear probing, at most a quarter full, holding each
// code's text and its row plus one (0: an empty slot), so that a lookup reads no row.
func stringIndex[C ~string](rows []CodeInfo[C]) (func(C) int, func(string) int) {
	size := 4
	for size < 4*len(rows) {
		size *= 2
	}
	slots := make([]stringSlot, size)
	mask := uint64(size - 1)
	for i, r := range rows {
		j := HashString(string(r.Code)) & mask
		for slots[j].row != 0 {
			j = (j + 1) & mask
		}
		slots[j] = stringSlot{string(r.Code), int32(i + 1)}
	}
	find := func(c C) int {
		for j := HashString(string(c)) & mask; ; j = (j + 1) & mask {
			sl := &slots[j]
			if sl.row == 0 {
				return -1
			}
			if sl.code == string(c) {
				return int(sl.row - 1)
			}
		}
	}
	return find, func(s string) int { return find(C(s)) }
}

// stringSlot is a slot of stringIndex's table: a code's text and its row plus one (0: empty).
type stringSlot struct {
	code string
	row  int32
}
