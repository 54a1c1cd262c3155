package model

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
)

// keySet collects the keys the decoder reads, in order of first use, each with a unique Go
// name.
type keySet struct {
	list   []*Key
	byJSON map[string]*Key
	idents map[string]bool
}

func newKeySet() *keySet {
	return &keySet{byJSON: map[string]*Key{}, idents: map[string]bool{}}
}

// add returns the key for a JSON key, adding it on first use.
func (s *keySet) add(json string) *Key {
	if k, ok := s.byJSON[json]; ok {
		return k
	}
	ident := "key" + KeyName(json)
	for n, base := 2, ident; s.idents[ident]; n++ {
		ident = base + strconv.Itoa(n)
	}
	k := &Key{Index: len(s.list), JSON: json, Ident: ident}
	s.list = append(s.list, k)
	s.byJSON[json] = k
	s.idents[ident] = true
	return k
}

// addOpt is add for an optional role: nil for "".
func (s *keySet) addOpt(json string) *Key {
	if json == "" {
		return nil
	}
	return s.add(json)
}

// addAll adds a list of keys.
func (s *keySet) addAll(jsons []string) []*Key {
	var out []*Key
	for _, j := range jsons {
		out = append(out, s.add(j))
	}
	return out
}

// KeyName derives the Go name part of a JSON key: words split at characters that are not
// letters or digits, each word's first letter upper-cased, a trailing "Id" written "ID":
// "error_description" → "ErrorDescription", "requestId" → "RequestID", "2fa" → "K2fa" (a
// name never starts with a digit), "" → "K".
func KeyName(key string) string {
	var b strings.Builder
	upper := false
	for _, r := range key {
		switch {
		case r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)):
			upper = b.Len() > 0
		case b.Len() == 0:
			if unicode.IsDigit(r) {
				b.WriteString("K")
			}
			b.WriteRune(unicode.ToUpper(r))
		case upper:
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	name := b.String()
	if strings.HasSuffix(name, "Id") {
		name = strings.TrimSuffix(name, "Id") + "ID"
	}
	if name == "" {
		name = "K"
	}
	return name
}

// jsonValues returns outcome values (strings and booleans) as JSON.
func jsonValues(vs []any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = JSON(v)
	}
	return out
}

// JSON is the JSON encoding of a string, number or boolean of a spec, as it appears in a
// body.
func JSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings, numbers and booleans always marshal
	}
	return string(b)
}
