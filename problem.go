package apierr

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ProblemContentType is the media type of a ProblemDetails body (RFC 9457, section 3).
const ProblemContentType = "application/problem+json"

// ProblemDetails is an RFC 9457 problem details object
// (https://www.rfc-editor.org/rfc/rfc9457), for a service that calls an identity provider and
// answers its own clients when the provider fails. Problem builds one from an error; it
// marshals to JSON as RFC 9457 lays out, with empty members left out, and it is an
// http.Handler.
//
// Type, Title, Status, Detail and Instance are the members RFC 9457 defines (section 3.1).
// Vendor, Code, Class and RequestID are extension members (section 3.2), named vendor, code,
// class and request_id in JSON: they let the client quote the vendor's request ID to support.
// They also tell the client which identity provider the service uses; clear them before
// serving if it must not know. Code and RequestID come from the body, and Problem takes them
// as VendorError.Attrs gives them, by the rule of the reply's Error text: a bounded
// identifier token or nothing, never free text. RetryAfter is not a member: ServeHTTP sends it
// as the Retry-After header, in seconds.
type ProblemDetails struct {
	// Type is a URI that identifies the problem type: the address of the vendor's code in the
	// generated package's documentation (VendorError.CodeURL), or "about:blank" when there is
	// none (RFC 9457, section 4.2.1).
	Type string `json:"type,omitempty"`
	// Title is a short summary of the problem type (section 3.1.3): the class in words for a
	// 4xx status, else the HTTP status phrase (see Problem).
	Title string `json:"title,omitempty"`
	// Status is the HTTP status the service answers with (section 3.1.2), the one ServeHTTP
	// sends: not the vendor's status, but the one Problem derives from the class.
	Status int `json:"status,omitempty"`
	// Detail explains the occurrence (section 3.1.4): what the vendor's document says of the
	// code (VendorError.CodeDoc), never text from the vendor's body, which may echo secrets.
	Detail string `json:"detail,omitempty"`
	// Instance identifies the occurrence (section 3.1.5). Problem leaves it empty; set it to a
	// URI of your own (the request's path, a trace ID as a URN) when you have one.
	Instance string `json:"instance,omitempty"`
	// Vendor is the identity provider (the reply's attribute apierr.vendor).
	Vendor string `json:"vendor,omitempty"`
	// Code is the vendor's code as the reply's attribute apierr.code gives it: the code as the
	// vendor writes it when it is an identifier token, cut or replaced by "?" otherwise.
	Code string `json:"code,omitempty"`
	// Class is the name of the vendor-neutral class, such as "rate_limited" (Class.Name).
	Class string `json:"class,omitempty"`
	// RequestID is the vendor's request ID, for the vendor's support, as the reply's attribute
	// apierr.request_id gives it (an identifier token).
	RequestID string `json:"request_id,omitempty"`
	// RetryAfter is how long the client should wait before retrying, 0 when unknown; ServeHTTP
	// sends it as the Retry-After header, rounded up to whole seconds. Problem sets it only
	// for the classes that ask to wait, rate_limited (429) and unavailable (503), from the
	// vendor's own Retry-After.
	RetryAfter time.Duration `json:"-"`
}

// problemStatus is the status a forwarding service answers for each class (see Problem).
var problemStatus = map[*Class]int{
	ErrInvalidRequest:       http.StatusBadRequest,
	ErrUnauthenticated:      http.StatusBadGateway,
	ErrExpired:              http.StatusUnauthorized,
	ErrInvalidCredentials:   http.StatusUnauthorized,
	ErrPermissionDenied:     http.StatusForbidden,
	ErrNotFound:             http.StatusNotFound,
	ErrAlreadyExists:        http.StatusConflict,
	ErrAccountLocked:        http.StatusForbidden,
	ErrVerificationRequired: http.StatusUnauthorized,
	ErrRateLimited:          http.StatusTooManyRequests,
	ErrUnavailable:          http.StatusServiceUnavailable,
	ErrInternal:             http.StatusBadGateway,
}

