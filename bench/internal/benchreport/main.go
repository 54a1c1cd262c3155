// Command benchreport reads the output of apierr's benchmarks (go test -bench, any number of
// files) and prints, for each target of issue 6, the measured medians and whether the target is
// met. It only reports: it never fails on a missed target, and it asserts nothing about time.
//
//	go run ./bench/internal/benchreport bench/results/*.txt
//
// The targets:
//
//   - String no slower than stringer, 0 allocs (known and unknown codes);
//   - wire value → Code no slower than a map, 0 allocs;
//   - Parse at most 1.3× json.Unmarshal into a plain struct, at most 2 more allocs;
//   - errors.Is at most 1.5× a plain sentinel through the same wraps, 0 allocs;
//   - generator time from 10,000 to 100,000 codes at most 12×.
//
// "No slower" means a median ratio of at most 1.00; ratios up to 1.05 are flagged as within
// noise, for benchstat's p-value to decide.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// results maps a benchmark name (without the -GOMAXPROCS suffix) to its values per unit.
type results map[string]map[string][]float64

// procSuffix is the -GOMAXPROCS suffix go test appends to benchmark names.
var procSuffix = regexp.MustCompile(`-\d+$`)

func main() {
	log.SetFlags(0)
	log.SetPrefix("benchreport: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: benchreport FILE...")
	}
	r := results{}
	for _, p := range os.Args[1:] {
		if err := r.read(p); err != nil {
			log.Fatal(err)
		}
	}
	r.report(os.Stdout)
}

// read adds the benchmark lines of the file at path.
func (r results) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || len(fields)%2 != 0 {
			continue
		}
		if _, err := strconv.Atoi(fields[1]); err != nil {
			continue
		}
		name := procSuffix.ReplaceAllString(fields[0], "")
		if r[name] == nil {
			r[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				continue
			}
			r[name][fields[i+1]] = append(r[name][fields[i+1]], v)
		}
	}
	return sc.Err()
}

// median returns the median of name's values in unit, and whether there are any.
func (r results) median(name, unit string) (float64, bool) {
	vs := append([]float64(nil), r[name][unit]...)
	if len(vs) == 0 {
		return 0, false
	}
	sort.Float64s(vs)
	if len(vs)%2 == 1 {
		return vs[len(vs)/2], true
	}
	return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2, true
}

// rows returns the names of the benchmarks that start with prefix and end with /impl=impl,
// without that suffix, sorted.
func (r results) rows(prefix, impl string) []string {
	var out []string
	for name := range r {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, "/impl="+impl) {
			out = append(out, strings.TrimSuffix(name, "/impl="+impl))
		}
	}
	sort.Strings(out)
	return out
}

// comparison is one family of benchmarks with a target: apierr against a baseline.
type comparison struct {
	title      string
	prefix     string  // benchmark name prefix
	base       string  // impl of the baseline
	maxRatio   float64 // most apierr time / baseline time allowed
	extraAlloc float64 // most allocs/op above the baseline's allowed; -1: apierr must allocate nothing
}

// comparisons are the targets of issue 6 that compare with a baseline.
var comparisons = []comparison{
	{"String: no slower than stringer, 0 allocs", "BenchmarkString/", "stringer", 1.0, -1},
	{"Lookup: no slower than a map, 0 allocs", "BenchmarkLookup/", "map", 1.0, -1},
	{"Parse: at most 1.3x json.Unmarshal, at most 2 more allocs", "BenchmarkParse/", "json", 1.3, 2},
	{"errors.Is: at most 1.5x a plain sentinel, 0 allocs", "BenchmarkIs/", "sentinel", 1.5, -1},
}

