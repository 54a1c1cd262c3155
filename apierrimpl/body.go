package apierrimpl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/apierr/apierr"
)

// MaxBodySize is the most of a body that the generated FromResponse reads and Parse looks at.
// Error bodies are small; a longer body is cut at this size and still answered.
const MaxBodySize = 1 << 20

// Limit returns the part of body that Parse looks at: at most MaxBodySize bytes.
func Limit(body []byte) []byte {
	if len(body) > MaxBodySize {
		return body[:MaxBodySize]
	}
	return body
}

// ReadBody reads at most MaxBodySize bytes of the body of resp for the generated
// FromResponse of package pkg, and leaves resp.Body readable from the start: what was read,
// then the rest of the original body, with the original Close. A nil resp.Body reads as an
// empty body. A failure to read is returned as an error that names pkg and the HTTP status
// and wraps the read error.
func ReadBody(resp *http.Response, pkg string) ([]byte, error) {
	if resp == nil {
		return nil, errors.New(pkg + ": FromResponse called with a nil *http.Response")
	}
	if resp.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxBodySize))
	resp.Body = replayBody{
		Reader: io.MultiReader(bytes.NewReader(b), resp.Body),
		Closer: resp.Body,
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading the body of an HTTP %d response: %w", pkg, resp.StatusCode, err)
	}
	return b, nil
}

// replayBody gives back the bytes ReadBody read, then the rest of the original body.
type replayBody struct {
	io.Reader
	io.Closer
}

// RetryAfter is the generated Error.RetryAfter: the Retry-After of a response's header (nil
// for an error Parse made, which saw no header), read by apierr.ParseRetryAfter from now.
func RetryAfter(header http.Header) (time.Duration, bool) {
	return apierr.ParseRetryAfter(header.Get("Retry-After"), time.Now())
}

// HeaderValue returns the first non-empty value of the named headers, for a request ID that a
// vendor sends as a response header ([spec] request_id_headers). The names must be in
// canonical form (the generator writes them so); "" when header is nil or has none of them.
func HeaderValue(header http.Header, names ...string) string {
	for _, n := range names {
		for _, v := range header[n] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}
