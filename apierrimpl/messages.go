package apierrimpl

import "encoding/json"

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
func (r *Reply) Messages(k int) Messages {
	v := r.value(k)
	var ms Messages
	_ = ms.UnmarshalJSON(v)
	return ms
}

// UnmarshalJSON reads either form from a JSON value; see Reply.Messages. It never fails.
func (ms *Messages) UnmarshalJSON(data []byte) error {
	*ms = Messages{}
	data = trimSpace(data)
	if len(data) == 0 {
		return nil
	}
	switch data[0] {
	case '[':
		ms.List = stringList(data)
	case '{':
		ms.Fields = fieldMessages(data)
	}
	return nil
}

// fieldMessages reads the object form of Messages.
func fieldMessages(data []byte) map[string][]string {
	out := map[string][]string{}
	s := newScanner(data)
	if !s.begin() {
		return nil
	}
	for {
		key, _, val, done, ok := s.next()
		if !ok {
			return nil
		}
		if done {
			return out
		}
		name := string(appendString(nil, data[key.start-1:key.end+1]))
		v := data[val.start:val.end]
		switch v[0] {
		case '"':
			out[name] = []string{string(appendString(nil, v))}
		case '[':
			if list := stringList(v); list != nil {
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
