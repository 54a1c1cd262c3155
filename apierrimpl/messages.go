package apierrimpl

import (
	"encoding/json"
	"slices"
	"strings"
)

// Messages holds the messages of an error body that a vendor sends either as an array of
// strings (List) or as an object whose keys are request field names (Fields), each with one
// message or a list of them, as GoPoints does. Generated packages whose spec has such a field
// declare it with this type (type Messages = apierrimpl.Messages).
type Messages struct {
	// List holds the array form.
	List []string

	// Fields holds the object form: field name to its messages.
	Fields map[string][]string
}

// Messages returns the messages held by key k in either form. A value of another shape (an
// array with an element that is not a string, a number) is left out; Error.Body still holds
// it. In the object form, a member whose value is neither a string nor an array of strings is
// left out.
func (r *Decoded) Messages(k int) Messages {
	if k == NoKey || r.vals[k].end == 0 {
		return Messages{}
	}
	return messagesOf(&r.texts, r.vals[k].start, r.vals[k].end)
}

// UnmarshalJSON reads either form from a JSON value; see Decoded.Messages. It never fails, and
// null leaves ms as it is (null is as if the value were absent).
func (ms *Messages) UnmarshalJSON(data []byte) error {
	data = trimSpace(data)
	if string(data) == "null" {
		return nil
	}
	if _, ok := valueEnd(data, 0); !ok {
		*ms = Messages{}
		return nil
	}
	*ms = messagesOf(&texts{buf: data}, 0, len(data))
	return nil
}

// messagesOf reads either form of Messages from the JSON value t.buf[start:end].
func messagesOf(t *texts, start, end int) Messages {
	switch t.buf[start] {
	case '[':
		return Messages{List: t.strings(start, end)}
	case '{':
		return Messages{Fields: fieldMessages(t, start, end)}
	}
	return Messages{}
}

// fieldMessages reads the object form of Messages from the JSON object t.buf[start:end].
func fieldMessages(t *texts, start, end int) map[string][]string {
	v := t.buf[start:end]
	out := map[string][]string{}
	s := newScanner(v)
	s.begin()
	for {
		key, _, val, done, ok := s.next()
		if !ok || done {
			return out
		}
		name := t.key(span{start + key.start, start + key.end})
		switch v[val.start] {
		case '"':
			out[name] = []string{t.str(start+val.start, start+val.end)}
		case '[':
			if list := t.strings(start+val.start, start+val.end); list != nil {
				out[name] = list
			}
		}
	}
}

// MarshalJSON writes the object form when Fields is set and the array form otherwise.
func (ms Messages) MarshalJSON() ([]byte, error) {
	if ms.Fields != nil {
		return json.Marshal(ms.Fields)
	}
	return json.Marshal(ms.List)
}

// Text returns the messages as one text, for the generated Error.VendorMessage: the list
// joined with spaces, or each field's messages after the field's name, fields in name order
// ("email: is taken; password: is too short"); "" when there are none.
func (ms Messages) Text() string {
	if ms.Fields == nil {
		return strings.Join(ms.List, " ")
	}
	names := make([]string, 0, len(ms.Fields))
	for name := range ms.Fields {
		names = append(names, name)
	}
	slices.Sort(names)
	parts := make([]string, 0, len(names))
	for _, name := range names {
		parts = append(parts, name+": "+strings.Join(ms.Fields[name], " "))
	}
	return strings.Join(parts, "; ")
}

// trimSpace returns data without leading and trailing JSON white space.
func trimSpace(data []byte) []byte {
	i, j := 0, len(data)
	for i < j && isSpace(data[i]) {
		i++
	}
	for j > i && isSpace(data[j-1]) {
		j--
	}
	return data[i:j]
}

// isSpace reports whether b is JSON white space.
func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
