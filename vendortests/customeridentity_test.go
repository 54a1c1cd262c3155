package vendortests

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
	"github.com/apierr/apierr/generated/loginradius/customeridentity"
)

// customerIdentityBody writes a LoginRadius error body for a code of the Customer Identity
// list: the document's Message and Description of the code in the error structure of the
// Cloud Directory page, which the list shares, plus extra keys.
func customerIdentityBody(c customeridentity.Code, extra string) string {
	body := fmt.Sprintf(`{"Description":%q,"ErrorCode":%d,"Message":%q,"IsProviderError":false,"ProviderErrorResponse":null`,
		c.Description(), int(c), c.Message())
	if extra != "" {
		body += "," + extra
	}
	return body + "}"
}

// TestCustomerIdentityBodies decodes the replies real LoginRadius bodies carry most often
// (lockouts, validation errors, CAPTCHA, privacy policy) and checks each is the documented
// code of the Customer Identity package, with its class, HTTP status and fields.
//
// Source: specs/SOURCES.md, LoginRadius: the Customer Identity list "holds the codes real
// LoginRadius bodies carry most often (lockouts 991, 1132, 1148, 1198; validation 1134; CAPTCHA
// 1218; privacy policy 1194)", the error structure of the Cloud Directory page, and "real
// bodies may add Errors (a list of {"FieldName", "ErrorMessage"})". Statuses and texts are
// the list's (github.com/LoginRadius/apidocs, customer-identity-api-codes.md).
func TestCustomerIdentityBodies(t *testing.T) {
	tests := []struct {
		code      customeridentity.Code
		extra     string
		class     *apierr.Class
		retryable bool
	}{
		{customeridentity.AccountBlocked, "", apierr.ErrAccountLocked, false},
		{customeridentity.AccountLockedCAPTCHARequired, "", apierr.ErrVerificationRequired, false},
		{customeridentity.AccountLockedSecurityAnswerRequired, "", apierr.ErrVerificationRequired, false},
		{customeridentity.AccountLockedTryLater, "", apierr.ErrAccountLocked, true},
		{customeridentity.ValidationFailed, `"Errors":[{"FieldName":"EmailId","ErrorMessage":"The EmailId field is required."}]`, apierr.ErrInvalidRequest, false},
		{customeridentity.InvalidCAPTCHA, "", apierr.ErrVerificationRequired, false},
		{customeridentity.PrivacyPolicyMismatch, "", apierr.ErrVerificationRequired, false},
	}
	for _, tc := range tests {
		t.Run(tc.code.String(), func(t *testing.T) {
			body := customerIdentityBody(tc.code, tc.extra)
			err := fmt.Errorf("signing in: %w", customeridentity.Parse(403, []byte(body)))
			var e *customeridentity.Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(403, %s) = %v, want a *customeridentity.Error", body, err)
			}
			if e.Code != tc.code || !e.Code.Known() || e.Status != 403 || e.Code.HTTPStatus() != 403 {
				t.Errorf("Code %v (known %v), Status %d, HTTPStatus %d; want %d, documented, 403",
					int(e.Code), e.Code.Known(), e.Status, e.Code.HTTPStatus(), int(tc.code))
			}
			if !errors.Is(err, tc.code) || !errors.Is(err, tc.class) || apierr.ClassOf(err) != tc.class {
				t.Errorf("errors.Is(code) %v, class %v; want the code and %v", errors.Is(err, tc.code), apierr.ClassOf(err), tc.class)
			}
			if got := apierr.Retryable(err); got != tc.retryable {
				t.Errorf("Retryable = %v, want %v", got, tc.retryable)
			}
			if e.Message != tc.code.Message() || e.VendorMessage() != tc.code.Message() {
				t.Errorf("Message %q, VendorMessage %q; want the body's %q", e.Message, e.VendorMessage(), tc.code.Message())
			}
			if !strings.HasPrefix(e.Error(), "customeridentity: ") || len(e.Error()) > 256 {
				t.Errorf("Error() = %q", e.Error())
			}
		})
	}
	e := parseCustomerIdentity(t, customerIdentityBody(customeridentity.ValidationFailed,
		`"Errors":[{"FieldName":"EmailId","ErrorMessage":"The EmailId field is required."}]`))
	if len(e.Errors) != 1 || e.Errors[0].FieldName != "EmailId" || e.Errors[0].ErrorMessage == "" {
		t.Errorf("Errors = %+v, want the field that failed", e.Errors)
	}
}

