package vendortests

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/alibaba/idaas"
)

// alibabaError fails the test unless err is, or wraps, an *idaas.Error, and returns it.
func alibabaError(t *testing.T, err error) *idaas.Error {
	t.Helper()
	var e *idaas.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T (%v), want an *idaas.Error", err, err)
	}
	return e
}

// alibabaOAuthSample is the document's OAuth sample body, copied verbatim.
//
// Source: the document, "OAuth error codes": "When an OAuth request fails, the response follows
// this format".
const alibabaOAuthSample = `{
    "error": "invalid_grant",
    "error_description": "Invalid authorization code: 202207211236389yghDWdB",
    "error_uri": "http://xxxxx/api/bff/v1.2/developer/ciam/oauth/token/provider",
    "requestId": "1658384361768$ca725dc4-182f-7562-17d2-53e6acf6a3ac"
}`

// alibabaCIAMSample is the document's CIAM sample body, copied verbatim.
//
// Source: the document, "CIAM error codes": "When a CIAM API request fails, the response follows
// this format".
const alibabaCIAMSample = `{
    "success": false,
    "code": "Operation.Failure",
    "message": "Operation.Failure.Mini.Program.Silent.Login",
    "requestId": "1656572265429$49b433a9-219a-910a-0323-2af4f1f1a9ce",
    "data": null
}`

// TestAlibabaOAuthSample decodes the document's OAuth sample body.
//
// Source: the document, "OAuth error codes" (the sample, verbatim, and the row for
// invalid_grant). The page gives no HTTP status; 400 is the OAuth 2.0 status for invalid_grant.
func TestAlibabaOAuthSample(t *testing.T) {
	err := idaas.Parse(400, []byte(alibabaOAuthSample))
	e := alibabaError(t, err)
	if e.Envelope != "oauth" {
		t.Errorf("Envelope = %q, want oauth", e.Envelope)
	}
	if e.Code != idaas.InvalidGrant {
		t.Errorf("Code = %q, want invalid_grant", e.Code.String())
	}
	if e.Detail != "" {
		t.Errorf("Detail = %q, want none", e.Detail.String())
	}
	if e.Description != "Invalid authorization code: 202207211236389yghDWdB" {
		t.Errorf("Description = %q", e.Description)
	}
	if e.ErrorURI != "http://xxxxx/api/bff/v1.2/developer/ciam/oauth/token/provider" {
		t.Errorf("ErrorURI = %q", e.ErrorURI)
	}
	if e.RequestID != "1658384361768$ca725dc4-182f-7562-17d2-53e6acf6a3ac" {
		t.Errorf("RequestID = %q", e.RequestID)
	}
	if e.Status != 400 || string(e.Body) != alibabaOAuthSample {
		t.Errorf("Status %d, Body %q", e.Status, e.Body)
	}
	if !errors.Is(err, idaas.InvalidGrant) || errors.Is(err, idaas.InvalidToken) {
		t.Error("errors.Is matches the wrong OAuth code")
	}
	if !e.Code.Known() || e.Code.Description() != "The authorization credentials are invalid, expired, or revoked. Alternatively, the redirect URI does not match the one recorded by the authorization server. Credentials include the authorization code, the refresh token, and secrets created by principals." {
		t.Errorf("Known %v, Description %q", e.Code.Known(), e.Code.Description())
	}
}

// TestAlibabaOAuthWithCode decodes the document's OAuth sample with a "code" key added, as a
// gateway or a newer server may add one: the body is still an OAuth error (its "error" defines
// the envelope), so invalid_grant, its class and its description are kept, and the added
// value, which echoes the request, reaches neither the error text nor the logs.
//
// Source: the document, "OAuth error codes" (the sample, verbatim, plus the key); the rule is
// apierrimpl's, "a body is in the envelope it defines".
func TestAlibabaOAuthWithCode(t *testing.T) {
	body := strings.Replace(alibabaOAuthSample, `"error": "invalid_grant",`,
		`"error": "invalid_grant", "code": "user password=hunter2 rejected",`, 1)
	err := idaas.Parse(400, []byte(body))
	e := alibabaError(t, err)
	if e.Envelope != "oauth" || e.Code != idaas.InvalidGrant || e.Description == "" {
		t.Errorf("Envelope %q, Code %q, Description %q; want the OAuth error kept", e.Envelope, e.Code.String(), e.Description)
	}
	if !errors.Is(err, apierr.ErrExpired) {
		t.Errorf("class %v, want apierr.ErrExpired (the spec's class of invalid_grant)", apierr.ClassOf(err))
	}
	if l := leaks(err, "hunter2"); len(l) > 0 {
		t.Errorf("the added code shows in: %s", strings.Join(l, ", "))
	}
	if raw, ok := e.RawField("code"); !ok || string(raw) != `"user password=hunter2 rejected"` {
		t.Errorf("RawField(code) = %s, %v; the value must stay reachable", raw, ok)
	}
}