// report prints every target with its measurements and verdict.
func (r results) report(w *os.File) {
	met, missed := 0, 0
	tally := func(ok bool) string {
		if ok {
			met++
			return "met"
		}
		missed++
		return "MISSED"
	}
	for _, c := range comparisons {
		rows := r.rows(c.prefix, "apierr")
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", c.title)
		fmt.Fprintf(w, "  %-58s %10s %10s %6s %7s %7s  %s\n", "benchmark", c.base+" ns", "apierr ns", "ratio", "allocs", "base", "verdict")
		for _, row := range rows {
			ours, ok1 := r.median(row+"/impl=apierr", "ns/op")
			base, ok2 := r.median(row+"/impl="+c.base, "ns/op")
			allocs, _ := r.median(row+"/impl=apierr", "allocs/op")
			baseAllocs, _ := r.median(row+"/impl="+c.base, "allocs/op")
			if !ok1 || !ok2 {
				continue
			}
			ratio := ours / base
			allocOK := allocs == 0
			if c.extraAlloc >= 0 {
				allocOK = allocs <= baseAllocs+c.extraAlloc
			}
			verdict := tally(ratio <= c.maxRatio && allocOK)
			var why []string
			if ratio > c.maxRatio {
				s := fmt.Sprintf("time %.2fx > %.2fx", ratio, c.maxRatio)
				if ratio <= c.maxRatio*1.05 {
					s += " (within 5%: check benchstat's p-value)"
				}
				why = append(why, s)
			}
			if !allocOK {
				why = append(why, fmt.Sprintf("%.0f allocs/op", allocs))
			}
			if len(why) > 0 {
				verdict += ": " + strings.Join(why, "; ")
			}
			fmt.Fprintf(w, "  %-58s %10.1f %10.1f %6.2f %7.0f %7.0f  %s\n",
				strings.TrimPrefix(row, c.prefix), base, ours, ratio, allocs, baseAllocs, verdict)
		}
	}
	if sdk, ok := r.median("BenchmarkLoginRadiusPath/impl=sdk-map", "ns/op"); ok {
		fmt.Fprintf(w, "\nLoginRadius: SDK path (map + Description text) against apierr (no target; ratio = apierr / SDK)\n")
		for _, impl := range []string{"sdk-map", "apierr-fromresponse", "apierr-parse"} {
			ns, _ := r.median("BenchmarkLoginRadiusPath/impl="+impl, "ns/op")
			allocs, _ := r.median("BenchmarkLoginRadiusPath/impl="+impl, "allocs/op")
			fmt.Fprintf(w, "  %-22s %10.1f ns/op %5.0f allocs/op  ratio %.2f\n", impl, ns, allocs, ns/sdk)
		}
	}
	t10, ok1 := r.median("BenchmarkScale/codes=10000", "ns/op")
	t100, ok2 := r.median("BenchmarkScale/codes=100000", "ns/op")
	if ok1 && ok2 {
		fmt.Fprintf(w, "\nGenerator: time from 10,000 to 100,000 codes at most 12x\n")
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
		verdict := tally(ratio <= 12)
		fmt.Fprintf(w, "  10k -> 100k: %.1fx  %s\n", ratio, verdict)
	}
	if _, ok := r.median("BenchmarkProcess/tool=gen/input=5specs", "ns/op"); ok {
		fmt.Fprintf(w, "\nWhole processes (no target)\n")
		for _, run := range []string{"tool=gen/input=5specs", "tool=gen/input=sparse300", "tool=stringer/input=sparse300"} {
			ns, _ := r.median("BenchmarkProcess/"+run, "ns/op")
			cpu, _ := r.median("BenchmarkProcess/"+run, "cpu-ns/op")
			rss, _ := r.median("BenchmarkProcess/"+run, "peak-rss-KB")
			fmt.Fprintf(w, "  %-30s wall %6.1f ms  cpu %6.1f ms  peak RSS %5.1f MiB\n", run, ns/1e6, cpu/1e6, rss/1024)
		}
	}
	fmt.Fprintf(w, "\n%d target(s) met, %d missed\n", met, missed)
}
