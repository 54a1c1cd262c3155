package vendortests

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/oauth2"
)

// oauthReply returns what FromResponse makes of a reply with a status, a header and a body.
func oauthReply(t *testing.T, status int, header http.Header, body string) *oauth2.Error {
	t.Helper()
	err := oauth2.FromResponse(&http.Response{StatusCode: status, Header: header, Body: io.NopCloser(strings.NewReader(body))})
	var e *oauth2.Error
	if !errors.As(err, &e) {
		t.Fatalf("FromResponse(%d, %v, %q) = %v, want an *oauth2.Error", status, header, body, err)
	}
	return e
}

// TestOAuth2Challenges reads the error of a protected resource from its WWW-Authenticate
// challenge, as RFC 6750 and RFC 9449 write them, with and without a body.
//
// Sources: RFC 6750, section 3 (the Bearer examples); RFC 9449, sections 7.1, 7.2 and 9 (the
// DPoP examples); the Okta example of specs/SOURCES.md (insufficient_scope with a scope).
func TestOAuth2Challenges(t *testing.T) {
	for _, tc := range []struct {
		name            string
		status          int
		challenge       string
		body            string
		code            oauth2.Code
		desc, scope     string
		realm, algs     string
		nonce, envelope string
		class           *apierr.Class
	}{
		{name: "expired token", status: 401,
			challenge: `Bearer realm="example", error="invalid_token", error_description="The access token expired"`,
			code:      oauth2.InvalidToken, desc: "The access token expired", realm: "example", envelope: "challenge",
			class: apierr.ErrUnauthenticated},
		{name: "insufficient scope, Okta's", status: 403,
			challenge: `Bearer authorization_uri="http://okta.example/oauth2/v1/authorize", realm="IdpMyAccountAPI", ` +
				`scope="okta.roles.read", error="insufficient_scope", error_description="The access token provided does not ` +
				`contain the required scopes."`,
			code: oauth2.InsufficientScope, scope: "okta.roles.read", realm: "IdpMyAccountAPI", envelope: "challenge",
			desc: "The access token provided does not contain the required scopes.", class: apierr.ErrPermissionDenied},
		{name: "DPoP nonce at the resource", status: 401,
			challenge: `DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"`,
			code:      oauth2.UseDPoPNonce, desc: "Resource server requires nonce in DPoP proof", nonce: "eyJ7S_zG.eyJH0-Z.HX4w-7v",
			envelope: "challenge", class: apierr.ErrUnauthenticated},
		{name: "DPoP key binding", status: 401,
			challenge: `DPoP error="invalid_token", error_description="Invalid DPoP key binding", algs="ES256"`,
			code:      oauth2.InvalidToken, desc: "Invalid DPoP key binding", algs: "ES256", envelope: "challenge",
			class: apierr.ErrUnauthenticated},
		{name: "two challenges, the first with an error", status: 400,
			challenge: `Bearer error="invalid_request", error_description="Multiple methods used to include access token", ` +
				`DPoP algs="ES256 PS256", error="invalid_request"`,
			code: oauth2.InvalidRequest, desc: "Multiple methods used to include access token", envelope: "challenge",
			class: apierr.ErrInvalidRequest},
		{name: "escapes in a quoted string", status: 401,
			challenge: `Bearer error="invalid_token", error_description="say \"no\" \\ twice"`,
			code:      oauth2.InvalidToken, desc: `say "no" \ twice`, envelope: "challenge", class: apierr.ErrUnauthenticated},
		{name: "no credentials: no code (RFC 6750, section 3.1)", status: 401, challenge: `Bearer realm="example"`,
			realm: "", class: apierr.ErrUnauthenticated},
		{name: "a JSON body wins", status: 400, challenge: `Bearer error="invalid_token"`,
			body: `{"error":"invalid_grant"}`, code: oauth2.InvalidGrant, envelope: "json", class: apierr.ErrExpired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{"Www-Authenticate": {tc.challenge}}
			if tc.nonce != "" {
				h.Set("DPoP-Nonce", tc.nonce)
			}
			e := oauthReply(t, tc.status, h, tc.body)
			if e.Code != tc.code || e.Description != tc.desc || e.Scope != tc.scope || e.Realm != tc.realm ||
				e.Algs != tc.algs || e.DPoPNonce != tc.nonce || e.Envelope != tc.envelope || string(e.Body) != tc.body {
				t.Errorf("got %+v", *e)
			}
			if got := apierr.ClassOf(e); got != tc.class {
				t.Errorf("class %v, want %v", got, tc.class)
			}
			if tc.code != "" && !errors.Is(fmt.Errorf("calling: %w", e), tc.code) {
				t.Errorf("errors.Is(err, %s) = false", tc.code)
			}
		})
	}
}

