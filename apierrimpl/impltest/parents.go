package impltest

import (
	"testing"

	"github.com/apierr/apierr"
)

// Probe is a code, documented or not, with its parent and class as the spec gives them.
type Probe[C any] struct {
	Code      C
	Parent    C // the zero Code when it has none
	HasParent bool
	Class     *apierr.Class
}

// ParentsAndClasses checks Code.Parent (where the package has parents) and Code.Class of
// codes documented and not, against the spec's model: explain reads the same model, so this
// keeps the two in step.
func ParentsAndClasses[C Code, E Error](t *testing.T, p *Package[C, E], probes []Probe[C]) {
	for _, pr := range probes {
		if p.Parent != nil {
			if got, ok := p.Parent(pr.Code); ok != pr.HasParent || got != pr.Parent {
				t.Errorf("Code(%s).Parent() = %s, %v; the spec says %s, %v", pr.Code.String(), got.String(), ok, pr.Parent.String(), pr.HasParent)
			}
		}
		if got := pr.Code.Class(); got != pr.Class {
			t.Errorf("Code(%s).Class() = %v; the spec says %v", pr.Code.String(), got, pr.Class)
		}
	}
}
