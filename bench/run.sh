#!/usr/bin/env bash
# bench/run.sh runs apierr's benchmarks and reports them against their targets; `make bench` runs it.
#
#   bash bench/run.sh
#
# It writes the raw go test output to $BENCH_OUT (default bench/results, ignored by git):
# micro.txt (String, Lookup, Parse of every package's typical body, LoginRadius path: each
# against its baseline in the same run), is.txt (errors.Is against a plain sentinel, in many
# short rounds), scale.txt (generator scaling, in process) and
# process.txt (generator and stringer as whole processes), then targets.txt (each target of
# BENCHMARKS.md, met or missed) and, when benchstat can be run, benchstat.txt: one table per
# comparison, the baseline in the first column. It takes about four minutes on two cores.
#
# Knobs: BENCH_COUNT (rounds of the micro benchmarks, default 6), BENCH_TIME (-benchtime of the
# micro benchmarks, default 100ms), BENCH_IS_COUNT and BENCH_IS_TIME (the same for errors.Is,
# default 20 rounds of 50ms), BENCHSTAT (the benchstat command; default
# `go run golang.org/x/perf/cmd/benchstat@latest`, which needs the module proxy once; set it
# to "" to skip formatting). golang.org/x/perf is not a dependency of the module.
set -euo pipefail

cd "$(dirname "$0")/.."
out=${BENCH_OUT:-bench/results}
count=${BENCH_COUNT:-6}
benchtime=${BENCH_TIME:-100ms}
is_count=${BENCH_IS_COUNT:-20}
is_time=${BENCH_IS_TIME:-50ms}
benchstat=${BENCHSTAT-go run golang.org/x/perf/cmd/benchstat@latest}
mkdir -p "$out"

step() {
	printf '\n==> %s\n' "$*" >&2
}

# failed records a step that failed; the script goes on with the others and exits 1 at the end.
failures=0
failed() {
	printf 'bench/run.sh: %s failed (see above)\n' "$1" >&2
	failures=$((failures + 1))
}

# rounds runs the benchmarks of package bench that match $1 in $2 rounds of benchtime $3,
# appending to the file $4: each benchmark once a round rather than with -count, so that a run
# and its baseline run side by side and benchreport pairs them (a slow spell of the machine
# slows both sides of a pair rather than one side's median).
rounds() {
	: >"$4"
	for round in $(seq "$2"); do
		printf 'round %d of %d\n' "$round" "$2" >&2
		go test -run='^$' -bench="$1" -benchmem -count=1 -benchtime="$3" ./bench/ | tee -a "$4" ||
			failed "round $round of $1"
	done
}

step "micro benchmarks: apierr against its baselines ($count rounds, benchtime=$benchtime)"
rounds '^Benchmark(String|Lookup|Parse|LoginRadiusPath)$' "$count" "$benchtime" "$out/micro.txt"

# errors.Is takes 15-40 ns against a sentinel's 10-20: many short rounds, so that the median
# of the paired ratios rides out the spells in which other work shares the two cores.
step "errors.Is against a plain sentinel ($is_count rounds, benchtime=$is_time)"
rounds '^BenchmarkIs$' "$is_count" "$is_time" "$out/is.txt"

step "generator scaling: 1,000 and 10,000 codes"
go test -run='^$' -bench='^BenchmarkScale$/^codes=(1000|10000)$' -benchmem -count=6 -benchtime=1x \
	./gen/internal/generate/ | tee "$out/scale.txt" || failed "the scaling benchmarks"
step "generator: every real spec under specs/, in process"
go test -run='^$' -bench='^BenchmarkGenerateRealSpecs$' -benchmem -count=6 -benchtime=5x \
	./gen/internal/generate/ | tee -a "$out/scale.txt" || failed "the real-spec benchmark"
step "generator scaling: 100,000 codes (about 4 s a run)"
go test -run='^$' -bench='^BenchmarkScale$/^codes=100000$' -benchmem -count=2 -benchtime=1x \
	./gen/internal/generate/ | tee -a "$out/scale.txt" || failed "the 100,000-code scaling benchmark"

step "whole processes: the generator against stringer"
go test -run='^$' -bench=. -count=6 -benchtime=4x ./bench/process/ | tee "$out/process.txt" ||
	failed "the process benchmarks"

step "targets"
go run ./bench/internal/benchreport "$out/micro.txt" "$out/is.txt" "$out/scale.txt" "$out/process.txt" |
	tee "$out/targets.txt" ||
	failed "the targets report"

if [ -n "$benchstat" ]; then
	step "benchstat"
	{
		units='.unit:(sec/op OR allocs/op)'
		$benchstat -filter ".name:String $units" -col '/impl@(stringer apierr)' "$out/micro.txt"
		$benchstat -filter ".name:Lookup $units" -col '/impl@(map apierr)' "$out/micro.txt"
		# Parse of every package's typical body against json.Unmarshal into a plain struct.
		$benchstat -filter '.name:Parse .unit:(sec/op OR B/op OR allocs/op)' -col '/impl@(json apierr)' \
			"$out/micro.txt"
		$benchstat -filter ".name:LoginRadiusPath $units" -col '/impl@(sdk-map apierr-fromresponse apierr-parse)' \
			"$out/micro.txt"
		# errors.Is against its sentinel baseline: the rows that match a code or a class (the
		# target), then the rows that match nothing (reported).
		$benchstat -filter ".name:Is -/target:(miss OR class-miss) $units" -col '/impl@(sentinel apierr)' \
			"$out/is.txt"
		$benchstat -filter ".name:Is /target:(miss OR class-miss) $units" -col '/impl@(sentinel apierr)' \
			"$out/is.txt"
		$benchstat -filter '.unit:(sec/op OR peak-heap-B OR B/op)' "$out/scale.txt"
		$benchstat -filter '.unit:(sec/op OR cpu-ns/op OR peak-rss-KB)' -col '/tool@(stringer gen)' "$out/process.txt"
	} >"$out/benchstat.txt" 2>&1 || printf 'benchstat failed; the raw results are in %s\n' "$out" >&2
	cat "$out/benchstat.txt"
fi

if [ "$failures" -gt 0 ]; then
	printf 'bench/run.sh: %d step(s) failed\n' "$failures" >&2
	exit 1
fi
