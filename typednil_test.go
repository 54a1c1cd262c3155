package apierr_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"testing"

	"github.com/apierr/apierr"
)

// wrapper wraps an error without calling its methods, as an application's error type may.
type wrapper struct{ err error }

func (w wrapper) Error() string { return "wrapper" }
func (w wrapper) Unwrap() error { return w.err }

// TestTypedNil checks every exported function that takes an error on a nil *fakeError held
// in an error, bare and wrapped: each treats it as no vendor reply and none calls its methods
// (which would panic: fakeError's methods are not nil-safe).
func TestTypedNil(t *testing.T) {
	var e *fakeError
	var bare error = e
	forms := map[string]error{
		"bare": bare, "fmt.Errorf %w": fmt.Errorf("x: %w", bare),
		"errors.Join": errors.Join(errors.New("first"), bare), "wrapper": wrapper{bare},
	}
	for name, err := range forms {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			if c := apierr.ClassOf(err); c != nil {
				t.Errorf("ClassOf = %v, want nil", c)
			}
			if s := apierr.HTTPStatus(err); s != 0 {
				t.Errorf("HTTPStatus = %d, want 0", s)
			}
			if d, ok := apierr.RetryAfter(err); d != 0 || ok {
				t.Errorf("RetryAfter = %v, %v; want 0, false", d, ok)
			}
			if apierr.Retryable(err) || apierr.IsThrottle(err) || apierr.IsTransient(err) {
				t.Error("Retryable, IsThrottle or IsTransient is true")
			}
			if p := apierr.Problem(err); p == nil || p.Status != 500 || p.Code != "" || p.Vendor != "" {
				t.Errorf("Problem = %+v, want the generic 500", p)
			}
			if et := apierr.ErrorType(err); et != "_OTHER" {
				t.Errorf("ErrorType = %q, want _OTHER: an error without a vendor reply", et)
			}
			if a := apierr.Attrs(err); len(a) != 1 || a[0].Key != "error.type" {
				t.Errorf("Attrs = %v, want error.type alone", a)
			}
			if v := apierr.LogValue(err); v.Kind() != slog.KindString || v.String() != fmt.Sprint(err) {
				t.Errorf("LogValue = %v, want the error's text as fmt prints it, %q", v, fmt.Sprint(err))
			}
			resp := &http.Response{StatusCode: 200, Request: &http.Request{Method: http.MethodPost}}
			if retry, got := apierr.ShouldRetry(context.Background(), resp, err, readFake); retry || got != err {
				t.Errorf("ShouldRetry(err) = %v, %v; want false and the error (a failure after the POST was sent)",
					retry, got)
			}
			read := func(*http.Response) error { return err }
			if retry, _ := apierr.ShouldRetry(context.Background(), resp, nil, read); retry {
				t.Error("ShouldRetry(read gives the typed nil) retried a POST")
			}
		})
	}
}

// TestTypedNilTemporary checks that a typed nil with a Temporary method is not asked.
func TestTypedNilTemporary(t *testing.T) {
	var e *fakeError
	err := wrapper{e}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v", r)
		}
	}()
	if apierr.IsTransient(err) || apierr.Retryable(err) {
		t.Error("a typed nil is transient")
	}
}
