package vendortests

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/okta"
)

// oktaReply returns what FromResponse makes of a reply with a status, a header and a body.
func oktaReply(t *testing.T, status int, header http.Header, body string) *okta.Error {
	t.Helper()
	err := okta.FromResponse(&http.Response{StatusCode: status, Header: header, Body: io.NopCloser(strings.NewReader(body))})
	var e *okta.Error
	if !errors.As(err, &e) {
		t.Fatalf("FromResponse(%d, %v, %q) = %v, want an *okta.Error", status, header, body, err)
	}
	return e
}

// TestOktaManagementBodies reads Management API bodies as Okta sends them: the keys of every
// error, a validation error with its causes and its filled summary, a code the catalogue does
// not list.
//
// Sources: the page around the catalogue (github.com/okta/okta-developer-docs,
// packages/@okta/vuepress-site/docs/reference/error-codes/index.md: errorCode, errorSummary,
// errorLink, errorId, errorCauses); the body of E0000011 and the filled E0000001 of
// specs/SOURCES.md (Okta).
func TestOktaManagementBodies(t *testing.T) {
	e := oktaReply(t, 401, nil, `{"errorCode": "E0000011", "errorSummary": "Invalid token provided", `+
		`"errorLink": "E0000011", "errorId": "oaeWaNHfOyQSES34-a2Dw6Phw", "errorCauses": []}`)
	if e.Code != okta.InvalidToken || e.Message != "Invalid token provided" || e.Link != "E0000011" ||
		e.RequestID != "oaeWaNHfOyQSES34-a2Dw6Phw" || len(e.Causes) != 0 || e.Envelope != "management" {
		t.Errorf("E0000011: %+v", *e)
	}
	if !errors.Is(fmt.Errorf("listing users: %w", e), apierr.ErrUnauthenticated) {
		t.Errorf("E0000011 is not apierr.ErrUnauthenticated")
	}

	e = oktaReply(t, 400, nil, `{"errorCode": "E0000001", "errorSummary": "Api validation failed: login", `+
		`"errorLink": "E0000001", "errorId": "oaeXN4v0pXSSzGp8EGjP6cUcQ", "errorCauses": [`+
		`{"errorSummary": "login: An object with this field already exists in the current organization"}, `+
		`{"errorSummary": "email: Does not match required pattern"}]}`)
	want := []okta.Cause{{Summary: "login: An object with this field already exists in the current organization"},
		{Summary: "email: Does not match required pattern"}}
	if e.Code != okta.APIValidation || fmt.Sprint(e.Causes) != fmt.Sprint(want) {
		t.Errorf("E0000001: code %s, causes %+v", e.Code, e.Causes)
	}
	if e.VendorMessage() != "Api validation failed: login" {
		t.Errorf("VendorMessage() = %q, want the filled summary", e.VendorMessage())
	}
	if !errors.Is(e, apierr.ErrInvalidRequest) {
		t.Errorf("E0000001 is not apierr.ErrInvalidRequest")
	}

	e = oktaReply(t, 403, nil, `{"errorCode": "E0000999", "errorSummary": "Something new", "errorId": "oae1"}`)
	if e.Code != "E0000999" || e.RequestID != "oae1" || apierr.ClassOf(e) != nil {
		t.Errorf("an unlisted code at 403: %+v, class %v (403 carries many classes at Okta: none)", *e, apierr.ClassOf(e))
	}
	if e = oktaReply(t, 401, nil, `{"errorCode": "E0000998", "errorSummary": "New"}`); apierr.ClassOf(e) != apierr.ErrUnauthenticated {
		t.Errorf("an unlisted code at 401: class %v, want unauthenticated ([[status_class]])", apierr.ClassOf(e))
	}
}

// TestOktaPlaceholders checks that no summary template reaches error text with its {0}, and
// that the text Okta fills in (here a secret) stays in VendorMessage: every code of the package
// whose summary has a placeholder, in a body as Okta fills it.
func TestOktaPlaceholders(t *testing.T) {
	n := 0
	for _, c := range okta.Codes() {
		summary := c.Message()
		if !strings.Contains(summary, "{0}") {
			continue
		}
		n++
		filled := strings.NewReplacer("{0}", "Hunter2SECRET", "{1}", "Hunter2SECRET", "{2}", "x", "{3}", "y").Replace(summary)
		body := fmt.Sprintf(`{"errorCode": %q, "errorSummary": %q, "errorId": "oae1"}`, string(c), filled)
		e := oktaReply(t, c.HTTPStatus(), nil, body)
		var logged strings.Builder
		slog.New(slog.NewJSONHandler(&logged, nil)).Error("x", "err", e)
		p := apierr.Problem(e)
		for what, out := range map[string]string{"Error": e.Error(), "slog": logged.String(),
			"Problem": p.Title + " " + p.Detail, "CodeDoc": e.CodeDoc()} {
			if strings.Contains(out, "Hunter2") || strings.Contains(out, "{0}") {
				t.Errorf("%s: %s shows the filled text or the placeholder: %s", c, what, out)
			}
		}
		if e.VendorMessage() != filled {
			t.Errorf("%s: VendorMessage() = %q, want %q", c, e.VendorMessage(), filled)
		}
	}
	if n < 49 { // release 2026.08.1 has 49 summaries with a placeholder
		t.Errorf("%d codes with a placeholder, want at least 49", n)
	}
}

