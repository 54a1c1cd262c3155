// Package naming drafts exported Go identifiers from a vendor's text: a message such as
// "User does not exist", a description, or a code such as "auth.token.expired". Every rule is
// in GoName and tested in naming_test.go; a derived name becomes public API, so the rules are
// written down rather than left to chance.
//
// A drafted name is a proposal: curators rename codes in the spec where the vendor's wording
// makes a poor Go name (the spec's name is the only source of truth).
package naming

import "strings"

// MaxLen is the longest name GoName returns, in bytes (all ASCII).
const MaxLen = 48

// GoName drafts an exported Go identifier from phrase. The rules, in order:
//
//  1. Placeholders that a vendor's template fills at run time are dropped: "{0}", "{name}",
//     "{{name}}" and the printf verbs "%s", "%d", "%v", "%q" ("Not found: {0}" → NotFound).
//     Only the first sentence counts: the text up to the first ". ", "! ", "? ", "; ", " - "
//     or line break ("Oops, something is going wrong. please try again" →
//     OopsSomethingGoingWrong, "Invalid URI - domain name contains..." → InvalidURI), and in
//     it only what comes before a clause ", please ..." (an instruction to the reader: "The end
//     date is missing in the request, please check the end date parameter" →
//     EndDateMissingInRequest).
//     Text in parentheses is dropped, unless it holds a negation or is all the phrase has
//     ("Site is not configured for RaaS (Registration-as-a-Service)" → SiteNotConfiguredForRaaS).
//  2. Words are split at every character that is not an ASCII letter or digit (spaces,
//     punctuation, quotes, "_", ".", "-", "/", and any non-ASCII character: the result holds
//     only ASCII letters and digits), and inside a word at camel-case boundaries
//     ("AccessToken" → Access Token, "APIKey" → API Key, "FId" → F Id). Letters and digits
//     are not split ("2fa", "V2"). Words the vendor glued together in lower case ("apikey")
//     stay one word.
//  3. Contractions are expanded so that no negation vanishes: "can't" → Cannot, "won't" →
//     Will Not, any other "n't" → Not ("doesn't" → Does Not); a possessive "'s" is dropped
//     ("user's" → User). The apostrophe may be ' or ’.
//  4. The articles and determiners "a", "an", "the", "this", "these", "your" and the copulas
//     "is" and "are" are dropped ("The API key is unauthorized" → APIKeyUnauthorized), unless
//     the phrase has no other word. Negations are never dropped: "not", "no", "never",
//     "cannot", "none", "nor", "neither", "nothing", "without" ("User does not exist" →
//     UserDoesNotExist, "No record found" → NoRecordFound).
//  5. Each word is capitalised. A known initialism is written as Go writes it, in capitals
//     (API, ID, OTP, URL, URI, HTTP, JSON, SMS, IP, SSO, MFA, 2FA, UUID, JWT, PIN, ... see
//     initialisms), with OAuth as "OAuth"; its plural keeps a lower-case "s" ("ids" → IDs).
//     Any other word gets an upper-case first letter and keeps the rest as written, so a word
//     the vendor wrote in capitals stays in capitals ("SOTT", "reCAPTCHA" → ReCAPTCHA). A
//     phrase of two or more words written all in capitals is read as lower case first
//     ("USER NOT FOUND" → UserNotFound).
//  6. A name that would start with a digit gets the prefix "Code" ("2FA required" →
//     Code2FARequired, "404" → Code404).
//  7. A name longer than MaxLen is cut at a word boundary: it keeps the first words that fit.
//     When the words cut off hold a negation, or the last word kept is one, that negation is
//     kept together with what it negates (the next word, and the one after when the next is
//     a small word such as "be": "cannot be linked" keeps CannotBeLinked), and words before
//     it are cut instead, so a negation never vanishes nor loses what it negates ("... does
//     not exist" keeps NotExist at its end). A cut name never ends mid-phrase: small words
//     that lead into what was cut off (conjunctions, prepositions, auxiliaries, pronouns such
//     as "or", "with", "has", "that", "can") are dropped from its end ("... is not valid or
//     has already been used" ends in NotValid, not NotValidOrHas). A first word longer than
//     MaxLen is cut at MaxLen.
//
// GoName returns "" when phrase has no ASCII letter or digit outside placeholders; the caller
// picks another source for the name. The result is otherwise an exported Go identifier of
// ASCII letters and digits.
func GoName(phrase string) string {
	text := firstSentence(dropPlaceholders(phrase))
	if isShouting(text) {
		text = strings.ToLower(text)
	}
	ws := words(text)
	ws = dropFillers(ws)
	if len(ws) == 0 {
		return ""
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = spell(w)
	}
	if c := out[0][0]; c >= '0' && c <= '9' {
		out = append([]string{"Code"}, out...)
	}
	return strings.Join(truncate(out, MaxLen), "")
}

// firstSentence returns s up to its first sentence end (". ", "! ", "? ", "; ", " - ", a line
// break) or a clause
// ", please", with text in parentheses removed unless it holds a negation. When the first sentence has no letter or
// digit, it returns all of s; when only parentheses have, it keeps them.
func firstSentence(s string) string {
	if d := dropParentheses(s); hasAlnum(d) {
		s = d
	}
	end := len(s)
	for _, sep := range []string{". ", "! ", "? ", "; ", "\n", " - "} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	if i := strings.Index(strings.ToLower(s[:end]), ", please"); i >= 0 && hasAlnum(s[:i]) {
		end = i
	}
	if !hasAlnum(s[:end]) {
		return s
	}
	return s[:end]
}

// dropParentheses removes each "(...)" of s that holds no negation. An unclosed "(" is kept.
func dropParentheses(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '(')
		if open < 0 {
			break
		}
		closing := strings.IndexByte(s[open:], ')')
		if closing < 0 {
			break
		}
		inner := s[open+1 : open+closing]
		b.WriteString(s[:open])
		if hasNegation(inner) {
			b.WriteString(" " + inner + " ")
		} else {
			b.WriteString(" ")
		}
		s = s[open+closing+1:]
	}
	b.WriteString(s)
	return b.String()
}

// isShouting reports whether text has two or more words and no lower-case letter.
func isShouting(text string) bool {
	return len(strings.FieldsFunc(text, isSeparator)) >= 2 && text == strings.ToUpper(text) &&
		text != strings.ToLower(text)
}

// hasNegation reports whether text holds a negation word or contraction.
func hasNegation(text string) bool {
	for _, w := range words(text) {
		if isNegation(w) {
			return true
		}
	}
	return false
}

// hasAlnum reports whether s holds an ASCII letter or digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) {
			return true
		}
	}
	return false
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// dropFillers removes articles, determiners and copulas (rule 4), unless nothing else is left.
func dropFillers(ws []string) []string {
	var kept []string
	for _, w := range ws {
		if !fillers[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return ws
	}
	return kept
}

// fillers are the words rule 4 drops. None of them is a negation.
var fillers = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "your": true,
	"is": true, "are": true,
}

// negations are the words rules 4 and 7 never let vanish; contractions are expanded into
// "not" or "cannot" before these are looked up.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "cannot": true, "none": true, "nor": true,
	"neither": true, "nothing": true, "without": true,
}

// isNegation reports whether word is a negation.
func isNegation(word string) bool {
	return negations[strings.ToLower(word)]
}