// parseCustomerIdentity decodes a body at HTTP 403 and fails unless it is an *Error.
func parseCustomerIdentity(t *testing.T, body string) *customeridentity.Error {
	t.Helper()
	var e *customeridentity.Error
	if err := customeridentity.Parse(403, []byte(body)); !errors.As(err, &e) {
		t.Fatalf("Parse(403, %s) = %v, want a *customeridentity.Error", body, err)
	}
	return e
}

// TestCustomerIdentityNamespace checks that LoginRadius' two lists are two namespaces: the
// same number read by each package is that package's code, and a code of one never matches a
// code of the other.
//
// Source: specs/SOURCES.md, LoginRadius: "Code numbers are per document, not per vendor";
// 1000 is a social identity provider's error in the Customer Identity list and a generic
// failure in the Cloud Directory list.
func TestCustomerIdentityNamespace(t *testing.T) {
	body := []byte(`{"ErrorCode":1000,"Message":"m","Description":"d"}`)
	ci := customeridentity.Parse(403, body)
	cd := clouddirectory.Parse(403, body)
	if !errors.Is(ci, customeridentity.SocialProviderError) || !errors.Is(cd, clouddirectory.SomethingWentWrong) {
		t.Errorf("each package reads 1000 as its own code: %v; %v", ci, cd)
	}
	if errors.Is(ci, clouddirectory.SomethingWentWrong) || errors.Is(cd, customeridentity.SocialProviderError) {
		t.Error("a code of one LoginRadius list matches a code of the other")
	}
	if apierr.ClassOf(ci) == apierr.ClassOf(cd) {
		t.Errorf("1000 has the class %v in both lists; the lists give it other meanings", apierr.ClassOf(ci))
	}
}

// TestCustomerIdentityLowerCamelKeys checks that the lower-camel keys some older clients saw
// decode as well.
//
// Source: specs/SOURCES.md, LoginRadius: "Some older clients saw lower-camel keys (errorCode)".
func TestCustomerIdentityLowerCamelKeys(t *testing.T) {
	e := parseCustomerIdentity(t, `{"errorCode":1218,"message":"CAPTCHA is invalid","description":"d"}`)
	if e.Code != customeridentity.InvalidCAPTCHA || e.Message != "CAPTCHA is invalid" {
		t.Errorf("Code %d, Message %q", int(e.Code), e.Message)
	}
}

// TestCustomerIdentityClassesAt403 checks the classes of replies at HTTP 403, the status of
// most of the list's codes: a code the list does not have, and a listed code without a class
// (1120), take the class the shared HTTP table gives 403, invalid_request; the new-login
// detections (1168-1171) are permission_denied; an invalid refresh token (1217) is expired.
// Both LoginRadius packages read 403 alike, from the same table.
//
// Source: the shared "HTTP Response Descriptions" table, 403 Forbidden: "Verify all parameters
// are correctly formatted and the API endpoint is correct." (the Cloud Directory page); the
// list's rows 1120, 1168-1171 and 1217, each with HTTP 403 (github.com/LoginRadius/apidocs,
// customer-identity-api-codes.md). Code 1300 is made up: the list does not have it.
func TestCustomerIdentityClassesAt403(t *testing.T) {
	tests := []struct {
		code  customeridentity.Code
		class *apierr.Class
	}{
		{1300, apierr.ErrInvalidRequest},
		{customeridentity.InvalidAccessTokenOrPhoneVerified, apierr.ErrInvalidRequest},
		{customeridentity.NewBrowserLoginDetected, apierr.ErrPermissionDenied},
		{customeridentity.NewIPLoginDetected, apierr.ErrPermissionDenied},
		{customeridentity.InvalidRefreshToken, apierr.ErrExpired},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(int(tc.code)), func(t *testing.T) {
			err := customeridentity.Parse(403, []byte(customerIdentityBody(tc.code, "")))
			if got := apierr.ClassOf(err); got != tc.class || !errors.Is(err, tc.class) {
				t.Errorf("ClassOf = %v, want %v", got, tc.class)
			}
			if got, want := apierr.Problem(err).Status, apierr.ProblemStatus(tc.class); got != want {
				t.Errorf("Problem status %d, want %d", got, want)
			}
		})
	}
	unlisted := []byte(customerIdentityBody(1300, ""))
	if got := apierr.ClassOf(clouddirectory.Parse(403, unlisted)); got != apierr.ErrInvalidRequest {
		t.Errorf("clouddirectory: ClassOf(unlisted code at 403) = %v, want invalid_request", got)
	}
}
