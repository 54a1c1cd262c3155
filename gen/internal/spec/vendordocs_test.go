package spec_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/spec"
)

// The lists in this file are transcribed by hand from the vendor documents in
// shared/vendor-docs/, independently of the specs. They guard against a spec losing a code,
// a wire name, a status or a scenario. A spec may hold more codes than its document lists,
// but only codes that name their Source.

// wantCode is one code as the vendor document lists it.
type wantCode struct {
	Int      int64  // value of an int code
	Str      string // value of a string code
	Wire     string // Akamai's string name of an int code
	Envelope string // envelope the code arrives in, when the case checks envelopes
	Detail   bool   // arrives in the envelope's detail key (Alibaba's dotted messages)
	Status   int    // documented HTTP status, 0 when none
	NotInUse bool   // the document says "Not in Use"
}

// key returns the code's value as text, the key both lists are matched on.
func (w wantCode) key(t spec.CodeType) string {
	if t == spec.IntCodes {
		return fmt.Sprint(w.Int)
	}
	return w.Str
}

// group names the part of a document a code comes from, for the count checks.
func (w wantCode) group() string {
	if w.Detail {
		return w.Envelope + "/detail"
	}
	return w.Envelope
}

// vendorCase is one spec file checked against one vendor document.
type vendorCase struct {
	name     string
	file     string // spec file name under specs/
	codeType spec.CodeType
	codes    []wantCode
	counts   map[string]int // group → number of codes typed into codes
	wire     bool           // check Code.Wire
	envelope bool           // check Code.Envelope and Code.Detail
	status   bool           // check Code.Status.Code and Code.Status.NotInUse
	extra    func(t *testing.T, s *spec.Spec)
}

func TestVendorDocs(t *testing.T) {
	cases := []vendorCase{
		{
			name: "akamai", file: "akamai-identitycloud.toml", codeType: spec.IntCodes,
			codes: akamaiCodes(), counts: map[string]int{"": 43},
			wire: true, status: true,
		},
		{
			name: "gopoints", file: "gopoints.toml", codeType: spec.StringCodes,
			codes: goPointsCodes(), counts: map[string]int{"": 37},
			status: true,
		},
		{
			name: "loginradius", file: "loginradius-clouddirectory.toml", codeType: spec.IntCodes,
			codes: loginRadiusCodes(), counts: map[string]int{"": 26},
			status: true, extra: checkLoginRadiusHTTPStatus,
		},
		{
			name: "alibaba", file: "alibaba-idaas.toml", codeType: spec.StringCodes,
			codes:    alibabaCodes(),
			counts:   map[string]int{"oauth": 14, "ciam": 10, "ciam/detail": 138},
			envelope: true, status: true,
		},
		{
			name: "nextidentity", file: "nextidentity.toml", codeType: spec.StringCodes,
			codes: strCodes("", 0,
				"http_exception", "invalid_parameters", "invalid_form_fields",
				"missing_argument", "unexpected_error"),
			counts: map[string]int{"": 5},
			extra:  checkNextIdentityScenarios,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkCounts(t, tc)
			path := filepath.Join("..", "..", "..", "specs", tc.file)
			s, err := spec.LoadFile(path)
			if err != nil {
				t.Fatalf("LoadFile(%s): %v", path, err)
			}
			if s.CodeType != tc.codeType {
				t.Errorf("code_type = %q, want %q", s.CodeType, tc.codeType)
			}
			checkCodes(t, s, tc)
			if tc.extra != nil {
				tc.extra(t, s)
			}
		})
	}
}

// checkCounts fails when the typed list does not hold the number of codes counted in the
// document, or holds a code twice: it catches slips in the transcription itself.
func checkCounts(t *testing.T, tc vendorCase) {
	t.Helper()
	got := map[string]int{}
	seen := map[string]bool{}
	for _, w := range tc.codes {
		got[w.group()]++
		if k := w.key(tc.codeType); seen[k] {
			t.Errorf("test list: code %s typed twice", k)
		} else {
			seen[k] = true
		}
	}
	for g, n := range tc.counts {
		if got[g] != n {
			t.Errorf("test list: group %q has %d codes, the document has %d", g, got[g], n)
		}
	}
	if len(got) != len(tc.counts) {
		t.Errorf("test list: groups %v, want %v", got, tc.counts)
	}
}