// TestAlibabaOAuthSampleSecretNotPrinted checks that printing or logging the error (Error(),
// fmt, slog) does not show the authorization code that the document's own sample echoes in
// error_description.
//
// Source: the document, "OAuth error codes" (the sample, verbatim); the package says Body "may
// echo secrets, do not log it unfiltered", so the error itself must be safe to log.
func TestAlibabaOAuthSampleSecretNotPrinted(t *testing.T) {
	err := idaas.Parse(400, []byte(alibabaOAuthSample))
	alibabaError(t, err)
	checkErrorText(t, err, "idaas: invalid_grant", "(HTTP 400, request ID 1658384361768$ca725dc4-182f-7562-17d2-53e6acf6a3ac)")
	if l := leaks(err, "202207211236389yghDWdB"); len(l) > 0 {
		t.Errorf("the authorization code of error_description shows in: %s", strings.Join(l, ", "))
	}
}

// TestAlibabaCIAMSample decodes the document's CIAM sample body, at HTTP 200 and at HTTP 500:
// "success": false decides, and the dotted message is the detail code.
//
// Source: the document, "CIAM error codes" (the sample, verbatim); specs/SOURCES.md,
// Alibaba: "In CIAM errors code is the coarse category and message a dotted, machine-readable
// detail code", and the sibling page's status 500 for Operation.Failure.
func TestAlibabaCIAMSample(t *testing.T) {
	for _, status := range []int{200, 500} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			err := idaas.Parse(status, []byte(alibabaCIAMSample))
			e := alibabaError(t, err)
			if e.Envelope != "ciam" {
				t.Errorf("Envelope = %q, want ciam", e.Envelope)
			}
			if e.Code != idaas.OperationFailure {
				t.Errorf("Code = %q, want Operation.Failure", e.Code.String())
			}
			if e.Detail != idaas.OperationFailureMiniProgramSilentLogin {
				t.Errorf("Detail = %q, want Operation.Failure.Mini.Program.Silent.Login", e.Detail.String())
			}
			if e.RequestID != "1656572265429$49b433a9-219a-910a-0323-2af4f1f1a9ce" {
				t.Errorf("RequestID = %q", e.RequestID)
			}
			if string(e.Data) != "null" {
				t.Errorf("Data = %q, want null as received", e.Data)
			}
			if e.Status != status || string(e.Body) != alibabaCIAMSample {
				t.Errorf("Status %d, Body %q", e.Status, e.Body)
			}
			for _, target := range []idaas.Code{idaas.OperationFailureMiniProgramSilentLogin, idaas.OperationFailure} {
				if !errors.Is(err, target) {
					t.Errorf("errors.Is(err, %s) = false, want true", target.String())
				}
			}
			for _, target := range []idaas.Code{idaas.OperationFailureMiniProgramPhone, idaas.ParamsIllegal, idaas.OperationSuccess} {
				if errors.Is(err, target) {
					t.Errorf("errors.Is(err, %s) = true, want false", target.String())
				}
			}
			want := fmt.Sprintf("idaas: Operation.Failure Operation.Failure.Mini.Program.Silent.Login: Silent logon to the WeChat mini program failed. (HTTP %d, request ID 1656572265429$49b433a9-219a-910a-0323-2af4f1f1a9ce)", status)
			if err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}

