package bench

import (
	"errors"
	"net/http"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
)

// The baseline's sentinels: what a program without apierr declares with errors.New.
var (
	errSentinel = errors.New("unique violation")
	errOther    = errors.New("missing argument")
)

// isCase is one row of BenchmarkIs: an error that a *Error is wrapped in three times, the
// target errors.Is looks for, and whether it should match.
type isCase struct {
	name   string // pkg=.../target=...
	err    error
	target error
	want   bool
}

// isCases are the rows of BenchmarkIs. The sentinel baseline of each row has the same depth
// (errSentinel wrapped three times) and the same outcome (errOther when the row does not match).
// A row's target names what it measures, for benchreport: code, parent and detail match a
// code; class and status-class match a class; miss and class-miss match nothing, so that
// errors.Is walks the whole chain.
//
// Each *Error is what a program gets: Parse's, of the body of the code's fake reply (Reply,
// which has the vendor's shape). Since runtime version 3 an *Error is plain data, so it is
// the same value as the literal with the same fields, and errors.Is does the same work on
// both: there is no separate row for literals (BENCHMARKS.md).
func isCases() []isCase {
	ic := wrap3(parseReply(identitycloud.Parse, identitycloud.UniqueViolation.Reply()))
	gp := wrap3(parseReply(gopoints.Parse, gopoints.AuthTokenExpired.Reply()))
	ia := wrap3(parseReply(idaas.Parse, idaas.OperationFailureUserLocked.Reply()))
	cd := wrap3(parseReply(clouddirectory.Parse, clouddirectory.APIKeyUnauthorized.Reply()))
	// An unlisted GoPoints code at 429: its class comes from the HTTP status.
	throttled := wrap3(parsed(gopoints.Parse, http.StatusTooManyRequests,
		`{"status":"error","error_code":"auth.throttled","error_id":"5f0c2e9a"}`))
	return append(isMatchCases(ic, gp, ia, cd, throttled), isMissCases(ic, gp, ia)...)
}

// parsed returns what parse makes of a body: an error, or a panic when it is not one.
func parsed(parse func(int, []byte) error, status int, body string) error {
	err := parse(status, []byte(body))
	if err == nil {
		panic("not an error: " + body)
	}
	return err
}

// parseReply returns what parse makes of the body and status of a fake reply.
func parseReply[E interface {
	Marshal() []byte
	HTTPStatus() int
}](parse func(int, []byte) error, reply E) error {
	return parsed(parse, reply.HTTPStatus(), string(reply.Marshal()))
}

// isMatchCases are the rows of BenchmarkIs that match, on the three wrapped errors of isCases.
func isMatchCases(ic, gp, ia, cd, throttled error) []isCase {
	return []isCase{
		// The code itself: 361 against UniqueViolation (361).
		{"pkg=identitycloud/target=code", ic, identitycloud.UniqueViolation, true},
		// A catch-all parent: 361 against ConstraintViolation (360), matched by *Error.Is, which
		// walks the parents of the code in the package's Table.
		{"pkg=identitycloud/target=parent", ic, identitycloud.ConstraintViolation, true},
		// A string code.
		{"pkg=gopoints/target=code", gp, gopoints.AuthTokenExpired, true},
		// An int code of a package without parents.
		{"pkg=clouddirectory/target=code", cd, clouddirectory.APIKeyUnauthorized, true},
		// A detail code: matched by *Error.Is on Detail.
		{"pkg=idaas/target=detail", ia, idaas.OperationFailureUserLocked, true},

		// The vendor-neutral class: 361 unique_violation is apierr.ErrAlreadyExists.
		{"pkg=identitycloud/target=class", ic, apierr.ErrAlreadyExists, true},
		// The class of a documented string code: auth.token.expired is apierr.ErrExpired.
		{"pkg=gopoints/target=class", gp, apierr.ErrExpired, true},
		// The class of a detail code, which wins over the code's: Operation.Failure.User.Locked
		// is apierr.ErrAccountLocked.
		{"pkg=idaas/target=class", ia, apierr.ErrAccountLocked, true},
		// A class from the HTTP status: an unlisted GoPoints code at 429 is rate limited.
		{"pkg=gopoints/target=status-class", throttled, apierr.ErrRateLimited, true},
	}
}

// isMissCases are the rows of BenchmarkIs that match nothing: errors.Is walks the whole chain,
// the three wraps and the *Error, and every Is method says no.
func isMissCases(ic, gp, ia error) []isCase {
	return []isCase{
		// Another code, itself a catch-all parent (of 101-199), so that Code.Is walks the
		// parents of 361 to the end.
		{"pkg=identitycloud/target=miss", ic, identitycloud.MissingArgument, false},
		// Another string code, in a package without parents.
		{"pkg=gopoints/target=miss", gp, gopoints.AuthTokenInvalid, false},
		// Another code, neither the code, the detail code nor one of their parents.
		{"pkg=idaas/target=miss", ia, idaas.ParamsBlank, false},

		// Another class: 361 is ErrAlreadyExists, not ErrNotFound.
		{"pkg=identitycloud/target=class-miss", ic, apierr.ErrNotFound, false},
		// Another class: auth.token.expired is ErrExpired, not ErrNotFound.
		{"pkg=gopoints/target=class-miss", gp, apierr.ErrNotFound, false},
		// Another class: the detail code's class is ErrAccountLocked, the code's is not
		// ErrNotFound either.
		{"pkg=idaas/target=class-miss", ia, apierr.ErrNotFound, false},
	}
}

// BenchmarkIs compares errors.Is on a generated *Error wrapped three times with fmt.Errorf
// and %w (impl=apierr) with errors.Is on an errors.New sentinel through the same three wraps
// (impl=sentinel), row by row (isCases).
func BenchmarkIs(b *testing.B) {
	sentinelChain := wrap3(errSentinel)
	for _, c := range isCases() {
		target := errSentinel
		if !c.want {
			target = errOther
		}
		b.Run(c.name+"/impl=sentinel", func(b *testing.B) {
			for b.Loop() {
				sinkBool = errors.Is(sentinelChain, target)
			}
		})
		b.Run(c.name+"/impl=apierr", func(b *testing.B) {
			for b.Loop() {
				sinkBool = errors.Is(c.err, c.target)
			}
		})
	}
}