// checkCodes reports every expected code that the spec lacks or gets wrong, and every
// spec code that is neither in the list nor cites a Source.
func checkCodes(t *testing.T, s *spec.Spec, tc vendorCase) {
	t.Helper()
	byKey := map[string][]*spec.Code{}
	for _, c := range s.Codes {
		k := fmt.Sprint(c.Value(s.CodeType))
		byKey[k] = append(byKey[k], c)
	}
	matched := map[*spec.Code]bool{}
	for _, w := range tc.codes {
		k := w.key(tc.codeType)
		c := pickCode(byKey[k], w)
		if c == nil {
			t.Errorf("code %s: missing from the spec", strings.TrimSpace(k+" "+w.Wire))
			continue
		}
		matched[c] = true
		if tc.wire && c.Wire != w.Wire {
			t.Errorf("code %s: wire name %q, document says %q", k, c.Wire, w.Wire)
		}
		if tc.envelope && (c.Envelope != w.Envelope || c.Detail != w.Detail) {
			t.Errorf("code %s: envelope %q detail %v, want %q detail %v",
				k, c.Envelope, c.Detail, w.Envelope, w.Detail)
		}
		if tc.status && (c.Status.Code != w.Status || c.Status.NotInUse != w.NotInUse) {
			t.Errorf("code %s: status %d not-in-use %v, want %d not-in-use %v",
				k, c.Status.Code, c.Status.NotInUse, w.Status, w.NotInUse)
		}
	}
	for _, c := range s.Codes {
		if !matched[c] && c.Source == "" {
			t.Errorf("code %v (%s, line %d): not in the document and has no source",
				c.Value(s.CodeType), c.Name, c.Line)
		}
	}
}

