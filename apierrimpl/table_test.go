package apierrimpl

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// intCode and strCode stand for the Code types of generated packages, which are errors.
type (
	intCode int
	strCode string
)

func (c intCode) Error() string { return "int code" }
func (c strCode) Error() string { return "string code" }

// akamaiLike is a Table of int codes with Akamai's kind of catch-alls: 360 covers 361–369 and
// 300 covers 301–399, so the narrower 360 wins for 364.
func akamaiLike() *Table[intCode] {
	return NewIntTable(&Table[intCode]{
		Package: "ints", Vendor: "Ints", ImportPath: "example.com/ints",
		Codes: []CodeInfo[intCode]{
			{Code: 300, GoName: "Record", Wire: "record_error", Class: apierr.ErrInvalidRequest},
			{Code: 360, GoName: "Constraint", Wire: "constraint_violation", Parent: 300},
			{Code: 361, GoName: "Unique", Wire: "unique_violation", Parent: 360, Class: apierr.ErrAlreadyExists,
				Message: "A unique constraint was violated."},
			{Code: 510, GoName: "Limit", Wire: "api_limit_error", Class: apierr.ErrRateLimited, Temporary: true},
		},
		CatchAlls: []CatchAll[intCode]{
			{From: 301, To: 399, Parent: 300},
			{From: 361, To: 369, Parent: 360},
		},
		Layout: testLayout,
	})
}

// alibabaLike is a Table of string codes with dotted detail codes under a catch-all with
// nearest_listed, in two envelopes, the second without an outcome key.
func alibabaLike() *Table[strCode] {
	return NewStringTable(&Table[strCode]{
		Package: "strs", Vendor: "Strs",
		Codes: []CodeInfo[strCode]{
			{Code: "Operation.Failure", GoName: "OperationFailure", Status: 500},
			{Code: "Operation.Failure.User", GoName: "User", Parent: "Operation.Failure", Detail: true},
			{Code: "Operation.Failure.User.Locked", GoName: "Locked", Parent: "Operation.Failure.User",
				Class: apierr.ErrAccountLocked, Detail: true, Description: "The user is locked. Ask an admin."},
			{Code: "invalid_grant", GoName: "InvalidGrant", Envelope: 1, Description: "The grant is invalid."},
		},
		CatchAlls:     []CatchAll[strCode]{{Prefix: "Operation.Failure.", Parent: "Operation.Failure", NearestListed: true}},
		StatusClasses: map[int]*apierr.Class{400: apierr.ErrInvalidRequest, 503: apierr.ErrInternal},
		Layout:        twoEnvelopes,
	})
}

// TestParentsAndCatchAlls checks the rule of a code's parent: a listed code's own parent, the
// narrowest catch-all for an unlisted one, and with nearest_listed the longest listed prefix.
func TestParentsAndCatchAlls(t *testing.T) {
	ints := akamaiLike()
	for c, want := range map[intCode]intCode{361: 360, 360: 300, 364: 360, 305: 300, 300: 0, 400: 0, 999: 0} {
		if got, ok := ints.Parent(c); got != want || ok != (want != 0) {
			t.Errorf("Parent(%d) = %d, %v; want %d", c, got, ok, want)
		}
	}
	strs := alibabaLike()
	for c, want := range map[strCode]strCode{
		"Operation.Failure.User.Locked.Again": "Operation.Failure.User.Locked",
		"Operation.Failure.User.Other":        "Operation.Failure.User",
		"Operation.Failure.Brand.New":         "Operation.Failure",
		"Operation.Failure.User.Locked":       "Operation.Failure.User",
		"Params.Blank":                        "",
	} {
		if got, ok := strs.Parent(c); got != want || ok != (want != "") {
			t.Errorf("Parent(%s) = %q, %v; want %q", c, got, ok, want)
		}
	}
	if !strs.CodeIs("Operation.Failure.User.Locked.Again", strCode("Operation.Failure")) {
		t.Error("an unlisted code is not a kind of its grandparent")
	}
	if ints.CodeIs(364, intCode(300)) != true || ints.CodeIs(364, intCode(510)) {
		t.Error("CodeIs does not follow the chain 364 → 360 → 300 alone")
	}
}

