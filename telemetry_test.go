package apierr_test

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
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

// TestAttrs checks that Attrs gives the reply's attributes through wrapping, error.type alone
// for another error, and nil for nil.
func TestAttrs(t *testing.T) {
	e := documented("auth.token.expired", 401, apierr.ErrExpired)
	got := apierr.Attrs(fmt.Errorf("x: %w", e))
	if !slog.GroupValue(got...).Equal(slog.GroupValue(e.Attrs()...)) {
		t.Errorf("Attrs = %v, want %v", got, e.Attrs())
	}
	other := apierr.Attrs(errors.New("x"))
	if len(other) != 1 || !other[0].Equal(slog.String("error.type", "_OTHER")) {
		t.Errorf("Attrs(plain error) = %v, want error.type=_OTHER", other)
	}
	if apierr.Attrs(nil) != nil {
		t.Error("Attrs(nil) is not nil")
	}
}

// TestLogValue checks LogValue through wrapping: the error's text and the reply's attributes
// without the apierr. prefix, as a text handler writes them; a plain error's text; nil.
func TestLogValue(t *testing.T) {
	e := documented("auth.token.expired", 401, apierr.ErrExpired)
	e.requestID = ""
	var out strings.Builder
	logger := slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	logger.Error("call", "err", apierr.LogValue(fmt.Errorf("loading: %w", e)))
	logger.Error("call", "err", apierr.LogValue(errors.New("dial tcp: refused")))
	logger.Error("call", "err", apierr.LogValue(nil))
	want := `level=ERROR msg=call err.text="loading: fake: auth.token.expired" err.vendor=Fake ` +
		`err.code=auth.token.expired err.name=auth.token.expired err.status=401 err.class=expired ` +
		`err.error.type=fake.auth.token.expired` + "\n" +
		`level=ERROR msg=call err="dial tcp: refused"` + "\n" +
		`level=ERROR msg=call err=<nil>` + "\n"
	if out.String() != want {
		t.Errorf("logged\n%s\nwant\n%s", out.String(), want)
	}
}

// dropTime removes the time from a log record, so that its text can be compared.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
