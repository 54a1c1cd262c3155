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

// isFollowsParents checks errors.Is on every probe, bare and as its fake reply (each wrapped):
// a code is its own code and a kind of its parent and of the root of its chain of parents (by
// the spec's parents), and not a kind of the codes of other chains. The checks are bounded per
// probe, so that a package of ten thousand codes, or a chain of parents ten thousand deep, is
// tested in seconds.
func isFollowsParents[C Code, E Error](t *testing.T, p *Package[C, E], probes []Probe[C]) {
	parent := map[C]C{}
	for _, pr := range probes {
		if pr.HasParent {
			parent[pr.Code] = pr.Parent
		}
	}
	root := roots(parent)
	for i, x := range probes {
		want := map[C]bool{x.Code: true}
		if px, ok := parent[x.Code]; ok {
			want[px] = true
			want[root(x.Code)] = true
		}
		targets := []C{x.Code}
		for c := range want {
			targets = append(targets, c)
		}
		for j := 1; j < len(probes) && len(targets) < len(want)+4; j++ {
			if y := probes[(i+j)%len(probes)].Code; root(y) != root(x.Code) {
				targets = append(targets, y) // another chain: never an ancestor
			}
		}
		bare := fmt.Errorf("wrapped: %w", x.Code)
		reply := fmt.Errorf("wrapped: %w", p.Reply(x.Code))
		for _, y := range targets {
			if got := errors.Is(bare, y); got != want[y] {
				t.Errorf("errors.Is(Code(%s), Code(%s)) = %v, want %v", x.Code.String(), y.String(), got, want[y])
			}
			if got := errors.Is(reply, y); got != want[y] {
				t.Errorf("errors.Is(the reply for %s, Code(%s)) = %v, want %v", x.Code.String(), y.String(), got, want[y])
			}
		}
	}
}

// roots returns the function that gives the root of a code's chain of parents (the code itself
// when it has no parent), each chain walked once. The loader rejects cycles; a chain that loops
// all the same ends where it meets itself.
func roots[C comparable](parent map[C]C) func(C) C {
	memo := map[C]C{}
	return func(c C) C {
		var path []C
		seen := map[C]bool{}
		r := c
		for {
			if m, ok := memo[r]; ok {
				r = m
				break
			}
			p, ok := parent[r]
			if !ok || seen[r] {
				break
			}
			seen[r] = true
			path = append(path, r)
			r = p
		}
		for _, x := range path {
			memo[x] = r
		}
		return r
	}
}
