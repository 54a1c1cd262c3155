package naming

import (
	"regexp"
	"strings"
)

// placeholderRE matches the placeholders of a vendor's message templates (rule 1 of GoName):
// "{0}", "{name}", "{{name}}" and the printf verbs %s, %d, %v and %q.
var placeholderRE = regexp.MustCompile(`\{\{[^{}]{0,40}\}\}|\{[^{}]{0,40}\}|%[sdvq]`)

// dropPlaceholders replaces each placeholder of s with a space.
func dropPlaceholders(s string) string {
	return placeholderRE.ReplaceAllString(s, " ")
}

// dangling are the small words that lead into what follows them: a cut name does not end in
// one (rule 7 of GoName). None of them is a negation.
var dangling = map[string]bool{
	"and": true, "or": true, "but": true, "so": true, "if": true, "because": true, "as": true,
	"than": true, "that": true, "which": true, "who": true, "whom": true, "whose": true,
	"when": true, "where": true, "while": true, "to": true, "of": true, "for": true,
	"with": true, "in": true, "on": true, "at": true, "by": true, "from": true, "into": true,
	"about": true, "has": true, "have": true, "had": true, "be": true, "been": true,
	"being": true, "was": true, "were": true, "can": true, "could": true, "will": true,
	"would": true, "should": true, "must": true, "may": true, "might": true, "do": true,
	"does": true, "did": true, "it": true, "its": true, "they": true, "their": true,
	"you": true, "we": true, "our": true, "any": true, "all": true, "each": true,
	"some": true, "such": true, "either": true,
}

// isDangling reports whether word leads into what follows it.
func isDangling(word string) bool { return dangling[strings.ToLower(word)] }

// trimDangling drops dangling words from the end of ws, unless that leaves nothing.
func trimDangling(ws []string) []string {
	n := len(ws)
	for n > 0 && isDangling(ws[n-1]) {
		n--
	}
	if n == 0 {
		return ws
	}
	return ws[:n]
}

// truncate cuts a name's words to at most max bytes in all (rule 7 of GoName): the first
// words that fit, except that the first negation among the words cut off (or the last word
// kept, when it is a negation) is kept with what it negates, words before it being cut
// instead; dangling words at the end of what is kept before the cut are dropped. A first
// word longer than max is cut at max.
func truncate(ws []string, max int) []string {
	k, n := 0, 0
	for k < len(ws) && n+len(ws[k]) <= max {
		n += len(ws[k])
		k++
	}
	if k == len(ws) {
		return ws
	}
	if k == 0 {
		return []string{ws[0][:max]}
	}
	neg := -1
	first := k
	if kept := trimDangling(ws[:k]); isNegation(kept[len(kept)-1]) {
		first = len(kept) - 1 // a kept negation whose words are cut off
	}
	for j := first; j < len(ws) && neg < 0; j++ {
		if isNegation(ws[j]) {
			neg = j
		}
	}
	if neg < 0 {
		return trimDangling(ws[:k])
	}
	tail := negatedTail(ws[neg:], max)
	m := k
	for m > 0 && joinedLen(ws[:m])+joinedLen(tail) > max {
		m--
	}
	head := ws[:m]
	if m < neg {
		head = trimDangling(head)
	}
	return append(append([]string(nil), head...), tail...)
}

// negatedTail returns a negation (ws[0]) with the words it negates: the next word, and the
// one after when the next is a dangling word ("cannot be linked"), as many as fit in max.
func negatedTail(ws []string, max int) []string {
	end := min(2, len(ws))
	if end == 2 && isDangling(ws[1]) && len(ws) > 2 {
		end = 3
	}
	for end > 1 && joinedLen(ws[:end]) > max {
		end--
	}
	return ws[:end]
}

// joinedLen is the length of the words joined.
func joinedLen(ws []string) int {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	return n
}
