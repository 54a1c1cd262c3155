package emit

import (
	"bytes"
	"go/format"
	"strconv"
	"strings"
	"testing"
)

// TestTableLayoutIsGofmts writes tables whose layout gofmt decides in different ways (index
// keys of different widths, rows with different fields, a field exactly as long as gofmt still
// measures and one a byte longer, text that is not ASCII, an empty literal) and checks that
// go/format leaves the text as it is.
func TestTableLayoutIsGofmts(t *testing.T) {
	// long is a field whose "key: value" is 1e6+extra bytes; go/printer measures up to 1e6.
	long := func(key string, extra int) field {
		return field{key, lit(strings.Repeat("x", 1_000_000+extra-len(key)-len(": ")-len(`""`)))}
	}
	structs := func(typ string, rows ...[]field) *table {
		tab := &table{name: "infos", typ: typ}
		for _, fs := range rows {
			tab.structRow(fs)
		}
		return tab
	}
	cases := map[string]*table{
		"index keys of growing width": {name: "rows", typ: "[100001]uint16", rows: []row{
			{key: "0", val: lit(1)}, {key: "7", val: lit(2)}, {key: "12", val: lit(3)},
			{key: "999", val: lit(4)}, {key: "100000", val: lit(5)},
		}},
		"values": {doc: []string{"names are plain values.", "", "A second paragraph."}, name: "names", typ: "[...]string", rows: []row{
			{val: lit("a")}, {val: lit("naïve ☃ \"quoted\" \t tab")}, {val: lit("")}, {val: ident("other")},
		}},
		"empty": {name: "none", typ: "[]int"},
		"struct rows": structs("[]info",
			[]field{{"n", lit(1)}, {"a", lit("x")}},
			[]field{{"unclassified", lit("why")}, {"description", lit("ünïcödé ✓")}, {"ok", lit(true)}},
			[]field{{"a", lit("")}},
		),
		"a field gofmt just measures": structs("[]info",
			[]field{{"a", lit("x")}, long("description", 0), {"unclassified", lit("y")}},
		),
		"a field too long to measure": structs("[]info",
			[]field{{"a", lit("x")}, {"n", lit(2)}, long("description", 1), {"unclassified", lit("y")}},
			[]field{long("description", 1)},
			[]field{long("description", 1), {"unclassified", lit("y")}},
			[]field{{"a", lit("x")}, long("description", 1)},
		),
	}
	for name, tab := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			buf.WriteString("package p\n")
			if err := tab.write(&buf, nil); err != nil {
				t.Fatal(err)
			}
			want, err := format.Source(buf.Bytes())
			if err != nil {
				t.Fatalf("the table does not parse: %v", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("gofmt changes the table:\n%s", FirstLineDiff(string(want), got))
			}
		})
	}
}

// TestTableNamesImports checks that a qualified identifier in a table uses the name the
// rendered file imports its package by, and that one the file does not import is an error.
func TestTableNamesImports(t *testing.T) {
	head := "package p_test\n\nimport (\n\tapierr1 \"github.com/apierr/apierr\"\n\t\"example.com/x/apierr\"\n\t\"strings\"\n)\n"
	names, err := importNames([]byte(head), "example.com/x/apierr", "apierr")
	if err != nil {
		t.Fatal(err)
	}
	tab := &table{name: "t", typ: "[]any", rows: []row{
		{val: qual(rootPkg, "ErrInternal")}, {val: qual("example.com/x/apierr", "Code")}, {val: qual("strings", "Repeat")},
	}}
	var buf bytes.Buffer
	if err := tab.write(&buf, names); err != nil {
		t.Fatal(err)
	}
	want := "\nvar t = []any{\n\tapierr1.ErrInternal,\n\tapierr.Code,\n\tstrings.Repeat,\n}\n"
	if buf.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", buf.String(), want)
	}
	missing := &table{name: "t", typ: "[]any", rows: []row{{val: qual("net/http", "StatusOK")}}}
	err = missing.write(&buf, names)
	if err == nil || !strings.Contains(err.Error(), `does not import "net/http"`) {
		t.Errorf("a table naming a package the file does not import: err = %v", err)
	}
}

// FirstLineDiff shows the first line where want and got differ, long lines shortened. It is
// exported for the external tests of this package (emit_test.go); test files only.
func FirstLineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	short := func(s string) string {
		if len(s) > 80 {
			return s[:40] + " … " + s[len(s)-40:]
		}
		return s
	}
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + short(wl) + "\n  got:  " + short(gl)
		}
	}
	return "(no line differs)"
}

// TestTableMaxSize checks that maxSize bounds what write appends, so render allocates once.
func TestTableMaxSize(t *testing.T) {
	names := map[string]string{rootPkg: "apierr"}
	tab := &table{doc: []string{"doc", "", "more doc"}, name: "infos", typ: "[...]codeInfo"}
	tab.structRow([]field{{"class", qual(rootPkg, "ErrInternal")}, {"description", lit("ünïcödé")}, {"n", lit(12)}})
	tab.structRow([]field{{"a", lit("")}})
	idx := &table{name: "rows", typ: "[100001]uint16", rows: []row{{key: "0", val: lit(1)}, {key: "100000", val: lit(65534)}}}
	vals := &table{name: "names", typ: "[...]string", rows: []row{{val: ident("X")}, {val: lit("y\n")}}}
	for _, tab := range []*table{tab, idx, vals, {name: "none", typ: "[]int"}} {
		var buf bytes.Buffer
		if err := tab.write(&buf, names); err != nil {
			t.Fatal(err)
		}
		if buf.Len() > tab.maxSize() {
			t.Errorf("%s: write appended %d bytes, maxSize says at most %d", tab.name, buf.Len(), tab.maxSize())
		}
	}
}
