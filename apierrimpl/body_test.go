package apierrimpl

import (
	"net/http"
	"testing"
)

// TestHeaderValue checks the request-ID-from-header rule: the first listed header with a
// non-empty value wins, in list order rather than the header's, and a nil header is empty.
func TestHeaderValue(t *testing.T) {
	h := http.Header{
		"X-Request-Id": {"", "second-value"},
		"X-Trace-Id":   {"trace-1"},
		"X-Empty":      {""},
	}
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"X-Request-Id", "X-Trace-Id"}, "second-value"},
		{[]string{"X-Trace-Id", "X-Request-Id"}, "trace-1"},
		{[]string{"X-Empty", "X-Trace-Id"}, "trace-1"},
		{[]string{"X-Empty"}, ""},
		{[]string{"X-Missing"}, ""},
		{nil, ""},
	} {
		if got := HeaderValue(h, tc.names...); got != tc.want {
			t.Errorf("HeaderValue(%v) = %q, want %q", tc.names, got, tc.want)
		}
	}
	if got := HeaderValue(nil, "X-Request-Id"); got != "" {
		t.Errorf("HeaderValue(nil header) = %q, want \"\"", got)
	}
}
