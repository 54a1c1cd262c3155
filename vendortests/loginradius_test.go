package vendortests

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
)

// loginRadiusError fails the test unless err is, or wraps, an *clouddirectory.Error, and returns
// it.
func loginRadiusError(t *testing.T, err error) *clouddirectory.Error {
	t.Helper()
	var e *clouddirectory.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T (%v), want an *clouddirectory.Error", err, err)
	}
	return e
}

// TestLoginRadiusBodies decodes LoginRadius error bodies: the documented structure, with Errors,
// with lower-camel keys, and with a provider error.
//
// Source: the document, "HTTP Error Response Structure" ({"Description", "ErrorCode",
// "Message", "IsProviderError", "ProviderErrorResponse"}) and its error table (messages,
// descriptions, HTTP codes of 901, 908, 920 and 1000); specs/SOURCES.md, LoginRadius:
// "real bodies may add Errors (a list of {"FieldName", "ErrorMessage"})", "Some older clients
// saw lower-camel keys (errorCode)".
func TestLoginRadiusBodies(t *testing.T) {
	tests := []struct {
		name                  string
		status                int
		body                  string
		code                  clouddirectory.Code
		message               string
		description           string
		isProviderError       bool
		providerErrorResponse string
		errors                []clouddirectory.FieldError
	}{
		{
			name:        "documented structure",
			status:      403,
			body:        `{"Description":"The provided LoginRadius API key is invalid or is not authorized, please use a valid or authorized LoginRadius API key or check the API key for your LoginRadius account.","ErrorCode":901,"Message":"The API key is unauthorized","IsProviderError":false,"ProviderErrorResponse":null}`,
			code:        clouddirectory.APIKeyUnauthorized,
			message:     "The API key is unauthorized",
			description: "The provided LoginRadius API key is invalid or is not authorized, please use a valid or authorized LoginRadius API key or check the API key for your LoginRadius account.",
		},
		{
			name:   "with Errors",
			status: 400,
			body: `{
  "Description": "The To field is required.",
  "ErrorCode": 908,
  "Message": "A parameter is not formatted correctly",
  "IsProviderError": false,
  "ProviderErrorResponse": null,
  "Errors": [
    {"FieldName": "To", "ErrorMessage": "The To field is required."},
    {"FieldName": "From", "ErrorMessage": "The From field is not a valid ISO_8601 date."}
  ]
}`,
			code:        clouddirectory.InvalidParameterFormat,
			message:     "A parameter is not formatted correctly",
			description: "The To field is required.",
			errors: []clouddirectory.FieldError{
				{FieldName: "To", ErrorMessage: "The To field is required."},
				{FieldName: "From", ErrorMessage: "The From field is not a valid ISO_8601 date."},
			},
		},
		{
			name:        "lower-camel keys",
			status:      400,
			body:        `{"description":"The provided LoginRadius API key is invalid, please use a valid API key of your LoginRadius account.","errorCode":920,"message":"API key is invalid","isProviderError":false,"providerErrorResponse":null}`,
			code:        clouddirectory.InvalidAPIKey,
			message:     "API key is invalid",
			description: "The provided LoginRadius API key is invalid, please use a valid API key of your LoginRadius account.",
		},
		{
			name:        "lower-camel keys with errors",
			status:      400,
			body:        `{"description":"The Query field is required.","errorCode":908,"message":"A parameter is not formatted correctly","isProviderError":false,"providerErrorResponse":null,"errors":[{"fieldName":"Query","errorMessage":"The Query field is required."}]}`,
			code:        clouddirectory.InvalidParameterFormat,
			message:     "A parameter is not formatted correctly",
			description: "The Query field is required.",
			errors:      []clouddirectory.FieldError{{FieldName: "Query", ErrorMessage: "The Query field is required."}},
		},
		{
			name:                  "provider error",
			status:                403,
			body:                  `{"Description":"Oops, something is going wrong. please try again.","ErrorCode":1000,"Message":"Oops, something is going wrong. please try again","IsProviderError":true,"ProviderErrorResponse":"upstream search cluster timed out after 30000 ms"}`,
			code:                  clouddirectory.SomethingWentWrong,
			message:               "Oops, something is going wrong. please try again",
			description:           "Oops, something is going wrong. please try again.",
			isProviderError:       true,
			providerErrorResponse: "upstream search cluster timed out after 30000 ms",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := clouddirectory.Parse(tt.status, []byte(tt.body))
			e := loginRadiusError(t, err)
			if e.Code != tt.code {
				t.Errorf("Code = %d, want %d", e.Code, tt.code)
			}
			if !errors.Is(err, tt.code) {
				t.Errorf("errors.Is(err, %s) = false", tt.code.String())
			}
			if e.Status != tt.status || e.Code.HTTPStatus() != tt.status {
				t.Errorf("Status %d, Code.HTTPStatus() %d; want %d (the document's HTTP code)", e.Status, e.Code.HTTPStatus(), tt.status)
			}
			if e.Message != tt.message {
				t.Errorf("Message = %q, want %q", e.Message, tt.message)
			}
			if e.Description != tt.description {
				t.Errorf("Description = %q, want %q", e.Description, tt.description)
			}
			if e.IsProviderError != tt.isProviderError || e.ProviderErrorResponse != tt.providerErrorResponse {
				t.Errorf("IsProviderError %v, ProviderErrorResponse %q", e.IsProviderError, e.ProviderErrorResponse)
			}
			if !slices.Equal(e.Errors, tt.errors) {
				t.Errorf("Errors = %+v, want %+v", e.Errors, tt.errors)
			}
			if string(e.Body) != tt.body {
				t.Errorf("Body = %q, want the body as received", e.Body)
			}
		})
	}
}

