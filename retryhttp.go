package apierr

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

// ShouldRetry decides whether to retry a request to a vendor, with the signature of
// hashicorp/go-retryablehttp's CheckRetry (func(ctx, resp, err) (bool, error)) so that it
// plugs into that client, or any loop, without this module importing it. read decodes the
// vendor's reply, as a generated package's FromResponse does, and must leave resp.Body
// readable; each generated package's CheckRetry is ShouldRetry with its FromResponse.
//
// The decision, in order:
//
//   - The context is done (canceled, or its deadline exceeded): false, ctx.Err(). As
//     retryablehttp's DefaultRetryPolicy (client.go) and stripe-go's shouldRetry.
//   - err is a vendor reply (retryablehttp hands CheckRetry the error of its response
//     handler, which may be FromResponse's, with the response): decided as a reply, below,
//     and returned with err.
//   - err is another error, a transport failure: see retryTransport. Retried unless a retry
//     cannot help, or the request is not idempotent and may have reached the vendor.
//   - Otherwise the vendor's body decides, not the HTTP status alone: read(resp) is nil (the
//     vendor calls the reply a success, whatever its status): false, nil. It is a vendor error
//     that the rules for replies retry: true, and that error, so that when retries run out the
//     error a client returns wraps it (errors.Is(err, apierr.ErrRateLimited) still holds). It
//     is a vendor error they do not retry: false, nil, and the caller gets the response to
//     decode as usual. read fails without a vendor error (the body could not be read, or read
//     returned a typed nil): as a transport failure after the request was sent.
//
// A vendor reply is retried when (see retryReply for the sources):
//
//   - Retryable(err) holds: its class is rate limited or unavailable, or the vendor documents
//     its code as temporary; or it carries no vendor code (a gateway's page, a body the spec
//     cannot classify) and retryablehttp's baseRetryPolicy would retry its status: 429, and
//     every status from 500 on except 501 Not Implemented, and 0;
//   - and, when its status is 500 or more, the reply cannot have been applied, or repeating it
//     is safe: the vendor refused before processing (a rate limit, RFC 6585, section 4), or the
//     vendor documents the code as temporary, or the request is idempotent (see idempotent).
//
// So an Akamai reply at HTTP 200 whose body says api_limit_error is retried, and a 500 whose
// body the vendor calls a validation error is not; retryablehttp's default policy, which looks
// at the status only, does the opposite in both cases. A POST that fails with a gateway's 502
// is not retried, since the vendor may have carried it out: retry it yourself with an
// Idempotency-Key header if the vendor honours one.
func ShouldRetry(ctx context.Context, resp *http.Response, err error, read func(*http.Response) error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		if vendorError(err) != nil {
			return retryReply(resp, err), err
		}
		return retryTransport(resp, err)
	}
	if resp == nil {
		return false, nil
	}
	verr := read(resp)
	switch {
	case verr == nil:
		return false, nil
	case vendorError(verr) == nil:
		return retryTransport(resp, verr)
	case retryReply(resp, verr):
		return true, verr
	}
	return false, nil
}

// retryReply decides on a vendor reply, err, answered to resp's request (see ShouldRetry).
//
// Sources: the class and Temporary as Retryable documents. A reply without a vendor code
// follows hashicorp/go-retryablehttp's baseRetryPolicy (client.go, v0.7.8), which retries 429
// (its comment: the server may send Retry-After with it), the 500-range responses except 501
// Not Implemented, and invalid statuses such as 0. A reply at 500 or more may have been
// applied: RFC 9110, section 9.2.2 lets a client repeat a request automatically when its
// method is idempotent, and not otherwise unless it knows that the request is idempotent all
// the same or was never applied; net/http's transport likewise repeats a request it has
// written only if Request.isReplayable (transport.go, persistConn.shouldRetryRequest). A
// rate limit tells that the vendor refused the request for its rate (429 Too Many Requests,
// RFC 6585, section 4, or a code of the class rate_limited), and a code the vendor documents
// as temporary tells to try again: both are retried whatever the method.
func retryReply(resp *http.Response, err error) bool {
	ve := vendorError(err)
	status := ve.HTTPStatus()
	if !Retryable(err) && !(ve.VendorCode() == "" && gatewayRetries(status)) {
		return false
	}
	refused := IsThrottle(err) || documentedTemporary(err)
	if status < http.StatusInternalServerError || refused {
		return true
	}
	return idempotent(resp, nil)
}

// gatewayRetries reports whether hashicorp/go-retryablehttp's baseRetryPolicy retries a
// response of the status: 429, 0, and from 500 on except 501.
func gatewayRetries(status int) bool {
	return status == http.StatusTooManyRequests || status == 0 ||
		status >= http.StatusInternalServerError && status != http.StatusNotImplemented
}

// retryTransport decides on an error other than a vendor reply: a transport failure, or a
// body that could not be read (resp is then the response whose body failed).
//
//   - A failure a retry cannot help: false, err. A request stopped after too many redirects,
//     an unsupported protocol scheme, an invalid header, or a TLS certificate that does not
//     verify. This is retryablehttp's baseRetryPolicy (client.go, v0.7.8); stripe-go's
//     shouldRetry makes the same exceptions for redirects, schemes and unknown certificate
//     authorities.
//   - A failure before anything was sent (see notSent: no connection was made): true, nil,
//     whatever the method, as net/http's transport retries a nothingWrittenError.
//   - Otherwise the vendor may have received, and applied, the request: true, nil for an
//     idempotent request (RFC 9110, section 9.2.2); false, err for another, which a retry
//     could carry out twice.
func retryTransport(resp *http.Response, err error) (bool, error) {
	switch {
	case permanentTransport(err):
		return false, err
	case resp == nil && notSent(err), idempotent(resp, err):
		return true, nil
	}
	return false, err
}

// permanentTransport reports whether a transport error is one that retryablehttp's
// baseRetryPolicy does not retry: net/http gives no types for the first three, so their text
// is matched, as there.
func permanentTransport(err error) bool {
	var ue *url.Error
	if errors.As(err, &ue) && !isNilPointer(ue) {
		msg := ue.Error()
		if strings.Contains(msg, "stopped after ") && strings.HasSuffix(msg, " redirects") ||
			strings.Contains(msg, "unsupported protocol scheme") ||
			strings.Contains(msg, "invalid header") ||
			strings.Contains(msg, "certificate is not trusted") {
			return true
		}
	}
	var verify *tls.CertificateVerificationError
	var authority x509.UnknownAuthorityError
	return errors.As(err, &verify) || errors.As(err, &authority)
}
