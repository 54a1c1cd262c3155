package vendortests

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr/generated/gopoints"
)

// goPointsError fails the test unless err is, or wraps, an *gopoints.Error, and returns it.
func goPointsError(t *testing.T, err error) *gopoints.Error {
	t.Helper()
	var e *gopoints.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T (%v), want an *gopoints.Error", err, err)
	}
	return e
}

// TestGoPointsMessagesShapes decodes "messages" in both shapes the vendor sends: an array of
// strings, and an object keyed by request field names (each with one message or a list), plus
// null and absent.
//
// Source: the document, "Error Codes": "messages- Array or object of error messages. If it is an
// object, its field names correspond to request JSON field names", and the sections of
// auth.token.expired (401) and request.validation.failed (422); specs/SOURCES.md, GoPoints:
// "messages is an array of strings or an object keyed by request field names".
func TestGoPointsMessagesShapes(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		code   gopoints.Code
		list   []string
		fields map[string][]string
		text   string // what VendorMessage gives
	}{
		{
			name:   "array of strings",
			status: 401,
			body:   `{"status":"error","error_code":"auth.token.expired","error_id":"8f14e45f-ceea-467f-a8f5-1b2c3d4e5f60","messages":["Authentication token has expired."]}`,
			code:   gopoints.AuthTokenExpired,
			list:   []string{"Authentication token has expired."},
			text:   "Authentication token has expired.",
		},
		{
			name:   "object of lists",
			status: 422,
			body: `{
  "status": "error",
  "error_code": "request.validation.failed",
  "error_id": "1679091c-5a88-4faf-b5e6-6f7a8b9c0d1e",
  "messages": {
    "email": ["Email is not a valid email address."],
    "birth_date": ["Birth date must be in format YYYY-MM-DD.", "Birth date must be in the past."]
  }
}`,
			code: gopoints.RequestValidationFailed,
			fields: map[string][]string{
				"email":      {"Email is not a valid email address."},
				"birth_date": {"Birth date must be in format YYYY-MM-DD.", "Birth date must be in the past."},
			},
			text: "birth_date: Birth date must be in format YYYY-MM-DD. Birth date must be in the past.; email: Email is not a valid email address.",
		},
		{
			name:   "object of strings",
			status: 422,
			body:   `{"status":"error","error_code":"request.validation.failed","error_id":"c9f0f895-fb98-4ab6-9d7f-2a3b4c5d6e7f","messages":{"phone":"Phone number must be in international format.","first_name":"First name is required."}}`,
			code:   gopoints.RequestValidationFailed,
			fields: map[string][]string{
				"phone":      {"Phone number must be in international format."},
				"first_name": {"First name is required."},
			},
			text: "first_name: First name is required.; phone: Phone number must be in international format.",
		},
		{
			name:   "null",
			status: 404,
			body:   `{"status":"error","error_code":"object.id.notfound","error_id":"45c48cce-2e2d-4fbd-8a1b-3c4d5e6f7a8b","messages":null}`,
			code:   gopoints.ObjectIDNotFound,
		},
		{
			name:   "absent",
			status: 401,
			body:   `{"status":"error","error_code":"auth.apikey.missing","error_id":"d3d94468-02a4-4259-b55d-4e5f6a7b8c9d"}`,
			code:   gopoints.AuthAPIKeyMissing,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := gopoints.Parse(tt.status, []byte(tt.body))
			e := goPointsError(t, err)
			if e.Code != tt.code || !errors.Is(err, tt.code) {
				t.Errorf("Code = %q, want %q", e.Code.String(), tt.code.String())
			}
			if e.Status != tt.status || e.Code.HTTPStatus() != tt.status {
				t.Errorf("Status %d, Code.HTTPStatus() %d; want %d", e.Status, e.Code.HTTPStatus(), tt.status)
			}
			if !slices.Equal(e.Messages.List, tt.list) {
				t.Errorf("Messages.List = %q, want %q", e.Messages.List, tt.list)
			}
			if !mapsOfListsEqual(e.Messages.Fields, tt.fields) {
				t.Errorf("Messages.Fields = %q, want %q", e.Messages.Fields, tt.fields)
			}
			if string(e.Body) != tt.body {
				t.Errorf("Body = %q, want the body as received", e.Body)
			}
			if got := e.VendorMessage(); got != tt.text {
				t.Errorf("VendorMessage() = %q, want %q", got, tt.text)
			}
		})
	}
}