// TestAlibabaSuccessDecides checks Alibaba's own rule for CIAM bodies: "success": true is not an
// error, "success": false is, whatever the HTTP status.
//
// Source: specs/SOURCES.md, Alibaba: CIAM errors are {"success": false, "code", "message",
// "requestId", "data"}; "Operation.Success sits in the error table" (and the sibling page gives
// it 200).
func TestAlibabaSuccessDecides(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		body    string
		wantErr bool
	}{
		{
			name:   "success true with Operation.Success",
			status: 200,
			body:   `{"success":true,"code":"Operation.Success","message":"Operation.Success","requestId":"1656572399014$5c1f0e8b-7a3d-42c6-9d1e-3f0b6c2a8e47","data":{"userId":"user_01h8xk2m3n4p5q6r7s8t9u0v","username":"jane.doe"}}`,
		},
		{
			name:    "success false at HTTP 200",
			status:  200,
			body:    `{"success":false,"code":"Params.Blank","message":"Params.Blank.User.Password","requestId":"1656572401122$0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a","data":null}`,
			wantErr: true,
		},
		{
			name:    "success false at HTTP 403",
			status:  403,
			body:    `{"success":false,"code":"Operation.Denied","message":"Server.Access.Denied.Token.Expire","requestId":"1656572405530$7e6d5c4b-3a2f-4e1d-8c9b-a0f1e2d3c4b5","data":null}`,
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := idaas.Parse(tt.status, []byte(tt.body))
			if (err != nil) != tt.wantErr {
				t.Fatalf("Parse(%d, ...) = %v, want error %v", tt.status, err, tt.wantErr)
			}
		})
	}
}

