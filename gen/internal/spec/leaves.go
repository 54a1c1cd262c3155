package spec

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// MinIntCode and MaxIntCode bound the value of an int code and the from and to of an int
// catch-all: the int32 range, -2147483648 to 2147483647. A generated package declares
// type Code int, which is 32 bits wide on 32-bit platforms (386, arm, mips); a wider value
// would not compile there as a constant of type Code, and its decoder could not read it.
// The loader rejects values outside the range; 0 stays reserved for "no code".
const (
	MinIntCode = math.MinInt32
	MaxIntCode = math.MaxInt32
)

// validator collects the problems of one file while it turns the raw layer into the model.
type validator struct {
	file     string
	lines    keyLines
	problems Problems
	// codePaths is the key path of each code's table ("code[3]"), for messages about keys of
	// codes once they are sorted by value.
	codePaths map[*Code]string
	// comparisons counts what the suggestions of the file have cost (see suggestionBudget).
	comparisons int
}

// add records a problem at the line of path (a key path such as "code[3].status").
func (v *validator) add(path, format string, args ...any) {
	v.addLine(v.lines.line(path), fmt.Sprintf(format, args...))
}

// addLine records a problem at a known line.
func (v *validator) addLine(line int, msg string) {
	v.problems = append(v.problems, Problem{File: v.file, Line: line, Msg: msg})
}

// tomlType names the TOML type of a decoded value, for messages.
func tomlType(x any) string {
	switch x := x.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	case time.Time:
		switch x.Location().String() {
		case "date-local":
			return "a date"
		case "time-local":
			return "a time of day"
		}
		return "a date and time"
	}
	return fmt.Sprintf("%T", x)
}

// str returns a string leaf. A missing required key, a wrong type, an empty string and text
// with forbidden characters are problems; where names the table for messages.
func (v *validator) str(l leaf, path, where, key string, required bool) string {
	s := v.plainStr(l, path, where, key, required)
	v.text(s, path, where, key)
	return s
}

// oneLine returns a string leaf that must be one line of printable text (a release tag, a
// vendor's name): no newline, tab or invisible character. Forbidden characters are reported by
// str; why ends the message about the others, saying why the text is one line.
func (v *validator) oneLine(l leaf, path, where, key string, required bool, why string) string {
	s := v.str(l, path, where, key, required)
	for i, r := range s {
		if ForbiddenRune(r) != "" && r != '\r' {
			return s // reported by str (which lets a CRLF line ending pass)
		}
		if !unicode.IsPrint(r) {
			v.add(path, "%s: %s holds %s at byte %d; write it on one line of printable characters%s", where, key,
				describeRune(r), i, why)
			return s
		}
	}
	return s
}

// asTheVendor and shownOnOneLine end oneLine's message, saying why a text is one line.
const (
	asTheVendor    = ", as the vendor does"
	shownOnOneLine = ": the generated package shows it within a line of its documentation, of CODES.md and of " +
		"its errors' logs"
)

// wireCode returns a string leaf that holds a wire code (see wireCodeProblem): a missing
// required key, a wrong type, an empty string and anything but printable ASCII without
// spaces are problems.
func (v *validator) wireCode(l leaf, path, where, key string, required bool) string {
	s := v.plainStr(l, path, where, key, required)
	if s != "" {
		if prob := wireCodeProblem(s); prob != "" {
			v.add(path, "%s: %s %s %s", where, key, quoteShort(s), prob)
		}
	}
	return s
}

// plainStr returns a string leaf, reporting a missing required key, a wrong type and an empty
// string, but not what the string holds.
func (v *validator) plainStr(l leaf, path, where, key string, required bool) string {
	if !l.set {
		if required {
			v.add(path, "%s: missing required key %q; add %s = \"...\"", where, key, key)
		}
		return ""
	}
	s, ok := l.v.(string)
	if !ok {
		v.add(path, "%s: %s must be a string, not %s; write %s = \"...\"", where, key, tomlType(l.v), key)
		return ""
	}
	switch {
	case s == "" && required:
		v.add(path, "%s: %s is empty; give it a value", where, key)
	case s == "":
		v.add(path, "%s: %s is empty; give it a value or leave the key out", where, key)
	}
	return s
}

// integer returns an integer leaf; ok is false when it is missing or of another type.
func (v *validator) integer(l leaf, path, where, key string, required bool) (int64, bool) {
	if !l.set {
		if required {
			v.add(path, "%s: missing required key %q; add %s = <integer>", where, key, key)
		}
		return 0, false
	}
	n, ok := l.v.(int64)
	if !ok {
		v.add(path, "%s: %s must be an integer, not %s", where, key, tomlType(l.v))
		return 0, false
	}
	return n, true
}

