package apierr_test

import (
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/apierr/apierr"
)

// TestErrorType checks error.type for nil, a vendor reply through wrapping, and other errors.
func TestErrorType(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{nil, ""},
		{errors.New("x"), "_OTHER"},
		{apierr.ErrRateLimited, "_OTHER"},
		{fmt.Errorf("x: %w", documented("auth.token.expired", 401, apierr.ErrExpired)), "fake.auth.token.expired"},
		{undocumented("new", 400, nil), "_OTHER"},
	} {
		if got := apierr.ErrorType(tc.err); got != tc.want {
			t.Errorf("ErrorType(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestAttrs checks that Attrs gives the reply's attributes through wrapping, and nil otherwise.
func TestAttrs(t *testing.T) {
	e := documented("auth.token.expired", 401, apierr.ErrExpired)
	got := apierr.Attrs(fmt.Errorf("x: %w", e))
	if !slog.GroupValue(got...).Equal(slog.GroupValue(e.Attrs()...)) {
		t.Errorf("Attrs = %v, want %v", got, e.Attrs())
	}
	if apierr.Attrs(errors.New("x")) != nil || apierr.Attrs(nil) != nil {
		t.Error("Attrs of an error without a vendor reply is not nil")
	}
}