// pickCode returns the candidate in w's envelope and detail key, else the first, else nil.
func pickCode(cands []*spec.Code, w wantCode) *spec.Code {
	for _, c := range cands {
		if c.Envelope == w.Envelope && c.Detail == w.Detail {
			return c
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return nil
}

// strCodes returns string codes of one envelope that share one HTTP status.
func strCodes(envelope string, status int, codes ...string) []wantCode {
	ws := make([]wantCode, len(codes))
	for i, c := range codes {
		ws[i] = wantCode{Str: c, Envelope: envelope, Status: status}
	}
	return ws
}

// akamaiCodes is the table of "Error Codes" of Akamai Identity Cloud: Code and Error
// columns. The page gives no HTTP statuses.
func akamaiCodes() []wantCode {
	return []wantCode{
		{Int: 100, Wire: "missing_argument"},
		{Int: 200, Wire: "invalid_argument"},
		{Int: 201, Wire: "duplicate_argument"},
		{Int: 205, Wire: "invalid_auth_method"},
		{Int: 210, Wire: "invalid_credentials"},
		{Int: 211, Wire: "no_password"},
		{Int: 212, Wire: "no_such_account"},
		{Int: 213, Wire: "password_incorrect"},
		{Int: 214, Wire: "password_unacceptable"},
		{Int: 221, Wire: "unknown_application"},
		{Int: 222, Wire: "unknown_entity_type"},
		{Int: 223, Wire: "unknown_attribute"},
		{Int: 224, Wire: "application_not_found"},
		{Int: 226, Wire: "flow_error"},
		{Int: 232, Wire: "entity_type_exists"},
		{Int: 233, Wire: "attribute_exists"},
		{Int: 234, Wire: "reserved_attribute"},
		{Int: 300, Wire: "error_creating_record"},
		{Int: 310, Wire: "record_not_found"},
		{Int: 320, Wire: "id_in_new_record"},
		{Int: 330, Wire: "timestamp_mismatch"},
		{Int: 340, Wire: "invalid_data_format"},
		{Int: 341, Wire: "invalid_json_type"},
		{Int: 342, Wire: "invalid_date_time"},
		{Int: 352, Wire: "unknown_application"}, // sic: same name as 221
		{Int: 360, Wire: "constraint_violation"},
		{Int: 361, Wire: "unique_violation"},
		{Int: 362, Wire: "missing_required_attribute"},
		{Int: 363, Wire: "length_violation"},
		{Int: 380, Wire: "email_address_in_use"},
		{Int: 390, Wire: "invalid_form_fields"},
		{Int: 402, Wire: "invalid_client_credentials"},
		{Int: 403, Wire: "client_permission_error"},
		{Int: 413, Wire: "no_access_grant"},
		{Int: 414, Wire: "access_token_expired"},
		{Int: 415, Wire: "authorization_code_expired"},
		{Int: 416, Wire: "verification_code_expired"},
		{Int: 417, Wire: "creation_token_expired"},
		{Int: 420, Wire: "redirect_uri_mismatch"},
		{Int: 480, Wire: "api_feature_disabled"},
		{Int: 500, Wire: "unexpected_error"},
		{Int: 510, Wire: "api_limit_error"},
		{Int: 540, Wire: "triggered_error"},
	}
}

// goPointsCodes lists GoPoints' codes under the HTTP status of their section.
func goPointsCodes() []wantCode {
	var ws []wantCode
	ws = append(ws, strCodes("", 401,
		"auth.apikey.missing",
		"auth.apikey.invalid",
		"auth.header.missing",
		"auth.header.invalid",
		"auth.token.expired",
		"auth.token.invalid",
		"auth.signature.invalid",
		"auth.signature.expired",
		"auth.captcha.missing",
		"auth.captcha.invalid",
		"auth.session.invalid",
		"auth.password.invalid",
		"auth.otp.invalid",
		"auth.backupcode.invalid",
		"auth.memorable.invalid",
		"auth.controlanswer.invalid",
		"auth.disclaimer.invalid",
		"auth.oauth.failed",
	)...)
	ws = append(ws, strCodes("", 403,
		"auth.user.restricted",
		"auth.user.closed",
		"auth.user.denied",
		"auth.restricted",
		"recovery.question.notset",
		"recovery.phone.notset",
		"recovery.email.notset",
		"recovery.method.restricted",
		"profile.identifier.used",
		"profile.identifier.invalid",
		"oauth.identifier.used",
		"object.limit.exceeded",
		"critical.auth.required",
		"member.data.invalid",
		"search.type.restricted",
	)...)
	ws = append(ws, strCodes("", 404,
		"auth.oauth.notfound",
		"auth.loginid.notfound",
		"object.id.notfound",
	)...)
	ws = append(ws, strCodes("", 422,
		"request.validation.failed",
	)...)
	return ws
}

// loginRadiusCodes is the "LoginRadius Error Response Descriptions" table: Error Code and
// HTTP Code columns. NotInUse rows say "Not in Use".
func loginRadiusCodes() []wantCode {
	return []wantCode{
		{Int: 901, Status: 403},
		{Int: 902, Status: 403},
		{Int: 908, Status: 400},
		{Int: 913, NotInUse: true},
		{Int: 914, NotInUse: true},
		{Int: 918, Status: 400},
		{Int: 919, Status: 400},
		{Int: 920, Status: 400},
		{Int: 921, Status: 400},
		{Int: 922, NotInUse: true},
		{Int: 923, NotInUse: true},
		{Int: 925, Status: 400},
		{Int: 926, Status: 400},
		{Int: 927, Status: 400},
		{Int: 928, Status: 400},
		{Int: 999, NotInUse: true},
		{Int: 1000, Status: 403},
		{Int: 1003, Status: 400},
		{Int: 1036, Status: 400},
		{Int: 1042, Status: 403},
		{Int: 1043, Status: 403},
		{Int: 1064, Status: 400},
		{Int: 1067, Status: 403},
		{Int: 1102, Status: 403},
		{Int: 1128, Status: 403},
		{Int: 1129, Status: 403},
	}
}

// checkLoginRadiusHTTPStatus checks the "HTTP Response Descriptions" table: every row
// present with its message, and no row the document lacks.
func checkLoginRadiusHTTPStatus(t *testing.T, s *spec.Spec) {
	t.Helper()
	want := map[int]string{
		200: "OK",
		400: "Bad Request",
		401: "Unauthorized",
		403: "Forbidden",
		404: "Not Found",
		405: "Method not allowed",
		429: "Too Many Request",
		500: "Internal Server Error",
	}
	if len(want) != 8 {
		t.Errorf("test list: %d HTTP statuses, the document has 8", len(want))
	}
	got := map[int]string{}
	for _, h := range s.HTTPStatus {
		got[h.Status] = h.Message
		if _, ok := want[h.Status]; !ok {
			t.Errorf("HTTP status %d (%q): not in the document's table", h.Status, h.Message)
		}
	}
	for st, msg := range want {
		if m, ok := got[st]; !ok {
			t.Errorf("HTTP status %d: missing from the spec", st)
		} else if m != msg {
			t.Errorf("HTTP status %d: message %q, document says %q", st, m, msg)
		}
	}
}

// alibabaCodes lists the OAuth error codes, the CIAM error codes and every dotted error
// message of the message tables. Only five codes have a status, from a sibling IDaaS page.
func alibabaCodes() []wantCode {
	var ws []wantCode
	ws = append(ws, strCodes("oauth", 0,
		"invalid_request",
		"invalid_client",
		"invalid_grant",
		"invalid_scope",
		"invalid_token",
		"unauthorized_client",
		"unauthorized_user",
		"unsupported_grant_type",
		"unsupported_response_type",
		"access_denied",
		"redirect_uri_mismatch",
		"login_failed",
		"user_deleted",
		"server_error",
	)...)
	ws = append(ws, strCodes("ciam", 0,
		"Service.Internal.Error",
		"Operation.Success",
		"Operation.Failure",
		"Resource.NotFound",
		"Params.Blank",
		"Params.Illegal",
		"Operation.Denied",
		"Remote.Error",
		"Social.Login.Error",
		"Unsupported.Media.Type",
	)...)
	status := map[string]int{
		"Operation.Success": 200,
		"Operation.Failure": 500,
		"Params.Blank":      400,
		"Params.Illegal":    400,
		"Operation.Denied":  403,
	}
	for i := range ws {
		ws[i].Status = status[ws[i].Str]
	}
	for _, m := range alibabaMessages() {
		ws = append(ws, wantCode{Str: m, Envelope: "ciam", Detail: true})
	}
	return ws
}

// alibabaMessages lists the dotted error messages of the tables "Common errors", "Service
// errors", "Missing parameter errors", "Duplicate resource errors" and "Invalid parameter
// errors", vendor typos included.
func alibabaMessages() []string {
	return []string{
		// Common errors (9)
		"Server.Access.Denied.Token.Expire",
		"Operation.Failure.RemoteServerCommonError",
		"Operation.Failure.ResourceAlreadyExist",
		"Operation.Failure.UnknownError",
		"Operation.Failure.Unsupported",
		"Operation.Failure.ServerIntener.Error", // sic
		"Operation.Failure.Service.Internal.Error",
		"Server.Access.Denied",
		"Operation.Failure.IP.Access.Invalid",

		// Service errors (53)
		"Operation.Failure.AuthenticateInformation.Disable",
		"Operation.Failure.AuthenticateInformation.Not.Found",
		"Operation.Failure.Captcha.Error",
		"Operation.Failure.Captcha.Invalid",
		"Operation.Failure.Change.User.Type",
		"Operation.Failure.Email.Code.Error",
		"Operation.Failure.Email.Code.Not.Find",
		"Operation.Failure.Email.Code.Too.Frequency",
		"Operation.Failure.Email.Not.Exist",
		"Operation.Failure.Email.Not.Same",
		"Operation.Failure.FId.Not.Found",
		"Operation.Failure.File.Size.Exceeds.Limit",
		"Operation.Failure.Gesture.Error",
		"Operation.Failure.Gesture.Sign.Error",
		"Operation.Failure.Invalid.AccessToken",
		"Operation.Failure.Invalid.Id_Token",
		"Operation.Failure.Mini.Program.Phone",
		"Operation.Failure.Mini.Program.Silent.Login",
		"Operation.Failure.Mini.Program.Userinfo",
		"Operation.Failure.Oauth.Client.Not.Available",
		"Operation.Failure.Password.Has.Initialized",
		"Operation.Failure.PhoneNumber.Not.Same",
		"Operation.Failure.Public.Key.Not.Exist",
		"Operation.Failure.Send.Email.Fail",
		"Operation.Failure.Send.Email.Too.Frequency",
		"Operation.Failure.Send.SMS.Fail",
		"Operation.Failure.Send.SMS.Too.Frequency",
		"Operation.Failure.SMS.Code.Error",
		"Operation.Failure.SMS.Code.Not.Find",
		"Operation.Failure.SMS.Code.Too.Frequency",
		"Operation.Failure.Social.Code.Expired",
		"Operation.Failure.Social.Login",
		"Operation.Failure.Social.User.Auth.Error",
		"Operation.Failure.Social.User.Not.Bind",
		"Operation.Failure.SSO.Cannot.Get.Code",
		"Operation.Failure.Unsupported.2fa.Type",
		"Operation.Failure.Unsupported.Dict.InUse",
		"Operation.Failure.Unsupported.File.Type",
		"Operation.Failure.Unsupported.Ignore.Complete",
		"Operation.Failure.Unsupported.Social.Platform",
		"Operation.Failure.Unsupported.UserType.InUse",
		"Operation.Failure.Update.Device.Status",
		"Operation.Failure.User.Archived",
		"Operation.Failure.User.Disabled",
		"Operation.Failure.User.Email.Equal.Original",
		"Operation.Failure.User.Locked",
		"Operation.Failure.User.Locked.And.Password.Error",
		"Operation.Failure.User.Not.Bind.Gesture",
		"Operation.Failure.User.Not.Exist",
		"Operation.Failure.User.Password.Error",
		"Operation.Failure.User.PhoneNumber.Equal.Original",
		"Operation.Failure.Username.Or.Password.Error",
		"Operation.Params.Illegal.DeviceId",

		// Missing parameter errors (44)
		"Params.Blank.ApplicationExternalId",
		"Params.Blank.Authentication.Id",
		"Params.Blank.CaptchaCode",
		"Params.Blank.CaptchaText",
		"Params.Blank.Code",
		"Params.Blank.Device.DeviceId",
		"Params.Blank.Dictionary.Uuid",
		"Params.Blank.Dictionary.Value.Uuid",
		"Params.Blank.FId",
		"Params.Blank.Gesture.Sign",
		"Params.Blank.Idaas.AppId",
		"Params.Blank.Id_Token",
		"Params.Blank.Mini.Program.LoginCode",
		"Params.Blank.Mini.Program.Phone",
		"Params.Blank.Mini.Program.Userinfo",
		"Params.Blank.MobileExtendParamsJson",
		"Params.Blank.MobileExtendParamsJsonSign",
		"Params.Blank.Social.Callback.Code",
		"Params.Blank.Type",
		"Params.Blank.Upload.File",
		"Params.Blank.User.Address",
		"Params.Blank.User.Birthday",
		"Params.Blank.User.City",
		"Params.Blank.User.Country",
		"Params.Blank.User.DisplayName",
		"Params.Blank.User.Email",
		"Params.Blank.User.EnDisplayName",
		"Params.Blank.User.Extension.AttrValue",
		"Params.Blank.User.ExternalId",
		"Params.Blank.User.Gender",
		"Params.Blank.User.Password",
		"Params.Blank.User.Phone.Number",
		"Params.Blank.User.Province",
		"Params.Blank.User.Region",
		"Params.Blank.User.Street",
		"Params.Blank.User.Username",
		"Params.Blank.User.Uuid",
		"Params.Blank.UserType.Code",
		"Params.Blank.UserType.Name",
		"Params.Blank.UserType.Uuid",
		"Params.Blank.OauthClient.Client_Id",
		"Params.Blank.OauthClient.Grant_Type",
		"Params.Blank.OauthClient.Grant_Secret",
		"Params.Blank.AuthenticateInformation.EnterpriseAuthId",

		// Duplicate resource errors (8)
		"Params.Exist.SocialUser.SocialId",
		"Params.Exist.User.Email",
		"Params.Exist.User.ExternalId",
		"Params.Exist.User.Phone.Number",
		"Params.Exist.User.Username",
		"Params.Exist.UserType",
		"Params.Exist.UserType.Code",
		"Params.Exist.UserType.Name",

		// Invalid parameter errors (24)
		"Params.Illegal.Consent",
		"Params.Illegal.Dictionary.Uuid",
		"Params.Illegal.Dictionary.Value",
		"Params.Illegal.Dictionary.Value.Uuid",
		"Params.Illegal.Group.ExternalId",
		"Params.Illegal.Group.Name",
		"Params.Illegal.Group.Uuid",
		"Params.Illegal.Type",
		"Params.Illegal.User.DisplayName",
		"Params.Illegal.User.Email",
		"Params.Illegal.User.Extension.AttrValue",
		"Params.Illegal.User.Password",
		"Params.Illegal.User.Password.Policy",
		"Params.Illegal.User.Password.Same.Old",
		"Params.Illegal.User.Phone.Number",
		"Params.Illegal.User.Username",
		"Params.Illegal.User.Username.Policy",
		"Params.Illegal.User.UserType",
		"Params.Illegal.User.Uuid",
		"Params.Illegal.Username.Equal.Phone",
		"Params.Illegal.OauthClient.Client_Id",
		"Params.Illegal.OauthClient.Client_Secret",
		"Params.Illegal.OauthClient.Grant_Type",
		"Params.Illegal.AuthenticateInformation.EnterpriseAuthId",
	}
}

// wantScenario is one error row of a Next Identity table.
type wantScenario struct {
	section    string // "Email" or "Mobile", contained in Scenario.Section
	status     int
	err        string // "" for the 502 and 503 rows, which are not Next Identity's JSON
	scenario   string // Scenario column
	resolution string // Resolution column, verbatim
}

// String names the row in failure messages.
func (w wantScenario) String() string {
	return fmt.Sprintf("%s %d %q %q", w.section, w.status, w.err, w.scenario)
}

// matches reports whether a loaded scenario is the document's row w.
func (w wantScenario) matches(sc *spec.Scenario) bool {
	return strings.Contains(sc.Section, w.section) && sc.Status == w.status &&
		sc.Error == w.err && sc.Scenario == w.scenario && sc.Resolution == w.resolution
}

// nextIdentityScenarios lists the error rows (not the 200 rows) of the "Email as user_id"
// and "Mobile as user_id" tables, in document order.
func nextIdentityScenarios() []wantScenario {
	const (
		addPayload    = "Add the payload."
		clientID      = "Enter a valid client_id value."
		addClientID   = "Add the client_id parameter and value."
		authType      = "Enter a valid auth_type value."
		addAuthType   = "Add the auth_type parameter and value."
		redirectURI   = "Enter a valid redirect_uri value."
		addRedirect   = "Add the redirect_uri parameter and value."
		addGrantType  = "Add the grant_type parameter and value."
		removeNewPass = "Remove the newPassword profile field."
		addNewPass    = "Add the missing newPassword value in the profile fields."
		formsConfig   = "Use parameters that are allowed in the forms configuration."
		locale        = "Enter a valid locale value."
		legalValue    = "Enter a valid value for legal_acceptances parameter."
		legalFalse    = "Set the correct value for the legal_acceptances parameter."
		notReqNewPass = "newPassword is not required in client configuration settings, and available in the payload"
		reqNewPass    = "newPassword is required in client configuration settings, but not available in the payload"
		legalSetFalse = "The legal_acceptances parameter is set to false."
	)
	return []wantScenario{
		// Email as user_id (20)
		{"Email", 400, "http_exception", "Empty payload", addPayload},
		{"Email", 400, "invalid_parameters", "Invalid JSON format used in the payload.", "Use correct JSON format for the payload."},
		{"Email", 403, "http_exception", "Invalid client_id value", clientID},
		{"Email", 422, "invalid_form_fields", "Register an invalid email address", "Use a valid and properly formatted email address."},
		{"Email", 422, "invalid_parameters", notReqNewPass, removeNewPass},
		{"Email", 422, "invalid_parameters", reqNewPass, addNewPass},
		{"Email", 422, "invalid_parameters", "Missing client_id value", clientID},
		{"Email", 422, "invalid_parameters", "Removed client_id parameter", addClientID},
		{"Email", 422, "invalid_parameters", "Invalid auth_type value", authType},
		{"Email", 422, "invalid_parameters", "Missing auth_type value", authType},
		{"Email", 422, "invalid_parameters", "Removed auth_type parameter", addAuthType},
		{"Email", 422, "invalid_parameters", "Invalid redirect_uri value", redirectURI},
		{"Email", 422, "missing_argument", "Missing invalid redirect_uri value", redirectURI},
		{"Email", 422, "invalid_parameters", "Removed redirect_uri parameter", addRedirect},
		{"Email", 422, "invalid_parameters", "Removed grant_type parameter", addGrantType},
		{"Email", 422, "invalid_parameters", "Add additional field that is not part of profile_fields or forms configuration", formsConfig},
		{"Email", 422, "unexpected_error", "Invalid locale value", locale}, // printed "422 Unprocessable Entity89"
		{"Email", 422, "invalid_parameters", "Invalid value for legal_acceptances", legalValue},
		{"Email", 422, "invalid_parameters", legalSetFalse, legalFalse},
		{"Email", 503, "", "Invalid version code", "Use a valid version code."},

		// Mobile as user_id (18)
		{"Mobile", 403, "http_exception", "Invalid client_id value", clientID},
		{"Mobile", 422, "invalid_parameters", notReqNewPass, removeNewPass},
		{"Mobile", 422, "invalid_parameters", reqNewPass, addNewPass},
		{"Mobile", 422, "invalid_parameters", "Missing client_id value", clientID},
		{"Mobile", 422, "invalid_parameters", "Removed client_id parameter", addClientID},
		{"Mobile", 422, "invalid_parameters", "Invalid auth_type value", authType},
		{"Mobile", 422, "invalid_parameters", "Missing auth_type value", authType},
		{"Mobile", 422, "invalid_parameters", "Remove auth_type parameter", addAuthType},
		{"Mobile", 422, "invalid_parameters", "Invalid redirect_uri value", redirectURI},
		{"Mobile", 422, "missing_argument", "Missing redirect_uri value", redirectURI},
		{"Mobile", 422, "invalid_parameters", "Removed redirect_uri parameter", addRedirect},
		{"Mobile", 422, "invalid_parameters", "Removed grant_type parameter", addGrantType},
		{"Mobile", 422, "invalid_parameters", "Add additional field that is not part of profile_fields or forms config", formsConfig},
		{"Mobile", 422, "unexpected_error", "Invalid locale value", locale},
		{"Mobile", 422, "invalid_parameters", "Invalid value for legal_acceptances parameter", legalValue},
		{"Mobile", 422, "invalid_parameters", legalSetFalse, legalFalse},
		{"Mobile", 502, "", "Register invalid mobile number", "Use a valid mobile phone number."},
		{"Mobile", 503, "", "Invalid version code", "Enter a valid version code."},
	}
}

// checkNextIdentityScenarios matches every error row of the document to a distinct loaded
// scenario and reports the rows that have none.
func checkNextIdentityScenarios(t *testing.T, s *spec.Spec) {
	t.Helper()
	want := nextIdentityScenarios()
	perSection := map[string]int{}
	for _, w := range want {
		perSection[w.section]++
	}
	if perSection["Email"] != 20 || perSection["Mobile"] != 18 || len(want) != 38 {
		t.Errorf("test list: %v scenario rows (%d), the document has Email 20, Mobile 18",
			perSection, len(want))
	}
	used := map[*spec.Scenario]bool{}
	for _, w := range want {
		found := false
		for _, sc := range s.Scenarios {
			if !used[sc] && w.matches(sc) {
				used[sc], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("scenario %v (resolution %q): no matching scenario in the spec", w, w.resolution)
		}
	}
}
