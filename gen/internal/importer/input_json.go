package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// The reader of JSON catalogues, as vendors publish them: an array of objects, one per code,
// or an object holding one such array beside scalar keys such as Okta's
// {"release": "2026.08.1", "build": "...", "errors": [...]}. Keys are headers: their roles
// are found as a table's headers are (normHeader), whatever their case style.

// jsonObject is one object of the array: its keys in the file's order, its values as text.
type jsonObject struct {
	line   int
	keys   []string
	values map[string]string
	nested []string // keys whose value is an object or an array: not read
}

// isJSON reports whether src looks like a JSON catalogue: a .json file, or text that starts
// with "[" or "{" and is valid JSON.
func isJSON(ext string, src []byte) bool {
	if ext == ".json" {
		return true
	}
	t := bytes.TrimSpace(src)
	return len(t) > 0 && (t[0] == '[' || t[0] == '{') && json.Valid(t)
}

// readJSON reads a JSON catalogue. The top-level "release" key, when it is a string or a
// number, is the document's release tag; other top-level keys are said to be not read.
func readJSON(file string, src []byte, cols Columns) (*Input, error) {
	d := json.NewDecoder(bytes.NewReader(src))
	d.UseNumber()
	lines := newLineIndex(src)
	tok, err := d.Token()
	if err != nil {
		return nil, jsonError(file, lines, d, err)
	}
	var objs []jsonObject
	var top []jsonScalar
	var arrayKey string
	switch tok {
	case json.Delim('['):
		objs, err = readObjects(d, lines)
	case json.Delim('{'):
		objs, top, arrayKey, err = readTopObject(file, d, lines)
	default:
		return nil, &InputError{File: file, Msg: "a JSON catalogue is an array of objects, or an object holding one; " +
			"this file holds a single value"}
	}
	if err != nil {
		return nil, jsonError(file, lines, d, err)
	}
	in, err := jsonInput(file, objs, top, arrayKey, cols)
	if err == nil && !utf8.Valid(src) {
		at := lines.line(invalidUTF8(src))
		in.Warnings = append(in.Warnings, fmt.Sprintf("line %d holds bytes that are not UTF-8: JSON readers "+
			"replace them with U+FFFD, so the document table holds U+FFFD too; the rows are flagged", at))
	}
	return in, err
}

// invalidUTF8 returns the offset of the first byte of src that is not UTF-8.
func invalidUTF8(src []byte) int64 {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return int64(i)
		}
		i += size
	}
	return 0
}

// jsonScalar is a scalar key of the top-level object.
type jsonScalar struct{ key, value string }

// jsonInput builds the Input of the objects: the union of their keys is the header.
func jsonInput(file string, objs []jsonObject, top []jsonScalar, arrayKey string, cols Columns) (*Input, error) {
	var header []string
	seen := map[string]bool{}
	nested := map[string]bool{}
	for _, o := range objs {
		for _, k := range o.keys {
			if !seen[k] {
				seen[k] = true
				header = append(header, k)
			}
		}
		for _, k := range o.nested {
			nested[k] = true
		}
	}
	if len(objs) == 0 {
		return nil, &InputError{File: file, Msg: "the JSON array holds no objects; a catalogue has one object per code"}
	}
	l, err := newLayout(file, objs[0].line, header, cols)
	if err != nil {
		return nil, err
	}
	in := fromLayout(file, formatJSON, l)
	if arrayKey != "" {
		in.Format = fmt.Sprintf("%s, the array %q", formatJSON, arrayKey)
	}
	for _, kv := range top {
		if kv.key == "release" {
			in.Release = kv.value
		} else {
			in.IgnoredTop = append(in.IgnoredTop, kv.key)
		}
	}
	for _, o := range objs {
		cells := make([]string, len(header))
		for i, k := range header {
			cells[i] = o.values[k]
		}
		r, err := l.row(file, o.line, cells)
		if err != nil {
			return nil, err
		}
		in.Rows = append(in.Rows, r)
	}
	for _, k := range header {
		if nested[k] {
			in.Warnings = append(in.Warnings, fmt.Sprintf("key %q holds objects or arrays in some rows: gen import "+
				"reads only text, numbers and booleans", k))
		}
	}
	return in, nil
}

