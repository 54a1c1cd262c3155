package specfuzz

import (
	"encoding/binary"
	"strings"
)

// A fuzz input is a seed spec (TOML) and a list of choices. The choices drive structured
// edits of the decoded spec (mutator.apply): a text set to a trick, a code value set to a
// bound, a name set to one the generated package declares, a parent, a catch-all, a field of
// some type, a struct, an envelope, a dir. The fuzzer mutates both, so it explores the TOML
// itself and, through the choices, specs that stay well-formed.

// doc is a decoded spec: tables of keys, arrays of tables as []map[string]any.
type doc = map[string]any

// choices reads the choices of a fuzz input, one byte at a time; past the end every choice
// is 0.
type choices struct {
	data []byte
	i    int
}

// more reports whether choices are left.
func (c *choices) more() bool { return c.i < len(c.data) }

// byte returns the next choice.
func (c *choices) byte() byte {
	if c.i >= len(c.data) {
		return 0
	}
	c.i++
	return c.data[c.i-1]
}

// intn returns a choice in [0, n), n at most 256.
func (c *choices) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return int(c.byte()) % n
}

// int32 returns the next four choices as a number.
func (c *choices) int32() int64 {
	var b [4]byte
	for i := range b {
		b[i] = c.byte()
	}
	return int64(int32(binary.LittleEndian.Uint32(b[:])))
}

// pick returns one of list.
func pick[T any](c *choices, list []T) T { return list[c.intn(len(list))] }

// interestingInts are int code values at and around the bounds the loader allows and the
// generated code relies on, and beyond them.
var interestingInts = []int64{
	1, -1, 2, -2, 100, 199, 200, 400, 65535, 65536, 2147483647, -2147483648, 2147483646,
	-2147483647, 1 << 31, -1<<31 - 1, 0,
}

// interestingWires are string code values and prefixes: dotted codes, and codes that look
// like Go, Markdown or format verbs.
var interestingWires = []string{
	"a", "b", "a.b", "a.b.c", "A.B", "a.", ".a", "a..b", "+build", "//go:build", "*/", "/*", "`",
	`"`, `\`, `a\|b`, "|", "FuzzParse", "%s", "%v%d", "<script>", "[x](javascript:alert(1))",
	"~", "Operation.Failure", "Operation.Failure.", "invalid_grant", strings.Repeat("y", 300),
}

// hostileNames are Go names a spec might give a code, a former name, a struct or a field:
// names the generated package, its tests and its examples declare, and other plain ones.
var hostileNames = []string{
	"First", "Second", "Third", "FuzzParse", "TestFromResponse", "TestErrorText", "TestDocumentedCodes",
	"TestScenarios", "TestMain", "Test", "Example", "ExampleParse", "ExampleError_Class",
	"ExampleCode_Reply", "BenchmarkParse", "Codes", "Code", "Error", "Parse", "Lookup", "Messages",
	"Scenario", "Scenarios", "CheckRetry", "MaxBodySize", "FromResponse", "String", "Is", "Reply",
	"Class", "Table", "Pkg", "T", "Init", "Detail", "Name", "Fields", "UnmarshalJSON", "Format",
	"Timeout", "LogValue", "Status", "Body", "Errors", "FieldError", "X_1", "A1",
}

// packageNames are package names, among them those of the packages generated code imports.
var packageNames = []string{
	"p", "q2", "apierr", "apierrimpl", "impltest", "errors", "fmt", "http", "httptest", "json",
	"slog", "strings", "testing", "time", "context", "io", "slices", "strconv", "main", "init",
}

// dirPrefixes are folders a package may be put under.
var dirPrefixes = []string{
	"", "a/", "A/", "testdata/", "_x/", ".x/", "x.y/", "vendor/", "internal/", "a-b/", "~/",
	"con/", "a/b/c/", "P/",
}

// fieldTypes are the types a [[field]] may have (the loader's list), and others; "S" stands
// for a [[struct]] of the spec.
var fieldTypes = []string{
	"string", "bool", "int", "int64", "float64", "json.RawMessage", "Messages", "[]string", "[]int",
	"map[string]string", "map[string][]string", "map[string]json.RawMessage", "[][]string",
	"map[string]map[string]int", "S", "[]S", "map[string]S", "[]Messages", "*string", "[2]int",
	"map[int]string", "error", "any",
}

// jsonKeys are the JSON keys of fields and envelope roles.
var jsonKeys = []string{
	"f", "g", "detail", "errors", "messages", "error_details", "Code", "code", "error", "message",
	"a b", `a"b`, "é", "*/", "__proto__", "x-y", "request_id",
}

// classes are the class names of package apierr, and one that is not.
var classes = []string{
	"invalid_request", "unauthenticated", "expired", "invalid_credentials", "permission_denied",
	"not_found", "already_exists", "account_locked", "verification_required", "rate_limited",
	"unavailable", "internal", "nope",
}

// statuses are documented statuses of codes and replies.
var statuses = []any{
	int64(400), int64(200), int64(404), int64(429), int64(500), int64(503), int64(100), int64(599), int64(600),
	"not in use",
}

// text returns a text: one of the tricks or plain text, or two of them joined.
func (c *choices) text() string {
	one := func() string {
		if i := c.intn(len(Tricks) + 2); i < len(Tricks) {
			return Tricks[i].Text
		}
		return "Plain text."
	}
	t := one()
	if c.byte()&1 == 1 {
		t += pick(c, []string{"\n", "\n\n", " ", "\n\t", "\n- "}) + one()
	}
	return t
}

// tables returns the array of tables under key, creating it.
func tables(d doc, key string) []map[string]any {
	ts, _ := d[key].([]map[string]any)
	return ts
}

// table returns one of the tables under key, or nil when there is none.
func (c *choices) table(d doc, key string) map[string]any {
	ts := tables(d, key)
	if len(ts) == 0 {
		return nil
	}
	return pick(c, ts)
}

// add appends a table to the array under key and returns it.
func add(d doc, key string, t map[string]any) map[string]any {
	d[key] = append(tables(d, key), t)
	return t
}

// header returns the [spec] table, creating it.
func header(d doc) map[string]any {
	h, ok := d["spec"].(map[string]any)
	if !ok {
		h = map[string]any{}
		d["spec"] = h
	}
	return h
}

// stringCodes reports whether the spec says its codes are strings.
func stringCodes(d doc) bool { return header(d)["code_type"] == "string" }

// codeNames returns the names of the codes of d.
func codeNames(d doc) []string {
	var names []string
	for _, c := range tables(d, "code") {
		if n, ok := c["name"].(string); ok {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		names = []string{"First"}
	}
	return names
}
