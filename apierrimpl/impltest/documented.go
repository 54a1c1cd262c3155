package impltest

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/apierr/apierr"
)

// Documented is a code the spec lists, with the reply that carries it and what the spec says
// of it.
type Documented[C any] struct {
	Code       C             // the code under test
	Status     int           // HTTP status of the reply
	Body       string        // the reply, in the vendor's envelope
	WantCode   C             // Error.Code after Parse
	WantDetail C             // Error.Detail after Parse, for detail codes
	Str        string        // what String returns
	HTTPStatus int           // what HTTPStatus returns
	RequestID  string        // Error.RequestID after Parse
	VendorCode string        // what Error.VendorCode returns
	Class      *apierr.Class // what Code.Class returns
	ErrClass   *apierr.Class // what Error.Class returns for the reply
}

// DocumentedCodes drives every documented code through Parse, errors.Is, errors.As, String,
// HTTPStatus, Class and the text and JSON round trips.
func DocumentedCodes[C Code, E Error](t *testing.T, p *Package[C, E], cases []Documented[C]) {
	for _, tc := range cases {
		t.Run(tc.Str, func(t *testing.T) {
			err := p.Parse(tc.Status, []byte(tc.Body))
			if !errors.Is(err, tc.Code) {
				t.Fatalf("errors.Is(Parse(%d, %s), %v) = false; Parse returned %v", tc.Status, tc.Body, tc.Str, err)
			}
			wrapped := fmt.Errorf("calling the vendor: %w", err)
			var e E
			if !errors.As(wrapped, &e) {
				t.Fatalf("errors.As(*Error) = false for %T", err)
			}
			checkFields(t, p, e, tc)
			checkVendorError(t, p, wrapped, e, tc)
			var c C
			if !errors.As(err, &c) || c != tc.WantCode {
				t.Errorf("errors.As(Code) = %v, want %v", c, tc.WantCode)
			}
			checkCode(t, tc)
		})
	}
}

// checkFields checks the fields of the *Error Parse returned for a documented reply.
func checkFields[C Code, E Error](t *testing.T, p *Package[C, E], e E, tc Documented[C]) {
	t.Helper()
	f := p.Fields(e)
	if f.Code != tc.WantCode || f.Detail != tc.WantDetail || f.Status != tc.Status || f.RequestID != tc.RequestID {
		t.Errorf("Error{Code: %v, Detail: %v, Status: %d, RequestID: %q}, want {%v, %v, %d, %q}",
			f.Code, f.Detail, f.Status, f.RequestID, tc.WantCode, tc.WantDetail, tc.Status, tc.RequestID)
	}
	if string(f.Body) != tc.Body {
		t.Errorf("Error.Body = %s, want the reply", f.Body)
	}
}

// checkVendorError checks what apierr.VendorError and the root package's functions give.
func checkVendorError[C Code, E Error](t *testing.T, p *Package[C, E], wrapped error, e E, tc Documented[C]) {
	t.Helper()
	var ve apierr.VendorError = e
	if ve.Vendor() != p.Vendor || ve.VendorCode() != tc.VendorCode || ve.VendorRequestID() != tc.RequestID ||
		apierr.HTTPStatus(wrapped) != tc.Status {
		t.Errorf("VendorError: %q %q %q %d, want %q %q %q %d", ve.Vendor(), ve.VendorCode(), ve.VendorRequestID(),
			apierr.HTTPStatus(wrapped), p.Vendor, tc.VendorCode, tc.RequestID, tc.Status)
	}
	if got := apierr.ClassOf(wrapped); got != tc.ErrClass {
		t.Errorf("apierr.ClassOf(err) = %v, want %v", got, tc.ErrClass)
	}
	if tc.ErrClass != nil && !errors.Is(wrapped, tc.ErrClass) {
		t.Errorf("errors.Is(err, %v) = false", tc.ErrClass)
	}
	if !errors.Is(wrapped, tc.WantCode) {
		t.Errorf("errors.Is(err, %v) = false for the code key", tc.WantCode)
	}
}

// checkCode checks the methods of a documented code.
func checkCode[C Code](t *testing.T, tc Documented[C]) {
	t.Helper()
	c := tc.Code
	if got := c.String(); got != tc.Str {
		t.Errorf("String() = %q, want %q", got, tc.Str)
	}
	if got := c.HTTPStatus(); got != tc.HTTPStatus {
		t.Errorf("HTTPStatus() = %d, want %d", got, tc.HTTPStatus)
	}
	if !c.Known() {
		t.Errorf("Known() = false for a documented code")
	}
	if got := c.Class(); got != tc.Class {
		t.Errorf("Code.Class() = %v, want %v", got, tc.Class)
	}
	if got := fmt.Sprint(c); got != c.Error() {
		t.Errorf("%%v = %q, want Error() %q", got, c.Error())
	}
	text, _ := c.MarshalText()
	var back C
	if err := any(&back).(encoding.TextUnmarshaler).UnmarshalText(text); err != nil || back != c {
		t.Errorf("text round trip: %q gave %v, %v", text, back, err)
	}
	js, _ := json.Marshal(c)
	var zero C
	back = zero
	if err := json.Unmarshal(js, &back); err != nil || back != c {
		t.Errorf("JSON round trip: %s gave %v, %v", js, back, err)
	}
}

// CodesListsEveryCode checks that Codes returns each documented code once, in order.
func CodesListsEveryCode[C Code, E Error](t *testing.T, p *Package[C, E], cases []Documented[C]) {
	all := p.Codes()
	if len(all) != len(cases) {
		t.Fatalf("Codes() has %d codes, the spec %d", len(all), len(cases))
	}
	for i, tc := range cases {
		if all[i] != tc.Code {
			t.Errorf("Codes()[%d] = %v, want %v", i, all[i], tc.Str)
		}
	}
}
