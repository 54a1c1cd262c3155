package vendortests

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/microsoft/entra"
	"github.com/apierr/apierr/generated/oauth2"
)

// entraError fails the test unless err is, or wraps, an *entra.Error, and returns it.
func entraError(t *testing.T, err error) *entra.Error {
	t.Helper()
	var e *entra.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T (%v), want an *entra.Error", err, err)
	}
	return e
}

// entraSample is the page's sample error response, copied verbatim (the line of
// correlation_id ends with a space, as on the page).
//
// Source: "Microsoft Entra authentication and authorization error codes", section "Handling
// error codes in your application" (specs/microsoft-entra.source.md, from
// github.com/MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md at commit
// 04f65548622d3f134b13b4c1978d1471177e2b1c; CC BY 4.0, Microsoft and contributors).
const entraSample = `{
  "error": "invalid_scope",
  "error_description": "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope https://example.contoso.com/activity.read isn't valid.\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2016-01-09 02:02:12Z",
  "error_codes": [
    70011
  ],
  "timestamp": "2016-01-09 02:02:12Z",
  "trace_id": "0000aaaa-11bb-cccc-dd33-eeeeee333333",
  "correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd", 
  "error_uri":"https://login.microsoftonline.com/error?code=70011"
}`

// entraTrailer is the trailer Entra appends to error_description, from the page's sample.
const entraTrailer = `\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: ` +
	`aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2016-01-09 02:02:12Z`

// entraBody returns a body shaped as the page's sample: the OAuth code, the description (the
// AADSTS prefix and the trailer added by the caller), and the given extra members ("" for none).
func entraBody(oauth, description, extra string) string {
	b := `{"error": "` + oauth + `", "error_description": "` + description + `", ` +
		`"timestamp": "2016-01-09 02:02:12Z", "trace_id": "0000aaaa-11bb-cccc-dd33-eeeeee333333", ` +
		`"correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd"`
	if extra != "" {
		b += ", " + extra
	}
	return b + "}"
}

// TestEntraSampleIsThePages checks that entraSample is the page's sample, byte for byte, in the
// copy of the page kept beside the spec.
func TestEntraSampleIsThePages(t *testing.T) {
	page, err := os.ReadFile("../specs/microsoft-entra.source.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "```json\n"+entraSample+"\n```") {
		t.Errorf("entraSample is not the sample of specs/microsoft-entra.source.md")
	}
}

// TestEntraSample decodes the page's sample: the AADSTS code from error_codes, the OAuth code
// from error, the request's IDs, and the description without its code and its trailer.
//
// Source: the page's sample and its table of parameters. The page gives no HTTP status; 400 is
// RFC 6749's (section 5.2) for invalid_scope.
func TestEntraSample(t *testing.T) {
	err := entra.Parse(400, []byte(entraSample))
	e := entraError(t, err)
	want := entra.Error{Code: entra.InvalidScope, OAuth: oauth2.InvalidScope, Status: 400,
		RequestID: "0000aaaa-11bb-cccc-dd33-eeeeee333333", CorrelationID: "aaaa0000-bb11-2222-33cc-444444dddddd",
		Timestamp: "2016-01-09 02:02:12Z", ErrorURI: "https://login.microsoftonline.com/error?code=70011",
		Description: "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope " +
			"https://example.contoso.com/activity.read isn't valid.\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\n" +
			"Correlation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2016-01-09 02:02:12Z"}
	if e.Code != want.Code || e.OAuth != want.OAuth || e.Status != want.Status || e.RequestID != want.RequestID ||
		e.CorrelationID != want.CorrelationID || e.Timestamp != want.Timestamp || e.ErrorURI != want.ErrorURI ||
		e.Description != want.Description || e.Suberror != "" || e.Claims != "" {
		t.Errorf("got %+v\nwant %+v", *e, want)
	}
	if got, want := e.VendorMessage(), "The provided value for the input parameter 'scope' isn't valid. "+
		"The scope https://example.contoso.com/activity.read isn't valid."; got != want {
		t.Errorf("VendorMessage() = %q, want %q", got, want)
	}
	if int(entra.InvalidScope) != 70011 || entra.InvalidScope.String() != "InvalidScope" {
		t.Errorf("InvalidScope = %d %s, want 70011 InvalidScope", entra.InvalidScope, entra.InvalidScope)
	}
	wrapped := fmt.Errorf("getting a token: %w", err)
	for _, target := range []error{entra.InvalidScope, oauth2.InvalidScope, apierr.ErrInvalidRequest} {
		if !errors.Is(wrapped, target) {
			t.Errorf("errors.Is(err, %v) = false", target)
		}
	}
	if got := e.Error(); !strings.HasPrefix(got, "entra: InvalidScope (70011): ") ||
		!strings.HasSuffix(got, "(HTTP 400, request ID 0000aaaa-11bb-cccc-dd33-eeeeee333333)") {
		t.Errorf("Error() = %q", got)
	}
}

