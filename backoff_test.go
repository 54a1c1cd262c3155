package apierr_test

import (
	"math"
	"net/http"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// fixed returns a source of randomness that always draws r.
func fixed(r float64) func() float64 { return func() float64 { return r } }

// TestBackoffJitter checks the full jitter of aws-sdk-go-v2's ExponentialJitterBackoff with
// known draws: the fraction r of min·2^attempt, and max itself once min·2^attempt passes max.
func TestBackoffJitter(t *testing.T) {
	const min, max = time.Second, 30 * time.Second
	for _, tc := range []struct {
		r    float64
		want []float64 // seconds, for attempts 0, 1, 2, ...
	}{
		{1, []float64{1, 2, 4, 8, 16, 30, 30}},                 // the upper bounds
		{0.5, []float64{0.5, 1, 2, 4, 8, 30, 30}},              // half of each; max unjittered
		{0, []float64{0, 0, 0, 0, 0, 30, 30}},                  // no wait below the cap
		{2, []float64{1, 2, 4, 8, 16, 30, 30}},                 // a draw above 1 is 1
		{-1, []float64{0, 0, 0, 0, 0, 30, 30}},                 // a draw below 0 is 0
		{math.NaN(), []float64{0, 0, 0, 0, 0, 30, 30}},         // NaN is 0
		{0.25, []float64{0.25, 0.5, 1, 2, 4, 30, 30}},          // a quarter
		{0.999, []float64{0.999, 1.998, 3.996, 7.992, 15.984}}, // just below each bound
	} {
		backoff := apierr.NewBackoff(fixed(tc.r))
		for attempt, want := range tc.want {
			want := time.Duration(float64(want) * float64(time.Second))
			if got := backoff(min, max, attempt, nil); got != want {
				t.Errorf("draw %v, attempt %d: %v, want %v", tc.r, attempt, got, want)
			}
		}
	}

	half := apierr.NewBackoff(fixed(0.5))
	for _, tc := range []struct {
		name           string
		min, max, want time.Duration
		attempt        int
	}{
		{"exactly at max: still jittered", time.Second, 16 * time.Second, 8 * time.Second, 4},
		{"past max: max", time.Second, 16 * time.Second, 16 * time.Second, 5},
		{"min above max: max", time.Minute, time.Second, time.Second, 0},
		{"attempt 1000: max", time.Second, time.Minute, time.Minute, 1000},
		{"near the largest Duration", 1 << 62, 1<<62 + 1<<61, 1<<62 + 1<<61, 3},
		{"the largest Duration, no overflow", math.MaxInt64, math.MaxInt64, 1 << 62, 0}, // half of 2^63 in float64
		{"negative attempt: attempt 0", time.Second, time.Minute, 500 * time.Millisecond, -1},
		{"negative max: 0", time.Second, -time.Second, 0, 0},
		{"min 0: 0", 0, time.Minute, 0, 3},
	} {
		if got := half(tc.min, tc.max, tc.attempt, nil); got != tc.want {
			t.Errorf("%s: Backoff(%v, %v, %d) = %v, want %v", tc.name, tc.min, tc.max, tc.attempt, got, tc.want)
		}
	}
}

// TestBackoffRetryAfter checks Retry-After as the floor: never a shorter wait, above max too,
// whatever the status; the jittered wait when it is longer; no floor from a value
// ParseRetryAfter does not read.
func TestBackoffRetryAfter(t *testing.T) {
	const min, max = time.Second, 30 * time.Second
	withHeader := func(status int, value string) *http.Response {
		return &http.Response{StatusCode: status, Header: http.Header{"Retry-After": {value}}}
	}
	for _, tc := range []struct {
		name    string
		r       float64
		max     time.Duration
		attempt int
		resp    *http.Response
		want    time.Duration
	}{
		{"429, 7s over a draw of 0", 0, max, 4, withHeader(429, "7"), 7 * time.Second},
		{"7s above max 5s: the floor wins", 1, 5 * time.Second, 0, withHeader(429, "7"), 7 * time.Second},
		{"3s under a wait of 16s", 1, max, 4, withHeader(503, "3"), 16 * time.Second},
		{"3s at HTTP 200 (Akamai throttles at 200)", 0, max, 0, withHeader(200, "3"), 3 * time.Second},
		{"0: the backoff", 0.5, max, 2, withHeader(429, "0"), 2 * time.Second},
		{"a date in the past: the backoff", 0.5, max, 1, withHeader(503, "Sun, 06 Nov 1994 08:49:37 GMT"), time.Second},
		{"unreadable: the backoff", 1, max, 2, withHeader(503, "soon"), 4 * time.Second},
		{"no header", 1, max, 1, &http.Response{StatusCode: 503, Header: http.Header{}}, 2 * time.Second},
		{"an hour, max 30s", 0, max, 0, withHeader(429, "3600"), time.Hour},
	} {
		if got := apierr.NewBackoff(fixed(tc.r))(min, tc.max, tc.attempt, tc.resp); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	date := withHeader(503, time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
	if got := apierr.Backoff(min, max, 0, date); got < 59*time.Minute || got > time.Hour {
		t.Errorf("Retry-After an hour from now: %v, want about an hour", got)
	}
}

// TestBackoffRandom checks Backoff's own draws without timing: every wait between 0 and its
// bound, and not all the same (the jitter is there).
func TestBackoffRandom(t *testing.T) {
	const min, max = time.Second, 30 * time.Second
	for _, backoff := range []func(time.Duration, time.Duration, int, *http.Response) time.Duration{
		apierr.Backoff, apierr.NewBackoff(nil),
	} {
		seen := map[time.Duration]bool{}
		for i := 0; i < 200; i++ {
			attempt := i % 5
			got := backoff(min, max, attempt, nil)
			if bound := min << attempt; got < 0 || got > bound {
				t.Fatalf("attempt %d: %v, want between 0 and %v", attempt, got, bound)
			}
			seen[got] = true
		}
		if len(seen) < 100 {
			t.Errorf("%d different waits in 200 draws: no jitter?", len(seen))
		}
	}
}
