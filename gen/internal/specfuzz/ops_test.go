package specfuzz

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// maxEdits bounds the edits of one input, so that a long input stays quick.
const maxEdits = 48

// edits are the structured edits of a spec, each reading its own choices.
var edits = []func(d doc, c *choices){
	setText, setCodeValue, setCodeName, setParent, addCatchAll, addField, addStruct, addCode,
	setPackage, addEnvelope, setClassAndStatus, addRenamed, addScenario, addStatusClass, setKeys,
}

// apply edits d as the choices say.
func apply(d doc, c *choices) {
	for n := 0; c.more() && n < maxEdits; n++ {
		pick(c, edits)(d, c)
	}
}

// textKeys are the tables of a spec and their keys that hold text.
var textKeys = []struct {
	table string
	keys  []string
}{
	{"spec", []string{"vendor", "document", "source", "doc", "file"}},
	{"envelope", []string{"doc"}},
	{"field", []string{"doc"}},
	{"struct", []string{"doc"}},
	{"code", []string{
		"message", "description", "resolution", "note", "source", "deprecated", "unclassified", "status_source",
	}},
	{"catch_all", []string{"note"}},
	{"scenario", []string{"section", "text", "message", "scenario", "resolution", "note"}},
	{"status_class", []string{"note"}},
	{"http_status", []string{"message", "description"}},
	{"renamed", []string{"note"}},
}

// setText sets a text of the spec to c.text().
func setText(d doc, c *choices) {
	tk := pick(c, textKeys)
	key, text := pick(c, tk.keys), c.text()
	if tk.table == "spec" {
		header(d)[key] = text
		return
	}
	if t := c.table(d, tk.table); t != nil {
		t[key] = text
	}
}

// codeValue returns a code value: an interesting one, any int32 or a wire code.
func codeValue(d doc, c *choices) any {
	if stringCodes(d) {
		v := pick(c, interestingWires)
		if c.byte()&1 == 1 {
			v += "." + pick(c, interestingWires)
		}
		return v
	}
	if c.byte()&1 == 1 {
		return c.int32()
	}
	return pick(c, interestingInts)
}

// setCodeValue sets the value of a code.
func setCodeValue(d doc, c *choices) {
	if t := c.table(d, "code"); t != nil {
		t["value"] = codeValue(d, c)
	}
}

// setCodeName sets the Go name of a code.
func setCodeName(d doc, c *choices) {
	if t := c.table(d, "code"); t != nil {
		t["name"] = pick(c, hostileNames)
	}
}

// setParent gives a code a parent (maybe itself, or a detail flag).
func setParent(d doc, c *choices) {
	if t := c.table(d, "code"); t != nil {
		t["parent"] = pick(c, codeNames(d))
		if c.byte()&3 == 0 {
			t["detail"] = true
		}
	}
}

// addCatchAll adds a catch-all under a code: a range of int codes or a prefix.
func addCatchAll(d doc, c *choices) {
	ca := map[string]any{"parent": pick(c, codeNames(d))}
	if stringCodes(d) {
		ca["prefix"] = pick(c, interestingWires)
		ca["nearest_listed"] = c.byte()&1 == 1
	} else {
		from := pick(c, interestingInts)
		ca["from"], ca["to"] = from, from+int64(c.intn(4))*int64(c.byte())
	}
	add(d, "catch_all", ca)
}

// fieldTable returns a [[field]] or [[struct.field]] table of a type from fieldTypes, "S"
// replaced by the name of a struct of the spec.
func fieldTable(d doc, c *choices) map[string]any {
	typ := pick(c, fieldTypes)
	if s := c.table(d, "struct"); s != nil {
		name, _ := s["name"].(string)
		typ = replaceS(typ, name)
	}
	return map[string]any{"json": pick(c, jsonKeys), "name": pick(c, hostileNames), "type": typ, "doc": c.text()}
}

// replaceS replaces the struct placeholder "S" of a field type by name.
func replaceS(typ, name string) string {
	switch typ {
	case "S":
		return name
	case "[]S":
		return "[]" + name
	case "map[string]S":
		return "map[string]" + name
	}
	return typ
}

// addField adds a [[field]], maybe carried by a code.
func addField(d doc, c *choices) {
	f := add(d, "field", fieldTable(d, c))
	if t := c.table(d, "code"); t != nil && c.byte()&1 == 1 {
		t["fields"] = []any{f["json"]}
	}
}

