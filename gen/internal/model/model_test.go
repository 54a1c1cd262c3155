package model

import (
	"fmt"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/spec"
)

// intSpec is an int spec with wire names, nested catch-alls, an outcome key and classes by
// HTTP status.
const intSpec = `
[spec]
vendor = "Example"
document = "Error codes"
source = "https://example.com"
package = "exampleid"
dir = "exampleid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"
wire_name = "error"
description = ["error_description", "message"]
request_id = ["request_id", "request_token"]
outcome_key = "stat"
outcome_error = ["error"]
outcome_success = ["ok"]

[[code]]
value = 200
name = "InvalidArgument"
wire = "invalid_argument"
description = "The argument was malformed."
class = "invalid_request"

[[code]]
value = 210
name = "InvalidCredentials"
wire = "invalid_credentials"
message = "Wrong credentials"
parent = "InvalidArgument"
class = "invalid_credentials"

[[code]]
value = 352
name = "Duplicate"
wire = "invalid_argument"
status = 409
unclassified = "The document contradicts itself."

[[catch_all]]
parent = "InvalidArgument"
from = 201
to = 299

[[catch_all]]
parent = "InvalidCredentials"
from = 211
to = 219

[[status_class]]
status = 503
class = "unavailable"
`

// stringSpec is a string spec with two envelopes, a detail code and a nearest-listed
// catch-all.
const stringSpec = `
[spec]
vendor = "Example"
document = "Error codes"
source = "https://example.com"
package = "cloudid"
dir = "cloudid"
code_type = "string"

[[envelope]]
name = "api"
match = ["success", "code"]
code = "code"
detail = "message"
request_id = ["requestId", "request_id", "RequestId"]
outcome_key = "success"
outcome_error = [false]
outcome_success = [true]

[[envelope]]
name = "oauth"
match = ["error"]
code = "error"
description = ["error_description"]
request_id = ["requestId"]

[[code]]
value = "Operation.Failure"
name = "OperationFailure"
envelope = "api"
status = 500
unclassified = "Too coarse."

[[code]]
value = "Operation.Failure.User.Locked"
name = "OperationFailureUserLocked"
envelope = "api"
detail = true
parent = "OperationFailure"
class = "account_locked"

[[code]]
value = "invalid_grant"
name = "InvalidGrant"
envelope = "oauth"
class = "unauthenticated"

[[catch_all]]
parent = "OperationFailure"
prefix = "Operation.Failure."
nearest_listed = true
`

