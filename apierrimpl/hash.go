package apierrimpl

// HashString hashes the length and the first and last eight bytes of s, so that it costs the
// same for every code; codes it cannot tell apart only probe a slot further. A Table of string
// codes finds a code with it.
func HashString(s string) uint64 {
	n := len(s)
	a := uint64(n)
	var b uint64
	if n >= 8 {
		a = le64(s)
		b = le64(s[n-8:])
	} else {
		for i := range n {
			a = a<<8 | uint64(s[i])
		}
		b = a
	}
	h := a*0x9E3779B97F4A7C15 ^ b
	h *= 0xC2B2AE3D27D4EB4F
	return h ^ h>>29 ^ uint64(n)
}

// le64 reads the first eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
