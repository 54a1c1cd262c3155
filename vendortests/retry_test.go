package vendortests

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/customeridentity"
)

// replay is an httptest server that answers the i-th request with the i-th reply, and the
// last reply from then on; it counts the requests.
type replay struct {
	replies []reply
	calls   atomic.Int32
}

// reply is one answer of a replay server.
type reply struct {
	status     int
	retryAfter string
	body       string
}

// ServeHTTP answers with the next reply.
func (r *replay) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	i := int(r.calls.Add(1)) - 1
	rp := r.replies[min(i, len(r.replies)-1)]
	if rp.retryAfter != "" {
		w.Header().Set("Retry-After", rp.retryAfter)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rp.status)
	_, _ = w.Write([]byte(rp.body))
}

// callWithRetries is the loop hashicorp/go-retryablehttp runs (client.go, Client.Do): call,
// ask checkRetry, wait apierr.Backoff, at most maxRetries retries. It returns the number of
// calls, the waits it asked for and the last response's decoded error (nil on success).
// It does not sleep: the waits are recorded, not served. The waits are Backoff's upper bounds
// (a jitter draw of 1), so that they are known: min·2^attempt, or Retry-After when longer.
func callWithRetries(t *testing.T, url string, maxRetries int,
	checkRetry func(context.Context, *http.Response, error) (bool, error),
	decode func(*http.Response) error) (calls int, waits []time.Duration, err error) {
	t.Helper()
	for attempt := 0; ; attempt++ {
		resp, herr := http.Get(url)
		calls++
		retry, cerr := checkRetry(context.Background(), resp, herr)
		if !retry || attempt == maxRetries {
			if resp == nil {
				return calls, waits, cerr
			}
			defer resp.Body.Close()
			return calls, waits, decode(resp)
		}
		waits = append(waits, upperBound(time.Second, time.Minute, attempt, resp))
		resp.Body.Close()
	}
}

// upperBound is apierr.Backoff with every jitter draw at 1: the longest wait it can give.
var upperBound = apierr.NewBackoff(func() float64 { return 1 })

