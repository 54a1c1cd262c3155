package generate_test

// Generator scaling (issue 6): how the time and memory of load+validate+emit+format grow with
// the number of codes in a spec. The specs are synthetic and built in memory by synthSpec;
// none is ever written to disk or committed. bench/run.sh runs them as
//
//	go test -run='^$' -bench='^BenchmarkScale$/^codes=(1000|10000)$' -benchmem -count=6 -benchtime=1x ./gen/internal/generate/
//	go test -run='^$' -bench='^BenchmarkScale$/^codes=100000$' -benchmem -count=2 -benchtime=1x ./gen/internal/generate/
//
// (one run of 100,000 codes takes about 4 s and 0.6 GB of heap). The benchmarks make no
// timing assertions: they only measure.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apierr/apierr/gen/internal/emit"
	"github.com/apierr/apierr/gen/internal/generate"
	"github.com/apierr/apierr/gen/internal/spec"
)

// scaleSizes are the spec sizes, in codes, that BenchmarkScale measures.
var scaleSizes = []int{1_000, 10_000, 100_000}

// synthCategory is how many codes share one catch-all parent in a synthetic spec.
const synthCategory = 100

// synthSpec returns the TOML text of a valid int spec of n codes, shaped like Akamai's: every
// code has a wire name, a message, a description and an HTTP status; one code in every
// synthCategory is a category that the codes after it name as their parent, and a [[catch_all]]
// range covers the unlisted values of each category (codes are three apart, so the ranges
// cover real gaps). One code in ten carries an extra field. n must be at least 1.
func synthSpec(n int) []byte {
	var b strings.Builder
	b.Grow(n * 400)
	b.WriteString(`[spec]
vendor = "Synthetic Identity"
document = "Synthetic error codes"
source = "generated in memory by scale_bench_test.go"
package = "synthetic"
dir = "synthetic"
code_type = "int"
doc = "A synthetic spec for the generator's scaling benchmarks."

[[envelope]]
name = "default"
code = "code"
wire_name = "error"
message = ["message"]
description = ["error_description"]
request_id = ["request_id"]
outcome_key = "stat"
outcome_error = ["error"]
outcome_success = ["ok"]

[[field]]
json = "argument_name"
name = "ArgumentName"
type = "string"
doc = "The argument the error is about."
`)
	statuses := []int{400, 401, 403, 404, 409, 422, 429, 500}
	var parent string
	for i := range n {
		value := synthValue(i)
		name := fmt.Sprintf("Condition%06d", i)
		fmt.Fprintf(&b, "\n[[code]]\nvalue = %d\nname = %q\nwire = \"condition_%06d\"\n", value, name, i)
		fmt.Fprintf(&b, "message = \"Condition %d occurred\"\n", i)
		fmt.Fprintf(&b, "description = \"The request failed because synthetic condition %d holds; correct the argument named in the body and send the request again.\"\n", i)
		fmt.Fprintf(&b, "status = %d\n", statuses[i%len(statuses)])
		if i%synthCategory == 0 {
			parent = name
		} else {
			fmt.Fprintf(&b, "parent = %q\n", parent)
		}
		if i%10 == 3 {
			b.WriteString("fields = [\"argument_name\"]\n")
		}
	}
	for first := 0; first < n; first += synthCategory {
		last := min(first+synthCategory, n) - 1
		fmt.Fprintf(&b, "\n[[catch_all]]\nparent = \"Condition%06d\"\nfrom = %d\nto = %d\nnote = \"Unlisted codes of the category.\"\n",
			first, synthValue(first)+1, synthValue(last)+2)
	}
	return []byte(b.String())
}

// synthValue is the wire value of the i-th synthetic code: 1000, 1003, 1006, ...
func synthValue(i int) int {
	return 1000 + 3*i
}

// TestSynthSpecLoads checks that the helper builds a spec the loader accepts and the emitter
// renders, on a size small enough for every go test run.
func TestSynthSpecLoads(t *testing.T) {
	s, err := spec.Load("synthetic.toml", synthSpec(250))
	if err != nil {
		t.Fatalf("synthetic spec does not load: %v", err)
	}
	if len(s.Codes) != 250 || len(s.CatchAlls) != 3 {
		t.Fatalf("synthetic spec has %d codes and %d catch-alls, want 250 and 3", len(s.Codes), len(s.CatchAlls))
	}
	files, err := emit.Files(s, emit.Options{ImportPath: "example.com/synthetic"})
	if err != nil {
		t.Fatalf("synthetic spec does not emit: %v", err)
	}
	if len(files) == 0 {
		t.Fatal("synthetic spec emitted no files")
	}
}

// BenchmarkScale measures spec.Load (decode and validate) followed by emit.Files (emit and
// gofmt) on synthetic specs of 1,000, 10,000 and 100,000 codes. Besides ns/op, B/op and
// allocs/op it reports:
//
//   - ns/code: ns/op divided by the number of codes, flat when growth is linear;
//   - load-ns/op and emit-ns/op: the two phases;
//   - peak-heap-B: the highest heap (live and not yet swept objects) seen by a sampler every
//     millisecond during the iterations, minus the heap before them;
//   - out-B: the size of the generated source.
func BenchmarkScale(b *testing.B) {
	for _, n := range scaleSizes {
		src := synthSpec(n)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			var loadNS, emitNS time.Duration
			var outBytes int
			runtime.GC()
			peak := startPeakSampler(time.Millisecond)
			iters := 0
			for b.Loop() {
				t0 := time.Now()
				s, err := spec.Load("synthetic.toml", src)
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				files, err := emit.Files(s, emit.Options{ImportPath: "example.com/synthetic"})
				if err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				loadNS += t1.Sub(t0)
				emitNS += t2.Sub(t1)
				outBytes = 0
				for _, f := range files {
					outBytes += len(f.Src)
				}
				iters++
			}
			peakBytes := peak()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(iters)/float64(n), "ns/code")
			b.ReportMetric(float64(loadNS.Nanoseconds())/float64(iters), "load-ns/op")
			b.ReportMetric(float64(emitNS.Nanoseconds())/float64(iters), "emit-ns/op")
			b.ReportMetric(float64(peakBytes), "peak-heap-B")
			b.ReportMetric(float64(outBytes), "out-B")
		})
	}
}

// BenchmarkGenerateRealSpecs measures generate.Generate, in process, on the five committed
// specs: the in-memory part of go generate ./... (no process start, no writes; the api.txt
// files of generated/ are read).
func BenchmarkGenerateRealSpecs(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "specs")
	out := filepath.Join("..", "..", "..", "generated")
	for b.Loop() {
		if _, _, err := generate.Generate(dir, out, "github.com/apierr/apierr/generated"); err != nil {
			b.Fatal(err)
		}
	}
}

// heapObjectsMetric is the runtime/metrics sample the peak sampler reads: bytes of heap memory
// occupied by objects, live or not yet swept. Reading it does not stop the world.
const heapObjectsMetric = "/memory/classes/heap/objects:bytes"

// startPeakSampler reads the heap size every interval in a goroutine until the returned stop
// function is called; stop returns the highest size seen minus the size at the start.
func startPeakSampler(interval time.Duration) (stop func() uint64) {
	sample := []metrics.Sample{{Name: heapObjectsMetric}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	base := read()
	var (
		high = base // written by the sampler only until wg.Wait returns
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if v := read(); v > high {
					high = v
				}
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		if v := read(); v > high {
			high = v
		}
		if high < base {
			return 0
		}
		return high - base
	}
}