// TestEntraCodes reads the AADSTS code from error_codes, else from the "AADSTSnnnnn:" that
// starts error_description, and the class from the code, else from the OAuth code, else from
// the HTTP status.
//
// Sources: the bodies are shaped as the page's sample; their codes and texts are the page's
// rows (AADSTS50126, 7000215, 50076, 50079, 50027, 700082). 9999999 stands for a code the
// page does not list.
func TestEntraCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		body   string
		code   entra.Code
		oauth  oauth2.Code
		class  *apierr.Class
	}{
		{name: "wrong password, in error_codes", status: 400,
			body: entraBody("invalid_grant", `AADSTS50126: Error validating credentials due to invalid username or password.`+
				entraTrailer, `"error_codes": [50126]`),
			code: entra.InvalidUserNameOrPassword, oauth: oauth2.InvalidGrant, class: apierr.ErrInvalidCredentials},
		{name: "client secret, only in the description", status: 401,
			body: entraBody("invalid_client", `AADSTS7000215: Invalid client secret is provided.`+entraTrailer, ""),
			code: entra.InvalidClientSecretProvided, oauth: oauth2.InvalidClient, class: apierr.ErrUnauthenticated},
		{name: "several codes: the first is the reply's", status: 400,
			body: entraBody("interaction_required", `AADSTS50076: Due to a configuration change made by the admin.`+
				entraTrailer, `"error_codes": [50076, 50079]`),
			code: entra.UserStrongAuthClientAuthNRequired, oauth: oauth2.InteractionRequired,
			class: apierr.ErrVerificationRequired},
		{name: "code only in error_codes, the description without it", status: 400,
			body: entraBody("interaction_required", `Due to a configuration change made by the admin.`,
				`"error_codes": [50076]`),
			code: entra.UserStrongAuthClientAuthNRequired, oauth: oauth2.InteractionRequired,
			class: apierr.ErrVerificationRequired},
		{name: "a single code, not in an array", status: 400,
			body: entraBody("invalid_grant", `AADSTS700082: The refresh token has expired due to inactivity.`,
				`"error_codes": 700082`),
			code: entra.ExpiredOrRevokedGrantInactiveToken, oauth: oauth2.InvalidGrant, class: apierr.ErrExpired},
		{name: "a listed code without a class takes the OAuth code's", status: 401,
			body: entraBody("invalid_client", `AADSTS50027: Invalid JWT token.`, `"error_codes": [50027]`),
			code: entra.InvalidJwtToken, oauth: oauth2.InvalidClient, class: apierr.ErrUnauthenticated},
		{name: "the same code with another OAuth code", status: 400,
			body: entraBody("invalid_grant", `AADSTS50027: Invalid JWT token.`, `"error_codes": [50027]`),
			code: entra.InvalidJwtToken, oauth: oauth2.InvalidGrant, class: apierr.ErrExpired},
		{name: "an unlisted code takes the OAuth code's class", status: 400,
			body: entraBody("invalid_grant", `AADSTS9999999: A code the page does not list.`, `"error_codes": [9999999]`),
			code: 9999999, oauth: oauth2.InvalidGrant, class: apierr.ErrExpired},
		{name: "unlisted, only in the description", status: 503,
			body: entraBody("temporarily_unavailable", `AADSTS9999999: A code the page does not list.`, ""),
			code: 9999999, oauth: oauth2.TemporarilyUnavailable, class: apierr.ErrUnavailable},
		{name: "unlisted, an OAuth code without a class: the status's", status: 429,
			body: entraBody("authorization_pending", `AADSTS9999999: A code the page does not list.`,
				`"error_codes": [9999999]`),
			code: 9999999, oauth: oauth2.AuthorizationPending, class: apierr.ErrRateLimited},
		{name: "unlisted, an OAuth code oauth2 does not list, a 400: no class", status: 400,
			body: entraBody("invalid_resource", `AADSTS9999999: A code the page does not list.`, `"error_codes": [9999999]`),
			code: 9999999, oauth: "invalid_resource"},
		{name: "no code at all, a 502 page", status: 502, body: `<html>Bad Gateway</html>`,
			class: apierr.ErrUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := entra.Parse(tc.status, []byte(tc.body))
			e := entraError(t, err)
			if e.Code != tc.code || e.OAuth != tc.oauth {
				t.Errorf("Code %d, OAuth %q; want %d, %q", e.Code, string(e.OAuth), tc.code, string(tc.oauth))
			}
			if got := apierr.ClassOf(err); got != tc.class {
				t.Errorf("class %v, want %v", got, tc.class)
			}
			wrapped := fmt.Errorf("calling Entra: %w", err)
			if tc.code != 0 && !errors.Is(wrapped, tc.code) {
				t.Errorf("errors.Is(err, %v) = false", tc.code)
			}
			if tc.oauth != "" && !errors.Is(wrapped, tc.oauth) {
				t.Errorf("errors.Is(err, oauth2 %s) = false", string(tc.oauth))
			}
			var code entra.Code
			var oauth oauth2.Code
			if errors.As(wrapped, &code) != (tc.code != 0) || code != tc.code {
				t.Errorf("errors.As to entra.Code: %d, want %d", code, tc.code)
			}
			if errors.As(wrapped, &oauth) != (tc.oauth != "") || oauth != tc.oauth {
				t.Errorf("errors.As to oauth2.Code: %q, want %q", string(oauth), string(tc.oauth))
			}
		})
	}
}