// TestOktaRateLimit reads E0000047 at HTTP 429: RetryAfter comes from X-Rate-Limit-Reset, the
// UTC epoch second when the limit resets, since Okta sends no Retry-After; a Retry-After wins.
//
// Source: https://developer.okta.com/docs/reference/rl-best-practices/ (the three headers).
func TestOktaRateLimit(t *testing.T) {
	reset := time.Now().Add(30 * time.Second).Unix()
	h := http.Header{"X-Rate-Limit-Limit": {"1200"}, "X-Rate-Limit-Remaining": {"0"},
		"X-Rate-Limit-Reset": {strconv.FormatInt(reset, 10)}}
	body := `{"errorCode": "E0000047", "errorSummary": "API call exceeded rate limit due to too many requests.", ` +
		`"errorLink": "E0000047", "errorId": "oae2", "errorCauses": []}`
	e := oktaReply(t, 429, h, body)
	if e.Code != okta.TooManyRequests || !errors.Is(e, apierr.ErrRateLimited) || !apierr.Retryable(e) {
		t.Errorf("E0000047: %+v", *e)
	}
	d, ok := apierr.RetryAfter(e)
	if !ok || d < 25*time.Second || d > 31*time.Second {
		t.Errorf("RetryAfter = %v, %v; want about 30s from X-Rate-Limit-Reset", d, ok)
	}
	h.Set("Retry-After", "5")
	if d, ok := apierr.RetryAfter(oktaReply(t, 429, h, body)); !ok || d != 5*time.Second {
		t.Errorf("RetryAfter with Retry-After = %v, %v; want 5s", d, ok)
	}
}

// TestOktaOAuth reads the OAuth 2.0 errors of Okta's authorization servers: a JSON body of the
// token endpoint, and the WWW-Authenticate challenge of a resource with an empty body.
//
// Sources: the OAuth body and the insufficient_scope challenge of specs/SOURCES.md (Okta).
func TestOktaOAuth(t *testing.T) {
	e := oktaReply(t, 400, nil, `{"error": "invalid_grant", "error_description": "The refresh token is invalid or expired."}`)
	if e.Code != okta.InvalidGrant || e.Envelope != "oauth" || e.Description != "The refresh token is invalid or expired." ||
		!errors.Is(e, apierr.ErrExpired) {
		t.Errorf("invalid_grant: %+v", *e)
	}
	h := http.Header{"Www-Authenticate": {`Bearer authorization_uri="https://example.okta.com/oauth2/v1/authorize", ` +
		`realm="IdpMyAccountAPI", scope="okta.roles.read", error="insufficient_scope", ` +
		`error_description="The access token provided does not contain the required scopes."`}}
	e = oktaReply(t, 403, h, "")
	if e.Code != okta.InsufficientScope || e.Envelope != "challenge" || e.Scope != "okta.roles.read" ||
		e.Realm != "IdpMyAccountAPI" || e.AuthorizationURI != "https://example.okta.com/oauth2/v1/authorize" ||
		!errors.Is(e, apierr.ErrPermissionDenied) {
		t.Errorf("insufficient_scope: %+v", *e)
	}
	e = oktaReply(t, 401, http.Header{"Www-Authenticate": {`Bearer realm="IdpMyAccountAPI"`}}, "")
	if e.Code != "" || !errors.Is(e, apierr.ErrUnauthenticated) {
		t.Errorf("a challenge without an error: %+v, class %v", *e, apierr.ClassOf(e))
	}
	if okta.OAuthAccessDenied == okta.AccessDenied || okta.OAuthInvalidToken == okta.InvalidToken {
		t.Errorf("the OAuth codes share a value with the management codes of the same name")
	}
	if okta.IDPInitiatedFlowDisabled != "idp_initated_flow_disabled" {
		t.Errorf("the wire code is spelled as Okta sends it, misspelled: %q", okta.IDPInitiatedFlowDisabled)
	}
}

// TestOktaDocumentTable checks the package against facts of release 2026.08.1 of the catalogue
// read off the document: its size, its newest codes, statuses and verbatim texts with their
// typos, and HTTP 202 for E0000070.
func TestOktaDocumentTable(t *testing.T) {
	management := 0
	for _, c := range okta.Codes() {
		if strings.HasPrefix(string(c), "E0") {
			management++
		}
	}
	if management != 251 {
		t.Errorf("%d management codes, want the catalogue's 251", management)
	}
	for _, tc := range []struct {
		code    okta.Code
		status  int
		message string
	}{
		{okta.APIValidation, 400, "Api validation failed: {0}"},
		{okta.TooManyRequests, 429, "API call exceeded rate limit due to too many requests."},
		{okta.FactorWaitingForAck, 202, "Waiting for ACK"},
		{okta.ScriptConfigMissing, 403, "The script config for the instanceId {0} is not available."},
		{okta.InvalidGrant, 400, ""},
	} {
		if tc.code.HTTPStatus() != tc.status || tc.code.Message() != tc.message {
			t.Errorf("%s: status %d, message %q; want %d, %q", tc.code, tc.code.HTTPStatus(), tc.code.Message(),
				tc.status, tc.message)
		}
	}
	if c := okta.Code("E0000201"); !c.Known() || !strings.Contains(c.Message(), "email doamin") {
		t.Errorf("E0000201 lost the catalogue's typo \"doamin\": %q", c.Message())
	}
}