// Problem returns the problem details a service should answer its own client with when a
// call to an identity provider failed with err; nil for a nil err. For an error without a
// vendor reply in its chain it is a generic problem: "about:blank", "Internal Server Error",
// 500, with no extension members, since nothing is known of it that a client should see.
//
// For a vendor reply, the status is decided by the class, from the point of view of the
// service, which stands between its client and the vendor as a gateway does:
//
//   - invalid_request: 400 Bad Request. The vendor rejected what the client sent.
//   - unauthenticated: 502 Bad Gateway, not 401. The vendor rejected the SERVICE's own
//     credentials (its API key, secret or signature): a fault of the service that its client
//     can neither fix nor cure by signing in again, which a 401 would ask it to do.
//   - expired: 401 Unauthorized. The end user's token, code or session expired; they need a
//     new one.
//   - invalid_credentials: 401 Unauthorized. The end user's password or one-time code is wrong.
//   - verification_required: 401 Unauthorized, not 403. The user must authenticate further,
//     the case of OAuth's step-up challenge (RFC 9470, section 3: a 401 with the error
//     insufficient_user_authentication); a CAPTCHA or consent is such a step too.
//   - permission_denied: 403 Forbidden.
//   - account_locked: 403 Forbidden, not 423 Locked. The request was understood and refused
//     (RFC 9110, section 15.5.4); 423 is WebDAV's, for a locked resource (RFC 4918, section
//     11.3), and clients do not read it as a locked account.
//   - not_found: 404 Not Found.
//   - already_exists: 409 Conflict.
//   - rate_limited: 429 Too Many Requests (RFC 6585, section 4), with RetryAfter from the
//     vendor's Retry-After when it sent one.
//   - unavailable: 503 Service Unavailable (RFC 9110, section 15.6.4), with RetryAfter as for
//     429.
//   - internal: 502 Bad Gateway. The vendor failed: to the client, the service's upstream did.
//   - no class: 502 Bad Gateway. The vendor's reply says nothing the client can act on.
//
// A 401 must carry a WWW-Authenticate challenge (RFC 9110, section 15.5.2) of the service's
// own scheme: ServeHTTP cannot know it; set it on the ResponseWriter before calling
// ServeHTTP. The class expired does not say whose token expired; 401 is right for the end
// user's, the common case.
//
// Type is the code's VendorError.CodeURL, else "about:blank". Title is, for a 4xx status,
// the class in words with a capital ("Rate limited", "Account locked or disabled"): what the
// client is to act on. It is the status phrase ("Bad Gateway", "Service Unavailable") for a
// 5xx status, where the client can only wait or give up and a title such as "Unauthenticated"
// would mislead it about whose credentials failed, and when Type is "about:blank", as RFC
// 9457, section 4.2.1 asks. Detail is the code's VendorError.CodeDoc. Vendor, Code and
// RequestID are the reply's attributes apierr.vendor, apierr.code and apierr.request_id
// (VendorError.Attrs), never the raw VendorCode or VendorRequestID: the problem shows no more
// of the body than the reply's Error text, its logs and its JSON. Class is ClassOf(err), the
// class that decides the status; it keeps the class when the title does not show it.
//
// A nil pointer held in err (a typed nil) is no vendor reply: the generic problem.
func Problem(err error) *ProblemDetails {
	if err == nil {
		return nil
	}
	ve := vendorError(err)
	if ve == nil {
		return &ProblemDetails{
			Type: "about:blank", Title: http.StatusText(http.StatusInternalServerError),
			Status: http.StatusInternalServerError,
		}
	}
	class := ClassOf(err)
	attrs := ve.Attrs()
	p := &ProblemDetails{
		Type:      ve.CodeURL(),
		Detail:    ve.CodeDoc(),
		Vendor:    attr(attrs, "vendor"),
		Code:      attr(attrs, "code"),
		Class:     class.Name(),
		RequestID: attr(attrs, "request_id"),
		Status:    ProblemStatus(class),
	}
	p.Title = problemTitle(p.Type, class, p.Status)
	if p.Type == "" {
		p.Type = "about:blank"
	}
	if class.Retryable() { // rate_limited and unavailable: the classes that ask to wait
		if d, ok := ve.RetryAfter(); ok {
			p.RetryAfter = d
		}
	}
	return p
}

// ProblemStatus is the HTTP status Problem gives a vendor error of the class: what a service
// forwarding the error answers its own client (see Problem for the table and its reasons);
// 502 Bad Gateway for no class.
func ProblemStatus(class *Class) int {
	if s, ok := problemStatus[class]; ok {
		return s
	}
	return http.StatusBadGateway
}

// problemTitle is the title of a problem of the given type (empty for "about:blank"), class
// and status (see Problem).
func problemTitle(typ string, class *Class, status int) string {
	words := class.words()
	if typ == "" || words == "" || status >= 500 {
		return http.StatusText(status)
	}
	return strings.ToUpper(words[:1]) + words[1:]
}

// ServeHTTP answers any request with p: its Status (500 when it is not an HTTP status), the
// Content-Type application/problem+json, a Retry-After header in whole seconds (rounded up)
// when RetryAfter is positive, and p as JSON. A nil *ProblemDetails answers the generic 500
// problem.
func (p *ProblemDetails) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	q := ProblemDetails{Type: "about:blank", Title: http.StatusText(http.StatusInternalServerError)}
	if p != nil {
		q = *p
	}
	if q.Status < 100 || q.Status > 599 {
		q.Status = http.StatusInternalServerError
	}
	body, _ := json.Marshal(&q) // strings and an int: it cannot fail
	h := w.Header()
	h.Set("Content-Type", ProblemContentType)
	if q.RetryAfter > 0 {
		h.Set("Retry-After", strconv.FormatInt(ceilSeconds(q.RetryAfter), 10))
	}
	w.WriteHeader(q.Status)
	_, _ = w.Write(body)
}

// ceilSeconds is d in whole seconds, rounded up, so that a client waiting that long never
// retries early.
func ceilSeconds(d time.Duration) int64 {
	s := int64(d / time.Second)
	if d%time.Second != 0 {
		s++
	}
	return s
}

// attr returns the value of the attribute AttrPrefix+name among attrs, as a string, or ""
// when it is not there.
func attr(attrs []slog.Attr, name string) string {
	for _, a := range attrs {
		if a.Key == AttrPrefix+name {
			return a.Value.String()
		}
	}
	return ""
}
