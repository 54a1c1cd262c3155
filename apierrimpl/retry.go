package apierrimpl

import (
	"bytes"
	"io"
	"net/http"
)

// ForRetry returns the reader of a generated CheckRetry: read (the package's FromResponse),
// called only when the vendor's rule needs the body, and after reading no more of it than
// the rule needs, so that a retry decision on a long successful response does not wait for
// its body:
//
//   - a reply with an HTTP status of 400 or more is read (read decides, and the body says
//     whether the error is worth retrying);
//   - otherwise, for a vendor whose bodies have no outcome key, the reply is a success: no
//     byte is read (by the vendor's rule, only a body that carries a code could make it an
//     error, and such a vendor does not answer errors with a success status);
//   - otherwise the body is read only until its outcome key says error or success: a success
//     is nil, an error is read in full by read.
//
// The body stays readable from its start, whatever was read.
func (l *Layout) ForRetry(read func(*http.Response) error) func(*http.Response) error {
	return func(resp *http.Response) error {
		if resp == nil || resp.StatusCode >= 400 || resp.Body == nil {
			return read(resp)
		}
		if !l.hasOutcome() {
			return nil
		}
		if isError, decided := l.peekOutcome(resp); decided && !isError {
			return nil
		}
		return read(resp)
	}
}

// hasOutcome reports whether an envelope of the layout has an outcome key: the vendor's
// bodies say error or success whatever the HTTP status.
func (l *Layout) hasOutcome() bool {
	for i := range l.Envelopes {
		if l.Envelopes[i].Outcome != NoKey {
			return true
		}
	}
	return false
}

// peekChunk is the most peekOutcome asks of one Read; small reads are decoded each, so that a
// body that arrives slowly is decided as soon as its outcome key has arrived.
const peekChunk = 4 << 10

// peekOutcome reads the body of resp until the outcome key of its envelope decides whether
// the reply is an error, the body ends or fails, or MaxBodySize bytes are read, and leaves
// resp.Body readable from its start. decided is false when the key did not decide. Each Read
// is decoded while the body read is under 64 KiB, and past that each time it doubles, so that
// even a body that arrives a byte at a time costs O(n log n).
func (l *Layout) peekOutcome(resp *http.Response) (isError, decided bool) {
	var buf []byte
	var err error
	decodedAt := 0
	for err == nil && !decided && len(buf) < MaxBodySize {
		if cap(buf)-len(buf) < peekChunk {
			buf = append(make([]byte, 0, 2*cap(buf)+peekChunk), buf...)
		}
		var n int
		n, err = resp.Body.Read(buf[len(buf):min(cap(buf), len(buf)+peekChunk, MaxBodySize)])
		buf = buf[:len(buf)+n]
		if n > 0 && (len(buf) < 64<<10 || len(buf) >= 2*decodedAt || err != nil) {
			var r Decoded
			l.decode(&r, buf, true)
			isError, decided = l.Outcome(&r)
			decodedAt = len(buf)
		}
	}
	if !decided && decodedAt != len(buf) {
		var r Decoded
		l.decode(&r, buf, true)
		isError, decided = l.Outcome(&r)
	}
	resp.Body = replayBody{Reader: io.MultiReader(bytes.NewReader(buf), resp.Body), Closer: resp.Body}
	return isError, decided
}
