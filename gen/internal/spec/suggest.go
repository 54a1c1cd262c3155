package spec

import (
	"fmt"
	"strings"
)

// When a spec names what it does not declare (a parent, a renamed code, a field, an
// envelope, a scenario's error), the message suggests the closest declared name. Finding it
// compares the reference with every candidate, so a spec with many such mistakes would cost
// time quadratic in its size; the validator gives each file a budget of comparisons, and
// once it is spent, messages give the general hint instead of a suggestion.

// suggestionBudget is how many reference–candidate comparisons the suggestions of one file
// may make: far more than the mistakes of a curated spec need, and a fraction of a second.
const suggestionBudget = 1 << 20

// closest is the package function closest, charged to the file's budget of comparisons: ""
// once the budget is spent.
func (v *validator) closest(name string, candidates []string) string {
	if v.comparisons+len(candidates) > suggestionBudget {
		return ""
	}
	v.comparisons += len(candidates)
	return closest(name, candidates)
}

// codeHint ends the message about a reference that names no code: the closest code name, or
// what such a reference names.
func (v *validator) codeHint(ref string, names []string) string {
	if n := v.closest(ref, names); n != "" {
		return fmt.Sprintf("; did you mean %q?", n)
	}
	return "; use the name (not the value) of one of its [[code]] tables, or add the code"
}

// envelopeHint ends the message about a reference to an envelope that does not exist: the
// closest envelope name, or all of them.
func (v *validator) envelopeHint(ref string, envs []string) string {
	if n := v.closest(ref, envs); n != "" {
		return fmt.Sprintf("; did you mean %q?", n)
	}
	return "; use one of the [[envelope]] names: " + quoteAll(envs)
}

// closest returns the candidate that name most likely misspells: the first of the nearest
// at most two edits away, ignoring case (so one that differs only in case is nearest), and
// keeping at least one character of name; "" when none is that close. It suggests keys for
// unknown keys and names for references to what the spec does not declare.
func closest(name string, candidates []string) string {
	best, bestD := "", min(3, len(name))
	lower := strings.ToLower(name)
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if abs(len(lc)-len(lower)) >= bestD {
			continue // the distance is at least the difference in length
		}
		if d := editDistance(lower, lc); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// abs returns the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
