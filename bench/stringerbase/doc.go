// Package stringerbase holds, one sub-package per code set, the baseline of the String
// benchmarks: a plain `type Code int` const block (written by bench/internal/synthgen) and the
// String method that golang.org/x/tools/cmd/stringer generates for it, at the version go.mod
// pins. Each sub-package's go:generate line reruns stringer.
package stringerbase
