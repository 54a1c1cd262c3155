package apierr

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryAfter returns how long the vendor reply in err's chain asked to wait before a retry,
// from its Retry-After header, and whether it gave one (VendorError.RetryAfter). It is 0,
// false for an error without a vendor reply, and for a reply decoded by Parse, which sees no
// headers.
func RetryAfter(err error) (time.Duration, bool) {
	if ve := vendorError(err); ve != nil {
		return ve.RetryAfter()
	}
	return 0, false
}

// ParseRetryAfter reads the value of a Retry-After header as RFC 9110, section 10.2.3 defines
// it (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3): either delay-seconds, a
// non-negative decimal integer of seconds, or an HTTP-date, in any of the three formats that
// section 5.6.7 requires a recipient to accept and http.ParseTime reads (IMF-fixdate, RFC 850
// and asctime). A date is counted from now; a date not after now gives 0, true: retry at
// once.
//
// ok is false for an empty value and for anything else: a negative or signed number, a
// fraction, a unit, a date in another format. Blanks around the value are ignored. A number of
// seconds too large for a time.Duration gives the largest Duration. The generated
// Error.RetryAfter calls it with the response's header.
func ParseRetryAfter(value string, now time.Time) (d time.Duration, ok bool) {
	value = strings.Trim(value, " \t")
	if value == "" {
		return 0, false
	}
	if isDigits(value) {
		return parseDelaySeconds(value), true
	}
	date, err := http.ParseTime(value)
	if err != nil {
		return 0, false
	}
	if !date.After(now) {
		return 0, true
	}
	return date.Sub(now), true
}

// isDigits reports whether s is one or more ASCII digits: the grammar of delay-seconds, with
// no sign, point or blank.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseDelaySeconds converts delay-seconds (digits only) to a Duration, saturating at the
// largest Duration.
func parseDelaySeconds(digits string) time.Duration {
	n, err := strconv.ParseUint(digits, 10, 64)
	if err != nil || n > math.MaxInt64/uint64(time.Second) {
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(n) * time.Second
}
