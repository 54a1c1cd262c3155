package impltest

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// Unknown is a code the spec does not list, with a reply that carries it, and an unlisted
// code under a catch-all when the spec has one.
type Unknown[C any] struct {
	Code C
	Body string
	Str  string // what String returns for it
	// Class is the class a reply with it has at HTTP 400: the spec's [[status_class]] row
	// for 400, or nil.
	Class *apierr.Class
	// UnderCatchAll is an unlisted code under a catch-all, with its reply and its parent;
	// nil when the spec has none.
	UnderCatchAll *CatchAllCase[C]
}

// CatchAllCase is an unlisted code under a catch-all.
type CatchAllCase[C any] struct {
	Code, Parent C
	Body         string
}

// UnknownCode checks that a code the document does not list is kept exactly and matches no
// documented code, and that an unlisted code under a catch-all matches its parent.
func UnknownCode[C Code, E Error](t *testing.T, p *Package[C, E], u Unknown[C]) {
	err := p.Parse(400, []byte(u.Body))
	var e E
	if !errors.As(err, &e) {
		t.Fatalf("Parse(400, %s) = %v, want an *Error", u.Body, err)
	}
	c := p.Fields(e).Code
	if c != u.Code || c.Known() || c.String() != u.Str || c.HTTPStatus() != 0 {
		t.Errorf("Error.Code = %q (known %v, HTTP status %d), want %q kept as received, unknown, status 0",
			c.String(), c.Known(), c.HTTPStatus(), u.Str)
	}
	if got := apierr.ClassOf(err); got != u.Class {
		t.Errorf("apierr.ClassOf(undocumented at HTTP 400) = %v, want %v", got, u.Class)
	}
	for _, d := range p.Codes() {
		if errors.Is(err, d) {
			t.Errorf("errors.Is(undocumented, %v) = true", d.String())
		}
	}
	if ca := u.UnderCatchAll; ca != nil {
		err := p.Parse(400, []byte(ca.Body))
		if !errors.Is(err, ca.Parent) {
			t.Errorf("errors.Is(%v, %v) = false", err, ca.Parent.String())
		}
		if got, ok := p.Parent(ca.Code); !ok || got != ca.Parent {
			t.Errorf("Parent() = %v, %v; want %v", got.String(), ok, ca.Parent.String())
		}
	}
}

// NotVendorBody checks replies that are not the vendor's JSON: an error from status 400 on,
// keeping the status and the body, and nil below. wrongType is a body in the vendor's
// envelope whose code has the wrong JSON type.
func NotVendorBody[C Code, E Error](t *testing.T, p *Package[C, E], wrongType string) {
	deep := `{"a":` + strings.Repeat(`{"a":`, 20000) + "1" + strings.Repeat("}", 20001)
	for _, tc := range []struct {
		status int
		body   string
	}{
		{502, "<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>"},
		{503, ""},
		{500, "upstream connect error"},
		{504, `{"truncated": `},
		{502, `{"message": "Internal server error"}`},
		{500, deep},
		{400, wrongType},
	} {
		err := p.Parse(tc.status, []byte(tc.body))
		var e E
		if !errors.As(err, &e) {
			t.Fatalf("Parse(%d, %.80q) = %v, want an *Error", tc.status, tc.body, err)
		}
		var zero C
		if f := p.Fields(e); f.Status != tc.status || string(f.Body) != tc.body || f.Code != zero || e.Unwrap() != nil {
			t.Errorf("Parse(%d, %.80q) = %#v, want the status and body kept and no code", tc.status, tc.body, e)
		}
		if !strings.Contains(e.Error(), fmt.Sprint(tc.status)) {
			t.Errorf("Error() = %q does not name the status", e.Error())
		}
	}
	if err := p.Parse(200, []byte("<html>ok</html>")); err != nil {
		t.Errorf("Parse(200, html) = %v, want nil", err)
	}
}

// OutcomeRow is a reply whose body says error or success by the vendor's own rule.
type OutcomeRow struct {
	Status  int
	Body    string
	IsError bool
}