// TestGoPointsCriticalAuth checks critical.auth.required with each critical_auth_method the
// document names: the method is reachable, so the client knows to repeat the request with
// "password" or "otp" added.
//
// Source: the document, HTTP 403 section, critical.auth.required ("If response field
// critical_auth_method is set to password ... If response field critical_auth_method is set to
// otp ..."); specs/SOURCES.md, GoPoints.
func TestGoPointsCriticalAuth(t *testing.T) {
	tests := []struct {
		method string
		body   string
	}{
		{"otp", `{"status":"error","error_code":"critical.auth.required","error_id":"6512bd43-d9ca-46e0-8c1d-5e6f7a8b9c0d","messages":["Critical change authentication required. A one-time password has been sent to +44 7700 900123."],"critical_auth_method":"otp"}`},
		{"password", `{"status":"error","error_code":"critical.auth.required","error_id":"c20ad4d7-6fe9-4759-9a2b-6f7a8b9c0d1e","messages":["Critical change authentication required. Please enter your password."],"critical_auth_method":"password"}`},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			err := gopoints.Parse(403, []byte(tt.body))
			wrapped := fmt.Errorf("change primary email: %w", err)
			if !errors.Is(wrapped, gopoints.CriticalAuthRequired) {
				t.Fatal("errors.Is(wrapped, CriticalAuthRequired) = false")
			}
			e := goPointsError(t, wrapped)
			if e.CriticalAuthMethod != tt.method {
				t.Errorf("CriticalAuthMethod = %q, want %q", e.CriticalAuthMethod, tt.method)
			}
			if len(e.Messages.List) != 1 || e.RequestID == "" || e.Status != 403 {
				t.Errorf("Messages %q, RequestID %q, Status %d", e.Messages.List, e.RequestID, e.Status)
			}
		})
	}
}

// TestGoPointsErrorText checks the one-line Error() of a documented code: the document's text of
// the code, the HTTP status and the request ID (error_id).
//
// Source: the document, HTTP 401 section, auth.otp.invalid; specs/SOURCES.md, GoPoints
// (the envelope).
func TestGoPointsErrorText(t *testing.T) {
	err := gopoints.Parse(401, []byte(`{"status":"error","error_code":"auth.otp.invalid","error_id":"aab32389-22bc-4c56-9a3d-7a8b9c0d1e2f","messages":["The one-time password is incorrect."]}`))
	want := "gopoints: auth.otp.invalid: otp request field contains invalid one-time password. (HTTP 401, request ID aab32389-22bc-4c56-9a3d-7a8b9c0d1e2f)"
	if err == nil || err.Error() != want {
		t.Errorf("Error() = %v, want %q", err, want)
	}
}

