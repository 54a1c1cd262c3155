package main

import (
	"strings"
	"testing"
)

// fixture is go test -bench output with two runs of each side: medians 100/40 (Parse, a
// 0.40 ratio, fewer allocs), 100/60 (Parse, 0.60), 10/14 (a miss, 1.40), 10/14 (a class match,
// 1.40) and 10/10.5 (a code match, 1.05).
const fixture = `goos: linux
BenchmarkParse/pkg=a/impl=json-2      100  100 ns/op  300 B/op  7 allocs/op
BenchmarkParse/pkg=a/impl=json-2      100  100 ns/op  300 B/op  7 allocs/op
BenchmarkParse/pkg=a/impl=apierr-2    100   30 ns/op  200 B/op  3 allocs/op
BenchmarkParse/pkg=a/impl=apierr-2    100   50 ns/op  200 B/op  3 allocs/op
BenchmarkParse/pkg=b/impl=json-2      100  100 ns/op  300 B/op  2 allocs/op
BenchmarkParse/pkg=b/impl=apierr-2    100   60 ns/op  200 B/op  3 allocs/op
BenchmarkIs/pkg=a/target=miss/impl=sentinel-2     100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=miss/impl=apierr-2       100  14 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=class/impl=sentinel-2    100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=class/impl=apierr-2      100  14 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=code/impl=sentinel-2     100  10 ns/op  0 B/op  0 allocs/op
BenchmarkIs/pkg=a/target=code/impl=apierr-2       100  10.5 ns/op  0 B/op  0 allocs/op
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

// TestReportIssue12 checks the verdicts of the issue 12 targets: Parse at most 0.5x with no
// more allocs, a miss at most 1.5x, a class match at most 1.3x, each on its rows only.
func TestReportIssue12(t *testing.T) {
	s := reportOf(t)
	for _, c := range []struct{ title, row, want string }{
		{"issue 12: Parse at most 0.5x", "pkg=a ", "0.40       3       7  met"},
		{"issue 12: Parse at most 0.5x", "pkg=b ", "MISSED: time 0.60x > 0.50x; 3 allocs/op > 2"},
		{"issue 12: errors.Is against a code or class that does not match", "pkg=a/target=miss ", "1.40       0       0  met"},
		{"issue 12: errors.Is against a class that matches", "pkg=a/target=class ", "MISSED: time 1.40x > 1.30x"},
		{"issue 6: Parse at most 1.3x", "pkg=b ", "0.60       3       2  met"},
		{"issue 6: errors.Is at most 1.5x", "pkg=a/target=code ", "1.05       0       0  met"},
	} {
		body := section(t, s, c.title)
		line := lineOf(body, c.row)
		if !strings.Contains(line, c.want) {
			t.Errorf("%s, row %q: got %q, want it to contain %q", c.title, c.row, line, c.want)
		}
	}
	for _, title := range []string{"issue 12: errors.Is against a code or class that does not match", "issue 12: errors.Is against a class that matches"} {
		if body := section(t, s, title); lineOf(body, "pkg=a/target=code ") != "" {
			t.Errorf("%s lists the code match row:\n%s", title, body)
		}
	}
}

// TestReportTally checks the count of targets met and missed at the end of the report: issue
// 6's two Parse rows and three errors.Is rows, and issue 12's Parse row a and miss row, are met;
// issue 12's Parse row b and class row are missed.
func TestReportTally(t *testing.T) {
	s := reportOf(t)
	for title := range s {
		if strings.HasSuffix(title, "missed") {
			if title != "7 target(s) met, 2 missed" {
				t.Errorf("the tally is %q, want 7 met and 2 missed", title)
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

// lineOf returns the line of body whose row name starts with row, or "".
func lineOf(body, row string) string {
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), row) {
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