// TestEntraNotOtherCodes checks that a reply answers errors.Is for its own codes only.
func TestEntraNotOtherCodes(t *testing.T) {
	err := entra.Parse(400, []byte(entraBody("invalid_grant", `AADSTS50126: x`, `"error_codes": [50126]`)))
	for _, target := range []error{entra.InvalidClientSecretProvided, entra.InvalidScope, oauth2.InvalidClient,
		oauth2.InteractionRequired, apierr.ErrExpired, apierr.ErrUnauthenticated} {
		if errors.Is(err, target) {
			t.Errorf("errors.Is(err, %v) = true", target)
		}
	}
}

// TestEntraStepUp keeps the members of a Conditional Access step-up: suberror and claims, which
// the page does not mention.
//
// Sources: MSAL.NET's OAuth2ResponseBase.cs reads "suberror" and "claims" (a string) from the
// body (github.com/AzureAD/microsoft-authentication-library-for-dotnet); basic_action is one of
// MSAL's suberrors; the claims value is the raw JSON of the example of Entra's "Claims
// challenges" article (claims-challenge.md of github.com/MicrosoftDocs/entra-docs at commit
// 19cc3f7a6fcb57c88e0d8d1251252763d7c0d0a6); the text is the page's row for AADSTS50076.
func TestEntraStepUp(t *testing.T) {
	claims := `{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}`
	quoted, _ := json.Marshal(claims)
	body := entraBody("interaction_required", `AADSTS50076: Due to a configuration change made by the admin, `+
		`the user must use multifactor authentication to access the resource.`+entraTrailer,
		`"error_codes": [50076], "suberror": "basic_action", "claims": `+string(quoted))
	e := entraError(t, entra.Parse(400, []byte(body)))
	if e.Suberror != "basic_action" || e.Claims != claims {
		t.Errorf("Suberror %q, Claims %q", e.Suberror, e.Claims)
	}
	if e.Code != entra.UserStrongAuthClientAuthNRequired || !errors.Is(e, apierr.ErrVerificationRequired) {
		t.Errorf("Code %d, class %v", e.Code, apierr.ClassOf(e))
	}
	if p := apierr.Problem(e); p.Status != http.StatusUnauthorized {
		t.Errorf("Problem status %d, want 401 (verification_required)", p.Status)
	}
	for what, out := range map[string]string{"Error": e.Error(), "GoString": fmt.Sprintf("%#v", e)} {
		if strings.Contains(out, "cp1") {
			t.Errorf("%s shows the claims: %s", what, out)
		}
	}
}

