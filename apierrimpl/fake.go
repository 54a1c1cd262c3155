package apierrimpl

import (
	"encoding/json"
	"net/http"
	"reflect"
)

// An Object builds a JSON object member by member, in the order they are added, for the
// generated Error.Marshal, which writes an error in the vendor's envelope to fake the vendor.
// The zero Object is empty.
type Object struct {
	b []byte
}

// Add appends a member: key and the JSON of value, as encoding/json writes it (a value it
// cannot write becomes null).
func (o *Object) Add(key string, value any) {
	if len(o.b) == 0 {
		o.b = append(o.b, '{')
	} else {
		o.b = append(o.b, ',')
	}
	k, _ := json.Marshal(key)
	v, err := json.Marshal(value)
	if err != nil {
		v = []byte("null")
	}
	o.b = append(o.b, k...)
	o.b = append(o.b, ':')
	o.b = append(o.b, v...)
}

// Bytes returns the object, closed.
func (o *Object) Bytes() []byte {
	if len(o.b) == 0 {
		return []byte("{}")
	}
	return append(o.b, '}')
}

// Serve answers a request with a fake vendor reply, for the generated Error.ServeHTTP: the
// header (such as a Retry-After the test set on the *Error), the status (400 when it is 0) and
// body, as JSON unless the header names another Content-Type.
func Serve(w http.ResponseWriter, status int, header http.Header, body []byte) {
	if status == 0 {
		status = http.StatusBadRequest
	}
	for k, vs := range header {
		w.Header()[k] = append([]string(nil), vs...)
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// WithHeader returns header with name set to value, for a fake reply that sends its request ID
// in a header ([spec] request_id_headers): a copy, so the *Error's own Header is left as it
// is; header itself when value is empty or the header already has name.
func WithHeader(header http.Header, name, value string) http.Header {
	if value == "" || header.Get(name) != "" {
		return header
	}
	h := header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Set(name, value)
	return h
}

// IsZero reports whether v is its type's zero value, for the generated Error.Marshal, which
// leaves out a field of a struct type that holds nothing.
func IsZero[T any](v T) bool {
	return reflect.ValueOf(&v).Elem().IsZero()
}
