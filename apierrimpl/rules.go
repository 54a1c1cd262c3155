package apierrimpl

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/apierr/apierr"
)

// The rules below place a code among the others and give it a class. They are the whole of
// what a code means beyond its row, for every generated package and for the generator:
//
//   - The parent of a documented code is its row's Parent. The parent of a code the document
//     does not list is given by the narrowest catch-all that covers it (the smallest range,
//     the longest prefix; ties go to the lower start): its Parent or, with NearestListed, the
//     longest documented code that is the code up to one of its dots. A code has no parent
//     otherwise.
//   - A code is a kind of its parent, and of each of that code's parents in turn.
//   - The class of a documented code is its row's Class. The class of a code the document
//     does not list is the class of its parent (which is documented), or none.
//   - The class of a reply (ReplyClass) is the class of its detail code, else of its code,
//     else of its second code (Reply.Second: a code of another package, as Entra's replies
//     carry an OAuth code), else the class the spec gives its HTTP status
//     (Table.StatusClasses), else the class
//     HTTP itself gives the status: 429 Too Many Requests is ErrRateLimited (RFC 6585,
//     section 4), and 502 Bad Gateway, 503 Service Unavailable and 504 Gateway Timeout are
//     ErrUnavailable (RFC 9110, sections 15.6.3 to 15.6.5: a gateway's or an overloaded
//     server's answer, which says nothing of the request). So a code without a class takes
//     its status's class, and a reply has exactly one class, which errors.Is, apierr.ClassOf,
//     apierr.IsThrottle and apierr.Problem all read.

// Parent returns the code c is a kind of (see the rules above); ok is false when it has none.
func (t *Table[C]) Parent(c C) (parent C, ok bool) {
	i := t.find(c)
	if i >= 0 {
		if p := t.parents[i]; p >= 0 {
			return t.Codes[p].Code, true
		}
		return parent, false
	}
	if p := t.catchAllParent(c); p >= 0 {
		return t.Codes[p].Code, true
	}
	return parent, false
}

// parentRow is Parent by rows: the row of the parent of the code c at row i (-1: unlisted),
// or -1.
func (t *Table[C]) parentRow(c C, i int) int {
	if i >= 0 {
		return t.parents[i]
	}
	return t.catchAllParent(c)
}

// CatchAllOf returns the index in CatchAlls of the narrowest catch-all that covers c, for a
// code the document does not list; ok is false when none does, or when the document lists c.
func (t *Table[C]) CatchAllOf(c C) (index int, ok bool) {
	if t.find(c) >= 0 {
		return 0, false
	}
	return t.covering(c)
}

// covering is CatchAllOf for a code the document does not list.
func (t *Table[C]) covering(c C) (index int, ok bool) {
	for _, k := range t.catchAlls {
		ca := &t.CatchAlls[k]
		if t.Layout.IntCodes && c >= ca.From && c <= ca.To ||
			!t.Layout.IntCodes && strings.HasPrefix(t.text(c), ca.Prefix) {
			return k, true
		}
	}
	return 0, false
}

// catchAllParent returns the row of the parent that the narrowest catch-all covering the
// unlisted code c gives it, or -1.
func (t *Table[C]) catchAllParent(c C) int {
	k, ok := t.covering(c)
	if !ok {
		return -1
	}
	ca := &t.CatchAlls[k]
	if ca.NearestListed {
		if i := t.nearestListed(t.text(c)); i >= 0 {
			return i
		}
	}
	return t.find(ca.Parent)
}

// nearestListed returns the row of the longest documented code that is the dotted code s up
// to one of its dots, or -1: an unlisted Operation.Failure.User.Locked.X falls under
// Operation.Failure.User.Locked.
func (t *Table[C]) nearestListed(s string) int {
	for i := strings.LastIndexByte(s, '.'); i > 0 && t.findText != nil; i = strings.LastIndexByte(s, '.') {
		s = s[:i]
		if j := t.findText(s); j >= 0 {
			return j
		}
	}
	return -1
}

// Class returns the vendor-neutral class of c (see the rules above), or nil: its row's class,
// else, for a code the document does not list, the class of the code the catch-all that covers
// it gives.
func (t *Table[C]) Class(c C) *apierr.Class {
	if i := t.find(c); i >= 0 {
		return t.Codes[i].Class
	}
	if len(t.CatchAlls) == 0 {
		return nil
	}
	if i := t.catchAllParent(c); i >= 0 {
		return t.Codes[i].Class
	}
	return nil
}

// CodeIs is the generated Code.Is: whether target is the class of c (an apierr.Err variable)
// or a code c is a kind of. errors.Is compares c itself with target before calling it.
func (t *Table[C]) CodeIs(c C, target error) bool {
	switch x := target.(type) {
	case *apierr.Class:
		return x != nil && x == t.Class(c)
	case C:
		return t.under(c, t.find(c), x)
	}
	return false
}

