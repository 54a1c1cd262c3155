package impltest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/apierr/apierr/apierrimpl"
)

// errReadTooFar is what the body of CheckRetryReadsLittle's replies fails with past the part
// CheckRetry may read.
var errReadTooFar = errors.New("impltest: CheckRetry read past what the vendor's rule needs")

// tooFar is a body that fails every Read: the rest of a long, slow success.
type tooFar struct{}

func (tooFar) Read([]byte) (int, error) { return 0, errReadTooFar }

// CheckRetryReadsLittle checks that CheckRetry reads no more of a successful reply than the
// vendor's rule needs: nothing, for a vendor whose bodies have no outcome key, and only up to
// the outcome key saying success for the others. The body's rest fails any Read (a stream
// that would take long to arrive), so reading further would turn the success into a retried
// failure. The body stays readable from its start.
func CheckRetryReadsLittle[C Code, E Error](t *testing.T, p *Package[C, E]) {
	prefix := successPrefix(p.Layout)
	resp := &http.Response{StatusCode: 200, Body: io.NopCloser(io.MultiReader(strings.NewReader(prefix), tooFar{}))}
	retry, err := p.CheckRetry(context.Background(), resp, nil)
	if retry || err != nil {
		t.Errorf("CheckRetry of a slow success (%q then more) = %v, %v; want false, nil, having read no further", prefix,
			retry, err)
	}
	got := make([]byte, len(prefix))
	if _, err := io.ReadFull(resp.Body, got); err != nil || string(got) != prefix {
		t.Errorf("resp.Body after CheckRetry reads %q, %v; want %q from its start", got, err, prefix)
	}
}

// successPrefix is the start of a successful body of the first envelope with an outcome key:
// that key with its first success value; "" for a layout without one.
func successPrefix(l *apierrimpl.Layout) string {
	for _, e := range l.Envelopes {
		if e.Outcome != apierrimpl.NoKey {
			return `{"` + l.Keys[e.Outcome] + `": ` + e.SuccessValues[0] + `, "data": `
		}
	}
	return ""
}
