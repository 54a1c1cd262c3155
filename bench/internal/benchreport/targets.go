package main

import (
	"fmt"
	"strings"
)

// Allocation rules of a comparison (comparison.extraAlloc): zeroAllocs, or the most allocs/op
// allowed above the baseline's (0: no more than the baseline).
const zeroAllocs = -1

// comparison is one family of benchmarks with a limit: apierr against a baseline.
type comparison struct {
	title      string
	prefix     string                // benchmark name prefix
	base       string                // impl of the baseline
	maxRatio   float64               // most apierr time / baseline time allowed
	extraAlloc float64               // most allocs/op above the baseline's allowed; zeroAllocs: none at all
	covers     func(row string) bool // the rows the target is about; nil: every row
	// reported: the rows are measured against the limit and printed with a verdict, but the
	// limit is not a target, and the tally counts them apart.
	reported bool
}

// comparisons are the targets that compare with a baseline: issue 6's String and lookup
// targets, and issue 18's Parse and errors.Is targets, which replace issue 6's Parse (1.3x,
// two more allocs: 0.5x with no more allocs is stricter) and errors.Is (1.5x) targets and
// issue 12's errors.Is targets (misses 1.5x, class matches 1.3x).
var comparisons = []comparison{
	{title: "issue 6: String no slower than stringer, 0 allocs", prefix: "BenchmarkString/",
		base: "stringer", maxRatio: 1.0, extraAlloc: zeroAllocs},
	{title: "issue 6: Lookup no slower than a map, 0 allocs", prefix: "BenchmarkLookup/",
		base: "map", maxRatio: 1.0, extraAlloc: zeroAllocs},
	{title: "issue 18: Parse at most 0.5x json.Unmarshal, no more allocs than it", prefix: "BenchmarkParse/",
		base: "json", maxRatio: 0.5, extraAlloc: 0},
	{title: "issue 18: errors.Is matching a code or a class at most 2x a plain sentinel, 0 allocs",
		prefix: "BenchmarkIs/", base: "sentinel", maxRatio: 2, extraAlloc: zeroAllocs,
		covers: isTarget("code", "parent", "detail", "class", "status-class")},
	{title: "reported, not a target: errors.Is matching nothing against 2x a plain sentinel, 0 allocs",
		prefix: "BenchmarkIs/", base: "sentinel", maxRatio: 2, extraAlloc: zeroAllocs,
		covers: isTarget("miss", "class-miss"), reported: true},
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
	bytes, baseBytes   float64 // B/op
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

// tally counts the targets met and missed, and the reported rows within and above their
// limit.
type tally struct{ met, missed, within, above int }

// record counts one verdict of a target and returns it as the report prints it: "met", or
// "MISSED" and why.
func (t *tally) record(ok bool, why string) string {
	if ok {
		t.met++
		return "met"
	}
	t.missed++
	return "MISSED: " + why
}

// recordReported counts one verdict of a reported row and returns it as the report prints
// it: "within", or "ABOVE" and why.
func (t *tally) recordReported(ok bool, why string) string {
	if ok {
		t.within++
		return "within"
	}
	t.above++
	return "ABOVE: " + why
}