// boolean returns a boolean leaf, false when missing.
func (v *validator) boolean(l leaf, path, where, key string) bool {
	if !l.set {
		return false
	}
	b, ok := l.v.(bool)
	if !ok {
		v.add(path, "%s: %s must be true or false, not %s", where, key, tomlType(l.v))
	}
	return b
}

// strings returns an array-of-strings leaf.
func (v *validator) strings(l leaf, path, where, key string, required bool) []string {
	if !l.set {
		if required {
			v.add(path, "%s: missing required key %q; add %s = [\"...\"]", where, key, key)
		}
		return nil
	}
	list, ok := l.v.([]any)
	if !ok {
		v.add(path, "%s: %s must be an array of strings, not %s; write %s = [\"...\"]", where, key, tomlType(l.v), key)
		return nil
	}
	out := make([]string, 0, len(list))
	for i, x := range list {
		s, ok := x.(string)
		if !ok || s == "" {
			v.add(path, "%s: %s[%d] must be a non-empty string, not %s", where, key, i, describe(x))
			continue
		}
		v.text(s, path, where, key)
		out = append(out, s)
	}
	if len(out) == 0 && len(list) == 0 {
		v.add(path, "%s: %s is an empty array; list at least one value or leave the key out", where, key)
	}
	return out
}

// scalars returns an array of strings or booleans (outcome values).
func (v *validator) scalars(l leaf, path, where, key string) []any {
	if !l.set {
		return nil
	}
	list, ok := l.v.([]any)
	if !ok {
		v.add(path, "%s: %s must be a non-empty array of strings or booleans, not %s", where, key, describe(l.v))
		return nil
	}
	if len(list) == 0 {
		v.add(path, "%s: %s is an empty array; list at least one value", where, key)
		return nil
	}
	for i, x := range list {
		switch x := x.(type) {
		case bool:
		case string:
			v.text(x, path, where, key)
		default:
			v.add(path, "%s: %s[%d] must be a string or a boolean, not %s", where, key, i, tomlType(x))
		}
	}
	return list
}

// date returns a local-date leaf formatted with time.DateOnly. TOML dates decode as local
// midnights; formatting them directly (never through UTC) keeps the day as written.
func (v *validator) date(l leaf, path, where, key string) string {
	if !l.set {
		return ""
	}
	t, ok := l.v.(time.Time)
	if !ok || t.Location().String() != "date-local" { // BurntSushi/toml's zone for local dates
		v.add(path, "%s: %s must be a date such as 2026-03-31 (no quotes, no time), not %s", where, key, describe(l.v))
		return ""
	}
	return t.Format(time.DateOnly)
}

// status returns an HTTP status leaf: an integer 100–599 or the string "not in use".
func (v *validator) status(l leaf, path, where, key string) Status {
	if !l.set {
		return Status{}
	}
	switch x := l.v.(type) {
	case int64:
		if x < 100 || x > 599 {
			v.add(path, "%s: %s %d is not an HTTP status; use 100–599, \"not in use\", or leave the key out when the "+
				"document gives none", where, key, x)
			return Status{}
		}
		return Status{Code: int(x)}
	case string:
		if x == "not in use" {
			return Status{NotInUse: true}
		}
	}
	hint := ""
	if f, ok := l.v.(float64); ok && f == math.Trunc(f) && f >= 100 && f <= 599 {
		hint = fmt.Sprintf("; write %s = %d", key, int(f))
	}
	v.add(path, "%s: %s must be an HTTP status (100–599) or \"not in use\", not %s%s", where, key, describe(l.v), hint)
	return Status{}
}

// describe shows a value and its type in a message.
func describe(x any) string {
	switch x := x.(type) {
	case string:
		return fmt.Sprintf("the string %q", x)
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return tomlType(x)
		}
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return "the float " + s
	case int64, bool:
		return fmt.Sprintf("%s %v", tomlType(x), x)
	}
	return tomlType(x)
}

// jsonKey reports a JSON key that a Go struct tag cannot hold: encoding/json reads a tag's name
// up to the first comma, and quotes and backquotes would end the tag.
func (v *validator) jsonKey(k, path, where, key string) {
	for _, r := range k {
		if r == ',' || r == '"' || r == '`' || r == '\\' {
			v.add(path, "%s: %s %q holds %q, which encoding/json cannot name in a struct tag; such a key can be "+
				"read only with Error.RawField", where, key, k, r)
			return
		}
	}
}

// intCode reports an int code value, or a catch-all bound, outside MinIntCode..MaxIntCode.
// key names the key for messages; ok is false when n is outside.
func (v *validator) intCode(n int64, p, w, key string) bool {
	if n >= MinIntCode && n <= MaxIntCode {
		return true
	}
	v.add(p, "%s: %s %d is outside the range of int codes, %d to %d: the generated type Code is an int, 32 bits "+
		"wide on 32-bit platforms; check the value against the document", w, key, n, MinIntCode, MaxIntCode)
	return false
}
