// Command benchreport reads the output of apierr's benchmarks (go test -bench, any number of
// files) and prints, for each target, the measured medians and whether the target is met. It
// only reports: it never fails on a missed target, and it asserts nothing about time.
//
//	go run ./bench/internal/benchreport bench/results/*.txt
//
// The targets (BENCHMARKS.md says where each comes from):
//
//   - String no slower than stringer, 0 allocs (known and unknown codes; issue 6);
//   - wire value → Code no slower than a map, 0 allocs (issue 6);
//   - Parse of every package's typical body at most 0.5× json.Unmarshal into a plain struct
//     with the same JSON keys, and no more allocs than it (issue 18, point 4);
//   - errors.Is matching a code or a class (rows target=code, parent, detail, class and
//     status-class) at most 2× a plain sentinel through the same wraps, 0 allocs (issue 18,
//     point 4);
//   - generator time from 10,000 to 100,000 codes at most 12× (issue 6).
//
// The errors.Is rows that match nothing (target=miss and target=class-miss) are reported
// against the same 2× and 0 allocs, in a section of their own that the tally counts apart:
// issue 18 sets no target for them.
//
// A ratio is the median of the ratios of runs taken side by side when both sides have as many
// runs (bench/run.sh runs the benchmarks in rounds), else the ratio of the medians. "No
// slower" means a ratio of at most 1.00; ratios up to 5 % above a target are flagged as
// within noise, for benchstat's p-value to decide.
package main

import (
	"bufio"
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
		r.addLine(sc.Text())
	}
	return sc.Err()
}

// addLine adds one line of go test -bench output, when it is a benchmark result:
// "BenchmarkName-2  N  value unit  value unit ...".
func (r results) addLine(line string) {
	fields := strings.Fields(line)
	if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || len(fields)%2 != 0 {
		return
	}
	if _, err := strconv.Atoi(fields[1]); err != nil {
		return
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

// median returns the median of name's values in unit, and whether there are any.
func (r results) median(name, unit string) (float64, bool) {
	vs := r[name][unit]
	if len(vs) == 0 {
		return 0, false
	}
	return median(vs), true
}

// median returns the median of vs, which must not be empty; vs is left as it is.
func median(vs []float64) float64 {
	vs = append([]float64(nil), vs...)
	sort.Float64s(vs)
	if len(vs)%2 == 1 {
		return vs[len(vs)/2]
	}
	return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
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