// TestClassRules checks the class of a code and of a reply: own class, the parent's class for
// an unlisted code, then the spec's status class, then HTTP's own (429, 502–504).
func TestClassRules(t *testing.T) {
	ints := akamaiLike()
	for c, want := range map[intCode]*apierr.Class{361: apierr.ErrAlreadyExists, 364: nil, 305: apierr.ErrInvalidRequest,
		360: nil, 999: nil} {
		if got := ints.Class(c); got != want {
			t.Errorf("Class(%d) = %v, want %v", c, got, want)
		}
	}
	strs := alibabaLike()
	for _, tc := range []struct {
		code, detail strCode
		status       int
		want         *apierr.Class
	}{
		{"Operation.Failure", "Operation.Failure.User.Locked", 400, apierr.ErrAccountLocked},
		{"Operation.Failure", "Operation.Failure.Too.Many.Requests", 429, apierr.ErrRateLimited},
		{"Operation.Failure", "Operation.Failure.User.Locked.X", 500, apierr.ErrAccountLocked},
		{"Operation.Failure", "", 400, apierr.ErrInvalidRequest},
		{"Operation.Failure", "", 503, apierr.ErrInternal}, // the spec's row wins over HTTP's
		{"Operation.Failure", "", 502, apierr.ErrUnavailable},
		{"Operation.Failure", "", 504, apierr.ErrUnavailable},
		{"", "", 429, apierr.ErrRateLimited},
		{"Unknown", "", 500, nil},
	} {
		if got := strs.ReplyClass(tc.code, tc.detail, tc.status); got != tc.want {
			t.Errorf("ReplyClass(%s, %s, %d) = %v, want %v", tc.code, tc.detail, tc.status, got, tc.want)
		}
	}
	r := &Reply[strCode]{Code: "Operation.Failure", Detail: "Operation.Failure.User.Locked", Status: 400}
	if !strs.Is(r, apierr.ErrAccountLocked) || strs.Is(r, apierr.ErrInvalidRequest) || !strs.Is(r, strCode("Operation.Failure.User")) {
		t.Error("Is does not answer for the class and the detail code's parents")
	}
	if strs.Is(&Reply[strCode]{Nil: true}, apierr.ErrAccountLocked) || strs.ClassOf(&Reply[strCode]{Nil: true}) != nil {
		t.Error("a nil reply has a class")
	}
}

// TestFake checks the reply Code.Reply fakes: a detail code sent with its nearest ancestor
// that is not one, the documented status, else 200 in an envelope with an outcome key, else
// 400, and the text only where the envelope has a key for it.
func TestFake(t *testing.T) {
	strs := alibabaLike()
	f := strs.Fake("Operation.Failure.User.Locked")
	if f.Code != "Operation.Failure" || f.Detail != "Operation.Failure.User.Locked" || f.Status != 200 || f.Envelope != "ciam" ||
		f.Description != "" {
		t.Errorf("Fake(a detail code) = %+v", f)
	}
	if f := strs.Fake("invalid_grant"); f.Code != "invalid_grant" || f.Status != 400 || f.Envelope != "oauth" {
		t.Errorf("Fake(an OAuth code) = %+v", f)
	}
	if f := strs.Fake("Operation.Failure"); f.Status != 500 {
		t.Errorf("Fake(a code with a status) = %+v", f)
	}
	ints := akamaiLike()
	if f := ints.Fake(361); f.Name != "unique_violation" || f.Status != 200 {
		t.Errorf("Fake(361) = %+v", f)
	}
	if f := ints.Fake(999); f.Code != 999 || f.Status != 400 {
		t.Errorf("Fake(an unlisted code) = %+v", f)
	}
}

// TestCodeText checks String, CodeError and ByWire of int and string codes.
func TestCodeText(t *testing.T) {
	ints := akamaiLike()
	for c, want := range map[intCode][2]string{
		361: {"unique_violation", "ints: unique_violation (361): A unique constraint was violated."},
		999: {"Code(999)", "ints: Code(999)"},
	} {
		if got := ints.String(c); got != want[0] {
			t.Errorf("String(%d) = %q, want %q", c, got, want[0])
		}
		if got := ints.CodeError(c); got != want[1] {
			t.Errorf("CodeError(%d) = %q, want %q", c, got, want[1])
		}
	}
	if c, ok := ints.ByWire("unique_violation"); !ok || c != 361 {
		t.Errorf("ByWire = %d, %v", c, ok)
	}
	strs := alibabaLike()
	if got := strs.CodeError("Operation.Failure.User.Locked"); got != "strs: Operation.Failure.User.Locked: The user is locked." {
		t.Errorf("CodeError = %q", got)
	}
	if got := strs.CodeError("bad code\nforged"); got != "strs: ?" {
		t.Errorf("CodeError of a code that is not a token = %q", got)
	}
	if got := strs.Info("nope"); got.Status != 0 || got.Class != nil || got.Code != "" {
		t.Errorf("Info of an unlisted code = %+v, want the zero row", got)
	}
	if got := strs.List(); !slices.Equal(got, []strCode{"Operation.Failure", "Operation.Failure.User",
		"Operation.Failure.User.Locked", "invalid_grant"}) {
		t.Errorf("List = %q", got)
	}
}

