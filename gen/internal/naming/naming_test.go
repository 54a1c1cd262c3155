package naming

import (
	"go/token"
	"strings"
	"testing"
)

// curatedPair is a real text of a spec in specs/ and the Go name its curator chose.
type curatedPair struct {
	spec    string // spec file the pair is from
	phrase  string // the text the name would be drafted from: wire name, string code or message
	want    string // what GoName drafts
	curated string // the name in the spec
	why     string // why the curator deviated from the draft; "" when curated == want
}

// curatedPairs are pairs from every spec of specs/: where GoName's draft is the curated name,
// and, with the reason, where the curator deviated on purpose.
var curatedPairs = []curatedPair{
	// Akamai: names from the wire name (the "error" column).
	{"akamai-identitycloud", "missing_argument", "MissingArgument", "MissingArgument", ""},
	{"akamai-identitycloud", "invalid_auth_method", "InvalidAuthMethod", "InvalidAuthMethod", ""},
	{"akamai-identitycloud", "id_in_new_record", "IDInNewRecord", "IDInNewRecord", ""},
	{"akamai-identitycloud", "invalid_json_type", "InvalidJSONType", "InvalidJSONType", ""},
	{"akamai-identitycloud", "redirect_uri_mismatch", "RedirectURIMismatch", "RedirectURIMismatch", ""},
	{"akamai-identitycloud", "api_feature_disabled", "APIFeatureDisabled", "APIFeatureDisabled", ""},
	{"akamai-identitycloud", "no_such_account", "NoSuchAccount", "NoSuchAccount", ""},
	{"akamai-identitycloud", "email_address_in_use", "EmailAddressInUse", "EmailAddressInUse", ""},
	{"akamai-identitycloud", "unknown_application", "UnknownApplication", "UnknownApplication352",
		"352 repeats 221's wire name; the curator tells the two apart by value (gen import flags such collisions instead of numbering them)"},

	// Next Identity: string codes.
	{"nextidentity", "http_exception", "HTTPException", "HTTPException", ""},
	{"nextidentity", "unverified_user", "UnverifiedUser", "UnverifiedUser", ""},

	// Alibaba IDaaS: dotted string codes.
	{"alibaba-idaas", "Operation.Failure.User.Locked", "OperationFailureUserLocked", "OperationFailureUserLocked", ""},
	{"alibaba-idaas", "Operation.Failure.FId.Not.Found", "OperationFailureFIDNotFound", "OperationFailureFIDNotFound", ""},
	{"alibaba-idaas", "Operation.Failure.Invalid.Id_Token", "OperationFailureInvalidIDToken", "OperationFailureInvalidIDToken", ""},
	{"alibaba-idaas", "Operation.Failure.Unsupported.2fa.Type", "OperationFailureUnsupported2FAType", "OperationFailureUnsupported2FAType", ""},
	{"alibaba-idaas", "Operation.Failure.SSO.Cannot.Get.Code", "OperationFailureSSOCannotGetCode", "OperationFailureSSOCannotGetCode", ""},
	{"alibaba-idaas", "Operation.Failure.Send.SMS.Fail", "OperationFailureSendSMSFail", "OperationFailureSendSMSFail", ""},
	{"alibaba-idaas", "Operation.Failure.IP.Access.Invalid", "OperationFailureIPAccessInvalid", "OperationFailureIPAccessInvalid", ""},
	{"alibaba-idaas", "Operation.Failure.Unsupported.Dict.InUse", "OperationFailureUnsupportedDictInUse", "OperationFailureUnsupportedDictInUse", ""},
	{"alibaba-idaas", "Params.Blank.MobileExtendParamsJson", "ParamsBlankMobileExtendParamsJSON", "ParamsBlankMobileExtendParamsJSON", ""},
	{"alibaba-idaas", "Params.Blank.Dictionary.Value.Uuid", "ParamsBlankDictionaryValueUUID", "ParamsBlankDictionaryValueUUID", ""},
	{"alibaba-idaas", "Params.Blank.Idaas.AppId", "ParamsBlankIdaasAppID", "ParamsBlankIdaasAppID", ""},
	{"alibaba-idaas", "Operation.Params.Illegal.DeviceId", "OperationParamsIllegalDeviceID", "OperationParamsIllegalDeviceID", ""},
	{"alibaba-idaas", "Operation.Failure.Oauth.Client.Not.Available", "OperationFailureOAuthClientNotAvailable", "OperationFailureOauthClientNotAvailable",
		"the curator kept the vendor's spelling Oauth in the Alibaba spec (GoPoints' curator wrote OAuth)"},
	{"alibaba-idaas", "Params.Illegal.AuthenticateInformation.EnterpriseAuthId", "ParamsIllegalAuthenticateInformationEnterprise", "ParamsIllegalAuthenticateInformationEnterpriseAuthID",
		"the curated name has 52 characters, over MaxLen; the curator keeps the whole code"},

	// GoPoints: dotted lower-case string codes.
	{"gopoints", "auth.token.expired", "AuthTokenExpired", "AuthTokenExpired", ""},
	{"gopoints", "auth.otp.invalid", "AuthOTPInvalid", "AuthOTPInvalid", ""},
	{"gopoints", "auth.oauth.failed", "AuthOAuthFailed", "AuthOAuthFailed", ""},
	{"gopoints", "critical.auth.required", "CriticalAuthRequired", "CriticalAuthRequired", ""},
	{"gopoints", "auth.apikey.missing", "AuthApikeyMissing", "AuthAPIKeyMissing",
		"the vendor glued api and key; the curator split them, GoName does not split glued lower-case words"},
	{"gopoints", "recovery.email.notset", "RecoveryEmailNotset", "RecoveryEmailNotSet",
		"glued not and set; the negation is kept either way"},
	{"gopoints", "auth.loginid.notfound", "AuthLoginidNotfound", "AuthLoginIDNotFound",
		"glued login and id, not and found"},

	// LoginRadius Cloud Directory: names from the message.
	{"loginradius-clouddirectory", "The API key is unauthorized", "APIKeyUnauthorized", "APIKeyUnauthorized", ""},
	{"loginradius-clouddirectory", "The API Secret is unauthorized", "APISecretUnauthorized", "APISecretUnauthorized", ""},
	{"loginradius-clouddirectory", "Invalid OTP Code", "InvalidOTPCode", "InvalidOTPCode", ""},
	{"loginradius-clouddirectory", "API key is invalid", "APIKeyInvalid", "InvalidAPIKey",
		"the curator puts Invalid and Missing first (InvalidAPIKey, MissingAPIKey); GoName keeps the vendor's word order"},
	{"loginradius-clouddirectory", "The Custom Object name is required", "CustomObjectNameRequired", "MissingCustomObjectName",
		"word order, and required read as Missing"},
	{"loginradius-clouddirectory", "The date range is not specified", "DateRangeNotSpecified", "MissingEndDate",
		"913 and 914 share this message; the curator named each from its description (gen import flags the collision)"},
	{"loginradius-clouddirectory", "Pass a valid next param", "PassValidNextParam", "ExpiredNextParam",
		"1042 and 1043 share this message; the curator named each from its description"},
	{"loginradius-clouddirectory", "Oops, something is going wrong. please try again", "OopsSomethingGoingWrong", "SomethingWentWrong",
		"the curator rephrased the vendor's message"},
	{"loginradius-clouddirectory", "Site is not configured for custom object", "SiteNotConfiguredForCustomObject", "CustomObjectNotConfigured",
		"the curator shortened the message; the negation is kept in both"},
	{"loginradius-clouddirectory", "Two factor authentication backup bode is not valid or has already been used",
		"TwoFactorAuthenticationBackupBodeNotValid", "InvalidTwoFactorBackupCode",
		"the message is long and has a typo (bode); the curator named the code from its description"},
}