// TestAlibabaDetailCodes checks errors.Is on CIAM bodies: the dotted message matches itself, its
// listed parents and the coarse code; an unlisted detail code still matches its category.
//
// Source: the document's tables "Error codes" (coarse codes) and "Error messages" (detail codes,
// with the sections Common, Service, Missing parameter, Duplicate resource and Invalid parameter
// errors); the envelope from the document's CIAM sample and specs/SOURCES.md, Alibaba. The
// parents of Params.Exist.* and Server.Access.Denied* are the spec's decisions (package doc of
// idaas).
func TestAlibabaDetailCodes(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		body       string
		wantCode   idaas.Code
		wantDetail idaas.Code
		known      bool
		match      []idaas.Code
		noMatch    []idaas.Code
	}{
		{
			name:       "locked after too many password attempts",
			status:     500,
			body:       `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked.And.Password.Error","requestId":"1656572500301$3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4","data":null}`,
			wantCode:   idaas.OperationFailure,
			wantDetail: idaas.OperationFailureUserLockedAndPasswordError,
			known:      true,
			match:      []idaas.Code{idaas.OperationFailureUserLockedAndPasswordError, idaas.OperationFailureUserLocked, idaas.OperationFailure},
			noMatch:    []idaas.Code{idaas.OperationFailureUserDisabled, idaas.OperationFailureUserPasswordError, idaas.ParamsIllegal},
		},
		{
			name:       "password does not meet the policy",
			status:     400,
			body:       `{"success":false,"code":"Params.Illegal","message":"Params.Illegal.User.Password.Policy","requestId":"1656572511874$a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","data":null}`,
			wantCode:   idaas.ParamsIllegal,
			wantDetail: idaas.ParamsIllegalUserPasswordPolicy,
			known:      true,
			match:      []idaas.Code{idaas.ParamsIllegalUserPasswordPolicy, idaas.ParamsIllegalUserPassword, idaas.ParamsIllegal},
			noMatch:    []idaas.Code{idaas.ParamsBlank, idaas.ParamsBlankUserPassword, idaas.OperationFailure},
		},
		{
			name:       "password is required",
			status:     400,
			body:       `{"success":false,"code":"Params.Blank","message":"Params.Blank.User.Password","requestId":"1656572520067$5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a","data":null}`,
			wantCode:   idaas.ParamsBlank,
			wantDetail: idaas.ParamsBlankUserPassword,
			known:      true,
			match:      []idaas.Code{idaas.ParamsBlankUserPassword, idaas.ParamsBlank},
			noMatch:    []idaas.Code{idaas.ParamsIllegalUserPassword, idaas.ParamsIllegal},
		},
		{
			name:       "email already exists",
			status:     500,
			body:       `{"success":false,"code":"Operation.Failure","message":"Params.Exist.User.Email","requestId":"1656572533410$9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b","data":null}`,
			wantCode:   idaas.OperationFailure,
			wantDetail: idaas.ParamsExistUserEmail,
			known:      true,
			match:      []idaas.Code{idaas.ParamsExistUserEmail, idaas.OperationFailure},
			noMatch:    []idaas.Code{idaas.ParamsIllegalUserEmail, idaas.ParamsIllegal},
		},
		{
			name:       "token expired",
			status:     403,
			body:       `{"success":false,"code":"Operation.Denied","message":"Server.Access.Denied.Token.Expire","requestId":"1656572540987$2f1e0d9c-8b7a-4f6e-5d4c-3b2a1f0e9d8c","data":null}`,
			wantCode:   idaas.OperationDenied,
			wantDetail: idaas.ServerAccessDeniedTokenExpire,
			known:      true,
			match:      []idaas.Code{idaas.ServerAccessDeniedTokenExpire, idaas.ServerAccessDenied, idaas.OperationDenied},
			noMatch:    []idaas.Code{idaas.OperationFailure, idaas.InvalidToken},
		},
		{
			name:       "2fa type with a digit segment",
			status:     500,
			body:       `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.Unsupported.2fa.Type","requestId":"1656572555202$6c5b4a39-2817-4f06-e5d4-c3b2a1908f7e","data":null}`,
			wantCode:   idaas.OperationFailure,
			wantDetail: idaas.OperationFailureUnsupported2FAType,
			known:      true,
			match:      []idaas.Code{idaas.OperationFailureUnsupported2FAType, idaas.OperationFailureUnsupported, idaas.OperationFailure},
		},
		{
			name:       "unlisted detail code under Operation.Failure",
			status:     500,
			body:       `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.Something.New","requestId":"1656572561733$0a1b2c3d-4e5f-4a6b-7c8d-9e0f1a2b3c4d","data":null}`,
			wantCode:   idaas.OperationFailure,
			wantDetail: "Operation.Failure.Something.New",
			match:      []idaas.Code{idaas.OperationFailure},
			noMatch:    []idaas.Code{idaas.OperationFailureUnknownError, idaas.ParamsIllegal},
		},
		{
			name:       "unlisted detail code under Params.Illegal",
			status:     400,
			body:       `{"success":false,"code":"Params.Illegal","message":"Params.Illegal.User.Birthday","requestId":"1656572570012$4d3c2b1a-0f9e-4d8c-7b6a-5f4e3d2c1b0a","data":null}`,
			wantCode:   idaas.ParamsIllegal,
			wantDetail: "Params.Illegal.User.Birthday",
			match:      []idaas.Code{idaas.ParamsIllegal},
			noMatch:    []idaas.Code{idaas.ParamsBlankUserBirthday, idaas.ParamsBlank},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := idaas.Parse(tt.status, []byte(tt.body))
			e := alibabaError(t, err)
			if e.Code != tt.wantCode {
				t.Errorf("Code = %q, want %q", e.Code.String(), tt.wantCode.String())
			}
			if e.Detail != tt.wantDetail {
				t.Errorf("Detail = %q, want %q", e.Detail.String(), tt.wantDetail.String())
			}
			if e.Detail.Known() != tt.known {
				t.Errorf("Detail.Known() = %v, want %v", e.Detail.Known(), tt.known)
			}
			for _, target := range tt.match {
				if !errors.Is(err, target) {
					t.Errorf("errors.Is(err, %s) = false, want true", target.String())
				}
			}
			for _, target := range tt.noMatch {
				if errors.Is(err, target) {
					t.Errorf("errors.Is(err, %s) = true, want false", target.String())
				}
			}
		})
	}
}

