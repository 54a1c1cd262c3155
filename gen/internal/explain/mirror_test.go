package explain

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
	"github.com/apierr/apierr/generated/nextidentity"
)

// explain works from the spec model, not from the generated packages; these tests hold it to
// what the generated packages do with the same specs, so the two cannot drift apart.

// loadNamespace loads one of the repository's specs.
func loadNamespace(t *testing.T, file string) *namespace {
	t.Helper()
	s, err := spec.LoadFile(filepath.Join("..", "..", "..", "specs", file))
	if err != nil {
		t.Fatal(err)
	}
	return newNamespace(s)
}

// reply is what a decoded reply says, on both sides.
type reply struct {
	isError                bool
	code, reqID, desc, env string
	class                  string
}

// mirrors pairs each spec with its generated Parse, reporting what the *Error holds; fields
// a package does not have stay empty on both sides (see mine).
var mirrors = []struct {
	file  string
	parse func(status int, body []byte) reply
	desc  bool // the generated Error has Description
}{
	{"akamai-identitycloud.toml", func(st int, b []byte) reply {
		r, e := fromErr(identitycloud.Parse(st, b))
		if e, ok := e.(*identitycloud.Error); ok {
			r.desc = e.Description
		}
		return r
	}, true},
	{"alibaba-idaas.toml", func(st int, b []byte) reply {
		r, e := fromErr(idaas.Parse(st, b))
		if e, ok := e.(*idaas.Error); ok {
			r.desc, r.env = e.Description, e.Envelope
		}
		return r
	}, true},
	{"gopoints.toml", func(st int, b []byte) reply { r, _ := fromErr(gopoints.Parse(st, b)); return r }, false},
	{"nextidentity.toml", func(st int, b []byte) reply {
		r, e := fromErr(nextidentity.Parse(st, b))
		if e, ok := e.(*nextidentity.Error); ok {
			r.desc = e.Description
		}
		return r
	}, true},
	{"loginradius-clouddirectory.toml", func(st int, b []byte) reply {
		r, e := fromErr(clouddirectory.Parse(st, b))
		if e, ok := e.(*clouddirectory.Error); ok {
			r.desc = e.Description
		}
		return r
	}, true},
}

func fromErr(err error) (reply, error) {
	if err == nil {
		return reply{}, nil
	}
	var ve apierr.VendorError
	if !errors.As(err, &ve) {
		panic(fmt.Sprintf("Parse returned %T", err))
	}
	r := reply{isError: true, code: ve.VendorCode(), reqID: ve.VendorRequestID()}
	if c := ve.Class(); c != nil {
		r.class = c.Name()
	}
	return r, err
}

// mine is what explain makes of the same reply.
func mine(n *namespace, status int, body []byte, withDesc bool) reply {
	d := decode(n, status, body)
	isErr, _ := d.isError(status)
	if isErr == nil || !*isErr {
		return reply{}
	}
	r := reply{isError: true, reqID: d.reqID}
	if withDesc {
		r.desc = d.desc
	}
	if len(n.Envelopes) > 1 && d.env != nil {
		r.env = d.env.Name
	}
	for _, v := range []wireCode{d.code, d.detail} {
		if v == (wireCode{}) {
			continue
		}
		if n.StringCodes {
			r.code = v.Str
		} else {
			r.code = strconv.FormatInt(v.Int, 10)
		}
	}
	if c, _ := d.class(n, status); c != nil {
		r.class = c.Name()
	}
	return r
}

