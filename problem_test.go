package apierr_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// TestProblemStatus checks the status and title Problem gives for each class (the class in
// words for a 4xx, the status phrase for a 5xx), for no class, and for an error that is not a
// vendor reply.
func TestProblemStatus(t *testing.T) {
	want := map[*apierr.Class]struct {
		status int
		title  string
	}{
		apierr.ErrInvalidRequest:       {400, "Invalid request"},
		apierr.ErrUnauthenticated:      {502, "Bad Gateway"},
		apierr.ErrExpired:              {401, "Expired"},
		apierr.ErrInvalidCredentials:   {401, "Invalid credentials"},
		apierr.ErrPermissionDenied:     {403, "Permission denied"},
		apierr.ErrNotFound:             {404, "Not found"},
		apierr.ErrAlreadyExists:        {409, "Already exists"},
		apierr.ErrAccountLocked:        {403, "Account locked or disabled"},
		apierr.ErrVerificationRequired: {401, "Additional verification required"},
		apierr.ErrRateLimited:          {429, "Rate limited"},
		apierr.ErrUnavailable:          {503, "Service Unavailable"},
		apierr.ErrInternal:             {502, "Bad Gateway"},
		nil:                            {502, "Bad Gateway"},
	}
	if len(want) != len(apierr.Classes())+1 {
		t.Fatalf("the test covers %d classes, there are %d", len(want)-1, len(apierr.Classes()))
	}
	for class, w := range want {
		p := apierr.Problem(fmt.Errorf("x: %w", documented("c", 418, class)))
		if p.Status != w.status || p.Title != w.title || p.Class != class.Name() {
			t.Errorf("Problem(class %q) = %d %q %q, want %d %q",
				class.Name(), p.Status, p.Title, p.Class, w.status, w.title)
		}
	}
	p := apierr.Problem(errors.New("boom"))
	if *p != (apierr.ProblemDetails{Type: "about:blank", Title: "Internal Server Error", Status: 500}) {
		t.Errorf("Problem(plain error) = %+v, want the generic 500", *p)
	}
	if apierr.Problem(nil) != nil {
		t.Error("Problem(nil) is not nil")
	}
}

// TestProblemMembers checks the members taken from the reply: the code's address and document
// text, never the body's message; about:blank and the status phrase for an unlisted code; and
// Retry-After only for the classes that ask to wait.
func TestProblemMembers(t *testing.T) {
	e := documented("api_limit_error", 200, apierr.ErrRateLimited)
	e.retryAfter, e.hasRetryAfter = 1500*time.Millisecond, true
	got := *apierr.Problem(e)
	want := apierr.ProblemDetails{
		Type: e.codeURL, Title: "Rate limited", Status: 429, Detail: e.codeDoc,
		Vendor: "Fake", Code: "api_limit_error", Class: "rate_limited", RequestID: "req-1",
		RetryAfter: 1500 * time.Millisecond,
	}
	if got != want {
		t.Errorf("Problem = %+v\nwant %+v", got, want)
	}

	u := undocumented("new.code", 429, apierr.ErrRateLimited)
	got = *apierr.Problem(u)
	if got.Type != "about:blank" || got.Title != "Too Many Requests" || got.Detail != "" || got.RetryAfter != 0 {
		t.Errorf("Problem(unlisted code) = %+v, want about:blank, the status phrase, no detail", got)
	}

	locked := documented("locked", 403, apierr.ErrAccountLocked)
	locked.retryAfter, locked.hasRetryAfter = time.Minute, true
	if d := apierr.Problem(locked).RetryAfter; d != 0 {
		t.Errorf("Problem(account_locked).RetryAfter = %v, want 0: Retry-After only for rate_limited and "+
			"unavailable", d)
	}
}

