package apierrimpl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// MaxBodySize is the most of a body that the generated FromResponse reads. Error bodies are
// small; of a longer body, FromResponse decides from the first MaxBodySize bytes (see the
// package documentation, "A body cut short"). Parse reads the whole body it is given.
const MaxBodySize = 1 << 20

// ReadResponse reads at most MaxBodySize bytes of the body of resp for the generated
// FromResponse of package pkg, and leaves resp.Body readable from the start: what was read,
// then the rest of the original body, with the original Close. A nil resp.Body reads as an
// empty body. The Input it returns says whether the body was longer (Cut). A failure to read
// is returned as an error that names pkg and the HTTP status and wraps the read error.
func ReadResponse(resp *http.Response, pkg string) (Input, error) {
	if resp == nil {
		return Input{}, errors.New(pkg + ": FromResponse called with a nil *http.Response")
	}
	in := Input{Status: resp.StatusCode, Header: resp.Header}
	if resp.Body == nil {
		return in, nil
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxBodySize+1))
	resp.Body = replayBody{
		Reader: io.MultiReader(bytes.NewReader(b), resp.Body),
		Closer: resp.Body,
	}
	if err != nil {
		return Input{}, fmt.Errorf("%s: reading the body of an HTTP %d response: %w", pkg, resp.StatusCode, err)
	}
	if len(b) > MaxBodySize {
		b, in.Cut = b[:MaxBodySize:MaxBodySize], true
	}
	in.Body = b
	return in, nil
}

// replayBody gives back the bytes ReadBody read, then the rest of the original body.
type replayBody struct {
	io.Reader
	io.Closer
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
