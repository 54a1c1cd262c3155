// Package slow selects the slow end-to-end tests: those that build whole modules with the go
// command (65,536-code packages, the generator run from another module, the generated
// packages' own tests in a temporary module). go test ./..., which maintainers run after every
// spec edit, skips them; .ci/run runs them with the variable set:
//
//	APIERR_SLOW=1 go test ./...
package slow

import (
	"os"
	"testing"
)

// Env is the environment variable that turns the slow tests on.
const Env = "APIERR_SLOW"

// Skip skips t unless Env is set: call it first in a slow end-to-end test.
func Skip(t testing.TB) {
	t.Helper()
	if os.Getenv(Env) == "" {
		t.Skipf("a slow end-to-end test: set %s=1 to run it (.ci/run does)", Env)
	}
}
