package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
)

// choiceSpec has a code without fields (100), one listing a field and the message key (200,
// whose body has the most keys), one with as many keys after it (250), a deprecated code
// listing more (300), and a field no code lists (details), which every body carries.
const choiceSpec = `
[spec]
vendor = "Example"
document = "Error codes"
source = "https://example.com"
package = "exampleid"
dir = "example/exampleid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"
wire_name = "error"
message = ["message"]
description = ["error_description", "message"]
request_id = ["request_id", "request_token"]
outcome_key = "stat"
outcome_error = ["error"]
outcome_success = ["ok"]

[[field]]
json = "argument_name"
name = "ArgumentName"
type = "string"
doc = "A field."

[[field]]
json = "cause"
name = "Cause"
type = "string"
doc = "A field."

[[field]]
json = "details"
name = "Details"
type = "map[string][]string"
doc = "A field."

[[code]]
value = 100
name = "Plain"
wire = "plain"
description = "No fields."
class = "invalid_request"

[[code]]
value = 200
name = "InvalidArgument"
wire = "invalid_argument"
message = "Invalid argument"
description = "The argument was malformed."
fields = ["argument_name", "message"]
class = "invalid_request"

[[code]]
value = 250
name = "SameKeys"
wire = "same_keys"
message = "Same keys"
description = "As many keys as 200."
fields = ["argument_name", "message"]
class = "invalid_request"

[[code]]
value = 300
name = "Gone"
wire = "gone"
description = "Withdrawn."
fields = ["argument_name", "cause", "message"]
class = "invalid_request"
deprecated = "2026-01-01: gone from the page"
`

// loadSpec loads a spec held in a string.
func loadSpec(t *testing.T, src string) *spec.Spec {
	t.Helper()
	s, err := spec.Load("example.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTypicalChoice checks typical's rule on choiceSpec: the code whose body has the most
// top-level keys (the first in code order on a tie), deprecated codes skipped, a listed key
// only in the bodies of the codes that list it, an unlisted field in every body.
func TestTypicalChoice(t *testing.T) {
	m := model.New(loadSpec(t, choiceSpec), "")
	got, err := typical(m)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"stat":"error","code":200,"error":"invalid_argument","message":"Invalid argument",` +
		`"error_description":"The argument was malformed.","request_id":"` + typicalRequestID + `",` +
		`"argument_name":"example argument_name","details":{"example":["example details"]}}`
	if got.Code.Name != "InvalidArgument" || got.Body != want || got.Status != 200 {
		t.Errorf("typical = %s, HTTP %d, %s\nwant InvalidArgument, HTTP 200, %s", got.Code.Name, got.Status,
			got.Body, want)
	}
	wantFields := "Code Name Message Description RequestID ArgumentName Details"
	if f := strings.Join(got.ErrorFields, " "); f != wantFields || got.VendorCode != "200" {
		t.Errorf("ErrorFields %q, VendorCode %q; want %q and 200", f, got.VendorCode, wantFields)
	}
	plain := bodyOf(m, m.Codes[0])
	if strings.Contains(plain.Body, "argument_name") || strings.Contains(plain.Body, `"message"`) ||
		!strings.Contains(plain.Body, `"details"`) {
		t.Errorf("the body of 100 carries a key only 200 and 300 list, or lacks the unlisted details: %s",
			plain.Body)
	}
}

// TestTypicalRealSpecs checks the typical body of every spec under specs/: valid JSON whose
// every top-level key the decoder reads, read by the runtime as an error with the chosen code.
func TestTypicalRealSpecs(t *testing.T) {
	specs, err := spec.LoadDir(filepath.Join("..", "..", "..", "specs"))
	if err != nil {
		t.Fatal(err)
	}
	others := make([]model.Other, len(specs))
	for i, s := range specs {
		others[i] = model.Other{Spec: s, ImportPath: s.Dir}
	}
	for _, s := range specs {
		m := model.New(s, "", others...)
		got, err := typical(m)
		if err != nil {
			t.Errorf("%s: %v", s.File, err)
			continue
		}
		var obj map[string]any
		if err := json.Unmarshal([]byte(got.Body), &obj); err != nil || len(obj) != len(got.Keys) {
			t.Errorf("%s: the body is not a JSON object with %d keys (%v): %s", s.File, len(got.Keys), err, got.Body)
		}
		reads := map[string]bool{}
		for _, k := range m.Keys {
			reads[k.JSON] = true
		}
		for _, k := range got.Keys {
			if !reads[k] {
				t.Errorf("%s: the body has the key %q, which the decoder does not read", s.File, k)
			}
		}
		rd := m.Read(got.Status, []byte(got.Body))
		if !rd.IsError || rd.Code != m.ValueOf(m.ReplyCode(got.Code)) {
			t.Errorf("%s: the runtime reads the body of %s as error=%v with code %v", s.File, got.Code.Name,
				rd.IsError, rd.Code)
		}
	}
}

// TestPlainFieldNames checks that keys whose Go names collide get numbered names, in key order.
func TestPlainFieldNames(t *testing.T) {
	names := map[string]bool{}
	var got []string
	for _, n := range []string{"Code", "Code", "RequestID", "Code"} {
		got = append(got, uniqueName(names, n))
	}
	if s := strings.Join(got, " "); s != "Code Code2 RequestID Code3" {
		t.Errorf("uniqueName gives %s, want Code Code2 RequestID Code3", s)
	}
}

// TestBenchInputsCurrent checks that bench/zz_packages_test.go is what the specs under specs/
// give, so that a new or changed spec cannot leave the Parse benchmark behind.
func TestBenchInputsCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	want, err := source(filepath.Join(root, "specs"), filepath.Join(root, "generated"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "bench", "zz_packages_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("bench/zz_packages_test.go is not what the specs give: run go generate ./... " +
			"(or go generate ./bench/) and commit it")
	}
}