// TestLoginRadiusErrorText checks the one-line Error() of a documented body.
//
// Source: the document, row 1102 and "HTTP Error Response Structure".
func TestLoginRadiusErrorText(t *testing.T) {
	err := clouddirectory.Parse(403, []byte(`{"Description":"Please enter the correct authenticator code.","ErrorCode":1102,"Message":"The two-factor authenticator code is incorrect","IsProviderError":false,"ProviderErrorResponse":null}`))
	loginRadiusError(t, err)
	checkErrorText(t, err, "clouddirectory: IncorrectAuthenticatorCode (1102)", "(HTTP 403)")
}

// loginRadiusInvalidOTP is a 1067 Invalid OTP Code reply whose Data carries an access token.
//
// Source: the document, row 1067 (message, description, HTTP 403); specs/SOURCES.md,
// LoginRadius: "Data (an object the caller may need, such as a lockout timeout or an access
// token)".
const loginRadiusInvalidOTP = `{
  "Description": "The OTP code is invalid, please request for a new OTP.",
  "ErrorCode": 1067,
  "Message": "Invalid OTP Code",
  "IsProviderError": false,
  "ProviderErrorResponse": null,
  "Data": {
    "access_token": "96688431-0945-4ed5-9115-733521a13a53",
    "expires_in": "2026-06-13T09:21:33.0437093Z"
  }
}`