// TestCheckRetryAgainstVendors runs each vendor's CheckRetry in a retry loop against a fake
// vendor: the body decides, not the HTTP status, and Retry-After sets the wait.
//
// Sources: Akamai answers errors, its rate limit 510 api_limit_error among them, with HTTP 200
// and "stat": "error" (specs/SOURCES.md, Akamai); Alibaba's CIAM body with a dotted detail code
// in "message" and HTTP 400 (its sample bodies, specs/SOURCES.md); GoPoints' error body with
// "status": "error" (specs/SOURCES.md, GoPoints); LoginRadius' body with ErrorCode
// (specs/SOURCES.md, LoginRadius).
func TestCheckRetryAgainstVendors(t *testing.T) {
	const akamaiLimit = `{"stat":"error","code":510,"error":"api_limit_error","error_description":"rate limit exceeded","request_id":"v8kq2m"}`
	tests := []struct {
		name      string
		replies   []reply
		check     func(context.Context, *http.Response, error) (bool, error)
		decode    func(*http.Response) error
		wantCalls int
		wantWaits []time.Duration
		wantErr   error // nil: the last reply is a success
	}{
		{
			name:      "Akamai rate limit at HTTP 200 is retried until the success",
			replies:   []reply{{200, "3", akamaiLimit}, {200, "", akamaiLimit}, {200, "", `{"stat":"ok","access_token":"x"}`}},
			check:     identitycloud.CheckRetry,
			decode:    identitycloud.FromResponse,
			wantCalls: 3,
			wantWaits: []time.Duration{3 * time.Second, 2 * time.Second},
		},
		{
			name:      "Akamai rate limit that never ends gives the error after the retries",
			replies:   []reply{{200, "", akamaiLimit}},
			check:     identitycloud.CheckRetry,
			decode:    identitycloud.FromResponse,
			wantCalls: 4,
			wantWaits: []time.Duration{time.Second, 2 * time.Second, 4 * time.Second},
			wantErr:   identitycloud.APILimitError,
		},
		{
			name:      "Akamai validation error at HTTP 200 is not retried",
			replies:   []reply{{200, "", `{"stat":"error","code":100,"error":"missing_argument","argument_name":"email","request_id":"a1"}`}},
			check:     identitycloud.CheckRetry,
			decode:    identitycloud.FromResponse,
			wantCalls: 1,
			wantErr:   identitycloud.MissingArgument,
		},
		{
			name: "Alibaba Send.SMS.Too.Frequency at HTTP 400 is a throttle",
			replies: []reply{
				{400, "1", `{"success":false,"code":"Operation.Failure",` +
					`"message":"Operation.Failure.Send.SMS.Too.Frequency","requestId":"8C2F"}`},
				{200, "", `{"success":true,"data":{}}`},
			},
			check:     idaas.CheckRetry,
			decode:    idaas.FromResponse,
			wantCalls: 2,
			wantWaits: []time.Duration{time.Second},
		},
		{
			// The spec classes SMS.Code.Too.Frequency expired: the document's remedy is to resend
			// the code, so sending the same one again cannot help.
			name: "Alibaba's too many verification attempts at HTTP 400 is not retried",
			replies: []reply{
				{400, "1", `{"success":false,"code":"Operation.Failure",` +
					`"message":"Operation.Failure.SMS.Code.Too.Frequency","requestId":"8C30"}`},
				{200, "", `{"success":true,"data":{}}`},
			},
			check:     idaas.CheckRetry,
			decode:    idaas.FromResponse,
			wantCalls: 1,
			wantErr:   idaas.OperationFailureSMSCodeTooFrequency,
		},
		{
			name:      "a gateway's 503 page in front of GoPoints is retried",
			replies:   []reply{{503, "5", "<html>503 Service Unavailable</html>"}, {200, "", `{"status":"ok"}`}},
			check:     gopoints.CheckRetry,
			decode:    gopoints.FromResponse,
			wantCalls: 2,
			wantWaits: []time.Duration{5 * time.Second},
		},
		{
			name:      "GoPoints' expired token at HTTP 401 is not retried",
			replies:   []reply{{401, "", `{"status":"error","error_code":"auth.token.expired","error_id":"5f0c2e9a","messages":["Token expired."]}`}},
			check:     gopoints.CheckRetry,
			decode:    gopoints.FromResponse,
			wantCalls: 1,
			wantErr:   gopoints.AuthTokenExpired,
		},
		{
			// The document gives 1134 HTTP 403; a proxy answering 500 with the same body does not
			// make it retryable: the body decides.
			name:      "a LoginRadius validation error is not retried, even at HTTP 500",
			replies:   []reply{{500, "", `{"Description":"Validation failed for one or more fields, please check the errors field for more information.","ErrorCode":1134,"Message":"Validation failed for one or more fields","IsProviderError":false,"Errors":[{"FieldName":"Email","ErrorMessage":"The Email field is required."}]}`}},
			check:     customeridentity.CheckRetry,
			decode:    customeridentity.FromResponse,
			wantCalls: 1,
			wantErr:   customeridentity.ValidationFailed,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(&replay{replies: tc.replies})
			defer srv.Close()
			calls, waits, err := callWithRetries(t, srv.URL, 3, tc.check, tc.decode)
			if calls != tc.wantCalls {
				t.Errorf("calls = %d, want %d", calls, tc.wantCalls)
			}
			if len(waits) != len(tc.wantWaits) {
				t.Fatalf("waits = %v, want %v", waits, tc.wantWaits)
			}
			for i := range waits {
				if waits[i] != tc.wantWaits[i] {
					t.Errorf("waits = %v, want %v", waits, tc.wantWaits)
				}
			}
			switch {
			case tc.wantErr == nil && err != nil:
				t.Errorf("last reply decodes to %v, want success", err)
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
				t.Errorf("last reply decodes to %v, want %v", err, tc.wantErr)
			}
		})
	}
}
