// Package specfuzz checks the claims of issue 22 on what the generator makes of a spec: the
// Go files of a generated package hold text only as data (CheckText), the package type-checks
// with its tests on 64- and 32-bit platforms (TypeCheck), and its catalogue links only to
// http(s) URLs (CheckLinks). Tricks are the known ways text could become Go.
package specfuzz
