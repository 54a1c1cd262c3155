// Package apierr is the root of a family of generated packages that turn identity-provider
// error replies into typed Go errors.
//
// Each package under generated/ handles one vendor document: a Code type with one constant per
// documented code (each constant is an errors.Is sentinel), an Error struct for one decoded
// reply, and Parse and FromResponse, which decode the vendor's error bodies:
//
//	import "github.com/apierr/apierr/generated/gopoints"
//
//	if err := gopoints.FromResponse(resp); errors.Is(err, gopoints.CriticalAuthRequired) {
//		// repeat the request with the password or the OTP
//	}
//
// The packages are generated from the TOML specs in specs/ by the command in gen/; run
// go generate ./... after changing a spec.
package apierr
