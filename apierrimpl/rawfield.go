package apierrimpl

import (
	"encoding/json"
	"iter"
)

// RawField returns the raw JSON value of the top-level key of body, for the generated
// Error.RawField: documented or not, so nothing a vendor sends is lost. An exact key match is
// preferred, else the least key (in byte order) equal to key up to case, as encoding/json
// matches keys; of duplicate keys the last wins. ok is false when body is not a JSON object
// by the rules of Decode, or lacks the key. The value shares memory with body.
func RawField(body []byte, key string) (json.RawMessage, bool) {
	s := newScanner(body)
	if !s.begin() {
		return nil, false
	}
	var exact, fold span
	foldKey := ""
	for {
		k, escaped, val, done, ok := s.next()
		if !ok {
			return nil, false
		}
		if done {
			break
		}
		raw := body[k.start:k.end]
		switch {
		case keyIs(raw, escaped, key):
			exact = val
		case keyFold(raw, escaped, key):
			name := string(appendString(nil, body[k.start-1:k.end+1]))
			if fold.end == 0 || name <= foldKey {
				fold, foldKey = val, name
			}
		}
	}
	for _, v := range []span{exact, fold} {
		if v.end != 0 {
			return json.RawMessage(body[v.start:v.end:v.end]), true
		}
	}
	return nil, false
}

// Members returns the top-level members of body, key and raw value, in the order of the body
// (duplicates included), as Decode reads them: after a byte-order mark, up to the end of the
// first JSON object. It yields nothing when body is not a JSON object by Decode's rules. The
// values share memory with body. explain lists a body's keys with it.
func Members(body []byte) iter.Seq2[string, json.RawMessage] {
	return func(yield func(string, json.RawMessage) bool) {
		s := newScanner(body)
		if !s.begin() {
			return
		}
		var all []span // a body that fails the scan half-way yields nothing
		for {
			k, _, val, done, ok := s.next()
			if !ok {
				return
			}
			if done {
				break
			}
			all = append(all, k, val)
		}
		for i := 0; i < len(all); i += 2 {
			k, v := all[i], all[i+1]
			if !yield(string(appendString(nil, body[k.start-1:k.end+1])), json.RawMessage(body[v.start:v.end:v.end])) {
				return
			}
		}
	}
}
