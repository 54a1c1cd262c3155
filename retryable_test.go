package apierr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/apierr/apierr"
)

// TestThrottleTransient checks IsThrottle, IsTransient and Retryable on vendor replies of
// every class, without a class at each status that matters, and on other errors. The status
// of a reply without a class changes nothing: the generated packages give a reply at 429 or
// at 502, 503 and 504 its status's class, and the root package reads the class alone.
func TestThrottleTransient(t *testing.T) {
	type want struct{ throttle, transient bool }
	throttle, transient := want{throttle: true}, want{transient: true}
	cases := map[string]struct {
		err error
		want
	}{
		"nil":                          {nil, want{}},
		"plain error":                  {errors.New("x"), want{}},
		"class rate_limited at 200":    {documented("api_limit_error", 200, apierr.ErrRateLimited), throttle},
		"class rate_limited at 400":    {documented("too_frequent", 400, apierr.ErrRateLimited), throttle},
		"class unavailable at 200":     {documented("maintenance", 200, apierr.ErrUnavailable), transient},
		"no class at 429":              {undocumented("", 429, nil), want{}},
		"no class at 502":              {undocumented("", 502, nil), want{}},
		"no class at 503":              {undocumented("x", 503, nil), want{}},
		"no class at 504":              {undocumented("", 504, nil), want{}},
		"class rate_limited at 429":    {undocumented("", 429, apierr.ErrRateLimited), throttle},
		"class unavailable at 503":     {undocumented("", 503, apierr.ErrUnavailable), transient},
		"no class at 500":              {undocumented("", 500, nil), want{}},
		"no class at 200":              {undocumented("new_error", 200, nil), want{}},
		"invalid_request at 429":       {documented("bad", 429, apierr.ErrInvalidRequest), want{}},
		"internal at 503":              {documented("oops", 503, apierr.ErrInternal), want{}},
		"no class, temporary at 200":   {&fakeError{status: 200, temporary: true}, transient},
		"the class itself":             {apierr.ErrRateLimited, throttle},
		"a wrapped class, unavailable": {fmt.Errorf("x: %w", apierr.ErrUnavailable), transient},
		"internal, temporary": {
			&fakeError{class: apierr.ErrInternal, status: 403, temporary: true}, transient},
	}
	for name, tc := range cases {
		err := fmt.Errorf("calling the vendor: %w", tc.err)
		if tc.err == nil {
			err = nil
		}
		got := want{apierr.IsThrottle(err), apierr.IsTransient(err)}
		if got != tc.want {
			t.Errorf("%s: IsThrottle, IsTransient = %v, want %v", name, got, tc.want)
		}
		if r := apierr.Retryable(err); r != (tc.throttle || tc.transient) {
			t.Errorf("%s: Retryable = %v", name, r)
		}
	}
	for _, c := range apierr.Classes() {
		retryable := c == apierr.ErrRateLimited || c == apierr.ErrUnavailable
		if got := apierr.Retryable(documented("c", 400, c)); got != retryable {
			t.Errorf("Retryable(reply of class %s) = %v, want %v", c.Name(), got, retryable)
		}
	}
}

// TestNilClass checks that every method of *Class works on the nil class that ClassOf returns
// for an error without one.
func TestNilClass(t *testing.T) {
	c := apierr.ClassOf(errors.New("x"))
	if c != nil {
		t.Fatalf("ClassOf(plain error) = %v, want nil", c)
	}
	if c.Name() != "" || c.Error() != "" || c.Retryable() {
		t.Errorf("nil class: Name %q, Error %q, Retryable %v; want the zero values", c.Name(), c.Error(), c.Retryable())
	}
	if apierr.ClassOf(undocumented("x", 200, nil)).Name() != "" {
		t.Error("ClassOf(reply without a class).Name() is not empty")
	}
}
