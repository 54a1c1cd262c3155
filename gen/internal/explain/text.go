package explain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apierr/apierr"
)

// printer writes "label: text" lines and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

// line writes one fact on one line; text is folded to one line, and nothing is written when
// it is empty. Text from a body must go through clean first.
func (p *printer) line(label, text string) {
	if text = oneLine(text); text == "" {
		return
	}
	p.write(label + ": " + text + "\n")
}

// blank writes an empty line between the parts of an answer.
func (p *printer) blank() { p.write("\n") }

func (p *printer) write(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, s)
	}
}

// oneLine folds runs of white space, newlines included, to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// maxShown is the most of one value from a body that is printed.
const maxShown = 500

// clean makes text from a body safe to print on a terminal: one line, characters that are not
// graphic (control, bidirectional formatting, invalid UTF-8) escaped as \u{...}, and cut at
// maxShown bytes.
func clean(s string) string {
	s = oneLine(s)
	cut := len(s) > maxShown
	if cut {
		n := maxShown
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				fmt.Fprintf(&b, `\x%02x`, s[i])
				continue
			}
			b.WriteRune(r)
		case !unicode.IsGraphic(r):
			fmt.Fprintf(&b, `\u{%04X}`, r)
		default:
			b.WriteRune(r)
		}
	}
	if cut {
		b.WriteString(" … (cut)")
	}
	return b.String()
}

// showValue writes the raw JSON value of a body key for printing: "[redacted]" when the key
// may hold a secret, else the value with the values of secret keys inside it redacted, at any
// depth, compact and cleaned.
func showValue(key string, raw json.RawMessage) string {
	if apierr.IsSecretKey(key) {
		return apierr.Redacted
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return "[not JSON]"
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if enc.Encode(redact(v)) != nil {
		return "[not JSON]"
	}
	return clean(strings.TrimSuffix(out.String(), "\n"))
}

// showString writes a string role (message, description, request ID) for printing, or
// "[redacted]" when the key it came from may hold a secret.
func showString(key, s string) string {
	if s == "" {
		return ""
	}
	if apierr.IsSecretKey(key) {
		return apierr.Redacted
	}
	return clean(s)
}

// redact replaces the values of secret keys inside v.
func redact(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if apierr.IsSecretKey(k) {
				x[k] = apierr.Redacted
			} else {
				x[k] = redact(val)
			}
		}
	case []any:
		for i := range x {
			x[i] = redact(x[i])
		}
	}
	return v
}