func TestGoNameCuratedPairs(t *testing.T) {
	for _, p := range curatedPairs {
		if got := GoName(p.phrase); got != p.want {
			t.Errorf("%s: GoName(%q) = %s, want %s", p.spec, p.phrase, got, p.want)
		}
		switch {
		case p.curated == p.want && p.why != "":
			t.Errorf("%s: %q: the curated name is the draft, but the pair gives a reason to deviate", p.spec, p.phrase)
		case p.curated != p.want && p.why == "":
			t.Errorf("%s: %q: the curator chose %s, not the draft %s: say why in the pair", p.spec, p.phrase, p.curated, p.want)
		}
	}
}

// ruleCase is one input of a rule of GoName and the name it must give.
type ruleCase struct {
	phrase string
	want   string
}

// rules has the cases of each rule of GoName's doc comment, by rule.
var rules = map[string][]ruleCase{
	"1 placeholders": {
		{"Not found: {0}", "NotFound"},
		{"Api validation failed: {0}", "APIValidationFailed"},
		{"You can't {0} {1} because its Trust claims setting isn't enabled",
			"YouCannotBecauseItsTrustClaimsSettingNotEnabled"},
		{"Resource {{name}} is gone", "ResourceGone"},
		{"Invalid value %s for %d", "InvalidValueFor"},
		{"{0}", ""},
		{"Brace {unclosed", "BraceUnclosed"},
	},
	"1 first sentence and parentheses": {
		{"Invalid request. Please try again.", "InvalidRequest"},
		{"Wrong value; see the docs", "WrongValue"},
		{"Invalid URI - domain name contains invalid characters.", "InvalidURI"},
		{"This error can result from two different reasons:\n- IdsLocked - The account is locked",
			"ErrorCanResultFromTwoDifferentReasons"},
		{"user-id - email", "UserID"},
		{"Stop! Now", "Stop"},
		{"The end date is missing in the request, please check the end date parameter.", "EndDateMissingInRequest"},
		{"Please enter the correct code, please", "PleaseEnterCorrectCode"},
		{"Value 1.5 is too big", "Value15TooBig"}, // "." inside a number ends no sentence
		{"Secured one-time token (SOTT) is required", "SecuredOneTimeTokenRequired"},
		{"Login (not allowed here) failed", "LoginNotAllowedHereFailed"},
		{". Leading stop", "LeadingStop"},
		{"Open (paren never closed", "OpenParenNeverClosed"},
	},
	"2 words": {
		{"user_not_found", "UserNotFound"},
		{"auth.token.expired", "AuthTokenExpired"},
		{"AccessToken", "AccessToken"},
		{"APIKey", "APIKey"},
		{"user-id/email", "UserIDEmail"},
		{"\"Quoted\" words, and: punctuation!", "QuotedWordsAndPunctuation"},
		{"UserIDs", "UserIDs"},
		{"Café ouvert", "CafOuvert"}, // non-ASCII letters separate words and are dropped
		{"ünïcödé", "NCD"},
		{"V2 endpoint", "V2Endpoint"},
		{"apikey", "Apikey"},
	},
	"3 contractions": {
		{"User can't log in", "UserCannotLogIn"},
		{"User doesn't exist", "UserDoesNotExist"},
		{"User doesn’t exist", "UserDoesNotExist"},
		{"Link won't open", "LinkWillNotOpen"},
		{"Email isn't verified", "EmailNotVerified"},
		{"The user's account", "UserAccount"},
		{"You've been locked out", "YouHaveBeenLockedOut"},
		{"'quoted'", "Quoted"},
	},
	"4 dropped words and negations": {
		{"The API key is unauthorized", "APIKeyUnauthorized"},
		{"A parameter is invalid", "ParameterInvalid"},
		{"This email is invalid", "EmailInvalid"},
		{"Your account is blocked", "AccountBlocked"},
		{"These values are wrong", "ValuesWrong"},
		{"An error", "Error"},
		{"The", "The"},
		{"User does not exist", "UserDoesNotExist"},
		{"No record found", "NoRecordFound"},
		{"Never used", "NeverUsed"},
		{"Account cannot be linked", "AccountCannotBeLinked"},
		{"None left", "NoneLeft"},
		{"Login without password", "LoginWithoutPassword"},
	},
	"5 capitals": {
		{"api id otp url uri http json sms ip sso mfa 2fa", "APIIDOTPURLURIHTTPJSONSMSIPSSOMFA2FA"},
		{"oauth login", "OAuthLogin"},
		{"OAUTH login", "OAuthLogin"},
		{"too many ids", "TooManyIDs"},
		{"SOTT required", "SOTTRequired"},
		{"reCAPTCHA failed", "ReCAPTCHAFailed"},
		{"USER NOT FOUND", "UserNotFound"},
		{"INVALID API KEY", "InvalidAPIKey"},
		{"Jwt token", "JWTToken"},
	},
	"6 leading digit": {
		{"2FA required", "Code2FARequired"},
		{"404", "Code404"},
		{"1st attempt", "Code1stAttempt"},
	},
	"7 length": {
		{strings.Repeat("word ", 20), strings.Repeat("Word", 12)},
		{"The account associated with this email address does not exist", "AccountAssociatedWithEmailAddressDoesNotExist"},
		{"The account associated with this particular email address does not exist",
			"AccountAssociatedWithParticularEmailNotExist"},
		{"Account associated with this particular email address on this site cannot be linked",
			"AccountAssociatedWithParticularCannotBeLinked"},
		// A cut name does not end in a word that leads into what was cut off.
		{"Two factor authentication backup code is not valid or has already been used",
			"TwoFactorAuthenticationBackupCodeNotValid"},
		{"You have reached the maximum number of realms that can be created in your organization",
			"YouHaveReachedMaximumNumberOfRealms"},
		{"Only words that can: " + strings.Repeat("and ", 20), "OnlyWords"},
		{strings.Repeat("and ", 20), strings.Repeat("And", 16)}, // nothing but small words: kept
		// The words that fit end in "not be": the negation keeps what it negates.
		{"Chat mini program user information could not be retrieved", "ChatMiniProgramUserInformationNotBeRetrieved"},
		// The last word that fits is a negation: it keeps the word it negates.
		{"Security question two factor authentication is not enabled", "SecurityQuestionTwoFactorNotEnabled"},
		{strings.Repeat("x", 60), "X" + strings.Repeat("x", 47)},
		// The negation's next word is too long to keep: the negation alone is kept.
		{"Supercalifragilisticexpialidociousness words extra not " + strings.Repeat("y", 46),
			"SupercalifragilisticexpialidociousnessWordsNot"},
	},
	"empty": {
		{"", ""},
		{"!!! ---", ""},
		{"日本語", ""},
	},
}