// TestAlibabaUnlistedDetailUnderListedDetail checks an unlisted detail code whose longest listed
// dotted prefix is itself a detail code. Listed detail codes fall under their longest listed
// prefix (Operation.Failure.User.Locked.And.Password.Error under Operation.Failure.User.Locked),
// so a new Operation.Failure.User.Locked.* is expected to match OperationFailureUserLocked too.
//
// Source: the document, "Service errors" (Operation.Failure.User.Locked and
// Operation.Failure.User.Locked.And.Password.Error); the envelope from the document's CIAM
// sample. The detail code itself is made up for the test.
func TestAlibabaUnlistedDetailUnderListedDetail(t *testing.T) {
	body := `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked.Temporarily","requestId":"1656572588846$8f7e6d5c-4b3a-4291-8f0e-d9c8b7a69584","data":null}`
	err := idaas.Parse(500, []byte(body))
	alibabaError(t, err)
	if !errors.Is(err, idaas.OperationFailure) {
		t.Fatal("errors.Is(err, OperationFailure) = false, want true")
	}
	// The spec's catch-alls say nearest_listed: the longest listed prefix wins over the
	// coarse category, and with it that code's class.
	if !errors.Is(err, idaas.OperationFailureUserLocked) || !errors.Is(err, apierr.ErrAccountLocked) {
		t.Errorf("errors.Is(err, OperationFailureUserLocked / ErrAccountLocked) = %v / %v, want true", errors.Is(err, idaas.OperationFailureUserLocked), errors.Is(err, apierr.ErrAccountLocked))
	}
	if p, ok := idaas.Code("Operation.Failure.User.Locked.Temporarily").Parent(); !ok || p != idaas.OperationFailureUserLocked {
		t.Errorf("Parent() = %v, %v", p, ok)
	}
}

// TestAlibabaRequestIDKeys checks the three names of the request ID: requestId (the document),
// request_id and RequestId (Alibaba's other SDKs, POP style).
//
// Source: the document's samples (requestId); specs/SOURCES.md, Alibaba: "Alibaba's other
// SDKs also see request_id, and POP-style {"Code", "Message", "RequestId"}".
func TestAlibabaRequestIDKeys(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		body     string
		wantCode idaas.Code
		wantID   string
	}{
		{
			name:     "requestId in a CIAM body",
			status:   500,
			body:     `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Disabled","requestId":"1656572600129$1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","data":null}`,
			wantCode: idaas.OperationFailure,
			wantID:   "1656572600129$1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
		},
		{
			name:     "request_id in a CIAM body",
			status:   500,
			body:     `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Disabled","request_id":"1656572600555$6b7c8d9e-0f1a-4b2c-3d4e-5f6a7b8c9d0e","data":null}`,
			wantCode: idaas.OperationFailure,
			wantID:   "1656572600555$6b7c8d9e-0f1a-4b2c-3d4e-5f6a7b8c9d0e",
		},
		{
			name:     "request_id in an OAuth body",
			status:   401,
			body:     `{"error":"invalid_client","error_description":"Client authentication failed.","request_id":"1656572601010$0e1f2a3b-4c5d-4e6f-7a8b-9c0d1e2f3a4b"}`,
			wantCode: idaas.InvalidClient,
			wantID:   "1656572601010$0e1f2a3b-4c5d-4e6f-7a8b-9c0d1e2f3a4b",
		},
		{
			name:     "RequestId in a POP-style body",
			status:   403,
			body:     `{"RequestId":"6B3C1C4F-8E1A-5B2D-9F7C-3A0D4E6B8C21","HostId":"eiam.cn-hangzhou.aliyuncs.com","Code":"Forbidden.NoPermission","Message":"You are not authorized to operate on the specified resource.","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.NoPermission&product=Eiam"}`,
			wantCode: "Forbidden.NoPermission",
			wantID:   "6B3C1C4F-8E1A-5B2D-9F7C-3A0D4E6B8C21",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := idaas.Parse(tt.status, []byte(tt.body))
			e := alibabaError(t, err)
			if e.Code != tt.wantCode {
				t.Errorf("Code = %q, want %q", e.Code.String(), tt.wantCode.String())
			}
			if e.RequestID != tt.wantID {
				t.Errorf("RequestID = %q, want %q", e.RequestID, tt.wantID)
			}
		})
	}
}