// TestEntraVendorMessage checks that VendorMessage leaves out the code before the text and the
// trailer after it, whichever is there.
func TestEntraVendorMessage(t *testing.T) {
	for _, tc := range []struct{ desc, want string }{
		{`AADSTS50126: Error validating credentials.` + entraTrailer, "Error validating credentials."},
		{`AADSTS50126: Error validating credentials.`, "Error validating credentials."},
		{`Error validating credentials.` + entraTrailer, "Error validating credentials."},
		{`Error validating credentials.`, "Error validating credentials."},
	} {
		e := entraError(t, entra.Parse(400, []byte(entraBody("invalid_grant", tc.desc, `"error_codes": [50126]`))))
		if got := e.VendorMessage(); got != tc.want {
			t.Errorf("VendorMessage() of %q = %q, want %q", tc.desc, got, tc.want)
		}
	}
}

// TestEntraPlaceholders checks that the page's placeholders ({email}, {tenant}) never reach error
// text or a problem: the spec says placeholders = true.
func TestEntraPlaceholders(t *testing.T) {
	if d := entra.UserUnauthorized.Description(); !strings.Contains(d, "'{email}'") {
		t.Fatalf("Description() lost the page's text: %q", d)
	}
	e := entraError(t, entra.Parse(400, []byte(entraBody("invalid_request", `AADSTS50020: User account 'a@b' ...`,
		`"error_codes": [50020]`))))
	for what, out := range map[string]string{"CodeDoc": e.CodeDoc(), "Problem": apierr.Problem(e).Detail,
		"Error": e.Error()} {
		if strings.ContainsAny(out, "{}") {
			t.Errorf("%s shows a placeholder: %q", what, out)
		}
	}
	if !strings.Contains(e.CodeDoc(), "User account '…'") {
		t.Errorf("CodeDoc() = %q, want the placeholder shown as …", e.CodeDoc())
	}
}

// TestEntraTable checks the code table against the page: its 304 rows, the names it gives, and
// its texts.
func TestEntraTable(t *testing.T) {
	if n := len(entra.Codes()); n != 304 {
		t.Errorf("%d codes, want the page's 304 rows", n)
	}
	for _, want := range []struct {
		code  entra.Code
		value int
		text  string
	}{
		{entra.InvalidUserNameOrPassword, 50126,
			"InvalidUserNameOrPassword - Error validating credentials due to invalid username or password."},
		{entra.IdsLocked, 50053,
			"This error can result from two different reasons:\n- IdsLocked - The account is locked"},
		{entra.InvalidGrant, 70000, "InvalidGrant - Authentication failed. The refresh token isn't valid."},
		{entra.LoopDetected, 50196, "LoopDetected - A client loop has been detected. Check the app’s logic"},
		{entra.SSOPermissionRequired, 9002341,
			"V2Error: invalid_grant - The user is required to permit Single Sign-On (SSO)."},
		{entra.InteractionRequired, 700020, "InteractionRequired - The access grant requires interaction."},
		{entra.InteractionRequiredUserNotInTenant, 16000, "InteractionRequired - User account '{EmailHidden}'"},
	} {
		code := want.code
		if int(code) != want.value || !strings.HasPrefix(code.Description(), want.text) {
			t.Errorf("%s = %d, %q; want %d, %q...", code, int(code), code.Description(), want.value, want.text)
		}
	}
	if entra.Code(9999999).Known() {
		t.Errorf("9999999 is known")
	}
}

// TestEntraProblemStatus checks what a service forwarding an Entra failure answers: the end
// user's wrong password is a 401, the service's own client secret a 502.
func TestEntraProblemStatus(t *testing.T) {
	for body, want := range map[string]int{
		entraBody("invalid_grant", `AADSTS50126: x`, `"error_codes": [50126]`):           http.StatusUnauthorized,
		entraBody("invalid_client", `AADSTS7000215: x`, `"error_codes": [7000215]`):      http.StatusBadGateway,
		entraBody("invalid_client", `AADSTS7000222: x`, `"error_codes": [7000222]`):      http.StatusBadGateway,
		entraBody("invalid_request", `AADSTS50196: x`, `"error_codes": [50196]`):         http.StatusTooManyRequests,
		entraBody("interaction_required", `AADSTS53003: x`, `"error_codes": [53003]`):    http.StatusForbidden,
		entraBody("temporarily_unavailable", `AADSTS90006: x`, `"error_codes": [90006]`): http.StatusServiceUnavailable,
	} {
		if got := apierr.Problem(entra.Parse(400, []byte(body))).Status; got != want {
			t.Errorf("Problem(%s).Status = %d, want %d", body, got, want)
		}
	}
}

