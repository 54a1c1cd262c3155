package main

import (
	"strings"
	"testing"
)

// fixture is go test -bench output: Parse of a at 0.40 with fewer allocs, Parse of b at 0.60
// with one alloc more; errors.Is rows that match at 1.40 (a class), 1.40 with an alloc (b
// class), 1.05 (a code) and 2.10 (a status class), and rows that match nothing at 1.40 (a
// miss) and 2.50 (b class-miss).
const fixture = `goos: linux
BenchmarkParse/pkg=a/impl=json-2      100  100 ns/op  300 B/op  7 allocs/op
BenchmarkParse/pkg=a/impl=json-2      100  100 ns/op  300 B/op  7 allocs/op
BenchmarkParse/pkg=a/impl=apierr-2    100   30 ns/op  200 B/op  3 allocs/op
BenchmarkParse/pkg=a/impl=apierr-2    100   50 ns/op  200 B/op  3 allocs/op
BenchmarkParse/pkg=b/impl=json-2      100  100 ns/op  300 B/op  2 allocs/op
BenchmarkParse/pkg=b/impl=apierr-2    100   60 ns/op  200 B/op  3 allocs/op
BenchmarkIs/pkg=a/target=miss/impl=sentinel-2          100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=miss/impl=apierr-2            100  14 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=b/target=class-miss/impl=sentinel-2    100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=b/target=class-miss/impl=apierr-2      100  25 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=class/impl=sentinel-2         100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=class/impl=apierr-2           100  14 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=b/target=class/impl=sentinel-2         100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=b/target=class/impl=apierr-2           100  14 ns/op  8 B/op  1 allocs/op
BenchmarkIs/pkg=a/target=code/impl=sentinel-2          100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=code/impl=apierr-2            100  10.5 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=status-class/impl=sentinel-2  100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=status-class/impl=apierr-2    100  21 ns/op  0 B/op  0 allocs/op
PASS
`

// reportOf returns the report of the fixture's results, split into its sections.
func reportOf(t *testing.T) map[string]string {
	t.Helper()
	r := results{}
	for _, line := range strings.Split(fixture, "\n") {
		r.addLine(line)
	}
	var b strings.Builder
	r.report(&b)
	sections := map[string]string{}
	for _, s := range strings.Split(b.String(), "\n\n") {
		title, body, _ := strings.Cut(strings.TrimSpace(s), "\n")
		sections[title] = body
	}
	return sections
}

// Section titles of the report, by their start.
const (
	parseTitle    = "issue 18: Parse at most 0.5x"
	isTitle       = "issue 18: errors.Is matching a code or a class at most 2x"
	reportedTitle = "reported, not a target: errors.Is matching nothing"
)

// TestReportIssue18 checks the verdicts of issue 18's targets, each on its rows only: Parse at
// most 0.5x with no more allocs, errors.Is matching a code or a class at most 2x with 0
// allocs, and the rows that match nothing reported against 2x.
func TestReportIssue18(t *testing.T) {
	s := reportOf(t)
	for _, c := range []struct{ title, row, ratio, verdict string }{
		{parseTitle, "pkg=a", "0.40", "met"},
		{parseTitle, "pkg=b", "0.60", "MISSED: time 0.60x > 0.50x; 3 allocs/op > 2"},
		{isTitle, "pkg=a/target=class", "1.40", "met"},
		{isTitle, "pkg=b/target=class", "1.40", "MISSED: 1 allocs/op, want 0"},
		{isTitle, "pkg=a/target=code", "1.05", "met"},
		{isTitle, "pkg=a/target=status-class", "2.10",
			"MISSED: time 2.10x > 2.00x (within 5%: check benchstat's p-value)"},
		{reportedTitle, "pkg=a/target=miss", "1.40", "within"},
		{reportedTitle, "pkg=b/target=class-miss", "2.50", "ABOVE: time 2.50x > 2.00x"},
	} {
		f := strings.Fields(lineOf(section(t, s, c.title), c.row))
		if len(f) < 9 || f[3] != c.ratio || strings.Join(f[8:], " ") != c.verdict {
			t.Errorf("%s, row %s: got %q, want the ratio %s and the verdict %q", c.title, c.row, f, c.ratio, c.verdict)
		}
	}
	if lineOf(section(t, s, isTitle), "pkg=a/target=miss") != "" {
		t.Errorf("%s lists a row that matches nothing", isTitle)
	}
	if lineOf(section(t, s, reportedTitle), "pkg=a/target=code") != "" {
		t.Errorf("%s lists a row that matches a code", reportedTitle)
	}
}

// TestReportTally checks the count at the end of the report: Parse of a, the class of a and
// the code of a are met; Parse of b, the class of b and the status class of a are missed; the
// miss of a is within 2x and the class miss of b above, counted apart.
func TestReportTally(t *testing.T) {
	s := reportOf(t)
	const want = "3 target(s) met, 3 missed; 1 reported row(s) within their limit, 1 above"
	for title := range s {
		if strings.Contains(title, "target(s) met") {
			if title != want {
				t.Errorf("the tally is %q, want %q", title, want)
			}
			return
		}
	}
	t.Errorf("the report has no tally; sections: %q", s)
}

// section returns the body of the section of s whose title starts with prefix.
func section(t *testing.T, s map[string]string, prefix string) string {
	t.Helper()
	for title, body := range s {
		if strings.HasPrefix(title, prefix) {
			return body
		}
	}
	t.Fatalf("no section %q in the report; sections: %q", prefix, s)
	return ""
}

// lineOf returns the line of body whose row name is row, or "".
func lineOf(body, row string) string {
	for _, l := range strings.Split(body, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == row {
			return l
		}
	}
	return ""
}

// TestPairedRatio checks that the ratio of a row is the median of the ratios of its runs taken
// side by side when both sides have as many runs, and the ratio of the medians otherwise: runs
// of 10 and 20 ns against 11 and 26 give 1.20 (the pairs' 1.1 and 1.3), not 18.5/15 = 1.23.
func TestPairedRatio(t *testing.T) {
	r := results{}
	for _, line := range []string{
		"BenchmarkIs/pkg=p/target=class/impl=sentinel-2  100  10 ns/op",
		"BenchmarkIs/pkg=p/target=class/impl=apierr-2    100  11 ns/op",
		"BenchmarkIs/pkg=p/target=class/impl=sentinel-2  100  20 ns/op",
		"BenchmarkIs/pkg=p/target=class/impl=apierr-2    100  26 ns/op",
		"BenchmarkIs/pkg=q/target=class/impl=sentinel-2  100  10 ns/op",
		"BenchmarkIs/pkg=q/target=class/impl=apierr-2    100  11 ns/op",
		"BenchmarkIs/pkg=q/target=class/impl=apierr-2    100  26 ns/op",
	} {
		r.addLine(line)
	}
	for row, want := range map[string]float64{
		"BenchmarkIs/pkg=p/target=class": 1.2,
		"BenchmarkIs/pkg=q/target=class": 18.5 / 10,
	} {
		m, ok := r.measure(row, "sentinel")
		if got := m.ratio(); !ok || got < want-1e-9 || got > want+1e-9 {
			t.Errorf("%s: ratio %.4f, %v; want %.4f", row, got, ok, want)
		}
	}
}
