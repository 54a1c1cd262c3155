# Development tasks. CI runs .ci/run (make ci), which does the same and more.

.DEFAULT_GOAL := test

.PHONY: generate check test lint bench ci

# generate regenerates generated/ from specs/.
generate:
	go generate ./...

# check fails, with a diff, when generated/ is not what the specs give, or when a package no
# longer declares an identifier its api.txt lists; it writes nothing.
check:
	go run ./gen -check

# test runs every test: the generator's, the generated packages' and the examples.
test:
	go test ./...

# lint runs go vet and staticcheck (pinned by the tool directive in go.mod) and fails when
# gofmt would change a file.
lint:
	go vet ./...
	go tool staticcheck ./...
	@unformatted=$$(gofmt -l .); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt: these files are not formatted (run gofmt -w on them):"; \
		echo "$$unformatted"; \
		exit 1; \
	fi

# bench runs the benchmarks against their baselines with -benchmem and reports each target of
# BENCHMARKS.md as met or missed (about two minutes on two cores).
bench:
	bash bench/run.sh

# ci runs the CI script: vet, gofmt, tests, staleness and determinism checks.
ci:
	bash .ci/run