// TestEntraRetryable checks apierr.Retryable against the page: the codes whose text says the
// condition is transient or that a retry may succeed are retryable, the others are not.
//
// Source: the page's rows for AADSTS70012 ("Try again"), 80005 ("Retry the request"), 501621 ("A
// retry of the request may succeed"), 90006 ("temporarily unavailable"), 50088 ("try again in a
// few minutes"), and 50126, 53003, 7000215, 50058.
func TestEntraRetryable(t *testing.T) {
	for code, want := range map[entra.Code]bool{
		entra.MsaServerError: true, entra.OnPremisePasswordValidatorUnpredictableWebException: true,
		entra.ClaimsTransformationTimeoutRegularExpressionTimeout: true, entra.ExternalServerRetryableError: true,
		entra.LimitOnTelecomMFACallsReached: true,
		entra.InvalidUserNameOrPassword:     false, entra.BlockedByConditionalAccess: false,
		entra.InvalidClientSecretProvided: false, entra.UserInformationNotProvided: false,
	} {
		body := entraBody("invalid_request", fmt.Sprintf("AADSTS%d: x", int(code)),
			fmt.Sprintf(`"error_codes": [%d]`, int(code)))
		if got := apierr.Retryable(entra.Parse(400, []byte(body))); got != want {
			t.Errorf("Retryable(%s) = %v, want %v", code, got, want)
		}
		if code.Temporary() != want && code.Class() != apierr.ErrRateLimited {
			t.Errorf("%s.Temporary() = %v, want %v", code, code.Temporary(), want)
		}
	}
}

// TestEntraHostileBodies feeds bodies that try to get their text into error text, logs and
// problems, or to break the decoder: a password echoed in error_description, a description of
// 1 MB, and error_codes of the wrong types.
func TestEntraHostileBodies(t *testing.T) {
	secret := "hunter2-SECRET"
	for _, tc := range []struct {
		name string
		body string
		code entra.Code
	}{
		{name: "password in the description",
			body: entraBody("invalid_grant", `AADSTS50126: Error validating credentials for password `+secret+`.`+entraTrailer,
				`"error_codes": [50126]`),
			code: entra.InvalidUserNameOrPassword},
		{name: "password in the description, code only there",
			body: entraBody("invalid_grant", `AADSTS50126: password `+secret, ""), code: entra.InvalidUserNameOrPassword},
		{name: "password as the code's text", body: entraBody("invalid_grant", `AADSTS`+secret+`: x`, ""), code: 0},
		{name: "password in the OAuth code", body: entraBody(secret+` \r\nSet-Cookie: x`, `AADSTS50126: x`, ""),
			code: entra.InvalidUserNameOrPassword},
		{name: "password in the request's IDs",
			body: `{"error": "invalid_grant", "error_codes": [50126], "trace_id": "` + secret + ` x", "correlation_id": "` +
				secret + `"}`,
			code: entra.InvalidUserNameOrPassword},
		{name: "password in suberror and claims",
			body: entraBody("invalid_grant", `AADSTS50126: x`, `"suberror": "`+secret+`", "claims": "`+secret+`"`),
			code: entra.InvalidUserNameOrPassword},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := entraError(t, entra.Parse(400, []byte(tc.body)))
			if e.Code != tc.code {
				t.Errorf("Code %d, want %d", e.Code, tc.code)
			}
			var logged strings.Builder
			slog.New(slog.NewJSONHandler(&logged, nil)).Error("x", "err", e)
			marshaled, _ := json.Marshal(e)
			for what, out := range map[string]string{"Error": e.Error(), "slog": logged.String(),
				"Problem": fmt.Sprintf("%+v", *apierr.Problem(e)), "GoString": fmt.Sprintf("%#v", e),
				"JSON": string(marshaled)} {
				if strings.Contains(out, "hunter2") || strings.ContainsAny(out, "\r") {
					t.Errorf("%s shows the body: %.300s", what, out)
				}
			}
		})
	}
}

