package impltest

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/apierr/apierr"
)

// SecretsStayOutOfLogs checks that text and secrets from a body never reach Error, fmt or slog
// output, and stay reachable through Body and RawField. body is a reply with "SECRET" in
// every text and field and under the keys access_token, password and otp.
func SecretsStayOutOfLogs[C Code, E Error](t *testing.T, p *Package[C, E], status int, body string) {
	err := p.Parse(status, []byte(body))
	var e E
	if !errors.As(err, &e) {
		t.Fatalf("Parse = %v, want an *Error", err)
	}
	var logged bytes.Buffer
	slog.New(slog.NewTextHandler(&logged, nil)).Error("call failed", "err", e)
	slog.New(slog.NewJSONHandler(&logged, nil)).Error("call failed", "err", e)
	for what, out := range map[string]string{
		"Error()": e.Error(),
		"%v":      fmt.Sprintf("%v", err),
		"%+v":     fmt.Sprintf("%+v", err),
		"%#v":     fmt.Sprintf("%#v", err),
		"slog":    logged.String(),
		"Redact":  string(apierr.Redact(p.Fields(e).Body)),
	} {
		secret := strings.Contains(out, "SECRET-access") || strings.Contains(out, "SECRET-password") ||
			strings.Contains(out, "SECRET-otp")
		if secret || what != "Redact" && strings.Contains(out, "SECRET") {
			t.Errorf("%s shows a secret: %s", what, out)
		}
	}
	if !strings.Contains(logged.String(), "status=") || !strings.Contains(logged.String(), "vendor=") {
		t.Errorf("slog output lacks the vendor or status: %s", logged.String())
	}
	if v, ok := e.RawField("ACCESS_TOKEN"); !ok || string(v) != `"SECRET-access"` {
		t.Errorf("RawField(ACCESS_TOKEN) = %s, %v; want the raw value", v, ok)
	}
	if string(p.Fields(e).Body) != body {
		t.Errorf("Body lost the raw reply")
	}
}

// ReplyRoundTrip checks that Parse(Marshal(e)) gives back e for the reply of every documented
// code, its request ID included when the code's envelope has a key for one (a vendor such as
// Okta has it in one envelope and not in another), and that an httptest server serving the
// reply answers like the vendor.
func ReplyRoundTrip[C Code, E Error](t *testing.T, p *Package[C, E]) {
	for _, c := range p.Codes() {
		want := p.Reply(c)
		if p.SetRequestID != nil {
			p.SetRequestID(want, "req-fake")
		}
		body := want.Marshal()
		if p.SetRequestID != nil && !bodyCarriesRequestID(p, want) {
			p.SetRequestID(want, "") // the envelope has no key for it: the body cannot carry it
		}
		err := p.Parse(want.HTTPStatus(), body)
		var got E
		if !errors.As(err, &got) {
			t.Fatalf("%s: Parse(Marshal(Reply())) = %v, want an *Error; body %s", c.String(), err, body)
		}
		reflect.ValueOf(got).Elem().FieldByName("Body").SetBytes(nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Parse(Marshal(e)) = %#v, want %#v; body %s", c.String(), got, want, body)
		}
		if !errors.Is(err, c) {
			t.Errorf("%s: errors.Is(Parse(Marshal(Reply())), code) = false", c.String())
		}
	}
	first := p.Codes()[0]
	srv := httptest.NewServer(p.Reply(first))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := p.FromResponse(resp); !errors.Is(err, first) {
		t.Errorf("the fake server answered %v, want %s", err, first.String())
	}
	if resp.StatusCode != p.Reply(first).HTTPStatus() || resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("the fake server answered HTTP %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// bodyCarriesRequestID reports whether the envelope of the reply e has a key for a request ID
// (a package with one envelope has no Envelope field: its only envelope).
func bodyCarriesRequestID[C Code, E Error](p *Package[C, E], e E) bool {
	name := p.Fields(e).Envelope
	for i, env := range p.Layout.Envelopes {
		if env.Name == name || name == "" && i == 0 {
			return len(env.RequestID) > 0
		}
	}
	return false
}
