package apierrimpl

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// item is a [[struct]] with a field of every type the struct readers read, tagged as the
// generator tags them.
type item struct {
	Name  string  `json:"Name"`
	Count int     `json:"count"`
	Big   int64   `json:"big"`
	OK    bool    `json:"ok"`
	Ratio float64 `json:"ratio"`
}

// itemNames are the JSON keys of item's fields, in field order.
var itemNames = []string{"Name", "count", "big", "ok", "ratio"}

// readItem is what the generator writes for item.
func readItem(v *item, i int, m Member) {
	switch i {
	case 0:
		if x, ok := m.String(); ok {
			v.Name = x
		}
	case 1:
		if x, ok := m.Int(); ok {
			v.Count = x
		}
	case 2:
		if x, ok := m.Int64(); ok {
			v.Big = x
		}
	case 3:
		if x, ok := m.Bool(); ok {
			v.OK = x
		}
	case 4:
		if x, ok := m.Float64(); ok {
			v.Ratio = x
		}
	}
}

// structLayout reads one key, "items", of a body with a code.
var structLayout = Layout{
	Keys:      []string{"code", "items"},
	Envelopes: []Envelope{{Name: "default", Code: 0, WireName: NoKey, Detail: NoKey, Outcome: NoKey}},
}

// compareStructReaders decodes {"items": value} with ReadStructs and ReadStruct and with
// encoding/json into the same types, and fails when they differ. It skips bodies either side
// does not read as an object.
func compareStructReaders(t *testing.T, value string) {
	t.Helper()
	body := []byte(`{"code":1,"items":` + value + `}`)
	var r Decoded
	if !structLayout.Decode(&r, body) {
		return
	}
	var list struct {
		Items []item `json:"items"`
	}
	if err := json.Unmarshal(body, &list); err != nil && !isTypeError(err) {
		return // not a document encoding/json reads
	}
	if got := ReadStructs(&r, 1, itemNames, readItem); !reflect.DeepEqual(got, list.Items) {
		t.Errorf("ReadStructs(%s) = %#v, encoding/json gives %#v", value, got, list.Items)
	}
	var one struct {
		Items item `json:"items"`
	}
	_ = json.Unmarshal(body, &one)
	var got item
	ReadStruct(&r, 1, &got, itemNames, readItem)
	if got != one.Items {
		t.Errorf("ReadStruct(%s) = %#v, encoding/json gives %#v", value, got, one.Items)
	}
}

// isTypeError reports whether err is encoding/json's error for a value of the wrong type,
// after which it still decodes the rest.
func isTypeError(err error) bool {
	_, ok := err.(*json.UnmarshalTypeError)
	return ok
}

// TestStructReaders checks the struct readers against encoding/json on the cases the rules
// name: key case, duplicates, null, wrong types, elements that are not objects, ranges.
func TestStructReaders(t *testing.T) {
	for _, v := range []string{
		`[{"Name":"email","count":2,"big":9007199254740993,"ok":true,"ratio":0.5}]`,
		`[]`, `null`, `{"Name":"one object"}`, `"not a list"`, `[null, 1, "x", [], {"Name":"b"}]`,
		`[{"name":"case","COUNT":3,"Ok":true}]`,
		`[{"Name":"first","Name":"last"}]`,
		`[{"Name":"kept","Name":null,"count":4,"count":"x"}]`,
		`[{"count":1.5,"big":1e3,"ok":"true","ratio":"0.5"}]`,
		`[{"count":99999999999999999999,"big":-9223372036854775808}]`,
		`[{"Name":"esc\u0061ped \ud83d\ude00","N\u0061me":"by an escaped key"}]`,
		`[{"Name":"\xff invalid UTF-8"}]`,
		`[{"nested":{"Name":"not this"},"Name":"this"}]`,
		`[{"ſ":1,"K":2,"Name":"fold"}]`,
		` [ { "Name" : "space" } , { } ] `,
	} {
		compareStructReaders(t, v)
	}
	// A number beyond float64 leaves the field as it is, as the default encoding/json engine
	// does; the GOEXPERIMENT=jsonv2 engine sets the largest float64 instead.
	var r Decoded
	structLayout.Decode(&r, []byte(`{"items":[{"ratio":0.5,"ratio":1e400}]}`))
	if got := ReadStructs(&r, 1, itemNames, readItem); len(got) != 1 || got[0].Ratio != 0.5 {
		t.Errorf("ReadStructs with a ratio of 1e400 after 0.5 = %v, want the 0.5 kept", got)
	}
	if got := ReadStructs(&Decoded{}, NoKey, itemNames, readItem); got != nil {
		t.Errorf("ReadStructs of no key = %v, want nil", got)
	}
}

// FuzzStructReaders compares the struct readers with encoding/json on any value.
func FuzzStructReaders(f *testing.F) {
	for _, s := range []string{`[{"Name":"a","count":1}]`, `{"ok":true}`, `[null,{"NAME":"x"}]`, `[{"ratio":-0.0e+1}]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		if strings.Contains(value, "\ufeff") {
			return // a BOM inside the value: not valid JSON for either
		}
		compareStructReaders(t, value)
	})
}
