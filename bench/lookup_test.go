package bench

import (
	"testing"

	"github.com/apierr/apierr/bench/internal/synth/sparse300"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
)

// Undocumented wire values for the string lookups: plausible codes a vendor could add.
var (
	gopointsUnknown = []string{
		"auth.token.revoked", "auth.password.expired", "auth.user.suspended", "member.data.missing",
		"object.id.invalid", "profile.email.used", "request.rate.limited", "auth.apikey.expired",
	}
	idaasUnknown = []string{
		"Operation.Failure.User.Suspended", "Params.Illegal.Email.Domain", "Resource.NotFound.Tenant",
		"Operation.Denied.Region", "Params.Blank.Captcha", "Service.Internal.Error.Timeout",
		"Operation.Failure.Send.Fax.Too.Frequency", "Remote.Error.Upstream",
	}
	identitycloudUnknownNames = []string{
		"new_violation", "account_locked", "invalid_token", "rate_limited",
		"password_expired", "unknown_client", "email_not_verified", "record_locked",
	}
)

// codeStrings returns the wire values of string codes.
func codeStrings[C ~string](codes []C) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = string(c)
	}
	return out
}

// lookupCase is one comparison of BenchmarkLookup: the generated package's way from a wire
// value to a Code (or to "is it documented") against a Go map over the same codes.
type lookupCase struct {
	name     string // pkg=.../by=...
	known    []string
	unknown  []string
	knownI   []int // for int lookups, instead of known and unknown
	unknownI []int
	apierr   func(b *testing.B, in []string, inI []int)
	mapped   func(b *testing.B, in []string, inI []int)
	agree    func(s string, n int) (apierr, mapped bool) // both answers, for TestLookupInputs
}

// lookupCases are the comparisons: Code(s).Known() for the string vendors, Lookup(name) and
// Code(n).Known() for Akamai, Code(n).Known() for LoginRadius and the sparse synthetic set,
// each against a map built from Codes(). Each calls the generated code directly, as a program
// does, so each is written out.
func lookupCases() []lookupCase {
	return []lookupCase{gopointsLookup(), idaasLookup(), identitycloudNameLookup(), identitycloudIntLookup(),
		clouddirectoryLookup(), sparse300Lookup()}
}

// gopointsLookup is gopoints.Code(s).Known() against a map.
func gopointsLookup() lookupCase {
	m := map[string]gopoints.Code{}
	for _, c := range gopoints.Codes() {
		m[string(c)] = c
	}
	return lookupCase{
		name: "pkg=gopoints/by=string", known: codeStrings(gopoints.Codes()), unknown: gopointsUnknown,
		apierr: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				sinkBool = gopoints.Code(in[i&inputMask]).Known()
			}
		},
		mapped: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[s]
			return gopoints.Code(s).Known(), ok
		},
	}
}

// idaasLookup is idaas.Code(s).Known() against a map.
func idaasLookup() lookupCase {
	m := map[string]idaas.Code{}
	for _, c := range idaas.Codes() {
		m[string(c)] = c
	}
	return lookupCase{
		name: "pkg=idaas/by=string", known: codeStrings(idaas.Codes()), unknown: idaasUnknown,
		apierr: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				sinkBool = idaas.Code(in[i&inputMask]).Known()
			}
		},
		mapped: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[s]
			return idaas.Code(s).Known(), ok
		},
	}
}

// identitycloudNameLookup is identitycloud.Lookup(name) against a map of the wire names.
func identitycloudNameLookup() lookupCase {
	var names []string
	m := map[string]identitycloud.Code{}
	for _, c := range identitycloud.Codes() {
		if _, dup := m[c.String()]; !dup { // Lookup returns the lower of two codes with one name
			m[c.String()] = c
			names = append(names, c.String())
		}
	}
	return lookupCase{
		name: "pkg=identitycloud/by=name", known: names, unknown: identitycloudUnknownNames,
		apierr: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = identitycloud.Lookup(in[i&inputMask])
			}
		},
		mapped: func(b *testing.B, in []string, _ []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[s]
			_, ours := identitycloud.Lookup(s)
			return ours, ok
		},
	}
}

// identitycloudIntLookup is identitycloud.Code(n).Known() against a map.
func identitycloudIntLookup() lookupCase {
	m := map[int]identitycloud.Code{}
	for _, c := range identitycloud.Codes() {
		m[int(c)] = c
	}
	ic := codeInts(identitycloud.Codes())
	return lookupCase{
		name: "pkg=identitycloud/by=int", knownI: ic, unknownI: unknownInts(intSet(ic), 101, 600, 64),
		apierr: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				sinkBool = identitycloud.Code(in[i&inputMask]).Known()
			}
		},
		mapped: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[n]
			return identitycloud.Code(n).Known(), ok
		},
	}
}

// clouddirectoryLookup is clouddirectory.Code(n).Known() against a map.
func clouddirectoryLookup() lookupCase {
	m := map[int]clouddirectory.Code{}
	for _, c := range clouddirectory.Codes() {
		m[int(c)] = c
	}
	cd := codeInts(clouddirectory.Codes())
	return lookupCase{
		name: "pkg=clouddirectory/by=int", knownI: cd, unknownI: unknownInts(intSet(cd), 850, 1200, 64),
		apierr: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				sinkBool = clouddirectory.Code(in[i&inputMask]).Known()
			}
		},
		mapped: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[n]
			return clouddirectory.Code(n).Known(), ok
		},
	}
}

// sparse300Lookup is sparse300.Code(n).Known() against a map.
func sparse300Lookup() lookupCase {
	m := map[int]sparse300.Code{}
	for _, c := range sparse300.Codes() {
		m[int(c)] = c
	}
	sp := codeInts(sparse300.Codes())
	return lookupCase{
		name: "pkg=sparse300/by=int", knownI: sp, unknownI: unknownInts(intSet(sp), 900, 1400, 64),
		apierr: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				sinkBool = sparse300.Code(in[i&inputMask]).Known()
			}
		},
		mapped: func(b *testing.B, _ []string, in []int) {
			for i := 0; b.Loop(); i++ {
				_, sinkBool = m[in[i&inputMask]]
			}
		},
		agree: func(s string, n int) (bool, bool) {
			_, ok := m[n]
			return sparse300.Code(n).Known(), ok
		},
	}
}

// BenchmarkLookup compares the way from a wire value to a Code with a map lookup over the same
// codes, for documented (codes=known) and undocumented (codes=unknown) values. String inputs
// are fresh copies, as decoded from a body, so equal pointers never short-cut a comparison.
func BenchmarkLookup(b *testing.B) {
	for _, c := range lookupCases() {
		for _, set := range []struct {
			name string
			strs []string
			ints []int
		}{{"known", c.known, c.knownI}, {"unknown", c.unknown, c.unknownI}} {
			var in []string
			var inI []int
			if set.strs != nil {
				in = spread(fresh(set.strs))
			} else {
				inI = spread(set.ints)
			}
			prefix := c.name + "/codes=" + set.name
			b.Run(prefix+"/impl=map", func(b *testing.B) { c.mapped(b, in, inI) })
			b.Run(prefix+"/impl=apierr", func(b *testing.B) { c.apierr(b, in, inI) })
		}
	}
}