// under reports whether target is among the parents of c, whose row is i (-1: unlisted).
// A chain is walked at most as many steps as there are codes, so a broken table cannot loop.
func (t *Table[C]) under(c C, i int, target C) bool {
	p := t.parentRow(c, i)
	for n := 0; p >= 0 && n <= len(t.Codes); n++ {
		if t.Codes[p].Code == target {
			return true
		}
		p = t.parents[p]
	}
	return false
}

// ReplyClass returns the class of a reply with the given code, detail code (the zero code
// when it has none) and HTTP status, by the rules above; nil when there is none.
func (t *Table[C]) ReplyClass(code, detail C, status int) *apierr.Class {
	return t.replyClass(code, detail, nil, status)
}

// classed is a code of another package (Reply.Second).
type classed interface {
	Class() *apierr.Class
}

// replyClass is ReplyClass of a reply that may carry a second code.
func (t *Table[C]) replyClass(code, detail C, second error, status int) *apierr.Class {
	var zero C
	if detail != zero {
		if c := t.Class(detail); c != nil {
			return c
		}
	}
	if code != zero {
		if c := t.Class(code); c != nil {
			return c
		}
	}
	if sc, ok := second.(classed); ok {
		if c := sc.Class(); c != nil {
			return c
		}
	}
	for i, s := range t.statuses {
		if s == status {
			return t.statusClasses[i]
		}
	}
	return StatusClass(status)
}

// StatusClass is the class HTTP itself gives a status, whatever the vendor (see the rules
// above): ErrRateLimited for 429, ErrUnavailable for 502, 503 and 504, nil for the others.
func StatusClass(status int) *apierr.Class {
	switch status {
	case http.StatusTooManyRequests:
		return apierr.ErrRateLimited
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return apierr.ErrUnavailable
	}
	return nil
}

// A Fake is what Code.Reply fills a fake reply with: the reply the vendor sends for a code.
type Fake[C CodeType] struct {
	// Code and Detail are the codes the reply carries: for a detail code, its nearest
	// ancestor that is not one, and the code itself.
	Code, Detail C
	// Status is the code's documented HTTP status; else 200 when its envelope has an outcome
	// key (the body says it is an error), else 400.
	Status int
	// Name, Message and Description are the code's Wire, Message and Description, each where
	// the envelope has a key for it.
	Name, Message, Description string
	// Envelope is the name of the envelope the code arrives in.
	Envelope string
}

// Fake returns the reply the vendor sends for c, for the generated Code.Reply. A code the
// document does not list is sent at HTTP 400 in the first envelope.
func (t *Table[C]) Fake(c C) Fake[C] {
	i := t.find(c)
	if i < 0 {
		return Fake[C]{Code: c, Status: http.StatusBadRequest, Envelope: t.envelopeName(0)}
	}
	r := &t.Codes[i]
	f := Fake[C]{Code: c, Status: r.Status, Envelope: t.envelopeName(r.Envelope)}
	if r.Envelope < len(t.Layout.Envelopes) {
		e := &t.Layout.Envelopes[r.Envelope]
		if e.WireName != NoKey {
			f.Name = r.Wire
		}
		if len(e.Message) > 0 {
			f.Message = r.Message
		}
		if len(e.Description) > 0 {
			f.Description = r.Description
		}
		f.Message, f.Description = readBack(e, f.Message, f.Description)
	}
	if r.Detail {
		j := i
		for n := 0; t.Codes[j].Detail && t.parents[j] >= 0 && n <= len(t.Codes); n++ {
			j = t.parents[j]
		}
		f.Code, f.Detail = t.Codes[j].Code, c
	}
	if f.Status == 0 {
		f.Status = http.StatusBadRequest
		if e := t.Layout.Envelopes; r.Envelope < len(e) && e[r.Envelope].Outcome != NoKey {
			f.Status = http.StatusOK
		}
	}
	return f
}

// readBack returns the message and description a body of envelope e holding them (message in
// its first message key, description in its first description key) is read with, where the
// two share a key (Akamai's description falls back to "message"): the one that is empty is
// read from the other's key.
func readBack(e *Envelope, message, description string) (string, string) {
	if description == "" && len(e.Message) > 0 && slices.Contains(e.Description, e.Message[0]) {
		description = message
	}
	if message == "" && len(e.Description) > 0 && slices.Contains(e.Message, e.Description[0]) {
		message = description
	}
	return message, description
}

// envelopeName returns the name of envelope i of the layout, or "".
func (t *Table[C]) envelopeName(i int) string {
	if i < len(t.Layout.Envelopes) {
		return t.Layout.Envelopes[i].Name
	}
	return ""
}

// asCode sets *target to c when target points to a C, or to an interface a C implements; it
// reports whether it did.
func asCode[C CodeType](c C, target any) bool {
	if p, ok := target.(*C); ok {
		*p = c
		return true
	}
	if e, ok := any(c).(error); ok {
		return errors.As(e, target)
	}
	return false
}