// TestEntraLongDescription decodes a description of 1 MB. Parse reads the whole body: the code
// and the bounded error text survive. FromResponse reads MaxBodySize bytes and only the members
// whole in them count (package apierrimpl, "A body cut short"): the code when error_codes comes
// before the description, else only the OAuth code, whose class the reply then takes.
func TestEntraLongDescription(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	for _, tc := range []struct {
		name, body string
		cutCode    entra.Code
		cutClass   *apierr.Class
	}{
		{"code in error_codes, after the description",
			entraBody("invalid_grant", `AADSTS50126: `+long+entraTrailer, `"error_codes": [50126]`), 0, apierr.ErrExpired},
		{"code in error_codes, before the description",
			`{"error_codes": [50126], "error": "invalid_grant", "error_description": "AADSTS50126: ` + long + `"}`,
			entra.InvalidUserNameOrPassword, apierr.ErrInvalidCredentials},
		{"code only in the description", entraBody("invalid_grant", `AADSTS50126: `+long, ""), 0, apierr.ErrExpired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := entraError(t, entra.Parse(400, []byte(tc.body)))
			if e.Code != entra.InvalidUserNameOrPassword || len(e.Error()) > 256 || len(e.VendorMessage()) < 1<<20 {
				t.Errorf("Parse: Code %d, Error() of %d bytes, VendorMessage() of %d", e.Code, len(e.Error()),
					len(e.VendorMessage()))
			}
			err := entra.FromResponse(&http.Response{StatusCode: 400, Body: io.NopCloser(strings.NewReader(tc.body))})
			r := entraError(t, err)
			if r.Code != tc.cutCode || r.OAuth != oauth2.InvalidGrant || !r.Truncated || len(r.Error()) > 256 {
				t.Errorf("FromResponse: Code %d, OAuth %q, Truncated %v, Error() %q", r.Code, string(r.OAuth),
					r.Truncated, r.Error())
			}
			if got := apierr.ClassOf(err); got != tc.cutClass {
				t.Errorf("FromResponse: class %v, want %v", got, tc.cutClass)
			}
		})
	}
}

// TestEntraWrongTypes decodes error_codes of every wrong type: a value that is no code is
// skipped and the code comes from the description's "AADSTSnnnnn:", and the raw value stays in
// the body. A code sent as a JSON string of digits is read as its number (MSAL.NET reads
// error_codes as strings: OAuth2ResponseBase.cs).
func TestEntraWrongTypes(t *testing.T) {
	for raw, want := range map[string]entra.Code{
		`["50126"]`:              entra.InvalidUserNameOrPassword,
		`"50126"`:                entra.InvalidUserNameOrPassword,
		`[50126, "x", {}]`:       entra.InvalidUserNameOrPassword,
		`["abc"]`:                entra.InvalidScope,
		`[1.5]`:                  entra.InvalidScope,
		`[true]`:                 entra.InvalidScope,
		`[null]`:                 entra.InvalidScope,
		`[]`:                     entra.InvalidScope,
		`[[50126]]`:              entra.InvalidScope,
		`{"0": 50126}`:           entra.InvalidScope,
		`null`:                   entra.InvalidScope,
		`1e2`:                    entra.InvalidScope,
		`[99999999999999999999]`: entra.InvalidScope,
	} {
		body := entraBody("invalid_scope", `AADSTS70011: The scope isn't valid.`, `"error_codes": `+raw)
		e := entraError(t, entra.Parse(400, []byte(body)))
		if e.Code != want {
			t.Errorf("error_codes %s: Code %d, want %d", raw, e.Code, want)
		}
		if got, ok := e.RawField("error_codes"); !ok || string(got) != raw {
			t.Errorf("error_codes %s: RawField = %s, %v", raw, got, ok)
		}
		if !strings.HasPrefix(e.Error(), "entra: ") || len(e.Error()) > 256 {
			t.Errorf("error_codes %s: Error() = %q", raw, e.Error())
		}
	}
	for _, desc := range []string{`AADSTS99999999999999999999: x`, `AADSTS: x`, `AADSTSabc: x`, `aadsts50126: x`} {
		e := entraError(t, entra.Parse(400, []byte(entraBody("invalid_grant", desc, ""))))
		if e.Code != 0 || !errors.Is(e, oauth2.InvalidGrant) {
			t.Errorf("description %q: Code %d, want none (and the OAuth code kept)", desc, e.Code)
		}
	}
}