// TestReplyText checks the rule of error text and attributes: a documented detail code shows,
// an undocumented one (free text in Alibaba's message key) never does, a value from the body
// shows only as a token, and empty attributes are left out.
func TestReplyText(t *testing.T) {
	strs := alibabaLike()
	locked := &Reply[strCode]{Code: "Operation.Failure", Detail: "Operation.Failure.User.Locked", Status: 400, RequestID: "r1"}
	if got, want := strs.ErrorText(locked), "strs: Operation.Failure Operation.Failure.User.Locked: The user is locked. "+
		"(HTTP 400, request ID r1)"; got != want {
		t.Errorf("ErrorText = %q, want %q", got, want)
	}
	secret := &Reply[strCode]{Code: "Operation.Failure", Detail: "Hunter2!Secret", Status: 400,
		RequestID: strings.Repeat("x", 100) + "\r\n<script>"}
	text := strs.ErrorText(secret)
	var attrs []string
	for _, a := range strs.Attrs(secret) {
		attrs = append(attrs, a.Key+"="+a.Value.String())
	}
	js, _ := strs.JSON(secret)
	for _, out := range []string{text, strings.Join(attrs, " "), string(js), strs.GoString(secret), strs.VendorCode(secret)} {
		if out == strs.VendorCode(secret) {
			continue // the raw value, by contract
		}
		if strings.Contains(out, "Hunter2") || strings.Contains(out, "script") || strings.Contains(out, "xxxx") {
			t.Errorf("a value from the body leaks: %s", out)
		}
	}
	if want := "error.type=strs.Operation.Failure apierr.vendor=Strs apierr.code=Operation.Failure apierr.name=Operation.Failure " +
		"apierr.status=400 apierr.class=invalid_request"; strings.Join(attrs, " ") != want {
		t.Errorf("Attrs = %s\nwant    %s", strings.Join(attrs, " "), want)
	}
	if got := strs.LogValue(locked).Group()[2].Key; got != "code" {
		t.Errorf("LogValue's keys are prefixed: %q", got)
	}
	if got := strs.ErrorText(&Reply[strCode]{Nil: true}); got != "strs: nil *Error" {
		t.Errorf("ErrorText of nil = %q", got)
	}
}

// TestTableChecks checks that a Table that does not hold together panics as it is built, with a
// message naming the package.
func TestTableChecks(t *testing.T) {
	for name, build := range map[string]func(){
		"out of order": func() {
			NewIntTable(&Table[intCode]{Package: "bad", Codes: []CodeInfo[intCode]{{Code: 2}, {Code: 1}}, Layout: testLayout})
		},
		"unlisted parent": func() {
			NewIntTable(&Table[intCode]{Package: "bad", Codes: []CodeInfo[intCode]{{Code: 2, Parent: 1}}, Layout: testLayout})
		},
		"unlisted catch-all parent": func() {
			NewStringTable(&Table[strCode]{Package: "bad", Codes: []CodeInfo[strCode]{{Code: "a"}},
				CatchAlls: []CatchAll[strCode]{{Prefix: "b.", Parent: "b"}}, Layout: twoEnvelopes})
		},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "bad") {
					t.Errorf("%s: recovered %v, want a panic naming the package", name, r)
				}
			}()
			build()
		}()
	}
}

// TestAsCode checks that As gives the code to a *Code and nothing else, and nothing for a reply
// without a code.
func TestAsCode(t *testing.T) {
	strs := alibabaLike()
	var c strCode
	if !strs.As(&Reply[strCode]{Code: "invalid_grant"}, &c) || c != "invalid_grant" {
		t.Errorf("As = %q", c)
	}
	var err error
	if !strs.As(&Reply[strCode]{Code: "invalid_grant"}, &err) || err != strCode("invalid_grant") {
		t.Errorf("As(*error) = %v", err)
	}
	var e *errorString
	var ic intCode
	if strs.As(&Reply[strCode]{Code: "invalid_grant"}, &e) || strs.As(&Reply[strCode]{Code: "invalid_grant"}, &ic) ||
		strs.As(&Reply[strCode]{}, &c) {
		t.Error("As answers a target that is not a Code, or a reply without a code")
	}
}