// TestProblemJSON checks the JSON: RFC 9457 members and the extension members, empty ones
// left out, no body text.
func TestProblemJSON(t *testing.T) {
	e := documented("down", 503, apierr.ErrUnavailable)
	e.retryAfter, e.hasRetryAfter = 2*time.Second, true
	got, err := json.Marshal(apierr.Problem(e))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"https://pkg.go.dev/example.com/fake#down","title":"Service Unavailable","status":503,` +
		`"detail":"What the document says of down.","vendor":"Fake","code":"down","class":"unavailable",` +
		`"request_id":"req-1"}`
	if string(got) != want {
		t.Errorf("JSON:\n%s\nwant\n%s", got, want)
	}
	got, _ = json.Marshal(apierr.Problem(errors.New("boom")))
	if want := `{"type":"about:blank","title":"Internal Server Error","status":500}`; string(got) != want {
		t.Errorf("JSON of the generic problem: %s, want %s", got, want)
	}
}

// TestProblemHandler checks what ServeHTTP sends: the status, the content type, Retry-After in
// whole seconds rounded up, and the JSON.
func TestProblemHandler(t *testing.T) {
	for _, tc := range []struct {
		name       string
		p          *apierr.ProblemDetails
		status     int
		retryAfter string
		body       string
	}{
		{"429 with 1.5s", &apierr.ProblemDetails{Type: "about:blank", Status: 429, RetryAfter: 1500 * time.Millisecond},
			429, "2", `{"type":"about:blank","status":429}`},
		{"503 with 3s", &apierr.ProblemDetails{Status: 503, RetryAfter: 3 * time.Second}, 503, "3", `{"status":503}`},
		{"401 without", &apierr.ProblemDetails{Status: 401, Title: "Expired"}, 401, "",
			`{"title":"Expired","status":401}`},
		{"no status", &apierr.ProblemDetails{Detail: "d"}, 500, "", `{"status":500,"detail":"d"}`},
		{"nil", nil, 500, "", `{"type":"about:blank","title":"Internal Server Error","status":500}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			tc.p.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
			if rec.Code != tc.status || rec.Header().Get("Content-Type") != "application/problem+json" ||
				rec.Header().Get("Retry-After") != tc.retryAfter || rec.Body.String() != tc.body {
				t.Errorf("ServeHTTP: %d %q Retry-After %q %s\nwant %d application/problem+json %q %s", rec.Code,
					rec.Header().Get("Content-Type"), rec.Header().Get("Retry-After"), rec.Body,
					tc.status, tc.retryAfter, tc.body)
			}
		})
	}
}

// TestProblemServer serves a problem from a vendor reply through a real server.
func TestProblemServer(t *testing.T) {
	e := documented("api_limit_error", 200, apierr.ErrRateLimited)
	e.retryAfter, e.hasRetryAfter = 4*time.Second, true
	srv := httptest.NewServer(apierr.Problem(e))
	defer srv.Close()
	resp := get(t, srv.URL)
	var p apierr.ProblemDetails
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "4" || p.Code != "api_limit_error" ||
		p.Status != 429 {
		t.Errorf("served %d, Retry-After %q, %+v", resp.StatusCode, resp.Header.Get("Retry-After"), p)
	}
}

// hostileReply returns a reply whose raw values from the body are what issue 19 planted: a
// message for a code, and a 10 KB request ID with CR/LF, a header and markup; its Attrs are
// what the runtime's rule leaves of them (the code as "?", the request ID left out).
func hostileReply(status int, class *apierr.Class) *fakeError {
	e := documented("Operation.Failure", status, class)
	e.code = "login failed for bob with password hunter2"
	e.requestID = strings.Repeat("A", 10<<10) + "\r\nSet-Cookie: sid=planted\r\n<script>alert(1)</script>"
	e.message = "login failed for bob with password hunter2"
	e.retryAfter, e.hasRetryAfter = 5*time.Second, true
	e.attrs = []slog.Attr{
		slog.String("apierr.vendor", "Fake"), slog.String("apierr.code", "?"),
		slog.String("apierr.name", "?"), slog.Int("apierr.status", status),
		slog.String("apierr.class", class.Name()), slog.String("error.type", "_OTHER"),
	}
	return e
}

// planted are the parts of hostileReply's raw values that must reach no output.
var planted = []string{
	"hunter2", "bob", "login failed", "AAAAAAAA", "Set-Cookie", "planted", "<script", "alert(1)", "\r", "\n",
}

// TestProblemHostileValues checks that the values from the body in a problem document are
// the reply's Attrs, never its raw VendorCode or VendorRequestID: nothing of the planted
// values reaches the ProblemDetails, its JSON, or what ServeHTTP sends (headers included).
func TestProblemHostileValues(t *testing.T) {
	for _, class := range []*apierr.Class{apierr.ErrInvalidRequest, apierr.ErrRateLimited, nil} {
		e := hostileReply(400, class)
		p := apierr.Problem(fmt.Errorf("signing in: %w", e))
		if p.Code != "?" || p.RequestID != "" || p.Vendor != "Fake" {
			t.Errorf("class %q: Code %q, RequestID %.20q, Vendor %q; want the Attrs' ?, nothing, Fake",
				class.Name(), p.Code, p.RequestID, p.Vendor)
		}
		body, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/sign-in", nil))
		var sent strings.Builder
		for k, v := range rec.Header() {
			fmt.Fprintf(&sent, "%s: %s\n", k, strings.Join(v, ", "))
		}
		if len(rec.Header()) > 2 || rec.Header().Get("Set-Cookie") != "" {
			t.Errorf("class %q: headers %v, want Content-Type and at most Retry-After", class.Name(), rec.Header())
		}
		for _, out := range []struct{ name, text string }{
			{"ProblemDetails", fmt.Sprintf("%+v", *p)}, {"JSON", string(body)},
			{"served body", rec.Body.String()}, {"served headers", strings.ReplaceAll(sent.String(), "\n", " ")},
		} {
			for _, s := range planted {
				if strings.Contains(out.text, s) {
					t.Errorf("class %q: the %s holds %q from the body: %.200s", class.Name(), out.name, s, out.text)
				}
			}
		}
	}
}