// addStruct adds a [[struct]] with one or two fields.
func addStruct(d doc, c *choices) {
	s := add(d, "struct", map[string]any{"name": pick(c, hostileNames), "doc": c.text()})
	fields := []map[string]any{fieldTable(d, c)}
	if c.byte()&1 == 1 {
		fields = append(fields, fieldTable(d, c))
	}
	s["field"] = fields
}

// addCode adds a code with a new value and name.
func addCode(d doc, c *choices) {
	code := map[string]any{"value": codeValue(d, c), "name": pick(c, hostileNames), "message": c.text()}
	if envs := tables(d, "envelope"); len(envs) > 1 {
		code["envelope"] = pick(c, envs)["name"]
	}
	add(d, "code", code)
}

// setPackage sets the package name and its dir.
func setPackage(d doc, c *choices) {
	h := header(d)
	h["package"] = pick(c, packageNames)
	h["dir"] = pick(c, dirPrefixes) + h["package"].(string)
}

// addEnvelope adds an envelope whose bodies carry the code under another key, and moves a code
// into it.
func addEnvelope(d doc, c *choices) {
	n := len(tables(d, "envelope"))
	name := fmt.Sprintf("env%c", 'a'+n)
	key := pick(c, []string{"code2", "err", "errorCode", "status"})
	e := map[string]any{"name": name, "code": key, "match": []any{key}, "doc": c.text()}
	if c.byte()&1 == 1 {
		e["message"] = []any{"msg"}
	}
	for _, old := range tables(d, "envelope") {
		if _, ok := old["match"]; !ok {
			old["match"] = []any{old["code"]}
		}
	}
	add(d, "envelope", e)
	for _, code := range tables(d, "code") {
		if _, ok := code["envelope"]; !ok {
			code["envelope"] = tables(d, "envelope")[0]["name"]
		}
	}
	if t := c.table(d, "code"); t != nil {
		t["envelope"] = name
		delete(t, "parent")
	}
}

// setClassAndStatus sets the class, status, temporary and deprecated keys of a code.
func setClassAndStatus(d doc, c *choices) {
	t := c.table(d, "code")
	if t == nil {
		return
	}
	delete(t, "unclassified")
	t["class"] = pick(c, classes)
	t["status"] = pick(c, statuses)
	t["temporary"] = c.byte()&1 == 1
	if c.byte()&3 == 0 {
		t["deprecated"] = c.text()
	}
}

// addRenamed adds a former name of a code.
func addRenamed(d doc, c *choices) {
	add(d, "renamed", map[string]any{
		"from": pick(c, hostileNames), "to": pick(c, codeNames(d)), "date": renameDate, "note": c.text(),
	})
}

// renameDate is the TOML local date 2026-04-01, as the decoder gives it (the encoder writes
// such a value back as a local date).
var renameDate = func() any {
	var d doc
	if _, err := toml.Decode("date = 2026-04-01", &d); err != nil {
		panic(err)
	}
	return d["date"]
}()

// addScenario adds a scenario of a code.
func addScenario(d doc, c *choices) {
	sc := map[string]any{
		"section": c.text(), "status": pick(c, statuses), "scenario": c.text(), "resolution": c.text(),
		"text": c.text(),
	}
	if t := c.table(d, "code"); t != nil {
		sc["error"] = fmt.Sprint(t["value"])
	}
	add(d, "scenario", sc)
}

// addStatusClass adds a class for replies of a status.
func addStatusClass(d doc, c *choices) {
	add(d, "status_class", map[string]any{"status": pick(c, statuses), "class": pick(c, classes), "note": c.text()})
}

// setKeys sets request_id_headers, or the wire_name, message or request_id keys of an
// envelope, or removes one of them.
func setKeys(d doc, c *choices) {
	if c.byte()&1 == 0 {
		header(d)["request_id_headers"] = pick(c, [][]any{{"X-Request-Id"}, {"x-a", "X-B"}, {"Bad Header"}, {}})
		return
	}
	e := c.table(d, "envelope")
	if e == nil {
		return
	}
	key := pick(c, []string{"wire_name", "message", "request_id", "description"})
	switch {
	case c.byte()&1 == 0:
		delete(e, key)
	case key == "wire_name":
		e[key] = pick(c, jsonKeys)
	default:
		e[key] = []any{pick(c, jsonKeys)}
	}
}
