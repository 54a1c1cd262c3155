package apierr

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// idempotentMethods are the methods RFC 9110, section 9.2.2 defines as idempotent
// (https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2): the safe methods GET, HEAD,
// OPTIONS and TRACE, and PUT and DELETE.
var idempotentMethods = map[string]bool{
	http.MethodGet: true, http.MethodHead: true, http.MethodOptions: true,
	http.MethodTrace: true, http.MethodPut: true, http.MethodDelete: true,
}

// idempotent reports whether the request that a retry would repeat may be sent twice: its
// method is idempotent (RFC 9110, section 9.2.2), or it carries an Idempotency-Key or
// X-Idempotency-Key header.
//
// The header is the convention of APIs that deduplicate writes by a key the client sends
// (the IETF draft "The Idempotency-Key HTTP Header Field"): net/http's Request.isReplayable
// (request.go) counts both names as making a POST replayable, and stripe-go adds an
// Idempotency-Key to its write requests, POST, PUT, PATCH and DELETE
// (BackendImplementation.NewRequest and isHTTPWriteMethod, stripe.go), so that its
// shouldRetry may retry every 5xx reply and network error. Only the vendor knows whether it
// honours the key: send it only to one that does.
//
// The request is the first of resp's chain of redirects (Request.Response), the one a retry
// sends again: a POST redirected by a 303 reaches its last hop as a GET, but a retry repeats
// the POST. Without a response, the method is read from a *url.Error in err, where net/http's
// Client puts the original request's method (as "Get", "Post"); its headers are unknown
// then, so a POST with an Idempotency-Key that failed in transit counts as not idempotent.
// Nothing known: not idempotent.
func idempotent(resp *http.Response, err error) bool {
	if resp != nil && resp.Request != nil {
		req := resp.Request
		for req.Response != nil && req.Response.Request != nil {
			req = req.Response.Request
		}
		h := req.Header
		return idempotentMethod(req.Method) || h.Get("Idempotency-Key") != "" || h.Get("X-Idempotency-Key") != ""
	}
	var ue *url.Error
	if errors.As(err, &ue) && !isNilPointer(ue) {
		return idempotentMethod(strings.ToUpper(ue.Op))
	}
	return false
}

// idempotentMethod reports whether RFC 9110 defines method as idempotent; "" is GET, as for
// an http.Request.
func idempotentMethod(method string) bool {
	return method == "" || idempotentMethods[method]
}

// notSent reports whether a transport error happened before the request could reach the
// vendor: no connection was made, because the name did not resolve (*net.DNSError) or the
// dial or the proxy's CONNECT failed (*net.OpError of Op "dial" or "proxyconnect"). Any other
// failure may have come after the request was written: a reset, a timeout awaiting the
// reply. net/http's transport draws the same line with its nothingWrittenError, which alone
// lets it resend a request that is not replayable (transport.go,
// persistConn.shouldRetryRequest).
func notSent(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	return errors.As(err, &op) && !isNilPointer(op) && (op.Op == "dial" || op.Op == "proxyconnect")
}
