package apierr_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/gopoints"
)

// Example_gopoints handles a GoPoints error reply: the code with errors.Is, the body's fields
// with errors.As. It is the example of the README.
func Example_gopoints() {
	// A stand-in for the GoPoints API: it asks for critical change authentication.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		io.WriteString(w, `{"status":"error","error_code":"critical.auth.required",`+
			`"error_id":"5f0c2e9a","messages":["Critical change authentication required."],`+
			`"critical_auth_method":"otp"}`)
	}))
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/profile/email", "application/json",
		strings.NewReader(`{"email":"new@example.com"}`))
	if err != nil {
		fmt.Println("request failed:", err)
		return
	}
	defer resp.Body.Close()

	err = gopoints.FromResponse(resp)
	switch {
	case err == nil:
		fmt.Println("done")
	case errors.Is(err, gopoints.CriticalAuthRequired):
		var e *gopoints.Error
		if errors.As(err, &e) {
			fmt.Println("code:", e.Code.String())
			fmt.Println("HTTP status:", e.Status)
			fmt.Println("repeat the request with:", e.CriticalAuthMethod)
			fmt.Println("request ID:", e.RequestID)
			fmt.Println("messages:", e.Messages.List)
		}
	default:
		fmt.Println("other error:", err)
	}
	// Output:
	// code: critical.auth.required
	// HTTP status: 403
	// repeat the request with: otp
	// request ID: 5f0c2e9a
	// messages: [Critical change authentication required.]
}

// Example_printing shows what printing a code gives: Println and %v use Error (the package
// name, the code and what the document says of it, in short), String gives the bare wire
// name, Description the document's full text, %d the number.
func Example_printing() {
	fmt.Println(gopoints.AuthTokenExpired)
	fmt.Println(gopoints.AuthTokenExpired.String())
	fmt.Println(gopoints.AuthTokenExpired.Description())
	fmt.Println(identitycloud.UniqueViolation)
	fmt.Println(identitycloud.UniqueViolation.String())
	fmt.Printf("%d\n", identitycloud.UniqueViolation)
	// Output:
	// gopoints: auth.token.expired: Authorization request header or token request field contains an expired…
	// auth.token.expired
	// Authorization request header or token request field contains an expired authentication token.
	// identitycloud: unique_violation (361): A unique or locally-unique constraint was violated.
	// unique_violation
	// 361
}

// Example_unknownCodes shows that codes the document does not list are kept as received.
func Example_unknownCodes() {
	g := gopoints.Code("auth.newthing.invalid")
	fmt.Println(g.Known(), g.String(), g.HTTPStatus())

	a := identitycloud.Code(364)
	fmt.Println(a.Known(), a.String(), a)
	// Output:
	// false auth.newthing.invalid 0
	// false Code(364) identitycloud: Code(364)
}

// Example_akamaiCatchAll shows Akamai's catch-alls and its rule that the body, not the HTTP
// status, decides whether a reply is an error.
func Example_akamaiCatchAll() {
	// 361 unique_violation is listed under 360 constraint_violation.
	err := identitycloud.Parse(200, []byte(`{"stat":"error","code":361,"error":"unique_violation"}`))
	fmt.Println(errors.Is(err, identitycloud.UniqueViolation), errors.Is(err, identitycloud.ConstraintViolation))

	// 364 is not listed: it still matches its catch-all, 360.
	err = identitycloud.Parse(200, []byte(`{"stat":"error","code":364,"error":"new_violation","request_id":"r-1"}`))
	fmt.Println(errors.Is(err, identitycloud.ConstraintViolation))
	fmt.Println(err)

	// "stat" decides: HTTP 400 with "ok" is a success, HTTP 200 with "error" is an error.
	fmt.Println(identitycloud.Parse(400, []byte(`{"stat":"ok"}`)))
	body := `{"stat":"error","code":100,"error":"missing_argument","argument_name":"email"}`
	fmt.Println(identitycloud.Parse(200, []byte(body)))
	// Output:
	// true true
	// true
	// identitycloud: new_violation (364) (HTTP 200, request ID r-1)
	// <nil>
	// identitycloud: missing_argument (100): A required argument was not supplied. (HTTP 200)
}

// Example_fakeServer fakes GoPoints in a test: an *Error is an http.Handler that answers with
// the vendor's status and body, so the code under test sees what the vendor would send.
func Example_fakeServer() {
	reply := gopoints.CriticalAuthRequired.Reply() // HTTP 403, the documented status
	reply.CriticalAuthMethod = "otp"
	srv := httptest.NewServer(reply)
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/profile/email", "application/json", strings.NewReader(`{}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	err = gopoints.FromResponse(resp)

	var e *gopoints.Error
	otp := errors.As(err, &e) && e.CriticalAuthMethod == "otp"
	fmt.Println(errors.Is(err, gopoints.CriticalAuthRequired), otp, resp.StatusCode)
	// Output: true true 403
}

// span is the part of an OpenTelemetry span (go.opentelemetry.io/otel/trace.Span) that
// ExampleAttrs uses, declared here so that the example needs no OpenTelemetry import. With
// OpenTelemetry, pass a trace.Span and build attribute.KeyValue values instead of keyValue.
type span interface {
	SetAttributes(kv ...keyValue)
	RecordError(err error)
}

// keyValue stands for OpenTelemetry's attribute.KeyValue.
type keyValue struct {
	Key   string
	Value any
}

