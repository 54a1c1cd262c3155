package apierr_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// call sends a request of the method, with the headers (name, value, ...), to url and returns
// the response, failing the test on a transport error.
func call(t *testing.T, method, url string, header ...string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestShouldRetryIdempotency checks each rule for replies that may have been applied: a
// reply at 500 or more is retried only for an idempotent request (RFC 9110, section 9.2.2,
// or an Idempotency-Key), a rate limit and a code documented as temporary whatever the
// method, a reply below 500 whatever the method; a reply without a vendor code follows
// retryablehttp's baseRetryPolicy (429, 5xx but 501).
func TestShouldRetryIdempotency(t *testing.T) {
	for _, tc := range []struct {
		name   string
		method string
		header []string
		status int
		body   string
		retry  bool
	}{
		{"POST, gateway 503", "POST", nil, 503, "<html>busy</html>", false},
		{"POST, gateway 502", "POST", nil, 502, "<html>bad gateway</html>", false},
		{"POST, gateway 500", "POST", nil, 500, "<html>oops</html>", false},
		{"PATCH, gateway 504", "PATCH", nil, 504, "<html>timeout</html>", false},
		{"GET, gateway 503", "GET", nil, 503, "<html>busy</html>", true},
		{"GET, gateway 500: retryablehttp retries it", "GET", nil, 500, "<html>oops</html>", true},
		{"GET, gateway 501: retryablehttp does not", "GET", nil, 501, "<html>no</html>", false},
		{"GET, gateway 505", "GET", nil, 505, "<html>version</html>", true},
		{"HEAD, gateway 503", "HEAD", nil, 503, "", true},
		{"OPTIONS, gateway 503", "OPTIONS", nil, 503, "<html>busy</html>", true},
		{"TRACE, gateway 503", "TRACE", nil, 503, "<html>busy</html>", true},
		{"PUT, gateway 502", "PUT", nil, 502, "<html>bad gateway</html>", true},
		{"DELETE, gateway 504", "DELETE", nil, 504, "<html>timeout</html>", true},
		{"POST with Idempotency-Key, gateway 503", "POST", []string{"Idempotency-Key", "k-1"}, 503, "busy", true},
		{"POST with X-Idempotency-Key, gateway 500", "POST", []string{"X-Idempotency-Key", "k"}, 500, "oops", true},
		{"POST, gateway 429", "POST", nil, 429, "<html>slow down</html>", true},
		{"POST, gateway 400", "POST", nil, 400, "<html>bad</html>", false},
		{"POST, rate limit at 503", "POST", nil, 503, "error slow_down rate_limited", true},
		{"POST, documented temporary at 500", "POST", nil, 500, "error try_again internal temporary", true},
		{"POST, unavailable at 503", "POST", nil, 503, "error down unavailable", false},
		{"GET, unavailable at 503", "GET", nil, 503, "error down unavailable", true},
		{"POST, rate limit at 200", "POST", nil, 200, "error api_limit_error rate_limited", true},
		{"POST, unavailable at 200", "POST", nil, 200, "error api_feature_disabled unavailable", true},
		{"POST, internal at 500", "POST", nil, 500, "error oops internal", false},
		{"GET, internal at 500: the code decides", "GET", nil, 500, "error oops internal", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := call(t, tc.method, fakeVendor(t, tc.status, tc.body).URL, tc.header...)
			retry, err := apierr.ShouldRetry(context.Background(), resp, nil, readFake)
			if retry != tc.retry {
				t.Errorf("ShouldRetry = %v, %v; want %v", retry, err, tc.retry)
			}
			// The same decision for the error of a response handler (FromResponse's).
			verr := readFake(resp)
			retry, err = apierr.ShouldRetry(context.Background(), resp, verr, readFake)
			if retry != tc.retry || err != verr {
				t.Errorf("ShouldRetry(handler's error) = %v, %v; want %v and the error", retry, err, tc.retry)
			}
		})
	}
}

// TestShouldRetryRedirect checks that the request a retry repeats decides: a POST redirected
// by a 303 reaches a 503 as a GET, but a retry would send the POST again.
func TestShouldRetryRedirect(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/start", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/down", http.StatusSeeOther)
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for method, want := range map[string]bool{"POST": false, "GET": true} {
		resp := call(t, method, srv.URL+"/start")
		if resp.Request.Method != "GET" || resp.StatusCode != 503 {
			t.Fatalf("%s: last hop %s %d, want GET 503", method, resp.Request.Method, resp.StatusCode)
		}
		if retry, _ := apierr.ShouldRetry(context.Background(), resp, nil, readFake); retry != want {
			t.Errorf("%s redirected to a 503: retry %v, want %v", method, retry, want)
		}
	}
}

// TestShouldRetryWritten checks transport failures: before anything was sent (a refused
// connection, a name that does not resolve), retried whatever the method; after the request
// was written (the vendor closed the connection without answering), retried only for an
// idempotent method, which a *url.Error carries.
func TestShouldRetryWritten(t *testing.T) {
	hangUp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body)
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	}))
	defer hangUp.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()

	for _, tc := range []struct {
		name   string
		method string
		url    string
		retry  bool
	}{
		{"POST, connection refused", "POST", closed.URL, true},
		{"POST, hung up after the request", "POST", hangUp.URL, false},
		{"PATCH, hung up after the request", "PATCH", hangUp.URL, false},
		{"GET, hung up after the request", "GET", hangUp.URL, true},
		{"PUT, hung up after the request", "PUT", hangUp.URL, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, tc.url, strings.NewReader("{}"))
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				t.Fatal("the request succeeded")
			}
			retry, got := apierr.ShouldRetry(context.Background(), nil, err, readFake)
			if retry != tc.retry || !retry && got != err {
				t.Errorf("ShouldRetry(%v) = %v, %v; want %v", err, retry, got, tc.retry)
			}
		})
	}

	notFound := &net.DNSError{Err: "no such host", Name: "idp.invalid", IsNotFound: true}
	dns := &url.Error{Op: "Post", URL: "https://idp.invalid/", Err: &net.OpError{Op: "dial", Err: notFound}}
	if retry, _ := apierr.ShouldRetry(context.Background(), nil, dns, readFake); !retry {
		t.Error("POST whose host does not resolve: not retried")
	}
	reset := &url.Error{Op: "Post", URL: "https://idp.example/",
		Err: &net.OpError{Op: "read", Err: errors.New("connection reset by peer")}}
	if retry, _ := apierr.ShouldRetry(context.Background(), nil, reset, readFake); retry {
		t.Error("POST reset while reading the reply: retried")
	}
	if retry, _ := apierr.ShouldRetry(context.Background(), nil, errors.New("unknown"), readFake); retry {
		t.Error("an error that names no method and no cause: retried")
	}
}

// TestShouldRetryReadFailure checks a body that cannot be read: the request was sent, so an
// idempotent request is retried and a POST is not.
func TestShouldRetryReadFailure(t *testing.T) {
	srv := fakeVendor(t, 200, "ok")
	failing := func(*http.Response) error { return io.ErrUnexpectedEOF }
	for method, want := range map[string]bool{"GET": true, "POST": false} {
		retry, err := apierr.ShouldRetry(context.Background(), call(t, method, srv.URL), nil, failing)
		if retry != want || !want && err != io.ErrUnexpectedEOF {
			t.Errorf("%s, body unreadable: %v, %v; want %v", method, retry, err, want)
		}
	}
}
