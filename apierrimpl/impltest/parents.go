package impltest

import (
	"errors"
	"fmt"
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
	isFollowsParents(t, p, probes)
}

// isFollowsParents checks errors.Is between every two probes, on the bare code and on its
// fake reply (each wrapped): a code is its own code and a kind of each of its ancestors (by
// the spec's parents), and of no other code.
func isFollowsParents[C Code, E Error](t *testing.T, p *Package[C, E], probes []Probe[C]) {
	parent := map[C]C{}
	for _, pr := range probes {
		if pr.HasParent {
			parent[pr.Code] = pr.Parent
		}
	}
	for _, x := range probes {
		want := map[C]bool{x.Code: true}
		for c, ok := parent[x.Code]; ok && !want[c]; c, ok = parent[c] {
			want[c] = true
		}
		bare := fmt.Errorf("wrapped: %w", x.Code)
		reply := fmt.Errorf("wrapped: %w", p.Reply(x.Code))
		for _, y := range probes {
			if got := errors.Is(bare, y.Code); got != want[y.Code] {
				t.Errorf("errors.Is(Code(%s), Code(%s)) = %v, want %v", x.Code.String(), y.Code.String(), got, want[y.Code])
			}
			if got := errors.Is(reply, y.Code); got != want[y.Code] {
				t.Errorf("errors.Is(the reply for %s, Code(%s)) = %v, want %v", x.Code.String(), y.Code.String(), got, want[y.Code])
			}
		}
	}
}