var bodies = []string{
	``, `   `, `<html>502</html>`, `[]`, `"x"`, `null`, `{`, `{"a":1} x`, `{}`, `{"foo":1}`,
	// Akamai
	`{"stat":"error","code":100,"error":"missing_argument","request_id":"r","argument_name":"email"}`,
	`{"stat":"ok"}`, `{"stat":"ok","code":100}`, `{"stat":"ERROR","code":100}`, `{"stat":null}`,
	`{"code":"361"}`, `{"CODE":364}`, `{"Code":1,"code":2}`, `{"code":2,"Code":1}`, `{"code":1e2}`,
	`{"code":"+5"}`, `{"code":-3}`, `{"code":null}`, `{"code":1.5}`, `{"code":true}`, `{"code":100,"code":"x"}`,
	`{"stat":"error"}`, `{"stat":"error","code":215,"request_token":"t","request_id":""}`,
	`{"stat":"error","code":350,"message":"m","error_description":5}`, `{"error_description":"d","message":"m","code":213}`,
	`{"stat":"error","code":0,"error":"unknown_application"}`, `{"stat":"error","code":999999}`,
	// Alibaba
	`{"success": false, "code": "Operation.Failure", "message": "Operation.Failure.Mini.Program.Silent.Login", "requestId": "1656572265429$49b433a9", "data": null}`,
	`{"error":"invalid_grant","error_description":"Invalid authorization code","error_uri":"http://x","requestId":"1658384361768$ca725dc4"}`,
	`{"success":true}`, `{"success":null,"code":"Params.Blank"}`, `{"error":null}`, `{"Error":"invalid_client"}`,
	`{"SUCCESS":false,"message":"Operation.Failure.User.Locked"}`, `{"REQUESTID":"a","requestid":"b","code":"x"}`,
	`{"RequestId":"a","request_id":"b","code":"Operation.Denied"}`, `{"code":5}`, `{"message":"Params.Blank.Foo","success":false}`,
	`{"message":"Operation.Failure.Brand.New","code":"Operation.Failure"}`, `{"success":"false","code":"Service.Internal.Error"}`,
	`{"error":"server_error","success":false}`, `{"code":"","message":""}`,
	// GoPoints
	`{"status":"error","error_code":"auth.token.expired","error_id":"e","messages":["x"]}`, `{"status":"success"}`,
	`{"error_code":"x.y"}`, `{"status":"error"}`, `{"status":"Error","error_code":"critical.auth.required"}`,
	`{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a","messages":{"password":"short"},"critical_auth_method":"otp"}`,
	// Next Identity
	`{"error":"invalid_parameters","error_description":"d","message":"m","error_details":{"client_id":"field required"}}`,
	`{"error":""}`, `{"error_details":null}`, `{"error":"http_exception","message":"Forbidden"}`,
	// LoginRadius
	`{"ErrorCode":901,"Message":"m","Description":"d","IsProviderError":false}`, `{"errorCode":"1000"}`,
	`{"errorcode":905,"description":"x","Data":{"access_token":"s"}}`, `{"ErrorCode":7777}`,
}

// TestDecodeMirrorsParse decodes every body with every spec at several statuses and compares
// explain's reading with the generated Parse: error or not, code, request ID, description,
// envelope and class.
func TestDecodeMirrorsParse(t *testing.T) {
	for _, m := range mirrors {
		n := loadNamespace(t, m.file)
		for _, body := range bodies {
			for _, status := range []int{200, 400, 403, 422, 429, 502} {
				want := m.parse(status, []byte(body))
				got := mine(n, status, []byte(body), m.desc)
				if got != want {
					t.Errorf("%s: status %d, body %s:\nexplain %+v\nParse   %+v", m.file, status, body, got, want)
				}
			}
		}
	}
}

// TestParentAndClassMirrorCode compares parent and class of documented and unlisted codes
// with the generated Code.Parent and Code.Class.
func TestParentAndClassMirrorCode(t *testing.T) {
	ic := loadNamespace(t, "akamai-identitycloud.toml")
	for i := int64(-2); i <= 1100; i++ {
		v := wireCode{Int: i}
		wantP, ok := identitycloud.Code(i).Parent()
		gotP := ic.parent(v)
		if ok != (gotP != nil) || ok && int64(wantP) != gotP.Int {
			t.Errorf("identitycloud %d: parent %v, want %v (%v)", i, gotP, wantP, ok)
		}
		if got, want := ic.class(v), identitycloud.Code(i).Class(); got != want {
			t.Errorf("identitycloud %d: class %v, want %v", i, got, want)
		}
	}
	ia := loadNamespace(t, "alibaba-idaas.toml")
	var values []string
	for _, c := range ia.Codes {
		values = append(values, c.Str, c.Str+".X", c.Str+"X")
	}
	values = append(values, "", "Operation", "Server.Access.DeniedX", "Params.Exist.Y", "nope")
	for _, s := range values {
		v := wireCode{Str: s}
		wantP, ok := idaas.Code(s).Parent()
		gotP := ia.parent(v)
		if ok != (gotP != nil) || ok && string(wantP) != gotP.Str {
			t.Errorf("idaas %q: parent %v, want %v (%v)", s, gotP, wantP, ok)
		}
		if got, want := ia.class(v), idaas.Code(s).Class(); got != want {
			t.Errorf("idaas %q: class %v, want %v", s, got, want)
		}
	}
	classes := map[string]func(wireCode) *apierr.Class{
		"gopoints.toml":                   func(v wireCode) *apierr.Class { return gopoints.Code(v.Str).Class() },
		"nextidentity.toml":               func(v wireCode) *apierr.Class { return nextidentity.Code(v.Str).Class() },
		"loginradius-clouddirectory.toml": func(v wireCode) *apierr.Class { return clouddirectory.Code(v.Int).Class() },
	}
	for file, class := range classes {
		n := loadNamespace(t, file)
		vs := []wireCode{{Str: "nope", Int: 1}}
		for _, c := range n.Codes {
			vs = append(vs, n.codeOf(c))
		}
		for _, v := range vs {
			if got, want := n.class(v), class(v); got != want {
				t.Errorf("%s %v: class %v, want %v", file, v, got, want)
			}
		}
	}
}
