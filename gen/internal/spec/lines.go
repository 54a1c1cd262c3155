package spec

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// BurntSushi/toml has no API for the positions of keys, so the loader scans the file once for
// table headers and "key =" lines and records the line of every key by its path, such as
// "spec.vendor", "code[3]" (the fourth [[code]] header) or "struct[0].field[1].type".
// The format asks for one key per line and for [table] / [[array]] headers, so the scan
// needs only to skip the inside of multi-line strings and arrays.

var (
	headerRE = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?`)
	keyRE    = regexp.MustCompile(`^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$`)
)

// keyLines maps key paths to 1-based line numbers.
type keyLines map[string]int

// scanLines records the line of every table header and key of src.
func scanLines(src string) keyLines {
	lines := keyLines{}
	counts := map[string]int{} // array-of-tables path → instances seen
	current := map[string]string{}
	table := ""
	inString := "" // the delimiter of an open multi-line string
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		if inString != "" {
			if strings.Contains(line, inString) {
				inString = ""
			}
			continue
		}
		if m := headerRE.FindStringSubmatch(line); m != nil {
			table = instancePath(m[2], m[1] == "[[", counts, current)
			lines[table] = n
			continue
		}
		m := keyRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		path := m[1]
		if table != "" {
			path = table + "." + m[1]
		}
		if _, dup := lines[path]; !dup {
			lines[path] = n
		}
		inString = opensMultiline(m[2])
	}
	return lines
}

// instancePath turns a header name such as "struct.field" into the path of the instance it
// opens, such as "struct[0].field[2]", counting [[array]] instances under their parent.
func instancePath(name string, array bool, counts map[string]int, current map[string]string) string {
	parts := strings.Split(name, ".")
	prefix := ""
	for i, p := range parts {
		key := p
		if prefix != "" {
			key = prefix + "." + p
		}
		if i == len(parts)-1 {
			if !array {
				return key
			}
			idx := counts[key]
			counts[key] = idx + 1
			inst := fmt.Sprintf("%s[%d]", key, idx)
			current[name] = inst
			return inst
		}
		// A parent that is an array of tables refers to its latest instance.
		if inst, ok := current[strings.Join(parts[:i+1], ".")]; ok {
			prefix = inst
		} else {
			prefix = key
		}
	}
	return name
}

// line returns the line of path, or of the nearest enclosing table that has one, or 0.
func (kl keyLines) line(path string) int {
	for path != "" {
		if n, ok := kl[path]; ok {
			return n
		}
		i := strings.LastIndex(path, ".")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

// opensMultiline returns the delimiter of a multi-line string that a value starts and does not
// close on the same line, or "". Delimiters elsewhere (inside a one-line string, in a comment)
// open nothing.
func opensMultiline(value string) string {
	value = strings.TrimSpace(value)
	for _, delim := range []string{`"""`, "'''"} {
		if strings.HasPrefix(value, delim) && !strings.Contains(value[len(delim):], delim) {
			return delim
		}
	}
	return ""
}

// withoutIndices maps each key path without indices, as BurntSushi/toml's MetaData gives
// keys ("code.status"), to the lines of all its instances ("code[0].status", "code[7].status"),
// in order.
func (kl keyLines) withoutIndices() map[string][]int {
	out := map[string][]int{}
	for path, line := range kl {
		p := stripIndices(path)
		out[p] = append(out[p], line)
	}
	for _, lines := range out {
		sort.Ints(lines)
	}
	return out
}

// stripIndices turns "struct[0].field[2].type" into "struct.field.type".
func stripIndices(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}
