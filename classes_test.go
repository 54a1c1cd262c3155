package apierr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
	"github.com/apierr/apierr/generated/loginradius/customeridentity"
	"github.com/apierr/apierr/generated/nextidentity"
)

// reply is one vendor reply and the class and status the tests expect of it.
type reply struct {
	name   string
	err    error
	class  *apierr.Class
	status int
}

// replyRows are realistic replies of the vendors: the examples the class doc comments
// promise, the wrong-password code of each package that has one, and unlisted codes that fall
// back to the class of their HTTP status. Each is a generated Parse, the HTTP status (also the
// status the tests expect), the class the tests expect and the body.
var replyRows = []struct {
	name   string
	parse  func(status int, body []byte) error
	status int
	class  *apierr.Class
	body   string
}{
	// Invalid credentials: the wrong-password code of each vendor that has one.
	{"Akamai 213 password_incorrect", identitycloud.Parse, 200, apierr.ErrInvalidCredentials,
		`{"stat":"error","code":213,"error":"password_incorrect","error_description":"password is wrong",` +
			`"request_id":"r1"}`},
	{"Alibaba User.Password.Error", idaas.Parse, 400, apierr.ErrInvalidCredentials,
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Password.Error",` +
			`"requestId":"r2","data":null}`},
	{"Alibaba login_failed", idaas.Parse, 400, apierr.ErrInvalidCredentials,
		`{"error":"login_failed","error_description":"The user ID or password is invalid.","requestId":"r3"}`},
	{"GoPoints auth.password.invalid", gopoints.Parse, 401, apierr.ErrInvalidCredentials,
		`{"status":"error","error_code":"auth.password.invalid","error_id":"e1","messages":["invalid password"]}`},
	{"LoginRadius Customer Identity 966 wrong password", customeridentity.Parse, 401, apierr.ErrInvalidCredentials,
		`{"Description":"Please use a valid user ID and password combination.","ErrorCode":966,` +
			`"Message":"Invalid user ID and/or password","IsProviderError":false,"ProviderErrorResponse":null}`},
	{"LoginRadius 1067 invalid OTP", clouddirectory.Parse, 403, apierr.ErrInvalidCredentials,
		`{"Description":"The OTP code is invalid, please request for a new OTP.","ErrorCode":1067,` +
			`"Message":"Invalid OTP Code","IsProviderError":false,"ProviderErrorResponse":null}`},
	// The other examples in the class doc comments.
	{"Akamai 100 missing_argument", identitycloud.Parse, 200, apierr.ErrInvalidRequest,
		`{"stat":"error","code":100,"error":"missing_argument","argument_name":"email"}`},
	{"Akamai 414 access_token_expired", identitycloud.Parse, 200, apierr.ErrExpired,
		`{"stat":"error","code":414,"error":"access_token_expired"}`},
	{"Akamai 403 client_permission_error", identitycloud.Parse, 200, apierr.ErrPermissionDenied,
		`{"stat":"error","code":403,"error":"client_permission_error"}`},
	{"Akamai 310 record_not_found", identitycloud.Parse, 200, apierr.ErrNotFound,
		`{"stat":"error","code":310,"error":"record_not_found"}`},
	{"Akamai 380 email_address_in_use", identitycloud.Parse, 200, apierr.ErrAlreadyExists,
		`{"stat":"error","code":380,"error":"email_address_in_use","existing_provider":"capture"}`},
	{"Akamai 510 api_limit_error", identitycloud.Parse, 200, apierr.ErrRateLimited,
		`{"stat":"error","code":510,"error":"api_limit_error"}`},
	{"Akamai 480 api_feature_disabled", identitycloud.Parse, 200, apierr.ErrUnavailable,
		`{"stat":"error","code":480,"error":"api_feature_disabled"}`},
	{"Akamai 500 unexpected_error", identitycloud.Parse, 200, apierr.ErrInternal,
		`{"stat":"error","code":500,"error":"unexpected_error"}`},
	{"LoginRadius 901 API key unauthorized", clouddirectory.Parse, 403, apierr.ErrUnauthenticated,
		`{"Description":"The provided LoginRadius API key is invalid","ErrorCode":901,` +
			`"Message":"The API key is unauthorized"}`},
	{"GoPoints auth.apikey.missing", gopoints.Parse, 401, apierr.ErrUnauthenticated,
		`{"status":"error","error_code":"auth.apikey.missing","error_id":"e2","messages":[]}`},
	{"GoPoints auth.token.expired", gopoints.Parse, 401, apierr.ErrExpired,
		`{"status":"error","error_code":"auth.token.expired","error_id":"e3","messages":[]}`},
	{"GoPoints request.validation.failed", gopoints.Parse, 422, apierr.ErrInvalidRequest,
		`{"status":"error","error_code":"request.validation.failed","error_id":"e4","messages":{"email":["invalid"]}}`},
	{"GoPoints object.id.notfound", gopoints.Parse, 404, apierr.ErrNotFound,
		`{"status":"error","error_code":"object.id.notfound","error_id":"e5","messages":[]}`},
	{"GoPoints profile.identifier.used", gopoints.Parse, 403, apierr.ErrAlreadyExists,
		`{"status":"error","error_code":"profile.identifier.used","error_id":"e6","messages":[]}`},
	{"GoPoints auth.user.closed", gopoints.Parse, 403, apierr.ErrAccountLocked,
		`{"status":"error","error_code":"auth.user.closed","error_id":"e7","messages":[]}`},
	{"GoPoints critical.auth.required", gopoints.Parse, 403, apierr.ErrVerificationRequired,
		`{"status":"error","error_code":"critical.auth.required","error_id":"e8","messages":[],` +
			`"critical_auth_method":"otp"}`},
	{"GoPoints auth.captcha.missing", gopoints.Parse, 401, apierr.ErrVerificationRequired,
		`{"status":"error","error_code":"auth.captcha.missing","error_id":"e9","messages":[]}`},
	{"Alibaba invalid_client", idaas.Parse, 401, apierr.ErrUnauthenticated,
		`{"error":"invalid_client","error_description":"The application does not exist.","requestId":"r4"}`},
	{"Alibaba Params.Blank", idaas.Parse, 400, apierr.ErrInvalidRequest,
		`{"success":false,"code":"Params.Blank","message":"Params.Blank.User.Email","requestId":"r5"}`},
	{"Alibaba Operation.Denied", idaas.Parse, 403, apierr.ErrPermissionDenied,
		`{"success":false,"code":"Operation.Denied","message":"","requestId":"r6"}`},
	{"Alibaba User.Locked", idaas.Parse, 400, apierr.ErrAccountLocked,
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked","requestId":"r7"}`},
	{"Alibaba Send.SMS.Too.Frequency", idaas.Parse, 400, apierr.ErrRateLimited,
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.Send.SMS.Too.Frequency",` +
			`"requestId":"r8"}`},
	{"Alibaba server_error", idaas.Parse, 500, apierr.ErrInternal,
		`{"error":"server_error","error_description":"internal","requestId":"r9"}`},
	// Unlisted codes and non-JSON replies: the class of the HTTP status, where the vendor's
	// statuses are meaningful.
	{"GoPoints unlisted code at 429", gopoints.Parse, 429, apierr.ErrRateLimited,
		`{"status":"error","error_code":"auth.throttled","error_id":"e10","messages":[]}`},
	{"LoginRadius unlisted code at 401", clouddirectory.Parse, 401, apierr.ErrUnauthenticated,
		`{"Description":"The access token is expired","ErrorCode":906,"Message":"Token expired"}`},
	{"Next Identity http_exception at 403", nextidentity.Parse, 403, apierr.ErrPermissionDenied,
		`{"error":"http_exception","error_description":"Forbidden"}`},
	{"Next Identity gateway 503 page", nextidentity.Parse, 503, apierr.ErrUnavailable,
		`<html><body>Service Temporarily Unavailable</body></html>`},
	{"Akamai gateway 502 page", identitycloud.Parse, 502, apierr.ErrUnavailable,
		`<html><body>Bad Gateway</body></html>`},
	{"Akamai unlisted code at HTTP 200", identitycloud.Parse, 200, nil,
		`{"stat":"error","code":777,"error":"new_error"}`},
}

// replies returns what each generated Parse makes of replyRows.
func replies() []reply {
	var out []reply
	for _, r := range replyRows {
		out = append(out, reply{name: r.name, err: r.parse(r.status, []byte(r.body)), class: r.class, status: r.status})
	}
	return out
}

// TestClassesAcrossVendors checks the class, HTTP status and VendorError of realistic replies
// of several vendors, through two layers of wrapping, as an application sees them. That every
// documented code has a class or a reason to have none is checked on the specs
// (gen/internal/spec), and each generated package's tests check its codes' classes.
func TestClassesAcrossVendors(t *testing.T) {
	for _, r := range replies() {
		t.Run(r.name, func(t *testing.T) {
			if r.err == nil {
				t.Fatal("Parse returned nil for an error reply")
			}
			err := fmt.Errorf("signing in: %w", fmt.Errorf("calling the provider: %w", r.err))
			if got := apierr.ClassOf(err); got != r.class {
				t.Errorf("ClassOf = %v, want %v", got, r.class)
			}
			for _, c := range apierr.Classes() {
				if got, want := errors.Is(err, c), c == r.class; got != want {
					t.Errorf("errors.Is(err, %s) = %v, want %v", c.Name(), got, want)
				}
			}
			if got := apierr.HTTPStatus(err); got != r.status {
				t.Errorf("HTTPStatus = %d, want %d", got, r.status)
			}
			var ve apierr.VendorError
			if !errors.As(err, &ve) || ve.Vendor() == "" {
				t.Fatalf("errors.As(VendorError) failed for %T", r.err)
			}
			if want := r.class != nil && r.class.Retryable(); apierr.Retryable(err) != want {
				t.Errorf("Retryable = %v, want %v", !want, want)
			}
		})
	}
}

// TestRetryable checks the classes that are retryable and a code the vendor documents as
// temporary.
func TestRetryable(t *testing.T) {
	for _, c := range apierr.Classes() {
		want := c == apierr.ErrRateLimited || c == apierr.ErrUnavailable
		if apierr.Retryable(c) != want || c.Retryable() != want {
			t.Errorf("Retryable(%s) = %v, want %v", c.Name(), !want, want)
		}
	}
	if apierr.Retryable(errors.New("plain")) || apierr.Retryable(nil) {
		t.Error("Retryable of a plain error or nil = true")
	}
	if apierr.HTTPStatus(errors.New("plain")) != 0 || apierr.ClassOf(nil) != nil {
		t.Error("HTTPStatus or ClassOf of an error with no vendor reply is not zero")
	}
	if apierr.ClassByName("invalid_credentials") != apierr.ErrInvalidCredentials || apierr.ClassByName("nope") != nil {
		t.Error("ClassByName")
	}
}