// TestAlibabaPOPStyleBody checks that a POP-style body loses nothing: its code (unknown here), its
// prose message and its request ID are reachable from the *Error.
//
// Source: specs/SOURCES.md, Alibaba: POP-style {"Code", "Message", "RequestId"}.
func TestAlibabaPOPStyleBody(t *testing.T) {
	body := `{"RequestId":"6B3C1C4F-8E1A-5B2D-9F7C-3A0D4E6B8C21","HostId":"eiam.cn-hangzhou.aliyuncs.com","Code":"Forbidden.NoPermission","Message":"You are not authorized to operate on the specified resource.","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.NoPermission&product=Eiam"}`
	err := idaas.Parse(403, []byte(body))
	e := alibabaError(t, err)
	if e.Code != "Forbidden.NoPermission" || e.Code.Known() {
		t.Errorf("Code = %q (Known %v), want Forbidden.NoPermission, unknown", e.Code.String(), e.Code.Known())
	}
	if e.RequestID != "6B3C1C4F-8E1A-5B2D-9F7C-3A0D4E6B8C21" {
		t.Errorf("RequestID = %q", e.RequestID)
	}
	var pop struct{ Message, HostId string }
	if err := json.Unmarshal(e.Body, &pop); err != nil || pop.Message != "You are not authorized to operate on the specified resource." || pop.HostId != "eiam.cn-hangzhou.aliyuncs.com" {
		t.Errorf("Body = %q, want the message and the host ID kept", e.Body)
	}
	if e.Status != 403 || string(e.Body) != body {
		t.Errorf("Status %d, Body %q", e.Status, e.Body)
	}
}

// TestAlibabaUnknownCode checks a CIAM body whose coarse code and detail code the document does
// not list: both are kept exactly, Known is false, and the request ID and data are reachable.
//
// Source: the envelope from the document's CIAM sample; specs/SOURCES.md, Alibaba (the page
// does not list every prefix that occurs). The codes are made up for the test.
func TestAlibabaUnknownCode(t *testing.T) {
	body := `{"success":false,"code":"Throttling.User","message":"Throttling.User.Request.Limit","requestId":"1656572612345$c4b3a291-8f7e-4d6c-5b4a-392817065f4e","data":{"retryAfterSeconds":30}}`
	err := idaas.Parse(429, []byte(body))
	e := alibabaError(t, err)
	if e.Code != "Throttling.User" || e.Detail != "Throttling.User.Request.Limit" {
		t.Errorf("Code %q, Detail %q", e.Code.String(), e.Detail.String())
	}
	if e.Code.Known() || e.Detail.Known() || e.Code.HTTPStatus() != 0 {
		t.Error("an unlisted code reports Known or an HTTP status")
	}
	if e.RequestID != "1656572612345$c4b3a291-8f7e-4d6c-5b4a-392817065f4e" {
		t.Errorf("RequestID = %q", e.RequestID)
	}
	var data struct {
		RetryAfterSeconds int `json:"retryAfterSeconds"`
	}
	if err := json.Unmarshal(e.Data, &data); err != nil || data.RetryAfterSeconds != 30 {
		t.Errorf("Data = %s, want the data object", e.Data)
	}
	if !errors.Is(err, idaas.Code("Throttling.User")) || !errors.Is(err, idaas.Code("Throttling.User.Request.Limit")) {
		t.Error("errors.Is does not match the unlisted codes themselves")
	}
	if errors.Is(err, idaas.OperationFailure) {
		t.Error("errors.Is(err, OperationFailure) = true for an unrelated unlisted code")
	}
	// The unlisted detail code is left out: Alibaba's detail key is its message key, so a detail
	// code the document does not list is treated as free text (apierrimpl's rule of error text).
	want := "idaas: Throttling.User (HTTP 429, request ID 1656572612345$c4b3a291-8f7e-4d6c-5b4a-392817065f4e)"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
}

