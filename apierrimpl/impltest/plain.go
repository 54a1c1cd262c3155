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

// PlainData checks that an *Error is plain data, as users compare it in tests:
//
//   - its type has exported fields only, among them Body and Header, and no Equal method,
//     which go-cmp would call instead of comparing fields (and would then ignore
//     cmpopts.IgnoreFields);
//   - the *Error that Parse makes of each documented reply is reflect.DeepEqual (testify's
//     assert.Equal) to the literal a program writes with the same exported fields, and one
//     that differs in Status differs in that exported field alone, which is what testify's and
//     go-cmp's diffs then name;
//   - what FromResponse returns for a fake reply, its Body and Header left out (as with
//     cmpopts.IgnoreFields(Error{}, "Body", "Header")), is reflect.DeepEqual to the reply.
func PlainData[C Code, E Error](t *testing.T, p *Package[C, E], cases []Documented[C]) {
	typ := reflect.TypeFor[E]().Elem()
	for i := range typ.NumField() {
		if f := typ.Field(i); !f.IsExported() {
			t.Fatalf("Error has the unexported field %s: a parsed reply would differ from its literal", f.Name)
		}
	}
	for _, name := range []string{"Body", "Header"} {
		if _, ok := typ.FieldByName(name); !ok {
			t.Errorf("Error has no field %s to leave out with cmpopts.IgnoreFields", name)
		}
	}
	if _, ok := reflect.TypeFor[E]().MethodByName("Equal"); ok {
		t.Errorf("*Error has an Equal method: go-cmp would call it instead of comparing the fields")
	}
	for _, tc := range cases {
		var e E
		if !errors.As(p.Parse(tc.Status, []byte(tc.Body)), &e) {
			t.Fatalf("Parse(%d, %s) gives no *Error", tc.Status, tc.Body)
		}
		lit := literal(e)
		if !reflect.DeepEqual(e, lit) {
			t.Errorf("%s: the parsed reply is not reflect.DeepEqual to the literal with its fields", tc.Str)
		}
		reflect.ValueOf(lit).Elem().FieldByName("Status").SetInt(int64(tc.Status + 1))
		if d := differing(e, lit); len(d) != 1 || d[0] != "Status" {
			t.Errorf("%s: a literal with another Status differs in %v, want [Status]", tc.Str, d)
		}
	}
	fromResponseIsLiteral(t, p)
}

// fromResponseIsLiteral checks that FromResponse of the reply a fake vendor serves for the first
// code, without Body and Header, is reflect.DeepEqual to that reply (its request ID when the
// reply can carry one: a key of the code's envelope, or the vendor's header).
func fromResponseIsLiteral[C Code, E Error](t *testing.T, p *Package[C, E]) {
	want := p.Reply(p.Codes()[0])
	if p.SetRequestID != nil {
		p.SetRequestID(want, "req-literal")
	}
	rec := httptest.NewRecorder()
	want.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if p.SetRequestID != nil && !bodyCarriesRequestID(p, want) && len(p.RequestIDHeaders) == 0 {
		p.SetRequestID(want, "") // the code's envelope has no key for it, and the vendor no header
	}
	var got E
	if !errors.As(p.FromResponse(rec.Result()), &got) {
		t.Fatalf("FromResponse of a served reply gives no *Error")
	}
	for _, name := range []string{"Body", "Header"} {
		f := reflect.ValueOf(got).Elem().FieldByName(name)
		f.Set(reflect.Zero(f.Type()))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FromResponse without Body and Header differs from the reply it was served in %v", differing(got, want))
	}
}

// literal returns a new *Error with the exported fields of e: what a program writes as a
// literal.
func literal[E Error](e E) E {
	v := reflect.New(reflect.TypeOf(e).Elem())
	d, s := v.Elem(), reflect.ValueOf(e).Elem()
	for i := range d.NumField() {
		if d.Type().Field(i).IsExported() {
			d.Field(i).Set(s.Field(i))
		}
	}
	return v.Interface().(E)
}

// differing returns the names of the fields in which a and b differ.
func differing[E Error](a, b E) []string {
	x, y := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	var out []string
	for i := range x.NumField() {
		if !reflect.DeepEqual(x.Field(i).Interface(), y.Field(i).Interface()) {
			out = append(out, x.Type().Field(i).Name)
		}
	}
	return out
}

// NilError checks that a nil *Error held in an error is safe: every exported method answers
// without panicking (a method with parameters gets zero values, ServeHTTP a recorder), and so
// do errors.Is, errors.As, fmt, log/slog and the functions of package apierr given it.
func NilError[C Code, E Error](t *testing.T, p *Package[C, E]) {
	var e E
	var err error = e
	v := reflect.ValueOf(e)
	for i := range v.NumMethod() {
		m := v.Type().Method(i)
		args := make([]reflect.Value, m.Type.NumIn()-1)
		for j := range args {
			args[j] = argFor(m.Type.In(j + 1))
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("(*Error)(nil).%s panics: %v", m.Name, r)
				}
			}()
			v.Method(i).Call(args)
		}()
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Error("call failed", "err", err)
	if out := logged.String(); strings.Contains(out, "LogValue panicked") || strings.Contains(out, "!PANIC") ||
		strings.Contains(out, "(PANIC=") { // what slog and fmt write of a method that panicked
		t.Errorf("slog of a nil *Error: %s", out)
	}
	var c C
	if out := fmt.Sprint(err) + fmt.Sprintf("%#v", err); strings.Contains(out, "(PANIC=") {
		t.Errorf("fmt of a nil *Error: %s", out)
	}
	if errors.Is(err, apierr.ErrInternal) || errors.As(err, &c) || apierr.ClassOf(err) != nil ||
		apierr.Retryable(err) || apierr.HTTPStatus(err) != 0 {
		t.Errorf("a nil *Error matches a class or a code, or has a status")
	}
	_ = apierr.Problem(err)
}

// argFor returns a value of type typ for NilError's calls: a recorder for an
// http.ResponseWriter, a request for an *http.Request, else the zero value.
func argFor(typ reflect.Type) reflect.Value {
	switch typ {
	case reflect.TypeFor[http.ResponseWriter]():
		return reflect.ValueOf(httptest.NewRecorder())
	case reflect.TypeFor[*http.Request]():
		return reflect.ValueOf(httptest.NewRequest("GET", "/", nil))
	}
	return reflect.Zero(typ)
}
