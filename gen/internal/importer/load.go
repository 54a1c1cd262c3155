package importer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/spec"
)

// Every draft gen import writes, and every spec it changes, is loaded with the loader first:
// the loader is the authority on what a spec may hold (names the generated package declares,
// Go keywords, dirs), so the importer does not copy its rules. A drafted name the loader
// rejects is told apart by its code's value and flagged, and the draft loaded again; any other
// problem is an error that names the input's row, and nothing is written.

// maxRounds is how many times a draft is loaded before gen import gives up on fixing names.
const maxRounds = 3

// loadDraft renders a draft until the loader accepts it, telling rejected names apart, and
// returns its source; file names the spec in messages, input the table it was drafted from.
func loadDraft(file, input string, render func() *rendered) ([]byte, error) {
	for round := 1; ; round++ {
		r := render()
		_, err := spec.Load(file, r.src)
		if err == nil {
			return r.src, nil
		}
		var ps spec.Problems
		if !errors.As(err, &ps) {
			return nil, err
		}
		fixed := false
		for _, p := range ps {
			if c := r.names[p.Line]; c != nil && !c.apart && round < maxRounds {
				tellApart(c, "the loader rejects the drafted name "+c.name+" ("+loaderWords(p.Msg)+")")
				fixed = true
			}
		}
		if !fixed {
			return nil, draftError(file, input, r, ps)
		}
	}
}

// loaderWords returns the loader's message without the "[[code]] X: " that says where.
func loaderWords(msg string) string {
	if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "[[") {
		return rest
	}
	return msg
}

// draftError reports the problems of a draft the loader rejects: each with the row of the
// input its [[code]] comes from, or the flags its [spec] line comes from.
func draftError(file, input string, r *rendered, ps spec.Problems) error {
	var b strings.Builder
	fmt.Fprintf(&b, "the draft of %s does not load, so nothing was written; the loader says:", file)
	for _, p := range ps {
		b.WriteString("\n\t" + p.String())
		if f, ok := r.flags[p.Line]; ok {
			fmt.Fprintf(&b, " (from %s)", f)
		}
		for _, cl := range r.codes {
			if p.Line >= cl.first && p.Line <= cl.last {
				fmt.Fprintf(&b, " (the row at %s:%d)", showText(input), cl.c.row.Line)
			}
		}
	}
	return errors.New(b.String())
}
