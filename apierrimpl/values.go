package apierrimpl

import (
	"encoding/json"
	"math"
	"strconv"
)

// The readers below hand a generated Parse the value of one key of a decoded body, typed as
// its Error field. A value of another JSON type than the field's reads as the field's zero
// value (the body keeps it: Error.Body, Error.RawField), so one odd value never costs the rest
// of the body.

// IntCode returns the int code held by key k: a JSON number that is an integer, or a JSON
// string of one (an optional sign and decimal digits), within the range of int. ok is false
// when the body does not hold k or holds something else there.
func (r *Decoded) IntCode(k int) (n int, ok bool) {
	return r.intCodeOf(r.value(k))
}

// intCodeOf is IntCode of a raw value v.
func (r *Decoded) intCodeOf(v []byte) (n int, ok bool) {
	if len(v) == 0 {
		return 0, false
	}
	var n64 int64
	if v[0] == '"' {
		var buf [32]byte
		n64, ok = parseDigits(appendString(buf[:0], v))
	} else {
		n64, ok = parseInt(v)
	}
	if !ok || n64 < math.MinInt || n64 > math.MaxInt {
		return 0, false
	}
	return int(n64), true
}

// parseDigits reads an optional sign and decimal digits as an int64.
func parseDigits(s []byte) (int64, bool) {
	if len(s) > 0 && s[0] == '+' {
		s = s[1:]
		if len(s) > 0 && s[0] == '-' {
			return 0, false
		}
	}
	if len(s) == 0 || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return 0, false
	}
	n, err := strconv.ParseInt(string(s), 10, 64)
	return n, err == nil
}

// StringCode returns the string code held by key k: a JSON string. ok is false when the body
// does not hold k or holds something else there.
func (r *Decoded) StringCode(k int) (s string, ok bool) {
	if k == NoKey {
		return "", false
	}
	return r.stringCodeAt(r.vals[k])
}

// stringCodeAt is StringCode of the value at v.
func (r *Decoded) stringCodeAt(v span) (s string, ok bool) {
	if v.end == 0 || r.buf[v.start] != '"' {
		return "", false
	}
	return r.str(v.start, v.end), true
}

// String returns the JSON string held by key k, or "".
func (r *Decoded) String(k int) string {
	if k == NoKey {
		return ""
	}
	return r.str(r.vals[k].start, r.vals[k].end)
}

// Bool returns the JSON boolean held by key k, or false.
func (r *Decoded) Bool(k int) bool {
	return string(r.value(k)) == "true"
}

// Int returns the JSON number held by key k when it is an integer within the range of int,
// else 0.
func (r *Decoded) Int(k int) int {
	n, ok := parseInt(r.value(k))
	if !ok || n < math.MinInt || n > math.MaxInt {
		return 0
	}
	return int(n)
}

// Int64 returns the JSON number held by key k when it is an integer within the range of
// int64, else 0.
func (r *Decoded) Int64(k int) int64 {
	n, _ := parseInt(r.value(k))
	return n
}

// Float64 returns the JSON number held by key k, or 0.
func (r *Decoded) Float64(k int) float64 {
	v := r.value(k)
	if len(v) == 0 || !(v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		return 0
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil {
		return 0
	}
	return f
}

// Raw returns the raw JSON value of key k, or nil. It shares memory with the body.
func (r *Decoded) Raw(k int) json.RawMessage {
	return json.RawMessage(r.value(k))
}

// Strings returns the JSON array of strings held by key k, or nil when it holds anything
// else (an array with an element that is not a string included).
func (r *Decoded) Strings(k int) []string {
	if k == NoKey || r.vals[k].end == 0 {
		return nil
	}
	return r.strings(r.vals[k].start, r.vals[k].end)
}

// RawMap returns the JSON object held by key k as its members' raw values (the last of
// duplicate keys wins), or nil when it holds anything else.
func (r *Decoded) RawMap(k int) map[string]json.RawMessage {
	v := r.value(k)
	if len(v) == 0 || v[0] != '{' {
		return nil
	}
	base := r.vals[k].start
	out := map[string]json.RawMessage{}
	s := newScanner(v)
	s.begin()
	for {
		key, _, val, done, ok := s.next()
		if !ok || done {
			return out
		}
		out[r.key(span{base + key.start, base + key.end})] = json.RawMessage(v[val.start:val.end:val.end])
	}
}

// Unmarshal decodes the value of key k into v with encoding/json, for field types the other
// readers do not cover (structs, lists and maps of them). A value that does not fit leaves v
// as encoding/json leaves it; the error is dropped.
func (r *Decoded) Unmarshal(k int, v any) {
	if raw := r.value(k); len(raw) > 0 {
		_ = json.Unmarshal(raw, v)
	}
}