// TestAlibabaWrapping checks that errors.Is (coarse and detail code) and errors.As reach through
// fmt.Errorf("%w") wrapping.
//
// Source: the document, "Service errors" (Operation.Failure.SMS.Code.Error); envelope from the
// document's CIAM sample.
func TestAlibabaWrapping(t *testing.T) {
	body := `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.SMS.Code.Error","requestId":"1656572623456$d5c4b3a2-9180-4f7e-6d5c-4b3a29180f7e","data":null}`
	err := idaas.Parse(500, []byte(body))
	wrapped := fmt.Errorf("verify SMS code for +8613800138000: %w", fmt.Errorf("POST /v2/ciam/sms/verify: %w", err))
	for _, target := range []idaas.Code{idaas.OperationFailureSMSCodeError, idaas.OperationFailure} {
		if !errors.Is(wrapped, target) {
			t.Errorf("errors.Is(wrapped, %s) = false", target.String())
		}
	}
	if errors.Is(wrapped, idaas.OperationFailureEmailCodeError) {
		t.Error("errors.Is(wrapped, OperationFailureEmailCodeError) = true")
	}
	var e *idaas.Error
	if !errors.As(wrapped, &e) || e.Detail != idaas.OperationFailureSMSCodeError {
		t.Errorf("errors.As(wrapped, &e) gave %v", e)
	}
	var code idaas.Code
	if !errors.As(wrapped, &code) || code != idaas.OperationFailure {
		t.Errorf("errors.As(wrapped, &code) = %q, want Operation.Failure (Unwrap gives the coarse code)", code.String())
	}
}

// TestAlibabaFromResponse checks FromResponse on a CIAM error and on a gateway's HTML 502 page,
// and that the body stays readable after it.
//
// Source: the document, "Service errors" (Operation.Failure.Captcha.Invalid) and its CIAM
// sample's envelope; the HTML page is a typical Tengine 502 page (Alibaba's gateway).
func TestAlibabaFromResponse(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		body       string
		wantCode   idaas.Code
		wantDetail idaas.Code
	}{
		{"CIAM error", 200, `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.Captcha.Invalid","requestId":"1656572634567$e6d5c4b3-a291-4807-f6e5-d4c3b2a19180","data":null}`, idaas.OperationFailure, idaas.OperationFailureCaptchaInvalid},
		{"HTML 502", 502, "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<h1>502 Bad Gateway</h1>\n<p>The proxy server received an invalid response from an upstream server.</p>\n<hr/>Powered by Tengine</body>\n</html>\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: tt.status, Body: io.NopCloser(strings.NewReader(tt.body))}
			e := alibabaError(t, idaas.FromResponse(resp))
			if e.Code != tt.wantCode || e.Detail != tt.wantDetail || e.Status != tt.status || string(e.Body) != tt.body {
				t.Errorf("Code %q, Detail %q, Status %d, Body %q", e.Code.String(), e.Detail.String(), e.Status, e.Body)
			}
			if tt.wantCode == "" && (errors.Unwrap(e) != nil || e.Envelope != "") {
				t.Errorf("a non-JSON body gives Unwrap %v, Envelope %q; want nil and \"\"", errors.Unwrap(e), e.Envelope)
			}
			rest, err := io.ReadAll(resp.Body)
			if err != nil || string(rest) != tt.body {
				t.Errorf("resp.Body after FromResponse = %q, %v", rest, err)
			}
		})
	}
}

