package apierr_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

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
// name, the code and the document's text), String gives the bare wire name, %d the number.
func Example_printing() {
	fmt.Println(gopoints.AuthTokenExpired)
	fmt.Println(gopoints.AuthTokenExpired.String())
	fmt.Println(identitycloud.UniqueViolation)
	fmt.Println(identitycloud.UniqueViolation.String())
	fmt.Printf("%d\n", identitycloud.UniqueViolation)
	// Output:
	// gopoints: auth.token.expired: Authorization request header or token request field contains an expired authentication token.
	// auth.token.expired
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
	fmt.Println(identitycloud.Parse(200, []byte(`{"stat":"error","code":100,"error":"missing_argument","argument_name":"email"}`)))
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
	fmt.Println(errors.Is(err, gopoints.CriticalAuthRequired), errors.As(err, &e) && e.CriticalAuthMethod == "otp", resp.StatusCode)
	// Output: true true 403
}