// load loads a spec held in a string.
func load(t *testing.T, src string) *Model {
	t.Helper()
	s, err := spec.Load("test.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return New(s, "")
}

// TestKeyName checks the Go names derived from JSON keys.
func TestKeyName(t *testing.T) {
	for key, want := range map[string]string{
		"error_description": "ErrorDescription",
		"requestId":         "RequestID",
		"request_id":        "RequestID",
		"RequestId":         "RequestID",
		"ErrorCode":         "ErrorCode",
		"2fa":               "K2fa",
		"":                  "K",
		"détail":            "DTail",
		"a-b.c":             "ABC",
	} {
		if got := KeyName(key); got != want {
			t.Errorf("KeyName(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestKeys checks the keys of the layout: first use decides the order, and names stay unique.
func TestKeys(t *testing.T) {
	m := load(t, stringSpec)
	var got []string
	for _, k := range m.Keys {
		got = append(got, k.JSON+"="+k.Ident)
	}
	want := []string{"code=keyCode", "message=keyMessage", "success=keySuccess", "requestId=keyRequestID",
		"request_id=keyRequestID2", "RequestId=keyRequestID3", "error=keyError", "error_description=keyErrorDescription"}
	if len(got) != len(want) {
		t.Fatalf("keys %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("key %d = %s, want %s", i, got[i], want[i])
		}
	}
	if e := m.Layout.Envelopes[0]; e.Detail != 1 || e.Outcome != 2 || len(e.Match) != 2 || e.ErrorValues[0] != "false" {
		t.Errorf("the api envelope of the layout = %+v", e)
	}
}

// TestParentsAndClasses checks the parent and class of listed and unlisted codes.
func TestParentsAndClasses(t *testing.T) {
	m := load(t, intSpec)
	for _, tc := range []struct {
		code   int64
		parent string // Go name, or ""
		class  *apierr.Class
	}{
		{200, "", apierr.ErrInvalidRequest},
		{210, "InvalidArgument", apierr.ErrInvalidCredentials},
		{215, "InvalidCredentials", apierr.ErrInvalidCredentials}, // the narrower catch-all wins
		{250, "InvalidArgument", apierr.ErrInvalidRequest},
		{352, "", nil},
		{300, "", nil},
	} {
		p := m.Parent(Value{Int: tc.code})
		if name := nameOf(p); name != tc.parent {
			t.Errorf("Parent(%d) = %s, want %s", tc.code, name, tc.parent)
		}
		if got := m.Class(Value{Int: tc.code}); got != tc.class {
			t.Errorf("Class(%d) = %v, want %v", tc.code, got, tc.class)
		}
	}
	if chain := m.Parents(Value{Int: 215}); len(chain) != 2 || chain[1].Name != "InvalidArgument" {
		t.Errorf("Parents(215) = %v", chain)
	}
	s := load(t, stringSpec)
	for value, want := range map[string]string{
		"Operation.Failure.User.Locked.Again": "OperationFailureUserLocked", // the longest listed prefix
		"Operation.Failure.Other":             "OperationFailure",
		"invalid_grant":                       "",
	} {
		if got := nameOf(s.Parent(Value{Str: value})); got != want {
			t.Errorf("Parent(%q) = %s, want %s", value, got, want)
		}
	}
}

// nameOf is the Go name of a code, or "".
func nameOf(c *spec.Code) string {
	if c == nil {
		return ""
	}
	return c.Name
}

// TestReplies checks the status and code of fake replies and what String and Error give.
func TestReplies(t *testing.T) {
	m := load(t, intSpec)
	if got := m.ReplyStatus(m.Named("Duplicate")); got != 409 {
		t.Errorf("ReplyStatus(documented 409) = %d", got)
	}
	if got := m.ReplyStatus(m.Named("InvalidArgument")); got != 200 {
		t.Errorf("ReplyStatus(no status, outcome key) = %d, want 200", got)
	}
	if got := m.ErrText(m.Named("InvalidCredentials")); got != "exampleid: invalid_credentials (210): Wrong credentials" {
		t.Errorf("ErrText = %q", got)
	}
	if c := m.ByWireName("invalid_argument"); c == nil || c.Int != 200 {
		t.Errorf("ByWireName(invalid_argument) = %v, want the lower code, 200", c)
	}
	s := load(t, stringSpec)
	locked := s.Named("OperationFailureUserLocked")
	if got := s.ReplyCode(locked); got.Name != "OperationFailure" {
		t.Errorf("ReplyCode(detail code) = %s, want its parent", got.Name)
	}
	if got := s.ReplyStatus(locked); got != 200 {
		t.Errorf("ReplyStatus(detail code of an outcome envelope) = %d, want 200", got)
	}
}

// TestRead checks how bodies read, with the runtime's rules.
func TestRead(t *testing.T) {
	m := load(t, intSpec)
	rd := m.Read(200, []byte(`{"stat":"error","error":"invalid_credentials","request_token":"t"}`))
	if !rd.IsError || rd.Code.Int != 210 || !rd.CodeByName || rd.RequestID != "t" {
		t.Errorf("a body with a wire name and no code: %+v", rd)
	}
	if c := rd.Class(m); c != apierr.ErrInvalidCredentials {
		t.Errorf("its class = %v", c)
	}
	if rd := m.Read(503, []byte(`<html>`)); !rd.IsError || rd.Env != nil || rd.Class(m) != apierr.ErrUnavailable {
		t.Errorf("a gateway page at 503: %+v", rd)
	}
	if rd := m.Read(400, []byte(`{"stat":"ok","code":200}`)); rd.IsError {
		t.Errorf("stat ok at 400 is an error")
	}
	s := load(t, stringSpec)
	rd = s.Read(200, []byte(`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked"}`))
	if !rd.IsError || rd.Env.Name != "api" || rd.Detail.Str != "Operation.Failure.User.Locked" || rd.Class(s) != apierr.ErrAccountLocked {
		t.Errorf("a detail code: %+v", rd)
	}
	if got := s.VendorCode(rd.Reply()); got != "Operation.Failure.User.Locked" {
		t.Errorf("VendorCode = %q, want the detail code", got)
	}
}

// TestDecoderReadsEveryIntCodeTheLoaderAccepts checks that the loader and the decoder agree:
// the extreme int codes the loader accepts (spec.MinIntCode, spec.MaxIntCode) are read by the
// runtime's decoder as the same codes, as numbers and as strings of digits, and the loader
// rejects one past either end.
func TestDecoderReadsEveryIntCodeTheLoaderAccepts(t *testing.T) {
	src := func(a, b int64) string {
		return fmt.Sprintf(`
[spec]
vendor = "Example"
document = "Error codes"
source = "https://example.com"
package = "boundid"
dir = "boundid"
code_type = "int"

[[envelope]]
name = "default"
code = "code"

[[code]]
value = %d
name = "Lowest"
unclassified = "a test"

[[code]]
value = %d
name = "Highest"
unclassified = "a test"
`, a, b)
	}
	m := load(t, src(spec.MinIntCode, spec.MaxIntCode))
	for _, c := range m.Codes {
		for _, body := range []string{
			fmt.Sprintf(`{"code":%d}`, c.Int),
			fmt.Sprintf(`{"code":"%d"}`, c.Int),
		} {
			if rd := m.Read(400, []byte(body)); rd.Code.Int != c.Int || m.Lookup(rd.Code) != c {
				t.Errorf("%s reads as code %d, want the documented %d", body, rd.Code.Int, c.Int)
			}
		}
	}
	for _, bad := range [][2]int64{{spec.MinIntCode - 1, 1}, {1, spec.MaxIntCode + 1}} {
		if _, err := spec.Load("bound.toml", []byte(src(bad[0], bad[1]))); err == nil {
			t.Errorf("the loader accepts %v, outside the int32 range", bad)
		}
	}
}
