package importer

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseTableRoundTrip(t *testing.T) {
	src := "# The codes of a page.\n# count: 2\n# count ciam/detail: 1\n" +
		"code\tname\tgroup\tstatus\tmessage\tdescription\n" +
		"100\tmissing_argument\t\tnot in use\tTab\\there\tTwo\\nlines and a \\\\ backslash, a lone\\rCR\n" +
		"A.B\t\tciam/detail\t403\t\t\n"
	tab, err := ParseTable("t.tsv", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{
		{Code: "100", Name: "missing_argument", Status: NotInUse, Message: "Tab\there",
			Description: "Two\nlines and a \\ backslash, a lone\rCR", Line: 5},
		{Code: "A.B", Group: "ciam/detail", Status: "403", Line: 6},
	}
	if !reflect.DeepEqual(tab.Rows, want) {
		t.Errorf("rows = %#v\nwant %#v", tab.Rows, want)
	}
	if want := map[string]int{"": 2, "ciam/detail": 1}; !reflect.DeepEqual(tab.Counts, want) {
		t.Errorf("counts = %v, want %v", tab.Counts, want)
	}
	if got := string(tab.Format()); got != src {
		t.Errorf("Format does not give back the file:\n%s\nwant\n%s", got, src)
	}
}

func TestParseTableErrors(t *testing.T) {
	const header = "code\tname\tgroup\tstatus\tmessage\tdescription\n"
	for _, c := range []struct {
		name, src, want string
	}{
		{"no header", "# only a comment\n", `t.tsv:2: want the header line`},
		{"wrong header", "code\tmessage\n", `t.tsv:1: want the header line`},
		{"too few cells", header + "1\t\t\t400\tmsg\n", `t.tsv:2: the row has 5 cell(s), the header 6`},
		{"blank line", header + "1\t\t\t\t\t\n\n", `t.tsv:3: the row has 1 cell(s)`},
		{"bad escape", header + "1\t\t\t\tx\\qy\t\n", `t.tsv:2: cell 5 (message): unknown escape \q`},
		{"lone backslash", header + "1\t\t\t\tx\\\t\n", `t.tsv:2: cell 5 (message): ends in a lone backslash`},
		{"empty code", header + "\t\t\t\t\t\n", `t.tsv:2: the code cell "" is empty`},
		{"code with spaces", header + " 1\t\t\t\t\t\n", `t.tsv:2: the code cell " 1" is empty or has spaces`},
		{"duplicate code", header + "1\t\t\t\t\t\n1\t\t\t\t\t\n", `t.tsv:3: code 1 is already the row at line 2`},
		{"bad status", header + "1\t\t\t403 Forbidden\t\t\n", `t.tsv:2: status "403 Forbidden" is not an HTTP status`},
		{"status out of range", header + "1\t\t\t99\t\t\n", `t.tsv:2: status "99" is not an HTTP status`},
		{"bad group", header + "1\t\tCIAM\t\t\t\n", `t.tsv:2: group "CIAM" is not an envelope name`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseTable("t.tsv", []byte(c.src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("ParseTable: %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestTablePaths(t *testing.T) {
	for got, want := range map[string]string{
		DocumentTablePath("specs/gopoints.toml"): "specs/gopoints.document.tsv",
		HTTPTablePath("specs/lr.toml"):           "specs/lr.document-http.tsv",
		ScenarioTablePath("specs/nextid.toml"):   "specs/nextid.document-scenarios.tsv",
		DocumentTablePath("/tmp/staging/x.toml"): "/tmp/staging/x.document.tsv",
	} {
		if got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}

func TestNormStatus(t *testing.T) {
	for _, c := range []struct {
		cell, want string
		noted      bool
	}{
		{"", "", false},
		{"403", "403", false},
		{"Not in Use", NotInUse, true},
		{"not in use", NotInUse, true},
		{"422 Unprocessable Entity89", "422", true},
		{"varies", "", true},
		{"42", "", true},
		{"600", "", true},
	} {
		got, notes := normStatus(c.cell)
		if got != c.want || (len(notes) > 0) != c.noted {
			t.Errorf("normStatus(%q) = %q, %v; want %q, noted %v", c.cell, got, notes, c.want, c.noted)
		}
	}
}
