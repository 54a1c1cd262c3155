package importer

import (
	"fmt"
	"strconv"
	"strings"
)

// A draft never decides a code's class: it writes a suggestion in a TODO(curator) comment,
// from the words of the message (or, without a message, the description), else from the HTTP
// status. The rules are deliberately few; the curator reads the document and decides.

// wordingRule suggests class when the text holds every one of words (lower case).
type wordingRule struct {
	words []string
	class string
}

// wordingRules are tried in order; the first that matches wins.
var wordingRules = []wordingRule{
	{[]string{"expired"}, "expired"},
	{[]string{"too many"}, "rate_limited"},
	{[]string{"reached a limit"}, "rate_limited"},
	{[]string{"locked"}, "account_locked"},
	{[]string{"blocked"}, "account_locked"},
	{[]string{"api key"}, "unauthenticated"},
	{[]string{"api secret"}, "unauthenticated"},
	{[]string{"token", "invalid"}, "unauthenticated"},
	{[]string{"already exists"}, "already_exists"},
	{[]string{"already registered"}, "already_exists"},
	{[]string{"already in use"}, "already_exists"},
	{[]string{"must be unique"}, "already_exists"},
	{[]string{"does not exist"}, "not_found"},
	{[]string{"not found"}, "not_found"},
	{[]string{"incorrect"}, "invalid_credentials"},
	{[]string{"password", "invalid"}, "invalid_credentials"},
	{[]string{"otp", "invalid"}, "invalid_credentials"},
	{[]string{"pin", "invalid"}, "invalid_credentials"},
	{[]string{"captcha"}, "verification_required"},
	{[]string{"not verified"}, "verification_required"},
	{[]string{"not enabled"}, "invalid_request"},
	{[]string{"not configured"}, "invalid_request"},
	{[]string{"permission"}, "permission_denied"},
	{[]string{"not allowed"}, "permission_denied"},
	{[]string{"denied"}, "permission_denied"},
	{[]string{"unauthorized"}, "permission_denied"},
	{[]string{"unknown error"}, "internal"},
	{[]string{"internal"}, "internal"},
	{[]string{"invalid"}, "invalid_request"},
	{[]string{"not valid"}, "invalid_request"},
	{[]string{"missing"}, "invalid_request"},
	{[]string{"required"}, "invalid_request"},
}

// statusClasses suggests a class from an HTTP status.
var statusClasses = map[int]string{
	400: "invalid_request", 401: "unauthenticated", 403: "permission_denied", 404: "not_found",
	409: "already_exists", 422: "invalid_request", 423: "account_locked", 429: "rate_limited",
	500: "internal", 502: "unavailable", 503: "unavailable", 504: "unavailable",
}

// suggestClass returns the TODO(curator) comment text that asks for a class and suggests one.
func suggestClass(r Row) string {
	const ask = "decide class (or unclassified with a reason) from the document's wording (specs/README.md)"
	text, what := r.Message, "message"
	if text == "" {
		text, what = r.Description, "description"
		if lead, _, ok := strings.Cut(text, "\n\n"+alsoListed); ok {
			text = lead // a merged code: its lead row's text
		}
	}
	lower := strings.ToLower(text)
	for _, rule := range wordingRules {
		if containsAll(lower, rule.words) {
			return fmt.Sprintf("%s. Suggestion only, from the %s (%s): class = %q",
				ask, what, quoteWords(rule.words), rule.class)
		}
	}
	if n, err := strconv.Atoi(r.Status); err == nil && statusClasses[n] != "" {
		return fmt.Sprintf("%s. Suggestion only, from HTTP %d: class = %q", ask, n, statusClasses[n])
	}
	return ask + "."
}

// quoteWords quotes words and joins them with "and": "token" and "invalid".
func quoteWords(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + w + `"`
	}
	return strings.Join(q, " and ")
}

// containsAll reports whether s contains every one of words.
func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}
