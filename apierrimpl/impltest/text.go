package impltest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
)

// ErrorText checks that the text of every documented code, of the reply of every documented
// code and of hostile replies (a request ID with a line break or of a million bytes, a code
// that is not an identifier, free text with a secret) is one line of at most
// apierrimpl.MaxErrorText bytes, without the body's free text; and that %v of a code, the
// attributes of logs and json.Marshal of an error hold no more than that.
func ErrorText[C Code, E Error](t *testing.T, p *Package[C, E], cases []Documented[C], hostile []string) {
	for _, tc := range cases {
		checkLine(t, "Code "+tc.Str, tc.Code.Error())
		if got := fmt.Sprint(tc.Code); got != tc.Code.Error() {
			t.Errorf("%%v of %s = %q, want Error()", tc.Str, got)
		}
		checkReplyText(t, p, tc.Status, tc.Body)
	}
	for _, body := range hostile {
		checkReplyText(t, p, 400, body)
	}
}

// checkReplyText checks the text, attributes and JSON of the *Error Parse gives for a reply.
func checkReplyText[C Code, E Error](t *testing.T, p *Package[C, E], status int, body string) {
	t.Helper()
	var e E
	if !errors.As(p.Parse(status, []byte(body)), &e) {
		t.Errorf("Parse(%d, %.60q) gives no *Error", status, body)
		return
	}
	what := fmt.Sprintf("the reply %.60q", body)
	checkLine(t, what, e.Error())
	var attrs []string
	for _, a := range e.Attrs() {
		attrs = append(attrs, a.Key+"="+a.Value.String())
		checkLine(t, what+": attribute "+a.Key, a.Value.String())
	}
	js, err := json.Marshal(e)
	if err != nil || len(js) > 2*apierrimpl.MaxErrorText+256 || strings.Contains(string(js), "SECRET") {
		t.Errorf("%s: json.Marshal = %.300s, %v; want the attributes only", what, js, err)
	}
	if !strings.Contains(strings.Join(attrs, " "), "error.type=") {
		t.Errorf("%s: the attributes lack error.type: %v", what, attrs)
	}
	checkProblem(t, what, e)
}

// checkProblem checks that the problem document apierr.Problem makes of e, as JSON and as
// served with its headers, holds no more of the body than error text does (the same rule).
func checkProblem[E Error](t *testing.T, what string, e E) {
	t.Helper()
	p := apierr.Problem(e)
	js, _ := json.Marshal(p)
	rec := httptest.NewRecorder()
	p.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	served := fmt.Sprint(rec.Result().Header) + rec.Body.String()
	for _, out := range []string{string(js), served} {
		if strings.Contains(out, "SECRET") || strings.Contains(out, "forged") || strings.Contains(out, "<script") ||
			strings.Contains(out, "Hunter2") {
			t.Errorf("%s: apierr.Problem shows the body: %.300s", what, out)
		}
	}
	for _, v := range []string{p.Code, p.RequestID, p.Vendor, p.Title, p.Type} { // Detail is the document's text
		if strings.ContainsAny(v, "\r\n\x00") || len(v) > apierrimpl.MaxErrorText {
			t.Errorf("%s: apierr.Problem holds %.80q", what, v)
		}
	}
}

// checkLine checks that text is one line of at most apierrimpl.MaxErrorText bytes, with no
// control character and nothing of the hostile bodies' free text.
func checkLine(t *testing.T, what, text string) {
	t.Helper()
	switch {
	case len(text) > apierrimpl.MaxErrorText:
		t.Errorf("%s: text of %d bytes, want at most %d: %.80q…", what, len(text), apierrimpl.MaxErrorText, text)
	case strings.ContainsAny(text, "\r\n\x00\x1b"):
		t.Errorf("%s: text with a control character: %q", what, text)
	case strings.Contains(text, "SECRET") || strings.Contains(text, "forged"):
		t.Errorf("%s: text shows the body: %q", what, text)
	}
}
