package main

import (
	"fmt"
	"math"
	"strings"
)

// Allocation rules of a comparison (comparison.extraAlloc): zeroAllocs, or the most allocs/op
// allowed above the baseline's (0: no more than the baseline).
const zeroAllocs = -1

// comparison is one family of benchmarks with a target: apierr against a baseline.
type comparison struct {
	title      string
	prefix     string                // benchmark name prefix
	base       string                // impl of the baseline
	maxRatio   float64               // most apierr time / baseline time allowed
	extraAlloc float64               // most allocs/op above the baseline's allowed; zeroAllocs: none at all
	covers     func(row string) bool // the rows the target is about; nil: every row
}

// comparisons are the targets of issues 6 and 12 that compare with a baseline.
var comparisons = []comparison{
	{title: "issue 6: String no slower than stringer, 0 allocs", prefix: "BenchmarkString/",
		base: "stringer", maxRatio: 1.0, extraAlloc: zeroAllocs},
	{title: "issue 6: Lookup no slower than a map, 0 allocs", prefix: "BenchmarkLookup/",
		base: "map", maxRatio: 1.0, extraAlloc: zeroAllocs},
	{title: "issue 6: Parse at most 1.3x json.Unmarshal, at most 2 more allocs", prefix: "BenchmarkParse/",
		base: "json", maxRatio: 1.3, extraAlloc: 2},
	{title: "issue 6: errors.Is at most 1.5x a plain sentinel, 0 allocs", prefix: "BenchmarkIs/",
		base: "sentinel", maxRatio: 1.5, extraAlloc: zeroAllocs},
	{title: "issue 12: Parse at most 0.5x json.Unmarshal, no more allocs than it", prefix: "BenchmarkParse/",
		base: "json", maxRatio: 0.5, extraAlloc: 0},
	{title: "issue 12: errors.Is against a code or class that does not match at most 1.5x the sentinel",
		prefix: "BenchmarkIs/", base: "sentinel", maxRatio: 1.5, extraAlloc: math.Inf(1),
		covers: isTarget("miss", "class-miss")},
	{title: "issue 12: errors.Is against a class that matches at most 1.3x the sentinel",
		prefix: "BenchmarkIs/", base: "sentinel", maxRatio: 1.3, extraAlloc: math.Inf(1),
		covers: isTarget("class", "status-class")},
}

// isTarget selects the rows of BenchmarkIs whose last key is target= one of kinds.
func isTarget(kinds ...string) func(row string) bool {
	return func(row string) bool {
		for _, k := range kinds {
			if strings.HasSuffix(row, "/target="+k) {
				return true
			}
		}
		return false
	}
}

// measure is one row of a comparison: the medians of apierr and of its baseline, and the
// median of the ratios of their runs taken side by side (0 when the two sides do not have as
// many runs).
type measure struct {
	ns, baseNS         float64
	allocs, baseAllocs float64
	paired             float64
}

// ratio is apierr's time over the baseline's: the median of the runs' ratios when the runs
// pair up, else the ratio of the medians.
func (m measure) ratio() float64 {
	if m.paired > 0 {
		return m.paired
	}
	return m.ns / m.baseNS
}

// check returns whether m meets c's target and, when it does not, why.
func (c comparison) check(m measure) (bool, string) {
	var why []string
	if r := m.ratio(); r > c.maxRatio {
		s := fmt.Sprintf("time %.2fx > %.2fx", r, c.maxRatio)
		if r <= c.maxRatio*1.05 {
			s += " (within 5%: check benchstat's p-value)"
		}
		why = append(why, s)
	}
	if c.extraAlloc == zeroAllocs && m.allocs != 0 {
		why = append(why, fmt.Sprintf("%.0f allocs/op, want 0", m.allocs))
	} else if c.extraAlloc != zeroAllocs && m.allocs > m.baseAllocs+c.extraAlloc {
		why = append(why, fmt.Sprintf("%.0f allocs/op > %.0f", m.allocs, m.baseAllocs+c.extraAlloc))
	}
	return len(why) == 0, strings.Join(why, "; ")
}

// tally counts the targets met and missed.
type tally struct{ met, missed int }

// record counts one verdict and returns it as the report prints it: "met", or "MISSED" and why.
func (t *tally) record(ok bool, why string) string {
	if ok {
		t.met++
		return "met"
	}
	t.missed++
	return "MISSED: " + why
}
