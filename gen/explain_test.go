package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/explain"
)

// explainRun runs the explain subcommand on the repository's specs with body on standard
// input and returns its exit code, standard output and standard error.
func explainRun(body string, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := explain.Run(append([]string{"-specs", "../specs"}, args...), strings.NewReader(body), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// missingLines returns the wanted lines that out lacks; each must be a whole line of out.
func missingLines(out string, want []string) []string {
	have := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		have[l] = true
	}
	var missing []string
	for _, w := range want {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

// The document's sample bodies (specs/alibaba-idaas.toml, [[envelope]] docs).
const (
	alibabaCIAMSample = `{
    "success": false,
    "code": "Operation.Failure",
    "message": "Operation.Failure.Mini.Program.Silent.Login",
    "requestId": "1656572265429$49b433a9-219a-910a-0323-2af4f1f1a9ce",
    "data": null
}`
	alibabaOAuthSample = `{
    "error": "invalid_grant",
    "error_description": "Invalid authorization code: 202207211236389yghDWdB",
    "error_uri": "http://xxxxx/api/bff/v1.2/developer/ciam/oauth/token/provider",
    "requestId": "1658384361768$ca725dc4-182f-7562-17d2-53e6acf6a3ac"
}`
	// The README's GoPoints body, with secrets added that must not be printed.
	gopointsBody = `{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a",
"messages":{"password":["s3cret-in-messages"],"email":"taken"},"critical_auth_method":"otp",
"access_token":"s3cret-token","debug":{"Client-Secret":"s3cret-nested","step":2}}`
)

// TestExplain runs explain on the five real specs and checks the lines that matter.
func TestExplain(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		body  string
		want  []string // whole lines of standard output
		never []string // text that must not appear in it
	}{
		// Akamai: a documented code by value, by wire name and by Go name.
		{"akamai by value", []string{"identitycloud", "361"}, "", []string{
			"vendor: Akamai Identity Cloud",
			"code: 361 (unique_violation)",
			"Go name: identitycloud.UniqueViolation",
			"HTTP status: not documented",
			"class: apierr.ErrAlreadyExists",
			"parent: 360 constraint_violation (identitycloud.ConstraintViolation)",
			"description: A unique or locally-unique constraint was violated.",
			`source: Error codes — identitydocs.akamai.com, "Error codes"`,
		}, nil},
		{"akamai by wire name", []string{"identitycloud", "missing_argument"}, "", []string{
			"code: 100 (missing_argument)",
			"Go name: identitycloud.MissingArgument",
			"class: apierr.ErrInvalidRequest",
			"parent: none",
			"fields: argument_name",
		}, nil},
		{"akamai by Go name, by dir, with a chain of parents", []string{"akamai/identitycloud", "PasswordIncorrect"}, "", []string{
			"code: 213 (password_incorrect)",
			"class: apierr.ErrInvalidCredentials",
			"parent: 210 invalid_credentials (identitycloud.InvalidCredentials) → 200 invalid_argument (identitycloud.InvalidArgument)",
		}, nil},
		{"akamai wire name shared by two codes", []string{"identitycloud", "unknown_application"}, "", []string{
			`note: 2 codes have the wire name "unknown_application": 221, 352; the integer code of a body decides`,
			"Go name: identitycloud.UnknownApplication",
			"Go name: identitycloud.UnknownApplication352",
		}, nil},
		// Akamai: unknown codes, under a catch-all and under none.
		{"akamai unknown under a catch-all", []string{"identitycloud", "364"}, "", []string{
			"vendor: Akamai Identity Cloud",
			"code: 364 — not in the document",
			"parent: 360 constraint_violation (identitycloud.ConstraintViolation)",
			"class: apierr.ErrInvalidRequest (its parent's)",
		}, []string{"Go name:"}},
		{"akamai unknown under a nested catch-all", []string{"identitycloud", "215"}, "", []string{
			"code: 215 — not in the document",
			"parent: 210 invalid_credentials (identitycloud.InvalidCredentials) → 200 invalid_argument (identitycloud.InvalidArgument)",
			"class: apierr.ErrInvalidCredentials (its parent's)",
		}, nil},
		{"akamai unknown without a catch-all", []string{"identitycloud", "350"}, "", []string{
			"code: 350 — not in the document",
			"parent: none: no catch-all covers it",
		}, nil},
		{"akamai negative code after --", []string{"identitycloud", "--", "-5"}, "", []string{
			"code: -5 — not in the document",
		}, nil},
		{"akamai word that is no name", []string{"identitycloud", "no_such_name"}, "", []string{
			`code: "no_such_name" — not in the document`,
		}, nil},

		// Next Identity.
		{"nextidentity by value", []string{"nextidentity", "invalid_form_fields"}, "", []string{
			"vendor: Next Identity",
			"code: invalid_form_fields",
			"Go name: nextidentity.InvalidFormFields",
			"HTTP status: 422",
			"class: apierr.ErrInvalidRequest",
		}, []string{"parent:"}},
		{"nextidentity by Go name", []string{"nextidentity", "UnverifiedUser"}, "", []string{
			"code: unverified_user",
			"class: apierr.ErrVerificationRequired",
			"source: shared/vendor-docs/README.md: sibling pages (login, token, pre-register) (not /register endpoint response codes)",
		}, nil},

		// Alibaba IDaaS.
		{"idaas by value", []string{"idaas", "Operation.Failure.User.Locked"}, "", []string{
			"vendor: Alibaba Cloud IDaaS",
			"code: Operation.Failure.User.Locked",
			"Go name: idaas.OperationFailureUserLocked",
			"class: apierr.ErrAccountLocked",
			"parent: Operation.Failure (idaas.OperationFailure)",
			"envelope: ciam",
			`detail code: yes: it arrives in the "message" key, with its parent in the "code" key`,
		}, nil},
		{"idaas by Go name", []string{"alibaba/idaas", "InvalidGrant"}, "", []string{
			"code: invalid_grant",
			"class: apierr.ErrUnauthenticated",
			"envelope: oauth",
		}, nil},
		{"idaas unknown detail under a catch-all", []string{"idaas", "Operation.Failure.Brand.New"}, "", []string{
			"code: Operation.Failure.Brand.New — not in the document",
			"parent: Operation.Failure (idaas.OperationFailure)",
		}, nil},

		// LoginRadius.
		{"clouddirectory by value", []string{"clouddirectory", "901"}, "", []string{
			"vendor: LoginRadius",
			"code: 901",
			"Go name: clouddirectory.APIKeyUnauthorized",
			"HTTP status: 403",
			"class: apierr.ErrUnauthenticated",
			"message: The API key is unauthorized",
		}, nil},
		{"clouddirectory by Go name", []string{"loginradius/clouddirectory", "APIKeyUnauthorized"}, "", []string{
			"code: 901",
		}, nil},

		// GoPoints.
		{"gopoints by value", []string{"gopoints", "auth.token.expired"}, "", []string{
			"vendor: GoPoints",
			"code: auth.token.expired",
			"Go name: gopoints.AuthTokenExpired",
			"HTTP status: 401",
			"class: apierr.ErrExpired",
		}, nil},
		{"gopoints by Go name", []string{"gopoints", "AuthTokenExpired"}, "", []string{
			"code: auth.token.expired",
		}, nil},
		{"gopoints unknown, no catch-all, case off", []string{"gopoints", "Auth.Token.Expired"}, "", []string{
			"code: Auth.Token.Expired — not in the document",
			"parent: none: no catch-all covers it",
			"did you mean: auth.token.expired (gopoints.AuthTokenExpired) (codes are case-sensitive)",
		}, nil},

		// Bodies on standard input.
		{"alibaba CIAM sample", []string{"idaas", "-"}, alibabaCIAMSample, []string{
			"vendor: Alibaba Cloud IDaaS",
			"envelope: ciam",
			"HTTP status: unknown (pass -status N)",
			`error: yes: "success" is false, whatever the HTTP status`,
			"request ID: 1656572265429$49b433a9-219a-910a-0323-2af4f1f1a9ce",
			"class of the reply: none",
			"code: Operation.Failure",
			"Go name: idaas.OperationFailure",
			"detail code: Operation.Failure.Mini.Program.Silent.Login",
			"Go name: idaas.OperationFailureMiniProgramSilentLogin",
		}, nil},
		{"alibaba OAuth sample, flags after the arguments", []string{"idaas", "-", "-status", "400"}, alibabaOAuthSample, []string{
			"envelope: oauth",
			"HTTP status: 400",
			"request ID: 1658384361768$ca725dc4-182f-7562-17d2-53e6acf6a3ac",
			"body description: Invalid authorization code: 202207211236389yghDWdB",
			"class of the reply: apierr.ErrUnauthenticated",
			"code: invalid_grant",
			`field error_uri (ErrorURI): "http://xxxxx/api/bff/v1.2/developer/ciam/oauth/token/provider"`,
		}, nil},
		{"gopoints body with secrets", []string{"-status", "403", "gopoints", "-"}, gopointsBody, []string{
			"vendor: GoPoints",
			"envelope: default",
			"HTTP status: 403",
			`error: yes: "status" is "error", whatever the HTTP status`,
			"request ID: 5f0c2e9a",
			"class of the reply: apierr.ErrVerificationRequired",
			`field critical_auth_method (CriticalAuthMethod): "otp"`,
			`field messages (Messages): {"email":"taken","password":"[redacted]"}`,
			"other key access_token: [redacted]",
			`other key debug: {"Client-Secret":"[redacted]","step":2}`,
			"code: critical.auth.required",
			"Go name: gopoints.CriticalAuthRequired",
			"class: apierr.ErrVerificationRequired",
		}, []string{"s3cret"}},
		{"gopoints unknown code at 429", []string{"-status", "429", "gopoints", "-"}, `{"status":"error","error_code":"rate.limit.new"}`, []string{
			"class of the reply: apierr.ErrRateLimited",
			"retryable: yes: apierr.ErrRateLimited is retryable",
			"code: rate.limit.new — not in the document",
		}, nil},
		{"akamai body, unknown code under a catch-all", []string{"identitycloud", "-"}, `{"stat":"error","code":364,"error":"new_violation","request_id":"r-1"}`, []string{
			"request ID: r-1",
			"class of the reply: apierr.ErrInvalidRequest",
			"code: 364 — not in the document",
			"wire name in the body: new_violation",
			"parent: 360 constraint_violation (identitycloud.ConstraintViolation)",
		}, nil},
		{"akamai success at HTTP 400", []string{"-status", "400", "identitycloud", "-"}, `{"stat":"ok"}`, []string{
			`error: no: "stat" is "ok", whatever the HTTP status; Parse returns nil`,
		}, nil},
		{"non-JSON body", []string{"-status", "502", "identitycloud", "-"}, "<html><body>502 Bad Gateway token=s3cret</body></html>\n", []string{
			"body: not JSON, 55 bytes; its content is not shown (it cannot be searched for secrets reliably)",
			"error: yes: HTTP 502 with a body that is not the vendor's JSON",
			"class of the reply: apierr.ErrUnavailable",
		}, []string{"s3cret", "envelope:", "Gateway"}},
		{"empty body, status unknown", []string{"nextidentity", "-"}, "", []string{
			"body: empty",
			"error: depends: only with an HTTP status of 400 or more: the body is not the vendor's JSON",
		}, nil},
		{"terminal escapes in a body are escaped", []string{"nextidentity", "-"}, `{"error":"x","error_description":"a\u001b[31mb\u202ec"}`, []string{
			`body description: a\u{001B}[31mb\u{202E}c`,
		}, []string{"\x1b", "\u202e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := explainRun(tt.body, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d, want 0\nstderr: %s", code, errOut)
			}
			if m := missingLines(out, tt.want); len(m) > 0 {
				t.Errorf("output lacks the lines:\n%s\n\noutput:\n%s", strings.Join(m, "\n"), out)
			}
			for _, never := range tt.never {
				if strings.Contains(out, never) {
					t.Errorf("output contains %q:\n%s", never, out)
				}
			}
		})
	}
}