// TestAlibabaCodesMatchDocument checks the generated codes against the document: the coarse codes
// and OAuth codes with their descriptions; the HTTP statuses the sibling page gives, and 0 for
// every other code.
//
// Source: the document's tables "Error codes" (coarse codes), "OAuth error codes" and two rows of
// "Error messages"; specs/SOURCES.md, Alibaba ("A sibling IDaaS page gives:
// Operation.Success 200, Operation.Failure 500, Params.Blank 400, Params.Illegal 400,
// Operation.Denied 403").
func TestAlibabaCodesMatchDocument(t *testing.T) {
	document := []struct {
		code        idaas.Code
		description string
		status      int
	}{
		{"Service.Internal.Error", "An internal error occurred in the CIAM service.", 0},
		{"Operation.Success", "The operation succeeded.", 200},
		{"Operation.Failure", "The operation failed.", 500},
		{"Resource.NotFound", "The resource does not exist.", 0},
		{"Params.Blank", "A required parameter is not specified.", 400},
		{"Params.Illegal", "A parameter is invalid.", 400},
		{"Operation.Denied", "You do not have permission to perform this operation, or you have not completed real-name verification.", 403},
		{"Remote.Error", "An exception occurred when calling a third-party service.", 0},
		{"Social.Login.Error", "An exception occurred during social logon.", 0},
		{"Unsupported.Media.Type", "The media type is invalid for the request method (POST, GET, PUT, or DELETE).", 0},
		{"invalid_request", "A required parameter is missing, not specified, or in an invalid format.", 0},
		{"invalid_client", "The application does not exist or is in an abnormal state.", 0},
		{"invalid_scope", "The requested scope is invalid or unknown.", 0},
		{"invalid_token", "The token is invalid.", 0},
		{"unauthorized_client", "The client is not authorized to make this request.", 0},
		{"unauthorized_user", "You do not have permission to access this resource.", 0},
		{"unsupported_grant_type", "The authorization server does not support this grant type.", 0},
		{"unsupported_response_type", "The authorization server does not support this response type.", 0},
		{"access_denied", "The authorization server rejected the request. The token may be invalid.", 0},
		{"redirect_uri_mismatch", "The redirect_uri value is invalid.", 0},
		{"login_failed", "The user ID or password is invalid.", 0},
		{"user_deleted", "The user is invalid.", 0},
		{"server_error", "An internal error occurred on the authorization server.", 0},
		{"Operation.Failure.Mini.Program.Silent.Login", "Silent logon to the WeChat mini program failed.", 0},
		{"Operation.Failure.User.Locked", "The user is locked.", 0},
	}
	withStatus := map[idaas.Code]int{}
	for _, row := range document {
		if !row.code.Known() {
			t.Errorf("%s: Known() = false", row.code.String())
		}
		if got := row.code.Description(); got != row.description {
			t.Errorf("%s: Description() = %q, want %q", row.code.String(), got, row.description)
		}
		if got := row.code.HTTPStatus(); got != row.status {
			t.Errorf("%s: HTTPStatus() = %d, want %d", row.code.String(), got, row.status)
		}
		if row.status != 0 {
			withStatus[row.code] = row.status
		}
	}
	for _, c := range idaas.Codes() {
		if _, ok := withStatus[c]; !ok && c.HTTPStatus() != 0 {
			t.Errorf("%s: HTTPStatus() = %d, want 0 (no page gives one)", c.String(), c.HTTPStatus())
		}
	}
	if n := len(idaas.Codes()); n != 162 {
		t.Errorf("len(Codes()) = %d, want 162 (10 codes, 14 OAuth codes, 138 messages in the document)", n)
	}
}

// TestAlibabaOperationFailureAt500 checks the class of CIAM replies at HTTP 500, the status of
// Operation.Failure: a detail code without a class leaves the reply without one (apierr.Problem
// answers 502 and errors.Is(err, apierr.ErrInternal) is false), and a classified detail code
// keeps its class, whatever the status.
//
// Source: specs/SOURCES.md, Alibaba: a sibling IDaaS page gives Operation.Failure 500; the
// document, "Service errors" (Operation.Failure.Social.Login, "Social logon failed.", and
// Operation.Failure.User.Password.Error); the envelope from the document's CIAM sample.
func TestAlibabaOperationFailureAt500(t *testing.T) {
	body := `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.Social.Login",` +
		`"requestId":"1656572634567$e6d5c4b3-a291-4f8e-7d6c-5b4a39281f0e","data":null}`
	err := idaas.Parse(500, []byte(body))
	if e := alibabaError(t, err); e.Detail != idaas.OperationFailureSocialLogin {
		t.Fatalf("Detail = %q, want Operation.Failure.Social.Login", e.Detail.String())
	}
	if c := apierr.ClassOf(err); c != nil || errors.Is(err, apierr.ErrInternal) {
		t.Errorf("ClassOf = %v, want none: a 500 is the status of every Operation.Failure", c)
	}
	if p := apierr.Problem(err); p.Status != http.StatusBadGateway || p.Class != "" {
		t.Errorf("Problem status %d class %q, want 502 and no class", p.Status, p.Class)
	}
	body = strings.Replace(body, "Operation.Failure.Social.Login", "Operation.Failure.User.Password.Error", 1)
	if c := apierr.ClassOf(idaas.Parse(500, []byte(body))); c != apierr.ErrInvalidCredentials {
		t.Errorf("ClassOf(User.Password.Error at 500) = %v, want invalid_credentials", c)
	}
}
