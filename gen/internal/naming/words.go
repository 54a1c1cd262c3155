package naming

import "strings"

// words splits text into words (rules 2 and 3 of GoName): at every character that is not an
// ASCII letter, digit or apostrophe, then contractions, then camel-case boundaries. Each word
// holds only ASCII letters and digits.
func words(text string) []string {
	text = strings.ReplaceAll(text, "\u2019", "'") // ’, the typographic apostrophe
	var out []string
	for _, tok := range strings.FieldsFunc(text, isSeparator) {
		for _, part := range contraction(strings.Trim(tok, "'")) {
			for _, p := range strings.Split(part, "'") { // apostrophes left in a stem
				out = append(out, camelSplit(p)...)
			}
		}
	}
	return out
}

// isSeparator reports whether r separates words: anything but an ASCII letter, digit or
// apostrophe.
func isSeparator(r rune) bool {
	return r > 0x7f || !isAlnum(byte(r)) && r != '\''
}

// contraction expands a token that holds an apostrophe (rule 3): "can't" → cannot, "won't" →
// will not, "<x>n't" → <x> not, "<x>'s" → <x>, "'ve", "'re", "'ll", "'m", "'d" → have, are,
// will, am, would. Any other apostrophe separates words.
func contraction(tok string) []string {
	i := strings.LastIndexByte(tok, '\'')
	if i < 0 {
		return []string{tok}
	}
	lower := strings.ToLower(tok)
	switch {
	case lower == "can't":
		return []string{tok[:1] + "annot"}
	case lower == "won't":
		return []string{tok[:1] + "ill", "not"}
	case strings.HasSuffix(lower, "n't"):
		return []string{tok[:len(tok)-3], "not"}
	}
	stem, suffix := tok[:i], lower[i+1:]
	if full, ok := contracted[suffix]; ok {
		if full == "" {
			return []string{stem}
		}
		return []string{stem, full}
	}
	return strings.Split(tok, "'")
}

// contracted maps the part after an apostrophe to the word it stands for; "" drops it.
var contracted = map[string]string{
	"s": "", "ve": "have", "re": "are", "ll": "will", "m": "am", "d": "would",
}

// camelSplit splits a token of ASCII letters and digits at camel-case boundaries: before an
// upper-case letter that follows a lower-case one ("accessToken"), and before the last letter
// of an upper-case run that a lower-case letter follows ("APIKey").
func camelSplit(tok string) []string {
	var out []string
	start := 0
	for i := 1; i < len(tok); i++ {
		if isBoundary(tok, i) {
			out = append(out, tok[start:i])
			start = i
		}
	}
	if start < len(tok) {
		out = append(out, tok[start:])
	}
	return out
}

// isBoundary reports whether a word starts at tok[i].
func isBoundary(tok string, i int) bool {
	prev, cur := tok[i-1], tok[i]
	if !isUpper(cur) {
		return false
	}
	if isLower(prev) {
		return true
	}
	return isUpper(prev) && i+1 < len(tok) && isLower(tok[i+1])
}

// isUpper reports whether c is an ASCII upper-case letter.
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLower reports whether c is an ASCII lower-case letter.
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