// TestExplainUsage checks the exit codes and messages of bad invocations.
func TestExplainUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in standard error
	}{
		{"no arguments", nil, 2, "want a package and a code"},
		{"package only", []string{"gopoints"}, 2, "got 1 argument(s)"},
		{"three arguments", []string{"gopoints", "a", "b"}, 2, "got 3 argument(s)"},
		{"unknown package", []string{"nosuch", "1"}, 2,
			`no spec in ../specs has package or dir "nosuch"; known: akamai/identitycloud (identitycloud), alibaba/idaas (idaas), gopoints, loginradius/clouddirectory (clouddirectory), nextidentity`},
		{"-status without a body", []string{"-status", "400", "gopoints", "auth.token.expired"}, 2, "-status is for a body read from standard input"},
		{"-status out of range", []string{"-status", "42", "gopoints", "-"}, 2, "-status 42 is not an HTTP status"},
		{"unknown flag", []string{"-nope", "gopoints", "x"}, 2, "flag provided but not defined: -nope"},
		{"help", []string{"-h"}, 0, "usage: gen explain"},
		{"folder without specs", []string{"-specs", "testdata-does-not-exist", "gopoints", "x"}, 1, "no *.toml specs in this folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := explainRun("", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, errOut)
			}
			if tt.code != 0 && out != "" {
				t.Errorf("stdout not empty on failure:\n%s", out)
			}
		})
	}
}

// TestExplainDispatch checks that gen hands "explain" to the subcommand before its own
// flags.
func TestExplainDispatch(t *testing.T) {
	code, out, errOut := gen("explain", "-specs", "../specs", "gopoints", "auth.token.expired")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if m := missingLines(out, []string{"code: auth.token.expired", "class: apierr.ErrExpired"}); len(m) > 0 {
		t.Errorf("output lacks %q:\n%s", m, out)
	}
}