// TestGoPointsStatusDecides checks GoPoints' own rule: the body's "status" says whether a reply
// is an error: "success" is not, "error" is.
//
// Source: the document, "Error Codes": "Body of every JSON response includes status field. Its
// value is success for successfully carried out requests or error if any error occurred".
func TestGoPointsStatusDecides(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		body    string
		wantErr bool
	}{
		{"success at 200", 200, `{"status":"success","profile":{"id":"51037","primary_email":"jane.doe@example.com","primary_phone":"+447700900123"}}`, false},
		{"success at 201", 201, `{"status":"success","id":"84512"}`, false},
		{"error at 403", 403, `{"status":"error","error_code":"auth.user.closed","error_id":"9bf31c7f-f062-4936-8b1e-8a9b0c1d2e3f","messages":["User profile is closed."]}`, true},
		{"error at 200", 200, `{"status":"error","error_code":"object.limit.exceeded","error_id":"70efdf2e-c9b0-4f8a-9c3e-9b0c1d2e3f4a","messages":["You can add at most 5 cards."]}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := gopoints.Parse(tt.status, []byte(tt.body))
			if (err != nil) != tt.wantErr {
				t.Fatalf("Parse(%d, ...) = %v, want error %v", tt.status, err, tt.wantErr)
			}
		})
	}
}

// TestGoPointsUnknownCode checks a body whose code the document does not list: the code is kept
// exactly, Known is false, HTTPStatus 0, and the request ID and messages are reachable.
//
// Source: specs/SOURCES.md, GoPoints (the envelope); the document defines no catch-alls. The
// code is made up for the test.
func TestGoPointsUnknownCode(t *testing.T) {
	body := `{"status":"error","error_code":"auth.otp.expired","error_id":"6f4922f4-5568-4161-8f3e-0c1d2e3f4a5b","messages":["The one-time password has expired. Request a new one."]}`
	err := gopoints.Parse(401, []byte(body))
	e := goPointsError(t, err)
	if e.Code != "auth.otp.expired" || e.Code.Known() || e.Code.HTTPStatus() != 0 || e.Code.String() != "auth.otp.expired" {
		t.Errorf("Code %q, Known %v, HTTPStatus %d", e.Code.String(), e.Code.Known(), e.Code.HTTPStatus())
	}
	if e.RequestID != "6f4922f4-5568-4161-8f3e-0c1d2e3f4a5b" || e.Status != 401 {
		t.Errorf("RequestID %q, Status %d", e.RequestID, e.Status)
	}
	if !slices.Equal(e.Messages.List, []string{"The one-time password has expired. Request a new one."}) {
		t.Errorf("Messages.List = %q", e.Messages.List)
	}
	if errors.Is(err, gopoints.AuthOTPInvalid) {
		t.Error("errors.Is(auth.otp.expired, AuthOTPInvalid) = true; the document defines no catch-alls")
	}
	var code gopoints.Code
	if !errors.As(err, &code) || code != "auth.otp.expired" {
		t.Errorf("errors.As(err, &code) = %q", code.String())
	}
	checkErrorText(t, err, "gopoints: auth.otp.expired", "(HTTP 401, request ID 6f4922f4-5568-4161-8f3e-0c1d2e3f4a5b)")
}

// TestGoPointsWrapping checks errors.Is and errors.As through fmt.Errorf("%w") wrapping.
//
// Source: the document, HTTP 403 section, profile.identifier.used; specs/SOURCES.md,
// GoPoints (object form of messages).
func TestGoPointsWrapping(t *testing.T) {
	err := gopoints.Parse(403, []byte(`{"status":"error","error_code":"profile.identifier.used","error_id":"1f0e3dad-9990-4345-8a6b-1d2e3f4a5b6c","messages":{"email":["This email address is already used."]}}`))
	wrapped := fmt.Errorf("update profile 51037: %w", fmt.Errorf("PUT /profile: %w", err))
	if !errors.Is(wrapped, gopoints.ProfileIdentifierUsed) || errors.Is(wrapped, gopoints.ProfileIdentifierInvalid) {
		t.Error("errors.Is matches the wrong code through wrapping")
	}
	var e *gopoints.Error
	if !errors.As(wrapped, &e) || !slices.Equal(e.Messages.Fields["email"], []string{"This email address is already used."}) {
		t.Errorf("errors.As(wrapped, &e) gave %v", e)
	}
	var code gopoints.Code
	if !errors.As(wrapped, &code) || code != gopoints.ProfileIdentifierUsed {
		t.Errorf("errors.As(wrapped, &code) = %q", code.String())
	}
}

// TestGoPointsFromResponse checks FromResponse on an error, on a success and on a gateway's HTML
// 502 page, and that the body stays readable after it.
//
// Source: the document, HTTP 401 section (auth.signature.expired) and "Error Codes" (status
// success); the HTML page is nginx's default 502 page.
func TestGoPointsFromResponse(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		body    string
		wantErr bool
		code    gopoints.Code
	}{
		{"error", 401, `{"status":"error","error_code":"auth.signature.expired","error_id":"8e296a06-7a37-4633-9d4e-2e3f4a5b6c7d","messages":["Request signature has expired."]}`, true, gopoints.AuthSignatureExpired},
		{"success", 200, `{"status":"success","balance":{"points":12500}}`, false, ""},
		{"HTML 502", 502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: tt.status, Body: io.NopCloser(strings.NewReader(tt.body))}
			err := gopoints.FromResponse(resp)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("FromResponse = %v, want nil", err)
				}
			} else {
				e := goPointsError(t, err)
				if e.Code != tt.code || e.Status != tt.status || string(e.Body) != tt.body {
					t.Errorf("Code %q, Status %d, Body %q", e.Code.String(), e.Status, e.Body)
				}
			}
			rest, rerr := io.ReadAll(resp.Body)
			if rerr != nil || string(rest) != tt.body {
				t.Errorf("resp.Body after FromResponse = %q, %v", rest, rerr)
			}
		})
	}
}

// TestGoPointsStatusesMatchDocument checks each code's HTTPStatus against the section of the
// document it is listed under, and that the package has exactly the document's 37 codes.
//
// Source: the document, sections "HTTP 401 Unauthorized", "HTTP 403 Forbidden", "HTTP 404 Not
// Found" and "HTTP 422 Unprocessable Entity"; specs/SOURCES.md, GoPoints: "The HTTP status of
// each code is given by the section it is listed under".
func TestGoPointsStatusesMatchDocument(t *testing.T) {
	sections := map[int][]gopoints.Code{
		401: {
			"auth.apikey.missing", "auth.apikey.invalid", "auth.header.missing", "auth.header.invalid",
			"auth.token.expired", "auth.token.invalid", "auth.signature.invalid", "auth.signature.expired",
			"auth.captcha.missing", "auth.captcha.invalid", "auth.session.invalid", "auth.password.invalid",
			"auth.otp.invalid", "auth.backupcode.invalid", "auth.memorable.invalid", "auth.controlanswer.invalid",
			"auth.disclaimer.invalid", "auth.oauth.failed",
		},
		403: {
			"auth.user.restricted", "auth.user.closed", "auth.user.denied", "auth.restricted",
			"recovery.question.notset", "recovery.phone.notset", "recovery.email.notset", "recovery.method.restricted",
			"profile.identifier.used", "profile.identifier.invalid", "oauth.identifier.used", "object.limit.exceeded",
			"critical.auth.required", "member.data.invalid", "search.type.restricted",
		},
		404: {"auth.oauth.notfound", "auth.loginid.notfound", "object.id.notfound"},
		422: {"request.validation.failed"},
	}
	var want []gopoints.Code
	for status, codes := range sections {
		for _, c := range codes {
			want = append(want, c)
			if !c.Known() {
				t.Errorf("%s: Known() = false", c.String())
			}
			if got := c.HTTPStatus(); got != status {
				t.Errorf("%s: HTTPStatus() = %d, want %d (its section)", c.String(), got, status)
			}
		}
	}
	slices.Sort(want)
	if got := gopoints.Codes(); !slices.Equal(got, want) {
		t.Errorf("Codes() has %d codes, want the document's %d", len(got), len(want))
	}
}
