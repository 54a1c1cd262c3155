package main

import (
	"fmt"
	"io"
	"strings"
)

// report prints every target with its measurements and verdict, then the measurements that
// have no target.
func (r results) report(w io.Writer) {
	var t tally
	for _, c := range comparisons {
		r.reportComparison(w, c, &t)
	}
	r.reportLoginRadius(w)
	r.reportScale(w, &t)
	r.reportProcesses(w)
	fmt.Fprintf(w, "\n%d target(s) met, %d missed", t.met, t.missed)
	if t.within+t.above > 0 {
		fmt.Fprintf(w, "; %d reported row(s) within their limit, %d above", t.within, t.above)
	}
	fmt.Fprintln(w)
}

// reportComparison prints c's rows that were measured, each with its verdict.
func (r results) reportComparison(w io.Writer, c comparison, t *tally) {
	var lines []string
	for _, row := range r.rows(c.prefix, "apierr") {
		if c.covers != nil && !c.covers(row) {
			continue
		}
		m, ok := r.measure(row, c.base)
		if !ok {
			continue
		}
		verdict := ""
		if c.reported {
			verdict = t.recordReported(c.check(m))
		} else {
			verdict = t.record(c.check(m))
		}
		lines = append(lines, fmt.Sprintf("  %-40s %10.1f %10.1f %6.2f %7.0f %7.0f %7.0f %7.0f  %s",
			strings.TrimPrefix(row, c.prefix), m.baseNS, m.ns, m.ratio(), m.allocs, m.baseAllocs, m.bytes,
			m.baseBytes, verdict))
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", c.title)
	fmt.Fprintf(w, "  %-40s %10s %10s %6s %7s %7s %7s %7s  %s\n",
		"benchmark", c.base+" ns", "apierr ns", "ratio", "allocs", "base", "B/op", "base", "verdict")
	fmt.Fprintln(w, strings.Join(lines, "\n"))
}

// measure returns the medians of row for apierr and for the baseline base, and whether both
// sides were measured. When both sides have as many runs, the i-th run of one is paired with
// the i-th of the other and the ratio is the median of the pairs' ratios: bench/run.sh runs
// the benchmarks in rounds, so a run and its baseline ran side by side, and a slow spell of
// the machine slows both sides of a pair rather than one side's median.
func (r results) measure(row, base string) (measure, bool) {
	var m measure
	var ok1, ok2 bool
	m.ns, ok1 = r.median(row+"/impl=apierr", "ns/op")
	m.baseNS, ok2 = r.median(row+"/impl="+base, "ns/op")
	m.allocs, _ = r.median(row+"/impl=apierr", "allocs/op")
	m.baseAllocs, _ = r.median(row+"/impl="+base, "allocs/op")
	m.bytes, _ = r.median(row+"/impl=apierr", "B/op")
	m.baseBytes, _ = r.median(row+"/impl="+base, "B/op")
	m.paired = pairedRatio(r[row+"/impl=apierr"]["ns/op"], r[row+"/impl="+base]["ns/op"])
	return m, ok1 && ok2
}

// pairedRatio returns the median of a[i]/base[i], or 0 when the two do not pair up.
func pairedRatio(a, base []float64) float64 {
	if len(a) == 0 || len(a) != len(base) {
		return 0
	}
	ratios := make([]float64, len(a))
	for i := range a {
		if base[i] <= 0 {
			return 0
		}
		ratios[i] = a[i] / base[i]
	}
	return median(ratios)
}

// reportLoginRadius prints the LoginRadius SDK path against apierr's (no target).
func (r results) reportLoginRadius(w io.Writer) {
	sdk, ok := r.median("BenchmarkLoginRadiusPath/impl=sdk-map", "ns/op")
	if !ok {
		return
	}
	fmt.Fprintf(w, "\nLoginRadius: SDK path (map + Description text) against apierr "+
		"(no target; ratio = apierr / SDK)\n")
	for _, impl := range []string{"sdk-map", "apierr-fromresponse", "apierr-parse"} {
		ns, _ := r.median("BenchmarkLoginRadiusPath/impl="+impl, "ns/op")
		allocs, _ := r.median("BenchmarkLoginRadiusPath/impl="+impl, "allocs/op")
		fmt.Fprintf(w, "  %-22s %10.1f ns/op %5.0f allocs/op  ratio %.2f\n", impl, ns, allocs, ns/sdk)
	}
}

// reportScale prints the generator's time and memory per number of codes, and the target on
// its growth from 10,000 to 100,000 codes.
func (r results) reportScale(w io.Writer, t *tally) {
	t10, ok1 := r.median("BenchmarkScale/codes=10000", "ns/op")
	t100, ok2 := r.median("BenchmarkScale/codes=100000", "ns/op")
	if !ok1 || !ok2 {
		return
	}
	fmt.Fprintf(w, "\nissue 6: generator time from 10,000 to 100,000 codes at most 12x\n")
	for _, n := range []string{"1000", "10000", "100000"} {
		name := "BenchmarkScale/codes=" + n
		ns, ok := r.median(name, "ns/op")
		if !ok {
			continue
		}
		load, _ := r.median(name, "load-ns/op")
		emit, _ := r.median(name, "emit-ns/op")
		peak, _ := r.median(name, "peak-heap-B")
		alloc, _ := r.median(name, "B/op")
		fmt.Fprintf(w, "  codes=%-7s %8.3f s (load %.3f s, emit %.3f s)  peak heap %6.0f MiB  allocated %6.0f MiB\n",
			n, ns/1e9, load/1e9, emit/1e9, peak/(1<<20), alloc/(1<<20))
	}
	ratio := t100 / t10
	verdict := t.record(ratio <= 12, fmt.Sprintf("%.1fx > 12x", ratio))
	fmt.Fprintf(w, "  10k -> 100k: %.1fx  %s\n", ratio, verdict)
}

// reportProcesses prints the generator and stringer as whole processes (no target).
func (r results) reportProcesses(w io.Writer) {
	if _, ok := r.median("BenchmarkProcess/tool=gen/input=specs", "ns/op"); !ok {
		return
	}
	fmt.Fprintf(w, "\nWhole processes (no target)\n")
	for _, run := range []string{"tool=gen/input=specs", "tool=gen/input=sparse300", "tool=stringer/input=sparse300"} {
		ns, _ := r.median("BenchmarkProcess/"+run, "ns/op")
		cpu, _ := r.median("BenchmarkProcess/"+run, "cpu-ns/op")
		rss, _ := r.median("BenchmarkProcess/"+run, "peak-rss-KB")
		fmt.Fprintf(w, "  %-30s wall %6.1f ms  cpu %6.1f ms  peak RSS %5.1f MiB\n", run, ns/1e6, cpu/1e6, rss/1024)
	}
}
