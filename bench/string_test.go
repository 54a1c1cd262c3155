package bench

import (
	"testing"

	"github.com/apierr/apierr/bench/internal/synth/dense300"
	"github.com/apierr/apierr/bench/internal/synth/sparse300"
	sbcd "github.com/apierr/apierr/bench/stringerbase/clouddirectory"
	sbdense "github.com/apierr/apierr/bench/stringerbase/dense300"
	sbic "github.com/apierr/apierr/bench/stringerbase/identitycloud"
	sbsparse "github.com/apierr/apierr/bench/stringerbase/sparse300"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
)

// stringSet is one code set of the String benchmarks: the documented values, values the
// document does not list, and one loop per implementation over an input of inputLen values.
type stringSet struct {
	pkg      string
	known    []int
	unknown  []int
	apierr   func(b *testing.B, in []int)
	stringer func(b *testing.B, in []int)
	pair     func(v int) (apierr, stringer string) // both String results, for TestStringBaselines
}

// codeInts returns the values of codes as ints.
func codeInts[C ~int](codes []C) []int {
	out := make([]int, len(codes))
	for i, c := range codes {
		out[i] = int(c)
	}
	return out
}

// intSet returns vals as a set.
func intSet(vals []int) map[int]bool {
	m := make(map[int]bool, len(vals))
	for _, v := range vals {
		m[v] = true
	}
	return m
}

// stringSets are the code sets compared with stringer: the two int vendors and the two
// synthetic 300-code sets. For clouddirectory and the synthetic sets both sides print the Go
// name; for identitycloud both print the wire name (stringer with -linecomment).
func stringSets() []stringSet {
	return append(vendorStringSets(), syntheticStringSets()...)
}

// vendorStringSets are the stringSets of the two generated packages with int codes.
func vendorStringSets() []stringSet {
	cd := codeInts(clouddirectory.Codes())
	ic := codeInts(identitycloud.Codes())
	return []stringSet{
		{
			pkg: "clouddirectory", known: cd, unknown: unknownInts(intSet(cd), 850, 1200, 64),
			apierr: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = clouddirectory.Code(in[i&inputMask]).String()
				}
			},
			stringer: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = sbcd.Code(in[i&inputMask]).String()
				}
			},
			pair: func(v int) (string, string) { return clouddirectory.Code(v).String(), sbcd.Code(v).String() },
		},
		{
			pkg: "identitycloud", known: ic, unknown: unknownInts(intSet(ic), 101, 600, 64),
			apierr: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = identitycloud.Code(in[i&inputMask]).String()
				}
			},
			stringer: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = sbic.Code(in[i&inputMask]).String()
				}
			},
			pair: func(v int) (string, string) { return identitycloud.Code(v).String(), sbic.Code(v).String() },
		},
	}
}

// syntheticStringSets are the stringSets of the two synthetic 300-code packages.
func syntheticStringSets() []stringSet {
	dn := codeInts(dense300.Codes())
	sp := codeInts(sparse300.Codes())
	return []stringSet{
		{
			pkg: "dense300", known: dn,
			unknown: append(unknownInts(intSet(dn), 968, 999, 32), unknownInts(intSet(dn), 1300, 1400, 32)...),
			apierr: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = dense300.Code(in[i&inputMask]).String()
				}
			},
			stringer: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = sbdense.Code(in[i&inputMask]).String()
				}
			},
			pair: func(v int) (string, string) { return dense300.Code(v).String(), sbdense.Code(v).String() },
		},
		{
			pkg: "sparse300", known: sp, unknown: unknownInts(intSet(sp), 900, 1400, 64),
			apierr: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = sparse300.Code(in[i&inputMask]).String()
				}
			},
			stringer: func(b *testing.B, in []int) {
				for i := 0; b.Loop(); i++ {
					sinkString = sbsparse.Code(in[i&inputMask]).String()
				}
			},
			pair: func(v int) (string, string) { return sparse300.Code(v).String(), sbsparse.Code(v).String() },
		},
	}
}

// BenchmarkString compares Code.String of generated packages with the String that stringer
// generates for the same constants, for documented (codes=known) and undocumented
// (codes=unknown) values. Each op is one String call on the next of inputLen values in a fixed
// shuffled order. stringer cannot take string types, so gopoints, idaas and nextidentity (whose
// String is a conversion) are not here.
func BenchmarkString(b *testing.B) {
	for _, s := range stringSets() {
		for _, c := range []struct {
			name string
			vals []int
		}{{"known", s.known}, {"unknown", s.unknown}} {
			in := spread(c.vals)
			b.Run("pkg="+s.pkg+"/codes="+c.name+"/impl=stringer", func(b *testing.B) { s.stringer(b, in) })
			b.Run("pkg="+s.pkg+"/codes="+c.name+"/impl=apierr", func(b *testing.B) { s.apierr(b, in) })
		}
	}
}