// readTopObject reads the keys of the top-level object: exactly one of them holds an array
// of objects; the others are scalars (kept as text) or said to be not read.
func readTopObject(file string, d *json.Decoder, lines lineIndex) ([]jsonObject, []jsonScalar, string, error) {
	var top []jsonScalar
	var objs []jsonObject
	var arrays []string
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return nil, nil, "", err
		}
		key := k.(string)
		v, err := d.Token()
		if err != nil {
			return nil, nil, "", err
		}
		if v == json.Delim('[') {
			o, err := readObjects(d, lines)
			if err != nil {
				return nil, nil, "", err
			}
			arrays = append(arrays, key)
			objs = o
			continue
		}
		s, err := scalarText(d, v)
		if err != nil {
			return nil, nil, "", err
		}
		top = append(top, jsonScalar{key, s})
	}
	if len(arrays) != 1 {
		return nil, nil, "", &InputError{File: file, Msg: fmt.Sprintf("the top-level object holds %d arrays (%s); a "+
			"catalogue object holds exactly one array of objects, one per code", len(arrays), quoteCells(arrays))}
	}
	return objs, top, arrays[0], nil
}

// readObjects reads the rest of an array whose "[" was read: objects, one per code.
func readObjects(d *json.Decoder, lines lineIndex) ([]jsonObject, error) {
	var objs []jsonObject
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return nil, err
		}
		if tok != json.Delim('{') {
			return nil, fmt.Errorf("element %d of the array is not an object; a catalogue has one object per code",
				len(objs)+1)
		}
		line := lines.line(d.InputOffset() - 1) // the line of the "{"
		o, err := readObject(d)
		if err != nil {
			return nil, err
		}
		o.line = line
		objs = append(objs, o)
	}
	_, err := d.Token() // "]"
	return objs, err
}

// readObject reads the keys and values of an object whose "{" was read.
func readObject(d *json.Decoder) (jsonObject, error) {
	o := jsonObject{values: map[string]string{}}
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return o, err
		}
		key := k.(string)
		v, err := d.Token()
		if err != nil {
			return o, err
		}
		if _, dup := o.values[key]; !dup {
			o.keys = append(o.keys, key)
		}
		if v == json.Delim('{') || v == json.Delim('[') {
			o.nested = append(o.nested, key)
			o.values[key] = ""
			if err := skipNested(d); err != nil {
				return o, err
			}
			continue
		}
		s, err := scalarText(d, v)
		if err != nil {
			return o, err
		}
		o.values[key] = s
	}
	_, err := d.Token() // "}"
	return o, err
}

// scalarText returns a scalar token as text: a string as is, a number as written, true or
// false, and "" for null. An object or array is skipped and gives "".
func scalarText(d *json.Decoder, v json.Token) (string, error) {
	switch t := v.(type) {
	case string:
		return t, nil
	case json.Number:
		return t.String(), nil
	case bool:
		return fmt.Sprint(t), nil
	case nil:
		return "", nil
	case json.Delim:
		return "", skipNested(d)
	}
	return "", fmt.Errorf("unexpected JSON token %v", v)
}

// skipNested skips the rest of an object or array whose opening token was read.
func skipNested(d *json.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// jsonError gives a JSON syntax error the line it is on.
func jsonError(file string, lines lineIndex, d *json.Decoder, err error) error {
	if _, ok := err.(*InputError); ok {
		return err
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return lineError(file, lines.line(d.InputOffset()), "not a JSON catalogue: %s", msg)
}

// lineIndex finds the line of a byte offset.
type lineIndex []int

// newLineIndex records where each line of src starts.
func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range src {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the 1-based line of byte offset off.
func (idx lineIndex) line(off int64) int {
	n := sort.Search(len(idx), func(i int) bool { return int64(idx[i]) > off })
	return max(n, 1)
}
