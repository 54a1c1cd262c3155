package apierrimpl

import (
	"strconv"
	"strings"

	"github.com/apierr/apierr"
)

// A CodeInfo is what a vendor document says of one code: one row of a generated package's
// table of codes (codeInfos), in the package's order of codes. Rows refer to other rows by
// their index plus one, so that 0, the zero value, is "none".
type CodeInfo struct {
	// Name is what Code.String returns: the vendor's name of the code (a string code itself).
	Name string
	// GoName is the name of the code's constant.
	GoName string
	// Code is the code as the vendor writes it: the number of an int code, a string code
	// itself.
	Code string
	// ErrText is what Code.Error returns.
	ErrText string
	// Message, Description and Resolution are the document's text for the code.
	Message, Description, Resolution string
	// Status is the HTTP status the document gives the code, 0 when it gives none.
	Status int
	// ReplyStatus is the HTTP status a fake reply for the code is sent with (Code.Reply).
	ReplyStatus int
	// Parent is the row, plus one, of the code this code is a kind of; 0 when none.
	Parent int
	// ReplyCode is the row, plus one, of the code a reply for a detail code carries in the
	// envelope's code key; 0 for other codes.
	ReplyCode int
	// Envelope is the index of the envelope (in the package's Layout) the code arrives in.
	Envelope int
	// Class is the code's vendor-neutral class, nil when it has none.
	Class *apierr.Class
	// Unclassified is why the code has no class, when the spec says.
	Unclassified string
	// Temporary is true when the vendor documents the condition as temporary.
	Temporary bool
}

// Text returns what the document says of the code: its description, else its message; ""
// for a nil row. The generated Error.CodeDoc returns it.
func (c *CodeInfo) Text() string {
	switch {
	case c == nil:
		return ""
	case c.Description != "":
		return c.Description
	}
	return c.Message
}

// MaxShort is the most bytes of what the document says of a code that error text shows.
const MaxShort = 80

// Short returns what the document says of the code, in short, for error text: its message
// (the vendor's title for the code), else the first sentence of its description, on one line
// and cut at a word to at most MaxShort bytes with "…"; "" for a nil row.
func (c *CodeInfo) Short() string {
	if c == nil {
		return ""
	}
	text := strings.Join(strings.Fields(c.Message), " ")
	if text == "" {
		text = strings.Join(strings.Fields(c.Description), " ")
		if i := strings.Index(text, ". "); i >= 0 {
			text = text[:i+1]
		}
	}
	if len(text) <= MaxShort {
		return text
	}
	cut := strings.LastIndexByte(text[:MaxShort-len("…")+1], ' ')
	if cut <= 0 {
		cut = MaxShort - len("…")
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return strings.TrimRight(text[:cut], " ,;:") + "…"
}

// Row is the row type of the tables that map a code to its row of codeInfos plus one (0: no
// code): uint16 while the table holds fewer than 65,536 codes, uint32 beyond.
type Row interface{ ~uint16 | ~uint32 }

// FindString returns the row of the string code s, or -1: slots is an open-addressing table
// of rows plus one (0: an empty slot) laid out by HashString and linear probing, with a
// length that is a power of two, and infos the table of codes.
func FindString[R Row](s string, slots []R, infos []CodeInfo) int {
	mask := uint64(len(slots) - 1)
	for i := HashString(s) & mask; ; i = (i + 1) & mask {
		r := slots[i]
		if r == 0 {
			return -1
		}
		if infos[r-1].Name == s {
			return int(r) - 1
		}
	}
}

// HashString hashes the length and the first and last eight bytes of s, so that it costs the
// same for every code; codes it cannot tell apart only probe a slot further. The generator
// lays out the tables of FindString with it.
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

// IntName is what Code.String returns for an int code the document does not list: Code(n).
func IntName(n int) string {
	var buf [32]byte
	b := append(buf[:0], "Code("...)
	b = strconv.AppendInt(b, int64(n), 10)
	return string(append(b, ')'))
}

// NearestListed returns the longest prefix of the dotted code s, cut at a dot, that known
// reports as a documented code, for catch-alls with nearest_listed: an unlisted
// Operation.Failure.User.Locked.X falls under Operation.Failure.User.Locked. ok is false when
// there is none.
func NearestListed(s string, known func(string) bool) (string, bool) {
	for i := strings.LastIndexByte(s, '.'); i > 0; i = strings.LastIndexByte(s, '.') {
		s = s[:i]
		if known(s) {
			return s, true
		}
	}
	return "", false
}

// ReplyClass is the vendor-neutral class of a reply, for the generated Error.Class: the class
// of its detail code, else of its code (each documented, or under a catch-all), else, when
// the reply has no detail code, the class byStatus gives its HTTP status (the spec's
// [[status_class]] table; called only then); nil when there is none.
func ReplyClass(detail, code *apierr.Class, hasDetail bool, byStatus func(int) *apierr.Class, status int) *apierr.Class {
	switch {
	case detail != nil:
		return detail
	case code != nil:
		return code
	case hasDetail:
		return nil
	}
	return byStatus(status)
}
