package apierrimpl

import (
	"math"
	"strconv"
)

// A Member is the value of one member of a JSON object inside a body, handed to the generated
// reader of a [[struct]] type by ReadStruct and ReadStructs. Its methods read it as a field
// type; ok is false for a value of another JSON type (null included), and the reader then
// leaves the field as it is, as encoding/json does.
type Member struct {
	t          texts // a copy, so that the Decoded does not escape through the reader
	start, end int
}

// String returns the JSON string the member holds.
func (m Member) String() (string, bool) {
	if m.t.buf[m.start] != '"' {
		return "", false
	}
	return m.t.str(m.start, m.end), true
}

// Bool returns the JSON boolean the member holds.
func (m Member) Bool() (bool, bool) {
	switch string(m.t.buf[m.start:m.end]) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	return false, false
}

// Int64 returns the JSON number the member holds when it is an integer within the range of
// int64.
func (m Member) Int64() (int64, bool) {
	return parseInt(m.t.buf[m.start:m.end])
}

// Int returns the JSON number the member holds when it is an integer within the range of int.
func (m Member) Int() (int, bool) {
	n, ok := m.Int64()
	if !ok || n < math.MinInt || n > math.MaxInt {
		return 0, false
	}
	return int(n), true
}

// Float64 returns the JSON number the member holds, when a float64 can hold it.
func (m Member) Float64() (float64, bool) {
	v := m.t.buf[m.start:m.end]
	if !(v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(v), 64)
	return f, err == nil
}

// ReadStruct reads the JSON object held by key k into *v for a generated [[struct]] type, as
// encoding/json would: set is called for each member whose key names a field of the struct
// (names[i], matched exactly or else up to case, see matchName), in the order of the object,
// so that of duplicate keys the last one that fits wins. It reports false, leaving *v alone,
// when k holds no object (it is absent, null or another type).
func ReadStruct[T any](r *Decoded, k int, v *T, names []string, set func(v *T, i int, m Member)) bool {
	start, end, ok := r.holds(k, '{')
	if ok {
		readObject(r.texts.shared(), start, end, names, func(i int, m Member) { set(v, i, m) })
	}
	return ok
}

// ReadStructs reads the JSON array held by key k as a []T for a generated [[struct]] type, as
// encoding/json would: each element that is an object is read as ReadStruct reads one, and an
// element of another type (null included) is a zero T. It returns nil when k holds no array.
func ReadStructs[T any](r *Decoded, k int, names []string, set func(v *T, i int, m Member)) []T {
	start, end, ok := r.holds(k, '[')
	if !ok {
		return nil
	}
	v := r.buf[start:end]
	out := make([]T, elements(v, nil))
	t := r.texts.shared()
	n := 0
	elements(v, func(s, e int) {
		if v[s] == '{' {
			readObject(t, start+s, start+e, names, func(i int, m Member) { set(&out[n], i, m) })
		}
		n++
	})
	return out
}

// holds returns where the value of key k is when it starts with open ('{' or '['): an
// object or an array.
func (r *Decoded) holds(k int, open byte) (start, end int, ok bool) {
	if k == NoKey || r.vals[k].end == 0 || r.buf[r.vals[k].start] != open {
		return 0, 0, false
	}
	return r.vals[k].start, r.vals[k].end, true
}

// readObject calls each for every member of the valid JSON object t.buf[start:end] whose key
// names one of names, with the name's index and the member's value.
func readObject(t texts, start, end int, names []string, each func(i int, m Member)) {
	s := newScanner(t.buf[start:end])
	s.begin()
	for {
		key, escaped, val, done, ok := s.next()
		if !ok || done {
			return
		}
		if i := matchName(s.data[key.start:key.end], escaped, names); i >= 0 {
			each(i, Member{t: t, start: start + val.start, end: start + val.end})
		}
	}
}

// elements walks the elements of the valid JSON array v, calling each (when not nil) with the
// span of each element in v, and returns their number.
func elements(v []byte, each func(start, end int)) int {
	n := 0
	for i := skipSpace(v, 1); i < len(v) && v[i] != ']'; {
		end, ok := valueEnd(v, i)
		if !ok {
			return n
		}
		if each != nil {
			each(i, end)
		}
		n++
		i = skipSpace(v, end)
		if i < len(v) && v[i] == ',' {
			i = skipSpace(v, i+1)
		}
	}
	return n
}
