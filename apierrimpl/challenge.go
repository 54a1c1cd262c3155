package apierrimpl

import (
	"strings"
)

// A Challenge is one challenge of a WWW-Authenticate (or Proxy-Authenticate) header, as RFC
// 9110, section 11.6.1 defines it: an auth-scheme and its auth-params, such as RFC 6750's
// Bearer realm="example", error="invalid_token". A challenge with a token68 instead of
// parameters has none.
type Challenge struct {
	Scheme string
	Params []Param
}

// A Param is one auth-param of a challenge: its name, as sent, and its value, a token or a
// quoted-string with its escapes removed.
type Param struct {
	Name, Value string
}

// Param returns the value of the challenge's parameter name (compared without regard to
// case, as RFC 9110 says of auth-param names), and whether the challenge has it.
func (c *Challenge) Param(name string) (string, bool) {
	for _, p := range c.Params {
		if strings.EqualFold(p.Name, name) {
			return p.Value, true
		}
	}
	return "", false
}

// maxChallengeParams bounds the parameters read from one header, so that a hostile header
// costs no more than its length.
const maxChallengeParams = 64

// ParseChallenges reads the challenges of the values of a WWW-Authenticate header (several
// challenges may share one value, separated by commas, and the header may be repeated). It
// follows RFC 9110, section 11.6.1 and reads what it can of a malformed value: it stops at
// the first byte that cannot start or continue a challenge (an unbalanced quote, a parameter
// without a name), keeping the challenges and parameters before it. At most 64 parameters are
// kept in all.
func ParseChallenges(values []string) []Challenge {
	var out []Challenge
	params := 0
	for _, v := range values {
		p := challengeParser{s: v}
		for params < maxChallengeParams {
			c, ok := p.challenge(maxChallengeParams - params)
			if !ok {
				break
			}
			params += len(c.Params)
			out = append(out, c)
		}
	}
	return out
}

// challengeParser reads challenges from one header value.
type challengeParser struct {
	s string
	i int
}

// challenge reads the next challenge, with at most limit parameters; ok is false at the end
// of the value or at a byte that cannot start one.
func (p *challengeParser) challenge(limit int) (Challenge, bool) {
	p.skipListSpace()
	scheme := p.token()
	if scheme == "" {
		return Challenge{}, false
	}
	c := Challenge{Scheme: scheme}
	p.skipSpace()
	if p.token68() {
		return c, true
	}
	for len(c.Params) < limit {
		save := p.i
		name := p.token()
		p.skipSpace()
		if name == "" || !p.eat('=') {
			p.i = save // the next challenge's scheme, or the end
			break
		}
		p.skipSpace()
		value, ok := p.value()
		if !ok {
			p.i = len(p.s) // an unbalanced quote: nothing after it is read
			break
		}
		c.Params = append(c.Params, Param{name, value})
		p.skipSpace()
		if !p.eat(',') {
			if p.i < len(p.s) {
				p.i = len(p.s) // something else after a value: nothing after it is read
			}
			break
		}
		p.skipListSpace()
	}
	return c, true
}

// token68 reads a token68 (RFC 9110: base64-like characters, then "=" padding) when one
// follows the scheme and is the challenge's last item, reporting whether it did.
func (p *challengeParser) token68() bool {
	j := p.i
	for j < len(p.s) && isToken68(p.s[j]) {
		j++
	}
	k := j
	for k < len(p.s) && p.s[k] == '=' {
		k++
	}
	rest := k
	for rest < len(p.s) && (p.s[rest] == ' ' || p.s[rest] == '\t') {
		rest++
	}
	if j == p.i || rest < len(p.s) && p.s[rest] != ',' {
		return false // a parameter (name=value), or nothing
	}
	p.i = rest
	return true
}

// value reads a token or a quoted-string; ok is false for a quoted-string without its
// closing quote.
func (p *challengeParser) value() (string, bool) {
	if !p.eat('"') {
		return p.token(), true
	}
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch {
		case c == '"':
			return b.String(), true
		case c == '\\' && p.i < len(p.s):
			b.WriteByte(p.s[p.i])
			p.i++
		default:
			b.WriteByte(c)
		}
	}
	return "", false
}

// token reads an RFC 9110 token, or "".
func (p *challengeParser) token() string {
	j := p.i
	for j < len(p.s) && isTokenChar(p.s[j]) {
		j++
	}
	t := p.s[p.i:j]
	p.i = j
	return t
}

// eat consumes c when it comes next.
func (p *challengeParser) eat(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// skipSpace skips spaces and tabs.
func (p *challengeParser) skipSpace() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// skipListSpace skips spaces, tabs and the empty elements of a list (RFC 9110, section 5.6.1).
func (p *challengeParser) skipListSpace() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == ',') {
		p.i++
	}
}

// isTokenChar reports whether c is a tchar of RFC 9110, section 5.6.2.
func isTokenChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// isToken68 reports whether c may appear in a token68 before its padding.
func isToken68(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~+/", c) >= 0
}

// readChallenge reads into r the error of the first challenge of a response header, for the
// first envelope read from a header (Envelope.Header) that in.Header carries with the
// envelope's code key among its parameters: the challenge's parameters become the values of
// the layout's keys of the same names, as if they were a body's members, and r keeps the body.
// r is left as it is when no challenge has a code.
func (l *Layout) readChallenge(r *Decoded, in *Input) {
	if in.Header == nil {
		return
	}
	for i := range l.Envelopes {
		e := &l.Envelopes[i]
		if e.Header == "" || e.Code == NoKey {
			continue
		}
		for _, c := range ParseChallenges(in.Header.Values(e.Header)) {
			var from Decoded
			if _, ok := c.Param(l.Keys[e.Code]); ok && l.decodeFrom(&from, challengeObject(&c), in.Body, false, true) {
				*r = from
				return
			}
		}
	}
}

// challengeObject writes the parameters of c as a JSON object, in order.
func challengeObject(c *Challenge) []byte {
	var o Object
	for _, p := range c.Params {
		o.Add(p.Name, p.Value)
	}
	return o.Bytes()
}
