package apierr_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// readFake decodes the fake vendor's replies, as a generated FromResponse does, and leaves
// resp.Body readable. Its body format: "error <code> <class>" (class as Class.Name, "-" for
// none), with " temporary" added for a code the vendor documents as temporary, is an error
// and "ok" a success, whatever the status; any other body is an error from status 400 on,
// with no code (a gateway's page), and a success below.
func readFake(resp *http.Response) error {
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		return errors.New("reading the fake body: " + err.Error())
	}
	var e *fakeError
	switch f := strings.Fields(string(body)); {
	case (len(f) == 3 || len(f) == 4 && f[3] == "temporary") && f[0] == "error":
		e = documented(f[1], resp.StatusCode, apierr.ClassByName(f[2]))
		e.temporary = len(f) == 4
	case string(body) == "ok" || resp.StatusCode < 400:
		return nil
	default:
		e = undocumented("", resp.StatusCode, nil)
	}
	e.retryAfter, e.hasRetryAfter = apierr.ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	return e
}

// fakeVendor starts a server that answers every request with status, body and headers.
func fakeVendor(t *testing.T, status int, body string, header ...string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for i := 0; i+1 < len(header); i += 2 {
			w.Header().Set(header[i], header[i+1])
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// get calls url and returns the response, failing the test on a transport error.
func get(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestShouldRetryReplies checks the decision on replies: the vendor's body decides, and the
// response stays readable.
func TestShouldRetryReplies(t *testing.T) {
	for _, tc := range []struct {
		name      string
		status    int
		body      string
		header    []string
		retry     bool
		wantClass *apierr.Class // of the returned error; nil: no error returned
	}{
		{"429 with Retry-After", 429, "error too_many_requests rate_limited", []string{"Retry-After", "7"}, true,
			apierr.ErrRateLimited},
		{"503 gateway page", 503, "<html>Service Unavailable</html>", nil, true, nil},
		{"200 whose body is a retryable error", 200, "error api_limit_error rate_limited", nil, true,
			apierr.ErrRateLimited},
		{"200 whose body is unavailable", 200, "error api_feature_disabled unavailable", nil, true,
			apierr.ErrUnavailable},
		{"400", 400, "error invalid_argument invalid_request", nil, false, nil},
		{"500 whose body is a validation error", 500, "error validation_failed invalid_request", nil, false, nil},
		{"500 internal", 500, "error unexpected_error internal", nil, false, nil},
		{"200 success", 200, "ok", nil, false, nil},
		{"400 whose body says success", 400, "ok", nil, false, nil},
		{"400 gateway page", 400, "<html>Bad Request</html>", nil, false, nil},
		{"504 gateway page", 504, "<html>Gateway Timeout</html>", nil, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := get(t, fakeVendor(t, tc.status, tc.body, tc.header...).URL)
			retry, err := apierr.ShouldRetry(context.Background(), resp, nil, readFake)
			if retry != tc.retry {
				t.Errorf("ShouldRetry = %v, want %v", retry, tc.retry)
			}
			if tc.retry && tc.wantClass != nil && !errors.Is(err, tc.wantClass) {
				t.Errorf("error = %v, want one of class %v", err, tc.wantClass)
			}
			if !tc.retry && err != nil {
				t.Errorf("error = %v, want nil: the caller decodes the response", err)
			}
			if body, _ := io.ReadAll(resp.Body); string(body) != tc.body {
				t.Errorf("body after ShouldRetry = %q, want it readable from the start", body)
			}
		})
	}
}

// TestShouldRetryContext checks that a done context stops the retries with its error, even
// for a reply that would be retried.
func TestShouldRetryContext(t *testing.T) {
	srv := fakeVendor(t, 503, "error down unavailable")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatal("a request with a canceled context succeeded")
	}
	retry, got := apierr.ShouldRetry(ctx, resp, err, readFake)
	if retry || !errors.Is(got, context.Canceled) {
		t.Errorf("canceled: ShouldRetry = %v, %v; want false, context.Canceled", retry, got)
	}

	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	reply := get(t, srv.URL)
	retry, got = apierr.ShouldRetry(ctx, reply, nil, readFake)
	if retry || !errors.Is(got, context.DeadlineExceeded) {
		t.Errorf("deadline exceeded: ShouldRetry = %v, %v; want false, context.DeadlineExceeded", retry, got)
	}
}

// TestShouldRetryTransport checks transport errors: retried, except those a retry cannot fix.
func TestShouldRetryTransport(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	loop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.String(), http.StatusFound)
	}))
	defer loop.Close()
	tlsSrv := httptest.NewUnstartedServer(http.NotFoundHandler())
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0) // the handshake fails by design
	tlsSrv.StartTLS()
	defer tlsSrv.Close()

	for _, tc := range []struct {
		name  string
		url   string
		retry bool
	}{
		{"connection refused", closed.URL, true},
		{"too many redirects", loop.URL, false},
		{"unsupported protocol scheme", "ftp://" + strings.TrimPrefix(closed.URL, "http://"), false},
		{"untrusted certificate", tlsSrv.URL, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Get(tc.url)
			if err == nil {
				resp.Body.Close()
				t.Fatal("the request succeeded")
			}
			retry, got := apierr.ShouldRetry(context.Background(), nil, err, readFake)
			if retry != tc.retry {
				t.Errorf("ShouldRetry(%v) = %v, want %v", err, retry, tc.retry)
			}
			if !tc.retry && got != err {
				t.Errorf("error = %v, want the transport error", got)
			}
		})
	}
}

// TestShouldRetryErrors checks the errors a response handler gives (a vendor reply, decided
// by Retryable) and a read that fails without a vendor reply (a transport failure).
func TestShouldRetryErrors(t *testing.T) {
	ctx := context.Background()
	throttled := documented("slow_down", 200, apierr.ErrRateLimited)
	if retry, err := apierr.ShouldRetry(ctx, nil, throttled, readFake); !retry || err != throttled {
		t.Errorf("vendor error rate limited: %v, %v; want true and the error", retry, err)
	}
	invalid := documented("bad", 400, apierr.ErrInvalidRequest)
	if retry, _ := apierr.ShouldRetry(ctx, nil, invalid, readFake); retry {
		t.Error("vendor error invalid_request: retried")
	}
	resp := get(t, fakeVendor(t, 200, "ok").URL)
	failing := func(*http.Response) error { return io.ErrUnexpectedEOF }
	if retry, err := apierr.ShouldRetry(ctx, resp, nil, failing); !retry || err != nil {
		t.Errorf("read failure: %v, %v; want true, nil", retry, err)
	}
	if retry, err := apierr.ShouldRetry(ctx, nil, nil, readFake); retry || err != nil {
		t.Errorf("no response and no error: %v, %v; want false, nil", retry, err)
	}
}
