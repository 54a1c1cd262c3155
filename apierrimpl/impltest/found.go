package impltest

import (
	"errors"
	"reflect"
	"strconv"
	"testing"

	"github.com/apierr/apierr"
)

// Remembered checks what Parse and Code.Reply work out once about a reply (apierrimpl.Found)
// against what a lookup gives: the *Error that Parse makes of each probe's fake reply answers
// errors.Is (for every probe's code and every class), Class and Error as the same reply written
// as a literal does, and is Equal to it. It answers so again once its code, detail code and
// status are set to those of the next probe's reply, and once only its status changes: what
// it worked out no longer holds, and it must not answer for the reply it was parsed from.
func Remembered[C Code, E Error](t *testing.T, p *Package[C, E], probes []Probe[C]) {
	targets := make([]error, 0, len(probes)+len(apierr.Classes()))
	for _, pr := range probes {
		targets = append(targets, pr.Code)
	}
	for _, c := range apierr.Classes() {
		targets = append(targets, c)
	}
	for i, pr := range probes {
		parsed := parseReply(t, p, p.Reply(pr.Code))
		answersAsLiteral(t, p, "the parsed reply for "+pr.Code.String(), parsed, targets)

		next := probes[(i+1)%len(probes)].Code
		copyFields(parsed, p.Reply(next))
		answersAsLiteral(t, p, "the parsed reply for "+pr.Code.String()+" set to the reply for "+next.String(), parsed, targets)

		parsed = parseReply(t, p, p.Reply(pr.Code))
		for _, status := range []int{200, 401, 404, 429, 500, 503} {
			reflect.ValueOf(parsed).Elem().FieldByName("Status").SetInt(int64(status))
			answersAsLiteral(t, p, "the parsed reply for "+pr.Code.String()+" set to HTTP "+strconv.Itoa(status), parsed, targets)
		}
	}
}

// parseReply returns the *Error that Parse makes of a fake reply.
func parseReply[C Code, E Error](t *testing.T, p *Package[C, E], reply E) E {
	t.Helper()
	var got E
	if err := p.Parse(reply.HTTPStatus(), reply.Marshal()); !errors.As(err, &got) {
		t.Fatalf("Parse(%s) = %v, want an *Error", reply.Marshal(), err)
	}
	return got
}

// answersAsLiteral checks that e answers errors.Is for every target, Class and Error as a
// literal with its fields does, and is Equal to it.
func answersAsLiteral[C Code, E Error](t *testing.T, p *Package[C, E], what string, e E, targets []error) {
	t.Helper()
	lit := literal(e)
	if !p.Equal(e, lit) || !p.Equal(lit, e) {
		t.Errorf("%s is not Equal to the same literal", what)
	}
	if got, want := e.Class(), lit.Class(); got != want {
		t.Errorf("%s: Class() = %v, the literal's is %v", what, got, want)
	}
	if got, want := e.Error(), lit.Error(); got != want {
		t.Errorf("%s: Error() = %q, the literal's is %q", what, got, want)
	}
	for _, target := range targets {
		if got, want := errors.Is(e, target), errors.Is(lit, target); got != want {
			t.Errorf("%s: errors.Is(%v) = %v, the literal's is %v", what, target, got, want)
		}
	}
}

// literal returns a new *Error with the exported fields of e: what a program writes as a
// literal, which has worked nothing out.
func literal[E Error](e E) E {
	v := reflect.New(reflect.TypeOf(e).Elem())
	copyFields(v.Interface().(E), e)
	return v.Interface().(E)
}

// copyFields sets the exported fields of dst to those of src, and leaves the others as they
// are.
func copyFields[E Error](dst, src E) {
	d, s := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem()
	for i := range d.NumField() {
		if d.Type().Field(i).IsExported() {
			d.Field(i).Set(s.Field(i))
		}
	}
}
