package bench

import (
	"errors"
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
func isCases() []isCase {
	ic := wrap3(&identitycloud.Error{Code: identitycloud.UniqueViolation, Status: 200, RequestID: "r-1"})
	return []isCase{
		// The code itself: 361 against UniqueViolation (361).
		{"pkg=identitycloud/target=code", ic, identitycloud.UniqueViolation, true},
		// A catch-all parent: 361 against ConstraintViolation (360), matched by *Error.Is through
		// Code.Is, which walks the parent rows of codeInfos.
		{"pkg=identitycloud/target=parent", ic, identitycloud.ConstraintViolation, true},
		// No match: the whole chain is walked and every Is method says no.
		{"pkg=identitycloud/target=miss", ic, identitycloud.MissingArgument, false},
		// A string code.
		{"pkg=gopoints/target=code", wrap3(&gopoints.Error{Code: gopoints.AuthTokenExpired, Status: 401}), gopoints.AuthTokenExpired, true},
		// An int code of a package without parents.
		{"pkg=clouddirectory/target=code", wrap3(&clouddirectory.Error{Code: clouddirectory.APIKeyUnauthorized, Status: 403}), clouddirectory.APIKeyUnauthorized, true},
		// A detail code: matched by *Error.Is on Detail before errors.Is unwraps to Code.
		{"pkg=idaas/target=detail", wrap3(&idaas.Error{Code: idaas.OperationFailure, Detail: idaas.OperationFailureUserLocked, Status: 400}), idaas.OperationFailureUserLocked, true},

		// The vendor-neutral class: 361 unique_violation is apierr.ErrAlreadyExists.
		{"pkg=identitycloud/target=class", ic, apierr.ErrAlreadyExists, true},
		// A class from the HTTP status: an unlisted GoPoints code at 429 is rate limited.
		{"pkg=gopoints/target=status-class", wrap3(&gopoints.Error{Code: "auth.throttled", Status: 429}), apierr.ErrRateLimited, true},
	}
}

// BenchmarkIs compares errors.Is on a generated *Error wrapped three times with fmt.Errorf
// and %w (impl=apierr) with errors.Is on an errors.New sentinel through the same three wraps
// (impl=sentinel).
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
