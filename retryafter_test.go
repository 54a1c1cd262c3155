package apierr_test

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"testing"
	"time"

	"github.com/apierr/apierr"
)

// TestParseRetryAfter checks delay-seconds, the three HTTP-date formats, dates in the past,
// and values RFC 9110 does not allow.
func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	in90s := now.Add(90 * time.Second)
	for _, tc := range []struct {
		value string
		want  time.Duration
		ok    bool
	}{
		{"120", 120 * time.Second, true},
		{"0", 0, true},
		{" 7\t", 7 * time.Second, true},
		{"007", 7 * time.Second, true},
		{"99999999999999999999999", time.Duration(math.MaxInt64), true},
		{in90s.Format(http.TimeFormat), 90 * time.Second, true},                  // IMF-fixdate
		{in90s.Format("Monday, 02-Jan-06 15:04:05 GMT"), 90 * time.Second, true}, // RFC 850
		{in90s.Format(time.ANSIC), 90 * time.Second, true},                       // asctime
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{now.Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"  ", 0, false},
		{"-1", 0, false},
		{"+5", 0, false},
		{"1.5", 0, false},
		{"5s", 0, false},
		{"soon", 0, false},
		{"2026-03-01T12:01:30Z", 0, false},
		{"Sun, 01 Mar 2026 12:01:30 +0000", 0, false},
	} {
		got, ok := apierr.ParseRetryAfter(tc.value, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseRetryAfter(%q) = %v, %v; want %v, %v", tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

// TestRetryAfter checks that RetryAfter finds the vendor reply through wrapping.
func TestRetryAfter(t *testing.T) {
	e := documented("slow", 429, apierr.ErrRateLimited)
	e.retryAfter, e.hasRetryAfter = 3*time.Second, true
	if d, ok := apierr.RetryAfter(fmt.Errorf("x: %w", e)); d != 3*time.Second || !ok {
		t.Errorf("RetryAfter(wrapped reply) = %v, %v; want 3s, true", d, ok)
	}
	for _, err := range []error{nil, errors.New("x"), documented("slow", 429, apierr.ErrRateLimited)} {
		if d, ok := apierr.RetryAfter(err); d != 0 || ok {
			t.Errorf("RetryAfter(%v) = %v, %v; want 0, false", err, d, ok)
		}
	}
}
