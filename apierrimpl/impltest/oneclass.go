package impltest

import (
	"errors"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// Statuses are the HTTP statuses OneClass sends every code with: a success, the client and
// server errors vendors use, and the gateway statuses.
var Statuses = []int{200, 400, 401, 403, 404, 409, 422, 423, 429, 500, 502, 503, 504}

// OneClass checks that a reply has one class, which everything that reads a class agrees on,
// for the reply of every probe (documented codes and codes the document does not list) at
// every status of Statuses, with a Retry-After header:
//
//   - apierr.ClassOf is Error.Class, errors.Is holds for that class and no other;
//   - apierr.IsThrottle is exactly the class ErrRateLimited, so IsThrottle implies
//     errors.Is(err, apierr.ErrRateLimited);
//   - apierr.Retryable is the class's Retryable, or the code documented as temporary;
//   - apierr.Problem answers apierr.ProblemStatus of the class, and passes the Retry-After on
//     exactly when the class is retryable;
//   - a code without a class takes its status's class: the class of a reply without a code
//     (a gateway's page) at the same status.
func OneClass[C Code, E Error](t *testing.T, p *Package[C, E], probes []Probe[C]) {
	for _, pr := range probes {
		for _, status := range Statuses {
			e := p.Reply(pr.Code)
			reflect.ValueOf(e).Elem().FieldByName("Status").SetInt(int64(status))
			p.SetHeader(e, http.Header{"Retry-After": {"5"}})
			agree(t, p, pr.Code.String(), status, e)
			ownClass(t, p, pr.Code, status, e)
		}
	}
}

// agree checks the class of one reply (see OneClass).
func agree[C Code, E Error](t *testing.T, p *Package[C, E], what string, status int, e E) {
	t.Helper()
	err := error(e)
	class := e.Class()
	if got := apierr.ClassOf(err); got != class {
		t.Errorf("%s at HTTP %d: ClassOf = %v, Error.Class = %v", what, status, got, class)
	}
	for _, c := range apierr.Classes() {
		if got := errors.Is(err, c); got != (c == class) {
			t.Errorf("%s at HTTP %d: errors.Is(err, %v) = %v, its class is %v", what, status, c.Name(), got, class)
		}
	}
	if apierr.IsThrottle(err) != (class == apierr.ErrRateLimited) {
		t.Errorf("%s at HTTP %d: IsThrottle = %v for the class %v", what, status, apierr.IsThrottle(err), class)
	}
	var temp interface{ Temporary() bool }
	temporary := errors.As(err, &temp) && temp.Temporary()
	if apierr.Retryable(err) != (class.Retryable() || temporary) {
		t.Errorf("%s at HTTP %d: Retryable = %v for the class %v", what, status, apierr.Retryable(err), class)
	}
	pd := apierr.Problem(err)
	if pd.Status != apierr.ProblemStatus(class) {
		t.Errorf("%s at HTTP %d: Problem's status %d, the class %v gives %d", what, status, pd.Status, class,
			apierr.ProblemStatus(class))
	}
	if (pd.RetryAfter == 5*time.Second) != class.Retryable() {
		t.Errorf("%s at HTTP %d: Problem's RetryAfter = %v for the class %v", what, status, pd.RetryAfter, class)
	}
}

// ownClass checks that the reply e of code c at status takes its status's class when neither c
// nor the code the reply carries with it has a class: the class of a reply without a code (a
// gateway's page) at the same status.
func ownClass[C Code, E Error](t *testing.T, p *Package[C, E], c C, status int, e E) {
	t.Helper()
	if c.Class() != nil || p.Fields(e).Code.Class() != nil {
		return
	}
	var want *apierr.Class
	if page := p.Parse(status, []byte("<html>gateway</html>")); page != nil {
		want = apierr.ClassOf(page)
	}
	if got := e.Class(); got != want {
		t.Errorf("%s at HTTP %d, a code without a class: class %v, want the status's %v", c.String(), status, got, want)
	}
}
