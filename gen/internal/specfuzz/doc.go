// Package specfuzz checks the claims of issue 22 on what the generator makes of a spec: the
// Go files of a generated package hold text only as data (CheckText), the package type-checks
// with its tests on 64- and 32-bit platforms (TypeCheck), and its catalogue links only to
// http(s) URLs (CheckLinks). Tricks are the known ways text could become Go.
//
// Its fuzz test, FuzzSpecs, edits the seed specs of testdata/seeds at random but within the
// spec format (names, codes at the int32 bounds and negative, every text with the Tricks,
// parents, catch-alls, fields of every type, structs, envelopes, dirs, request ID keys) and
// applies the checks to every spec the loader accepts: "accepted means builds". The slow
// tests (APIERR_SLOW=1) and, with -specfuzz.build=N, one in N fuzzed specs also build the
// package in a temporary module and run go vet and its generated tests, on amd64 and, for
// codes at the int32 bounds, 386. TestLoaderGaps lists the specs the loader still accepts
// although their packages fail, each with the fix it needs.
package specfuzz
