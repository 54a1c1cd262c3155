package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Sinks: every benchmark stores its result in one of these package variables, so that the
// compiler cannot drop the call it measures.
var (
	sinkString string
	sinkBool   bool
	sinkError  error
	sinkAny    any
)

// inputLen is the length of every benchmark's input slice: a power of two, so that the loop
// indexes it with i&inputMask (no division in the measured loop), and long enough that the
// branch predictor cannot learn the sequence.
const (
	inputLen  = 1024
	inputMask = inputLen - 1
)

// spread returns inputLen values drawn from vals in a fixed pseudo-random order (the same
// in every run and for both sides of a comparison), each value about equally often.
func spread[T any](vals []T) []T {
	if len(vals) == 0 {
		panic("spread: no values")
	}
	out := make([]T, inputLen)
	for i := range out {
		out[i] = vals[i%len(vals)]
	}
	r := rand.New(rand.NewPCG(6, 6))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// unknownInts returns n integers between lo and hi that known does not hold, in ascending
// order: codes a vendor could add without notice.
func unknownInts(known map[int]bool, lo, hi, n int) []int {
	var out []int
	for v := lo; v <= hi && len(out) < n; v++ {
		if !known[v] {
			out = append(out, v)
		}
	}
	if len(out) < n {
		panic(fmt.Sprintf("unknownInts: only %d unknown values in [%d, %d]", len(out), lo, hi))
	}
	return out
}

// fresh returns copies of ss that share no memory with the originals, as strings decoded from
// a response body would: comparisons cannot short-cut on equal pointers.
func fresh(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// wrap3 wraps err three times with fmt.Errorf and %w, as three layers of a program would.
func wrap3(err error) error {
	err = fmt.Errorf("calling the vendor: %w", err)
	err = fmt.Errorf("updating the profile: %w", err)
	return fmt.Errorf("handling the request: %w", err)
}
