package explain

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/model"
)

// printer writes "label: text" lines and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

// line writes one fact on one line; text is folded to one line, and nothing is written when
// it is empty. Text from a body must go through clean first.
func (p *printer) line(label, text string) {
	if text = model.OneLine(text); text == "" {
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

// maxShown is the most of one value from a body that is printed.
const maxShown = 500

// clean makes text from a body safe to print on a terminal: one line, characters that are not
// graphic (control, bidirectional formatting, invalid UTF-8) escaped as \u{...}, and cut at
// maxShown bytes.
func clean(s string) string {
	s = model.OneLine(s)
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
// depth (apierr.Redact), compact and cleaned.
func showValue(key string, raw json.RawMessage) string {
	if apierr.IsSecretKey(key) {
		return apierr.Redacted
	}
	return clean(string(apierr.Redact(raw)))
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
