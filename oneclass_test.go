package apierr_test

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// TestOneClass checks, for every class and none, at every status that matters, documented as
// temporary or not, that every answer of the root package derives from the reply's one class:
// IsThrottle implies errors.Is(err, ErrRateLimited) (and is exactly the class
// rate_limited), Retryable is the class's Retryable or Temporary, Problem's status is
// ProblemStatus(class), and Retry-After is sent only when the class asks to wait.
func TestOneClass(t *testing.T) {
	statuses := []int{0, 200, 400, 401, 403, 404, 409, 429, 500, 501, 502, 503, 504}
	classes := append(apierr.Classes(), nil)
	n := 0
	for _, class := range classes {
		for _, status := range statuses {
			for _, temporary := range []bool{false, true} {
				n++
				e := documented("c", status, class)
				e.temporary = temporary
				e.retryAfter, e.hasRetryAfter = 5*time.Second, true
				checkOneClass(t, fmt.Errorf("a: %w", fmt.Errorf("b: %w", e)), class, temporary)
			}
		}
	}
	if n != (len(apierr.Classes())+1)*len(statuses)*2 {
		t.Fatalf("covered %d replies", n)
	}
}

// checkOneClass checks the properties of TestOneClass for err, a reply of the class.
func checkOneClass(t *testing.T, err error, class *apierr.Class, temporary bool) {
	t.Helper()
	name := fmt.Sprintf("class %q at HTTP %d, temporary %v", class.Name(), apierr.HTTPStatus(err), temporary)
	if got := apierr.ClassOf(err); got != class {
		t.Errorf("%s: ClassOf = %v", name, got)
	}
	throttle := apierr.IsThrottle(err)
	if throttle && !errors.Is(err, apierr.ErrRateLimited) {
		t.Errorf("%s: IsThrottle but not errors.Is(err, ErrRateLimited)", name)
	}
	if throttle != (class == apierr.ErrRateLimited) || throttle != errors.Is(err, apierr.ErrRateLimited) {
		t.Errorf("%s: IsThrottle = %v", name, throttle)
	}
	if got, want := apierr.IsTransient(err), class == apierr.ErrUnavailable || temporary; got != want {
		t.Errorf("%s: IsTransient = %v, want %v", name, got, want)
	}
	if got, want := apierr.Retryable(err), class.Retryable() || temporary; got != want {
		t.Errorf("%s: Retryable = %v, want %v", name, got, want)
	}
	if apierr.Retryable(err) != (apierr.IsThrottle(err) || apierr.IsTransient(err)) {
		t.Errorf("%s: Retryable is not IsThrottle || IsTransient", name)
	}
	p := apierr.Problem(err)
	if p.Status != apierr.ProblemStatus(class) || p.Class != class.Name() {
		t.Errorf("%s: Problem status %d class %q, want %d %q",
			name, p.Status, p.Class, apierr.ProblemStatus(class), class.Name())
	}
	waits := class == apierr.ErrRateLimited || class == apierr.ErrUnavailable
	rec := httptest.NewRecorder()
	p.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := rec.Header().Get("Retry-After"); (got == "5") != waits || (got == "") == waits {
		t.Errorf("%s: Problem sends Retry-After %q; the class asks to wait: %v", name, got, waits)
	}
}