// OutcomeRule checks the vendor's own rule: the body says error or success, whatever the
// HTTP status.
func OutcomeRule[C Code, E Error](t *testing.T, p *Package[C, E], rows []OutcomeRow) {
	for _, tc := range rows {
		if err := p.Parse(tc.Status, []byte(tc.Body)); (err != nil) != tc.IsError {
			t.Errorf("Parse(%d, %s) = %v, want error: %v", tc.Status, tc.Body, err, tc.IsError)
		}
	}
}

// FromResponse reads a documented reply through an *http.Response: the error is decoded, the
// body stays readable from the start, and a body far larger than MaxBodySize is cut and
// answered.
func FromResponse[C Code, E Error](t *testing.T, p *Package[C, E], tc Documented[C]) {
	resp := response(tc.Status, tc.Body)
	if err := p.FromResponse(resp); !errors.Is(err, tc.Code) {
		t.Errorf("FromResponse = %v, want %v", err, tc.Str)
	}
	if rest, _ := io.ReadAll(resp.Body); string(rest) != tc.Body {
		t.Errorf("resp.Body after FromResponse reads %q, want the whole body", rest)
	}
	huge := "<html>" + strings.Repeat("x", 3*apierrimpl.MaxBodySize)
	err := p.FromResponse(response(502, huge))
	var e E
	if !errors.As(err, &e) || p.Fields(e).Status != 502 || len(p.Fields(e).Body) != apierrimpl.MaxBodySize {
		t.Errorf("FromResponse(502, huge body) = %v, want an *Error with the first MaxBodySize bytes", err)
	}
	if err := p.FromResponse(nil); err == nil {
		t.Errorf("FromResponse(nil) = nil, want an error")
	}
	retryAfterKept(t, p, tc)
	requestIDFromHeaders(t, p, tc)
}

// retryAfterKept checks that FromResponse keeps the response's header: the Retry-After of a
// documented reply reaches apierr.RetryAfter, and an *Error served by a fake sends its own.
func retryAfterKept[C Code, E Error](t *testing.T, p *Package[C, E], tc Documented[C]) {
	t.Helper()
	resp := response(tc.Status, tc.Body)
	resp.Header = http.Header{"Retry-After": {"120"}}
	if d, ok := apierr.RetryAfter(p.FromResponse(resp)); !ok || d != 120*time.Second {
		t.Errorf("apierr.RetryAfter(FromResponse(Retry-After: 120)) = %v, %v; want 2m0s, true", d, ok)
	}
	fake := p.Reply(tc.Code)
	rec := httptest.NewRecorder()
	p.SetHeader(fake, http.Header{"Retry-After": {"7"}})
	fake.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := rec.Result().Header.Get("Retry-After"); got != "7" {
		t.Errorf("ServeHTTP of a reply with Header Retry-After: 7 sent Retry-After %q", got)
	}
}

// requestIDFromHeaders checks each header of [spec] request_id_headers: it gives the request
// ID of a reply whose body has none, of a documented code and of a gateway's page alike, and
// a request ID in the body wins over it.
func requestIDFromHeaders[C Code, E Error](t *testing.T, p *Package[C, E], tc Documented[C]) {
	t.Helper()
	body := string(p.Reply(tc.Code).Marshal()) // no RequestID set: the body carries none
	for _, name := range p.RequestIDHeaders {
		for _, b := range []string{body, "<html>502 Bad Gateway</html>"} {
			resp := response(502, b)
			resp.Header = http.Header{name: {"hdr-" + name}}
			var e E
			if err := p.FromResponse(resp); !errors.As(err, &e) || p.Fields(e).RequestID != "hdr-"+name {
				t.Errorf("FromResponse(%s: hdr-%s, body %s): RequestID is not the header's; got %v", name, name, b, err)
			}
		}
		if tc.RequestID == "" {
			continue // the documented body carries no request ID to win
		}
		resp := response(tc.Status, tc.Body)
		resp.Header = http.Header{name: {"hdr-" + name}}
		var e E
		if err := p.FromResponse(resp); !errors.As(err, &e) || p.Fields(e).RequestID != tc.RequestID {
			t.Errorf("FromResponse(%s header and a body with request ID %q): got %v, want the body's request ID",
				name, tc.RequestID, err)
		}
	}
}

// response returns an *http.Response with a status and a body.
func response(status int, body string) *http.Response {
	return &http.Response{StatusCode: status, Body: io.NopCloser(strings.NewReader(body))}
}