func TestGoNameRules(t *testing.T) {
	for rule, cases := range rules {
		t.Run(rule, func(t *testing.T) {
			for _, c := range cases {
				if got := GoName(c.phrase); got != c.want {
					t.Errorf("GoName(%q) = %s, want %s", c.phrase, got, c.want)
				}
			}
		})
	}
}

func TestGoNameNegationsNeverVanish(t *testing.T) {
	for _, phrase := range []string{
		"User does not exist",
		"User doesn't exist",
		"No record found",
		"Never used",
		"Cannot login",
		"Can't login",
		"Login (not allowed) failed",
		"Two factor authentication backup code is not valid or has already been used",
		"Cannot login with this social provider as the same email address is already being used with another account",
		"The account associated with this email address on this particular site is not verified",
	} {
		name := GoName(phrase)
		if !hasNegationWord(name) {
			t.Errorf("GoName(%q) = %s: the negation vanished", phrase, name)
		}
	}
}

// hasNegationWord reports whether a name holds one of the negations as a whole word.
func hasNegationWord(name string) bool {
	for _, w := range camelSplit(name) {
		if isNegation(w) {
			return true
		}
	}
	return false
}

func TestInitialismPlurals(t *testing.T) {
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"api", "API", true}, {"Id", "ID", true}, {"ids", "IDs", true}, {"OAUTH", "OAuth", true},
		{"urls", "URLs", true}, {"sms", "SMS", true}, {"user", "", false}, {"s", "", false},
	} {
		got, ok := initialism(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("initialism(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}

// FuzzGoName checks the properties every name has: "" exactly when the phrase has no ASCII
// letter or digit outside placeholders, otherwise an exported Go identifier of ASCII letters and digits, at most
// MaxLen long, starting with a letter.
func FuzzGoName(f *testing.F) {
	for _, p := range curatedPairs {
		f.Add(p.phrase)
	}
	for _, cases := range rules {
		for _, c := range cases {
			f.Add(c.phrase)
		}
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		name := GoName(phrase)
		if name == "" {
			if hasAlnum(dropPlaceholders(phrase)) {
				t.Errorf("GoName(%q) is empty, but the phrase has letters or digits", phrase)
			}
			return
		}
		if !token.IsIdentifier(name) || !token.IsExported(name) || len(name) > MaxLen {
			t.Errorf("GoName(%q) = %q: not an exported identifier of at most %d bytes", phrase, name, MaxLen)
		}
		for i := 0; i < len(name); i++ {
			if !isAlnum(name[i]) {
				t.Errorf("GoName(%q) = %q: byte %d is not an ASCII letter or digit", phrase, name, i)
			}
		}
	})
}
