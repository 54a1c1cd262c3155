package emit_test

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/internal/slow"
)

// TestMoreCodesThanUint16 generates two specs of 65,536 codes, one more than uint16 numbers
// (an int spec dense enough for the runtime's table indexed by code, and a string spec), and
// vets the packages and their generated tests.
func TestMoreCodesThanUint16(t *testing.T) {
	slow.Skip(t)
	const n = 1 << 16
	large := func(pkg, codeType string, value func(i int) string) *spec.Spec {
		var b strings.Builder
		fmt.Fprintf(&b, "[spec]\nvendor = \"Large\"\ndocument = \"none\"\nsource = \"TestMoreCodesThanUint16\"\n"+
			"package = %q\ndir = %q\ncode_type = %q\ndoc = \"More codes than uint16 numbers.\"\n\n"+
			"[[envelope]]\nname = \"default\"\ncode = \"code\"\nmessage = [\"message\"]\n", pkg, pkg, codeType)
		for i := range n {
			fmt.Fprintf(&b, "\n[[code]]\nvalue = %s\nname = \"C%d\"\nmessage = \"Condition %d.\"\nunclassified = \"synthetic\"\n", value(i), i, i)
		}
		s, err := spec.Load(pkg+".toml", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	root := writeModule(t,
		large("largeint", "int", func(i int) string { return fmt.Sprint(2*i + 1) }),
		large("largestring", "string", func(i int) string { return fmt.Sprintf("%q", fmt.Sprintf("code.%d", i)) }),
	)
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir, cmd.Env = root, goEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the 65,536-code packages failed: %v\n%s", err, out)
	}
}