// TestOAuth2TokenEndpoint reads the JSON errors of a token endpoint: RFC 9449's use_dpop_nonce
// with its DPoP-Nonce header, and RFC 8628's device flow, whose authorization_pending and
// slow_down a client retries.
//
// Sources: RFC 9449, section 8 (the example of a 400 with DPoP-Nonce); RFC 8628, section 3.5.
func TestOAuth2TokenEndpoint(t *testing.T) {
	h := http.Header{"Dpop-Nonce": {"eyJ7S_zG.eyJH0-Z.HX4w-7v"}}
	e := oauthReply(t, 400, h, `{"error": "use_dpop_nonce", "error_description": "Authorization server requires nonce in DPoP proof"}`)
	if e.Code != oauth2.UseDPoPNonce || e.DPoPNonce != "eyJ7S_zG.eyJH0-Z.HX4w-7v" || e.Envelope != "json" {
		t.Errorf("use_dpop_nonce: %+v", *e)
	}
	if apierr.Retryable(e) {
		t.Errorf("use_dpop_nonce is retryable unchanged, but the proof must change")
	}
	for code, retry := range map[oauth2.Code]bool{oauth2.AuthorizationPending: true, oauth2.SlowDown: true,
		oauth2.ExpiredToken: false, oauth2.AccessDenied: false} {
		err := oauth2.Parse(400, []byte(`{"error":"`+string(code)+`"}`))
		if got := apierr.Retryable(err); got != retry {
			t.Errorf("Retryable(%s) = %v, want %v", code, got, retry)
		}
	}
	if !apierr.IsThrottle(oauth2.Parse(400, []byte(`{"error":"slow_down"}`))) {
		t.Errorf("slow_down is not a throttle")
	}
}

// TestOAuth2Hostile feeds replies that try to get their text into error text, logs and
// problems: a password echoed in error_description, a challenge of 100 KB, unbalanced quotes.
func TestOAuth2Hostile(t *testing.T) {
	secret := "hunter2-SECRET"
	for _, tc := range []struct {
		name   string
		header http.Header
		body   string
		code   oauth2.Code
	}{
		{name: "password in the body", body: `{"error":"invalid_grant","error_description":"password ` + secret + ` is wrong"}`,
			code: oauth2.InvalidGrant},
		{name: "password in a challenge",
			header: http.Header{"Www-Authenticate": {`Bearer error="invalid_token", error_description="token ` + secret + `"`}},
			code:   oauth2.InvalidToken},
		{name: "a challenge of 100 KB",
			header: http.Header{"Www-Authenticate": {`Bearer error="invalid_token", error_description="` +
				strings.Repeat(secret, 100<<10/len(secret)) + `"`}},
			code: oauth2.InvalidToken},
		{name: "unbalanced quotes",
			header: http.Header{"Www-Authenticate": {`Bearer error="invalid_token", error_description="` + secret}},
			code:   oauth2.InvalidToken},
		{name: "a code that is free text",
			header: http.Header{"Www-Authenticate": {`Bearer error="` + secret + ` \r\nSet-Cookie: x"`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := oauthReply(t, 401, tc.header, tc.body)
			if tc.code != "" && e.Code != tc.code {
				t.Errorf("code %q, want %s", e.Code, tc.code)
			}
			var logged strings.Builder
			slog.New(slog.NewJSONHandler(&logged, nil)).Error("x", "err", e)
			p := apierr.Problem(e)
			for what, out := range map[string]string{"Error": e.Error(), "slog": logged.String(),
				"Problem": fmt.Sprintf("%+v", *p), "GoString": fmt.Sprintf("%#v", e)} {
				if strings.Contains(out, "hunter2") || strings.ContainsAny(out, "\r") {
					t.Errorf("%s shows the body: %.200s", what, out)
				}
			}
		})
	}
}

// TestOAuth2CheckRetry checks that CheckRetry reads no body of a success: OAuth 2.0 has no
// outcome key, so a reply below 400 is a success by its status.
func TestOAuth2CheckRetry(t *testing.T) {
	resp := &http.Response{StatusCode: 200, Body: io.NopCloser(failingReader{})}
	if retry, err := oauth2.CheckRetry(context.Background(), resp, nil); retry || err != nil {
		t.Errorf("CheckRetry of a success = %v, %v", retry, err)
	}
}

// failingReader fails every Read.
type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("read") }