// TestLoginRadiusInvalidOTPData checks that the access token in Data is reachable from e.Data and
// e.Body, and that errors.Is matches InvalidOTPCode through wrapping; also with the lower-camel
// keys of older clients.
//
// Source: see loginRadiusInvalidOTP; the lower-camel body from specs/SOURCES.md,
// LoginRadius: "Some older clients saw lower-camel keys (errorCode)".
func TestLoginRadiusInvalidOTPData(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"documented keys", loginRadiusInvalidOTP},
		{"lower-camel keys", `{"description":"The OTP code is invalid, please request for a new OTP.","errorCode":1067,"message":"Invalid OTP Code","isProviderError":false,"providerErrorResponse":null,"data":{"access_token":"96688431-0945-4ed5-9115-733521a13a53","expires_in":"2026-06-13T09:21:33.0437093Z"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := clouddirectory.Parse(403, []byte(tt.body))
			wrapped := fmt.Errorf("verify OTP for jane.doe@example.com: %w", err)
			if !errors.Is(wrapped, clouddirectory.InvalidOTPCode) {
				t.Fatal("errors.Is(wrapped, InvalidOTPCode) = false")
			}
			e := loginRadiusError(t, wrapped)
			var data struct {
				AccessToken string `json:"access_token"`
				ExpiresIn   string `json:"expires_in"`
			}
			if err := json.Unmarshal(e.Data, &data); err != nil {
				t.Fatalf("Data = %s: %v", e.Data, err)
			}
			if data.AccessToken != "96688431-0945-4ed5-9115-733521a13a53" || data.ExpiresIn != "2026-06-13T09:21:33.0437093Z" {
				t.Errorf("Data = %+v, want the access token and its expiry", data)
			}
			var body struct {
				Data struct {
					AccessToken string `json:"access_token"`
				}
			}
			if err := json.Unmarshal(e.Body, &body); err != nil || body.Data.AccessToken != "96688431-0945-4ed5-9115-733521a13a53" {
				t.Errorf("Body = %s, want the access token in it", e.Body)
			}
			if e.Message != "Invalid OTP Code" || e.Description != "The OTP code is invalid, please request for a new OTP." || e.Status != 403 {
				t.Errorf("Message %q, Description %q, Status %d", e.Message, e.Description, e.Status)
			}
		})
	}
}

// TestLoginRadiusSecretNotPrinted checks that printing or logging the error (Error(), fmt, slog)
// does not show the access token of Data.
//
// Source: see loginRadiusInvalidOTP; the package says Data "may hold secrets, so do not log it".
func TestLoginRadiusSecretNotPrinted(t *testing.T) {
	err := clouddirectory.Parse(403, []byte(loginRadiusInvalidOTP))
	loginRadiusError(t, err)
	checkErrorText(t, err, "clouddirectory: InvalidOTPCode (1067)", "(HTTP 403)")
	if l := leaks(err, "96688431-0945-4ed5-9115-733521a13a53"); len(l) > 0 {
		t.Errorf("the access token of Data shows in: %s", strings.Join(l, ", "))
	}
}

// TestLoginRadiusUnknownCode checks a body whose code the document does not list: the code is
// kept exactly, Known is false, and message, description and Data are reachable.
//
// Source: specs/SOURCES.md, LoginRadius: "Real replies carry many codes that are not on this
// page; they must decode as unknown codes with nothing lost", and Data "such as a lockout
// timeout". The code number and texts are made up for the test.
func TestLoginRadiusUnknownCode(t *testing.T) {
	body := `{"Description":"The user is blocked due to too many failed login attempts, please try again after some time.","ErrorCode":1132,"Message":"User is temporarily blocked","IsProviderError":false,"ProviderErrorResponse":null,"Data":{"LockoutTimeLeftInSeconds":897}}`
	err := clouddirectory.Parse(403, []byte(body))
	e := loginRadiusError(t, err)
	if e.Code != 1132 || e.Code.Known() || e.Code.HTTPStatus() != 0 || e.Code.String() != "Code(1132)" {
		t.Errorf("Code %d, Known %v, HTTPStatus %d, String %q", e.Code, e.Code.Known(), e.Code.HTTPStatus(), e.Code.String())
	}
	if e.Message != "User is temporarily blocked" {
		t.Errorf("Message = %q", e.Message)
	}
	if e.Description != "The user is blocked due to too many failed login attempts, please try again after some time." {
		t.Errorf("Description = %q", e.Description)
	}
	var data struct{ LockoutTimeLeftInSeconds int }
	if err := json.Unmarshal(e.Data, &data); err != nil || data.LockoutTimeLeftInSeconds != 897 {
		t.Errorf("Data = %s, want the lockout timeout", e.Data)
	}
	if !strings.Contains(err.Error(), "1132") {
		t.Errorf("Error() = %q, want it to name 1132", err.Error())
	}
	checkErrorText(t, err, "clouddirectory: ", "(HTTP 403)")
	var code clouddirectory.Code
	if !errors.As(err, &code) || code != 1132 {
		t.Errorf("errors.As(err, &code) = %d, want 1132", code)
	}
}

// TestLoginRadiusCodeAsString checks an ErrorCode sent as a JSON string of digits, which the
// package documents it reads as the number.
//
// Source: the document, row 1129 and "HTTP Error Response Structure" (which says Integer; this
// body deviates on purpose).
func TestLoginRadiusCodeAsString(t *testing.T) {
	err := clouddirectory.Parse(403, []byte(`{"Description":"The two factor authentication backup code is not valid or has already been used, please use a valid two factor authentication backup code for login.","ErrorCode":"1129","Message":"Two factor authentication backup bode is not valid or has already been used","IsProviderError":false,"ProviderErrorResponse":null}`))
	if !errors.Is(err, clouddirectory.InvalidTwoFactorBackupCode) {
		t.Errorf("Parse = %v, want InvalidTwoFactorBackupCode", err)
	}
}

// TestLoginRadiusSuccessRule checks LoginRadius's rule: the HTTP status says whether a reply is
// an error (the document's "HTTP Response Descriptions"), so a 200 body without ErrorCode is a
// success even when it has Data; a gateway's HTML page at 500 is an *Error with no code.
//
// Source: the document, "HTTP Response Descriptions" (200 OK, 429, 500); the 200 bodies are
// typical Cloud Directory replies, the 429 body a typical rate-limit page.
func TestLoginRadiusSuccessRule(t *testing.T) {
	for _, body := range []string{
		`{"IsPosted":true}`,
		`{"Count":1,"Data":[{"Uid":"5c3f1e2a9b7d4c6e8f0a1b2c3d4e5f6a","Email":[{"Type":"Primary","Value":"jane.doe@example.com"}]}],"Next":"c2NhbjsxOzE2NjU1OTM"}`,
	} {
		if err := clouddirectory.Parse(200, []byte(body)); err != nil {
			t.Errorf("Parse(200, %s) = %v, want nil", body, err)
		}
	}
	for _, tt := range []struct {
		status int
		body   string
	}{
		{429, "Too Many Requests"},
		{500, "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>\n"},
	} {
		e := loginRadiusError(t, clouddirectory.Parse(tt.status, []byte(tt.body)))
		if e.Code != 0 || e.Status != tt.status || string(e.Body) != tt.body || errors.Unwrap(e) != nil {
			t.Errorf("Parse(%d, ...) gave Code %d, Status %d, Body %q", tt.status, e.Code, e.Status, e.Body)
		}
	}
}

// TestLoginRadiusFromResponse checks FromResponse on an error, and that the body stays readable
// after it.
//
// Source: the document, row 1043 (message, description, HTTP 403).
func TestLoginRadiusFromResponse(t *testing.T) {
	body := `{"Description":"The next param is missing. Please start with a POST request to get next value.","ErrorCode":1043,"Message":"Pass a valid next param","IsProviderError":false,"ProviderErrorResponse":null}`
	resp := &http.Response{StatusCode: 403, Body: io.NopCloser(strings.NewReader(body))}
	e := loginRadiusError(t, clouddirectory.FromResponse(resp))
	if e.Code != clouddirectory.MissingNextParam || errors.Is(e, clouddirectory.ExpiredNextParam) {
		t.Errorf("Code = %d, want 1043 and not 1042", e.Code)
	}
	rest, err := io.ReadAll(resp.Body)
	if err != nil || string(rest) != body {
		t.Errorf("resp.Body after FromResponse = %q, %v", rest, err)
	}
}

// TestLoginRadiusCodesMatchDocument checks the generated codes against the document's error table:
// the same 26 codes, each with the document's message, description and HTTP code, and
// HTTPStatus 0 for the codes whose HTTP column says "Not in Use".
//
// Source: the document, "LoginRadius Error Response Descriptions"; specs/SOURCES.md,
// LoginRadius: ""Not in Use" in the HTTP column means the code is documented but not currently
// returned".
func TestLoginRadiusCodesMatchDocument(t *testing.T) {
	document := []struct {
		code        clouddirectory.Code
		message     string
		description string
		status      int // 0: "Not in Use"
	}{
		{901, "The API key is unauthorized", "The provided LoginRadius API key is invalid or is not authorized, please use a valid or authorized LoginRadius API key or check the API key for your LoginRadius account.", 403},
		{902, "The API Secret is unauthorized", "The provided LoginRadius API secret is invalid or is not authorized, please use a valid LoginRadius API secret or check the API secret for your LoginRadius account.", 403},
		{908, "A parameter is not formatted correctly", "Verify that the datatypes for all of the parameters and parameters are correct when making the API call. (Note: description dynamically varies on missing parmas also)", 400},
		{913, "The date range is not specified", "The end date is missing in the request, please check the end date parameter.", 0},
		{914, "The date range is not specified", "The start date is missing in the request, please check the end date parameter.", 0},
		{918, "The query is invalid", "The query is not correct, please review the query and send the correct parameters.", 400},
		{919, "The query format is not valid", "The format of the query is not valid, query should be an object.", 400},
		{920, "API key is invalid", "The provided LoginRadius API key is invalid, please use a valid API key of your LoginRadius account.", 400},
		{921, "API secret is invalid", "The provided LoginRadius API secret is invalid, please use a valid API secret of your LoginRadius account.", 400},
		{922, "API key is missing", "The request is missing the API key, please use the valid API key parameter in order to process this request.", 0},
		{923, "API secret is missing", "The request is missing the API secret, please use the valid API secret parameter in order to process this request.", 0},
		{925, "The date range has an invalid format", "The From date has an invalid format, please use a valid ISO_8601 date format.", 400},
		{926, "The date range has an invalid format", "The To date has an invalid format, please use a valid ISO_8601 date format.", 400},
		{927, "The date range is invalid", "The From data is greater than or equal to the To date, please pass correct From & To dates.", 400},
		{928, "The date range is missing", "From & To dates are required parameters. please pass correct From & To dates.", 400},
		{999, "Site is not configured for custom object", "The custom object is not configured for this site, Please contact LoginRadius support for more information.", 0},
		{1000, "Oops, something is going wrong. please try again", "Oops, something is going wrong. please try again.", 403},
		{1003, "Schema is not set for the passed Custom Object", "The Custom Object schema is not set in Admin Console. Schema should be set to query Custom Object. Please contact LoginRadius Support.", 400},
		{1036, "The Custom Object name is required", "The Custom Object name is required, please pass a Custom Object name.", 400},
		{1042, "Pass a valid next param", "The next param passed expired. Please start with a POST request again.", 403},
		{1043, "Pass a valid next param", "The next param is missing. Please start with a POST request to get next value.", 403},
		{1064, "Custom object name is invalid", "The custom object name used in this request is incorrect or does not exist.", 400},
		{1067, "Invalid OTP Code", "The OTP code is invalid, please request for a new OTP.", 403},
		{1102, "The two-factor authenticator code is incorrect", "Please enter the correct authenticator code.", 403},
		{1128, "Two factor authentication backup code is not configured", "The two factor authentication backup code is not enabled, please enable or configure two factor authentication for login.", 403},
		{1129, "Two factor authentication backup bode is not valid or has already been used", "The two factor authentication backup code is not valid or has already been used, please use a valid two factor authentication backup code for login.", 403},
	}
	var want []clouddirectory.Code
	for _, row := range document {
		want = append(want, row.code)
		if !row.code.Known() {
			t.Errorf("%d: Known() = false", row.code)
		}
		if got := row.code.Message(); got != row.message {
			t.Errorf("%d: Message() = %q, want %q", row.code, got, row.message)
		}
		if got := row.code.Description(); got != row.description {
			t.Errorf("%d: Description() = %q, want %q", row.code, got, row.description)
		}
		if got := row.code.HTTPStatus(); got != row.status {
			t.Errorf("%d: HTTPStatus() = %d, want %d", row.code, got, row.status)
		}
	}
	if got := clouddirectory.Codes(); !slices.Equal(got, want) {
		t.Errorf("Codes() = %d, want the document's %d codes %d", got, len(want), want)
	}
}

// TestLoginRadiusExpiredNextParam checks that 1042, an expired next param, is a request error
// like 1043, the next param missing: the remedy the document gives is a new POST request, not
// a new token, so apierr.Problem answers 400, not 401.
//
// Source: the document, rows 1042 ("The next param passed expired. Please start with a POST
// request again.", HTTP 403) and 1043.
func TestLoginRadiusExpiredNextParam(t *testing.T) {
	body := `{"Description":"The next param passed expired. Please start with a POST request again.",` +
		`"ErrorCode":1042,"Message":"Pass a valid next param","IsProviderError":false,"ProviderErrorResponse":null}`
	err := clouddirectory.Parse(403, []byte(body))
	if !errors.Is(err, clouddirectory.ExpiredNextParam) || !errors.Is(err, apierr.ErrInvalidRequest) ||
		errors.Is(err, apierr.ErrExpired) {
		t.Errorf("ClassOf = %v, want invalid_request", apierr.ClassOf(err))
	}
	if p := apierr.Problem(err); p.Status != http.StatusBadRequest {
		t.Errorf("Problem status %d, want 400", p.Status)
	}
}