// otelAttr converts a slog.Attr of apierr.Attrs as OpenTelemetry's attribute.Int64 and
// attribute.String do: an int stays an int (apierr.status), everything else is a string.
func otelAttr(a slog.Attr) keyValue {
	if a.Value.Kind() == slog.KindInt64 {
		return keyValue{a.Key, a.Value.Int64()} // attribute.Int64(a.Key, a.Value.Int64())
	}
	return keyValue{a.Key, a.Value.String()} // attribute.String(a.Key, a.Value.String())
}

// printSpan is a span that prints what it is given.
type printSpan struct{}

func (printSpan) SetAttributes(kv ...keyValue) {
	for _, a := range kv {
		fmt.Printf("  %s = %v\n", a.Key, a.Value)
	}
}

func (printSpan) RecordError(err error) { fmt.Println("recorded:", err) }

// ExampleAttrs records a failed call on an OpenTelemetry-style span: apierr.Attrs gives
// error.type for every error, as the semantic conventions ask, and for a vendor reply its
// facts under the prefix apierr., through any wrapping, with no text from the body and no
// empty value. The vendor reply here is a stand-in for what a generated package's
// FromResponse returns (an expired token, HTTP 401, no request ID); a transport error has only
// error.type.
func ExampleAttrs() {
	reply := documented("auth.token.expired", 401, apierr.ErrExpired) // a *gopoints.Error, say
	reply.requestID = ""
	for _, err := range []error{
		fmt.Errorf("loading the profile: %w", reply),
		errors.New("dial tcp: connection refused"),
	} {
		var s span = printSpan{}
		s.RecordError(err)
		var kv []keyValue
		for _, a := range apierr.Attrs(err) {
			kv = append(kv, otelAttr(a))
		}
		s.SetAttributes(kv...)
	}
	// Output:
	// recorded: loading the profile: fake: auth.token.expired
	//   apierr.vendor = Fake
	//   apierr.code = auth.token.expired
	//   apierr.name = auth.token.expired
	//   apierr.status = 401
	//   apierr.class = expired
	//   error.type = fake.auth.token.expired
	// recorded: dial tcp: connection refused
	//   error.type = _OTHER
}

// ExampleLogValue logs a vendor reply with log/slog through the wrapping an application adds:
// the error's text, then the reply's attributes, none of them text from the body. slog itself
// asks only the value it is given for a LogValue method, so a wrapped reply would log as a
// string.
func ExampleLogValue() {
	reply := documented("critical.auth.required", 403, apierr.ErrVerificationRequired) // a *gopoints.Error, say
	err := fmt.Errorf("changing the email: %w", reply)

	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	logger.Error("calling GoPoints", "err", apierr.LogValue(err))
	logger.Error("calling GoPoints", "err", apierr.LogValue(errors.New("dial tcp: connection refused")))
	// Output:
	// level=ERROR msg="calling GoPoints" err.text="changing the email: fake: critical.auth.required" err.vendor=Fake err.code=critical.auth.required err.name=critical.auth.required err.status=403 err.request_id=req-1 err.class=verification_required err.error.type=fake.critical.auth.required
	// level=ERROR msg="calling GoPoints" err="dial tcp: connection refused"
}

// ExampleProblem forwards a vendor's failure to the service's own client as RFC 9457 problem
// details: the status from the class (a rate limit stays a 429, with the vendor's
// Retry-After), the code's documentation as type and detail, never the vendor's body.
func ExampleProblem() {
	reply := documented("api_limit_error", 200, apierr.ErrRateLimited) // an *identitycloud.Error, say
	reply.retryAfter, reply.hasRetryAfter = 30*time.Second, true

	rec := httptest.NewRecorder()                               // the service's http.ResponseWriter
	req := httptest.NewRequest(http.MethodPut, "/profile", nil) // the request it answers
	apierr.Problem(fmt.Errorf("updating the profile: %w", reply)).ServeHTTP(rec, req)

	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), "Retry-After:", rec.Header().Get("Retry-After"))
	fmt.Println(rec.Body)
	// Output:
	// 429 application/problem+json Retry-After: 30
	// {"type":"https://pkg.go.dev/example.com/fake#api_limit_error","title":"Rate limited","status":429,"detail":"What the document says of api_limit_error.","vendor":"Fake","code":"api_limit_error","class":"rate_limited","request_id":"req-1"}
}

// ExampleShouldRetry retries a call with ShouldRetry and Backoff, as go-retryablehttp's
// Client does with its CheckRetry and Backoff fields (which a generated package's CheckRetry
// and apierr.Backoff fill). The vendor throttles the first call with HTTP 200 and a body
// that says so, which a policy that reads only statuses would take for a success.
func ExampleShouldRetry() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		calls++
		if calls == 1 {
			w.Header().Set("Retry-After", "0")
			io.WriteString(w, "error api_limit_error rate_limited") // the fake vendor's body format
			return
		}
		io.WriteString(w, "ok")
	}))
	defer srv.Close()

	ctx := context.Background()
	for attempt := 0; ; attempt++ {
		resp, err := http.Get(srv.URL)
		retry, why := apierr.ShouldRetry(ctx, resp, err, readFake) // readFake: the vendor's FromResponse
		if !retry {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Printf("attempt %d: HTTP %d %s\n", attempt, resp.StatusCode, body)
			return
		}
		wait := apierr.Backoff(time.Millisecond, 10*time.Millisecond, attempt, resp) // jittered: up to 1ms here
		resp.Body.Close()
		fmt.Printf("attempt %d: retry (%v, throttle %v)\n", attempt, why, apierr.IsThrottle(why))
		time.Sleep(wait)
	}
	// Output:
	// attempt 0: retry (fake: api_limit_error, throttle true)
	// attempt 1: HTTP 200 ok
}