// errorString is a type no Code converts to, for TestAsCode.
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// TestTemplate checks that a Template row's placeholders never reach error text or CodeDoc,
// and that braces that are not placeholders stay.
func TestTemplate(t *testing.T) {
	strs := NewStringTable(&Table[strCode]{
		Package: "tpl",
		Codes: []CodeInfo[strCode]{
			{Code: "E1", Message: "Api validation failed: {0}", Template: true},
			{Code: "E2", Description: "Not found: {resource} in {1}. Body: {\"a\": 1}", Template: true},
			{Code: "E3", Message: "Keep {0} as written"},
		},
		Layout: twoEnvelopes,
	})
	for code, want := range map[strCode][2]string{
		"E1": {"tpl: E1: Api validation failed: …", "Api validation failed: …"},
		"E2": {"tpl: E2: Not found: … in ….", "Not found: … in …. Body: {\"a\": 1}"},
		"E3": {"tpl: E3: Keep {0} as written", "Keep {0} as written"},
	} {
		if got := strs.CodeError(code); got != want[0] {
			t.Errorf("CodeError(%s) = %q, want %q", code, got, want[0])
		}
		if got := strs.CodeDoc(&Reply[strCode]{Code: code}); got != want[1] {
			t.Errorf("CodeDoc(%s) = %q, want %q", code, got, want[1])
		}
	}
}

// TestResetHeader checks RetryAfter: Retry-After first, else the vendor's reset header as a
// Unix time from now, never negative.
func TestResetHeader(t *testing.T) {
	strs := alibabaLike()
	strs.ResetHeader = "X-Rate-Limit-Reset"
	soon := time.Now().Add(90 * time.Second).Unix()
	for _, tc := range []struct {
		header http.Header
		min    time.Duration
		max    time.Duration
		ok     bool
	}{
		{http.Header{"Retry-After": {"5"}, "X-Rate-Limit-Reset": {strconv.FormatInt(soon, 10)}}, 5 * time.Second, 5 * time.Second, true},
		{http.Header{"X-Rate-Limit-Reset": {strconv.FormatInt(soon, 10)}}, 80 * time.Second, 91 * time.Second, true},
		{http.Header{"X-Rate-Limit-Reset": {"1"}}, 0, 0, true},
		{http.Header{"X-Rate-Limit-Reset": {"soon"}}, 0, 0, false},
		{nil, 0, 0, false},
	} {
		d, ok := strs.RetryAfter(&Reply[strCode]{Header: tc.header})
		if ok != tc.ok || d < tc.min || d > tc.max {
			t.Errorf("RetryAfter(%v) = %v, %v; want %v..%v, %v", tc.header, d, ok, tc.min, tc.max, tc.ok)
		}
	}
}

// TestSecondCode checks a reply that carries a code of another package: its class is the
// reply's when the reply's own codes have none, and errors.Is and errors.As reach it.
func TestSecondCode(t *testing.T) {
	ints := akamaiLike()
	strs := alibabaLike()
	second := secondCode{"invalid_grant", strs}
	for _, tc := range []struct {
		code intCode
		want *apierr.Class
	}{{999, apierr.ErrExpired}, {361, apierr.ErrAlreadyExists}} {
		r := &Reply[intCode]{Code: tc.code, Second: second, Status: 400}
		if got := ints.ClassOf(r); got != tc.want {
			t.Errorf("ClassOf(code %d, second code) = %v, want %v", tc.code, got, tc.want)
		}
	}
	r := &Reply[intCode]{Code: 999, Second: second, Status: 400}
	if !ints.Is(r, second) || !ints.Is(r, apierr.ErrExpired) || ints.Is(r, secondCode{"other", strs}) {
		t.Error("Is does not reach the second code")
	}
	var got secondCode
	if !ints.As(&Reply[intCode]{Second: second}, &got) || got.code != "invalid_grant" {
		t.Errorf("As = %v", got)
	}
}

// secondCode is a code of another package, with a class (for TestSecondCode).
type secondCode struct {
	code string
	t    *Table[strCode]
}

func (c secondCode) Error() string        { return c.code }
func (c secondCode) Class() *apierr.Class { return apierr.ErrExpired }
