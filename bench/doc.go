// Package bench holds apierr's benchmarks: each one measures a generated package against the
// baseline a Go programmer would use without apierr, in the same run, so that benchstat can put
// them side by side. Sub-benchmark names are key=value pairs ending in impl=<apierr or the
// baseline>, so `benchstat -col /impl` compares them; bench/run.sh runs everything and
// BENCHMARKS.md at the root of the module records the method, the targets and the results.
//
// The package has no non-test code. Its go:generate lines refresh the benchmark inputs that
// follow other code: the synthetic 300-code specs and their packages (built with the apierr
// generator into bench/internal/synth), the plain const blocks under bench/stringerbase,
// whose String methods stringer then writes, and the rows of BenchmarkParse
// (zz_packages_test.go: every spec's generated Parse, typical body and plain struct, written
// by gen/internal/benchinputs from the specs), so that a new spec needs no hand edit here.
package bench

//go:generate go run ./internal/synthgen
//go:generate go run ../gen -specs ./testdata/specs -out ./internal/synth
//go:generate go run ../gen/internal/benchinputs -specs ../specs -generated ../generated -out zz_packages_test.go
