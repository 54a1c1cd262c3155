package impltest

import (
	"errors"
	"testing"

	"github.com/apierr/apierr"
)

// Mirrored is a reply with what the generator's explain makes of it (the same reading the
// generator's model gives): whether it is an error and what the *Error holds.
type Mirrored[C any] struct {
	Status    int
	Body      string
	IsError   bool
	Code      C
	Detail    C
	RequestID string
	Envelope  string
	Class     *apierr.Class
}

// MirrorsExplain checks that Parse reads every reply as explain does: explain works from the
// spec, not from the generated code, so this is what keeps the two from drifting apart.
func MirrorsExplain[C Code, E Error](t *testing.T, p *Package[C, E], cases []Mirrored[C]) {
	for _, tc := range cases {
		err := p.Parse(tc.Status, []byte(tc.Body))
		if (err != nil) != tc.IsError {
			t.Errorf("Parse(%d, %.100q) = %v; explain says error: %v", tc.Status, tc.Body, err, tc.IsError)
			continue
		}
		if err == nil {
			continue
		}
		var e E
		if !errors.As(err, &e) {
			t.Errorf("Parse(%d, %.100q) = %T, want an *Error", tc.Status, tc.Body, err)
			continue
		}
		f := p.Fields(e)
		got := Mirrored[C]{tc.Status, tc.Body, true, f.Code, f.Detail, f.RequestID, f.Envelope, e.Class()}
		if got != tc {
			t.Errorf("Parse(%d, %.100q):\n got  %+v\n explain %+v", tc.Status, tc.Body, got, tc)
		}
	}
}
