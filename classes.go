package apierr

// Class is a vendor-neutral kind of error, such as "invalid credentials" or "rate limited".
// Each class is one of the Err variables below, a sentinel for errors.Is: every generated
// package maps each of its codes to at most one class (the mapping is data, in the specs), so
//
//	if errors.Is(err, apierr.ErrInvalidCredentials) { ... }
//
// holds for the wrong-password code of every vendor that has one, through any wrapping. An
// application can switch identity providers without rewriting that check.
//
// Every method works on a nil *Class, the "no class" that ClassOf returns for an error without
// one, and returns the zero value ("" or false): apierr.ClassOf(err).Name() never panics.
type Class struct {
	name      string
	text      string
	retryable bool
}

// Error returns what the class means, in a few words, such as "apierr: invalid credentials";
// "" for a nil class.
func (c *Class) Error() string {
	if c == nil {
		return ""
	}
	return "apierr: " + c.text
}

// Name returns the class's name as specs write it, such as "invalid_credentials"; "" for a nil
// class.
func (c *Class) Name() string {
	if c == nil {
		return ""
	}
	return c.name
}

// Retryable reports whether errors of the class are worth retrying later unchanged: true for
// ErrRateLimited and ErrUnavailable, false for the others and for a nil class.
func (c *Class) Retryable() bool { return c != nil && c.retryable }

// words is what the class means in a few words, without the "apierr: " prefix of Error, such
// as "invalid credentials"; "" for a nil class.
func (c *Class) words() string {
	if c == nil {
		return ""
	}
	return c.text
}

// The classes. The vendor codes under each are listed in the README and in each generated
// package's documentation of its codes.
var (
	// ErrInvalidRequest: the request is malformed or a parameter is missing, invalid or not
	// supported. Fix the request; retrying it unchanged fails again. Examples: Akamai 100
	// missing_argument, GoPoints request.validation.failed, Alibaba Params.Blank.
	ErrInvalidRequest = &Class{name: "invalid_request", text: "invalid request"}

	// ErrUnauthenticated: the caller's own credentials (API key, secret, client ID, access
	// token, request signature) are missing or invalid. Examples: LoginRadius 901 the API key
	// is unauthorized, GoPoints auth.apikey.missing, Alibaba invalid_client.
	ErrUnauthenticated = &Class{name: "unauthenticated", text: "unauthenticated"}

	// ErrExpired: a token, code, signature or session has expired; obtain a new one.
	// Examples: Akamai 414 access_token_expired, GoPoints auth.token.expired.
	ErrExpired = &Class{name: "expired", text: "expired"}

	// ErrInvalidCredentials: a secret the end user supplied is wrong: password, one-time
	// password, verification or backup code, security answer. Examples: Akamai 213
	// password_incorrect, LoginRadius 1067 invalid OTP code, GoPoints auth.password.invalid.
	ErrInvalidCredentials = &Class{name: "invalid_credentials", text: "invalid credentials"}

	// ErrPermissionDenied: the caller is authenticated but not allowed to do this.
	// Examples: Akamai 403 client_permission_error, Alibaba Operation.Denied.
	ErrPermissionDenied = &Class{name: "permission_denied", text: "permission denied"}

	// ErrNotFound: the account, record or resource does not exist. Examples: Akamai 310
	// record_not_found, GoPoints object.id.notfound.
	ErrNotFound = &Class{name: "not_found", text: "not found"}

	// ErrAlreadyExists: what the request creates exists already. Examples: Akamai 380
	// email_address_in_use, GoPoints profile.identifier.used.
	ErrAlreadyExists = &Class{name: "already_exists", text: "already exists"}

	// ErrAccountLocked: the end user's account is locked, disabled, closed or restricted.
	// Examples: Alibaba Operation.Failure.User.Locked, GoPoints auth.user.closed.
	ErrAccountLocked = &Class{name: "account_locked", text: "account locked or disabled"}

	// ErrVerificationRequired: the request needs an additional step from the end user:
	// multi-factor authentication, a CAPTCHA, consent, or re-authentication for a critical
	// change. Examples: GoPoints critical.auth.required, auth.captcha.missing.
	ErrVerificationRequired = &Class{name: "verification_required", text: "additional verification required"}

	// ErrRateLimited: too many requests or attempts; retry later. Examples: Akamai 510
	// api_limit_error, Alibaba Operation.Failure.Send.SMS.Too.Frequency.
	ErrRateLimited = &Class{name: "rate_limited", text: "rate limited", retryable: true}

	// ErrUnavailable: the service or a service it depends on is temporarily unavailable;
	// retry later. Examples: Akamai 480 api_feature_disabled (maintenance).
	ErrUnavailable = &Class{name: "unavailable", text: "unavailable", retryable: true}

	// ErrInternal: the vendor failed internally. Examples: Akamai 500 unexpected_error,
	// Alibaba server_error.
	ErrInternal = &Class{name: "internal", text: "internal error"}
)

// classes lists every class, in the order of the declarations above.
var classes = []*Class{
	ErrInvalidRequest, ErrUnauthenticated, ErrExpired, ErrInvalidCredentials,
	ErrPermissionDenied, ErrNotFound, ErrAlreadyExists, ErrAccountLocked,
	ErrVerificationRequired, ErrRateLimited, ErrUnavailable, ErrInternal,
}

// Classes returns every class, in a new slice.
func Classes() []*Class {
	return append([]*Class(nil), classes...)
}

// ClassByName returns the class a spec names, such as "invalid_credentials", or nil.
func ClassByName(name string) *Class {
	for _, c := range classes {
		if c.name == name {
			return c
		}
	}
	return nil
}
