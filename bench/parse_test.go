package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/apierr/apierr/generated/akamai/identitycloud"
	"github.com/apierr/apierr/generated/alibaba/idaas"
	"github.com/apierr/apierr/generated/gopoints"
	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
	"github.com/apierr/apierr/generated/loginradius/customeridentity"
	"github.com/apierr/apierr/generated/nextidentity"
)

// Typical error bodies, one per vendor, shaped as specs/SOURCES.md describes them.
const (
	identitycloudBody = `{"stat":"error","code":200,"error":"invalid_argument","error_description":"the value of the argument 'email' is not a valid email address","argument_name":"email","request_id":"k3vx9q2m8d7c6b5a"}`
	nextidentityBody  = `{"error":"invalid_parameters","error_description":"some inputs are invalid","error_details":{"newPassword":{"missing":"required"}}}`
	idaasBody         = `{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked","requestId":"8C2F6A1E-3B7D-4E9A-A5C1-2D4F6B8E0A13","data":null}`
	clouddirectoryDoc = "The provided LoginRadius API key is invalid or is not authorized, please use a valid or authorized LoginRadius API key or check the API key for your LoginRadius account."
	clouddirectoryBod = `{"Description":"` + clouddirectoryDoc + `","ErrorCode":901,"Message":"The API key is unauthorized","IsProviderError":false,"ProviderErrorResponse":null}`
	// 1134 (validation failed) points to the Errors list, which real bodies carry.
	customeridentityBody = `{"Description":"Validation failed for one or more fields, please check the errors field for more information.","ErrorCode":1134,"Message":"Validation failed for one or more fields.","IsProviderError":false,"ProviderErrorResponse":null,"Errors":[{"FieldName":"EmailId","ErrorMessage":"The EmailId field is required."}]}`
	gopointsBody         = `{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a","messages":["Please confirm the change with the code sent to your phone."],"critical_auth_method":"otp"}`
)

// Plain structs with the JSON fields of each generated Error (and the outcome key the
// decoder must read to tell an error from a success): what a programmer without apierr would
// unmarshal the body into. Unlike Parse, json.Unmarshal into them keeps no copy of the body,
// classifies nothing and accepts no alternative shapes (GoPoints' messages as an object).
type (
	plainIdentityCloud struct {
		Stat             string              `json:"stat"`
		Code             int                 `json:"code"`
		Error            string              `json:"error"`
		Message          string              `json:"message"`
		ErrorDescription string              `json:"error_description"`
		RequestID        string              `json:"request_id"`
		RequestToken     string              `json:"request_token"`
		ArgumentName     string              `json:"argument_name"`
		ApplicationID    string              `json:"application_id"`
		TypeName         string              `json:"type_name"`
		AttributeName    string              `json:"attribute_name"`
		Cause            string              `json:"cause"`
		ExistingProvider string              `json:"existing_provider"`
		ExpectedValue    string              `json:"expected_value"`
		InvalidFields    map[string][]string `json:"invalid_fields"`
	}
	plainNextIdentity struct {
		Error            string                     `json:"error"`
		Message          string                     `json:"message"`
		ErrorDescription string                     `json:"error_description"`
		ErrorDetails     map[string]json.RawMessage `json:"error_details"`
	}
	plainIdaas struct {
		Success          bool            `json:"success"`
		Code             string          `json:"code"`
		Message          string          `json:"message"`
		RequestID        string          `json:"requestId"`
		Error            string          `json:"error"`
		ErrorDescription string          `json:"error_description"`
		ErrorURI         string          `json:"error_uri"`
		Data             json.RawMessage `json:"data"`
	}
	plainCloudDirectory struct {
		ErrorCode             int    `json:"ErrorCode"`
		Message               string `json:"Message"`
		Description           string `json:"Description"`
		IsProviderError       bool   `json:"IsProviderError"`
		ProviderErrorResponse string `json:"ProviderErrorResponse"`
		Errors                []struct {
			FieldName    string `json:"FieldName"`
			ErrorMessage string `json:"ErrorMessage"`
		} `json:"Errors"`
		Data json.RawMessage `json:"Data"`
	}
	plainCustomerIdentity struct {
		ErrorCode             int             `json:"ErrorCode"`
		Message               string          `json:"Message"`
		Description           string          `json:"Description"`
		IsProviderError       bool            `json:"IsProviderError"`
		ProviderErrorResponse string          `json:"ProviderErrorResponse"`
		CloudAPIErrorResponse json.RawMessage `json:"CloudApiErrorResponse"`
		Errors                []struct {
			FieldName    string `json:"FieldName"`
			ErrorMessage string `json:"ErrorMessage"`
		} `json:"Errors"`
		Data json.RawMessage `json:"Data"`
	}
	plainGoPoints struct {
		Status             string   `json:"status"`
		ErrorCode          string   `json:"error_code"`
		ErrorID            string   `json:"error_id"`
		Messages           []string `json:"messages"`
		CriticalAuthMethod string   `json:"critical_auth_method"`
	}
)

// parseCase is one vendor of BenchmarkParse.
type parseCase struct {
	pkg    string
	status int
	body   string
	parse  func(status int, body []byte) error // the generated Parse
	plain  func() any                          // a new plain struct to unmarshal into
	code   func(err error) string              // the code of Parse's *Error, for TestParseInputs
	plainC func(p any) string                  // the code the plain struct decoded
}

// parseCases are the vendors' typical bodies with their Parse and plain struct.
var parseCases = []parseCase{
	{
		pkg: "identitycloud", status: 200, body: identitycloudBody, parse: identitycloud.Parse,
		plain: func() any { return new(plainIdentityCloud) },
		code: func(err error) string {
			var e *identitycloud.Error
			if !errors.As(err, &e) {
				return ""
			}
			return e.Code.String()
		},
		plainC: func(p any) string { return identitycloud.Code(p.(*plainIdentityCloud).Code).String() },
	},
	{
		pkg: "nextidentity", status: 422, body: nextidentityBody, parse: nextidentity.Parse,
		plain: func() any { return new(plainNextIdentity) },
		code: func(err error) string {
			var e *nextidentity.Error
			if !errors.As(err, &e) {
				return ""
			}
			return e.Code.String()
		},
		plainC: func(p any) string { return p.(*plainNextIdentity).Error },
	},
	{
		pkg: "idaas", status: 400, body: idaasBody, parse: idaas.Parse,
		plain: func() any { return new(plainIdaas) },
		code: func(err error) string {
			var e *idaas.Error
			if !errors.As(err, &e) {
				return ""
			}
			return e.Code.String() + " " + e.Detail.String()
		},
		plainC: func(p any) string { return p.(*plainIdaas).Code + " " + p.(*plainIdaas).Message },
	},
	{
		pkg: "clouddirectory", status: 403, body: clouddirectoryBod, parse: clouddirectory.Parse,
		plain: func() any { return new(plainCloudDirectory) },
		code: func(err error) string {
			var e *clouddirectory.Error
			if !errors.As(err, &e) {
				return ""
			}
			return e.Code.String()
		},
		plainC: func(p any) string { return clouddirectory.Code(p.(*plainCloudDirectory).ErrorCode).String() },
	},
	{
		pkg: "customeridentity", status: 403, body: customeridentityBody, parse: customeridentity.Parse,
		plain: func() any { return new(plainCustomerIdentity) },
		code: func(err error) string {
			var e *customeridentity.Error
			if !errors.As(err, &e) || len(e.Errors) != 1 {
				return ""
			}
			return e.Code.String() + " " + e.Errors[0].FieldName
		},
		plainC: func(p any) string {
			c := p.(*plainCustomerIdentity)
			if len(c.Errors) != 1 {
				return "no Errors"
			}
			return customeridentity.Code(c.ErrorCode).String() + " " + c.Errors[0].FieldName
		},
	},
	{
		pkg: "gopoints", status: 403, body: gopointsBody, parse: gopoints.Parse,
		plain: func() any { return new(plainGoPoints) },
		code: func(err error) string {
			var e *gopoints.Error
			if !errors.As(err, &e) {
				return ""
			}
			return e.Code.String()
		},
		plainC: func(p any) string { return p.(*plainGoPoints).ErrorCode },
	},
}

// BenchmarkParse compares each vendor's Parse on a typical error body with json.Unmarshal of
// the same body into a plain struct with the same fields (impl=json).
func BenchmarkParse(b *testing.B) {
	for _, c := range parseCases {
		body := []byte(c.body)
		b.Run("pkg="+c.pkg+"/impl=json", func(b *testing.B) {
			for b.Loop() {
				p := c.plain()
				if err := json.Unmarshal(body, p); err != nil {
					b.Fatal(err)
				}
				sinkAny = p
			}
		})
		b.Run("pkg="+c.pkg+"/impl=apierr", func(b *testing.B) {
			for b.Loop() {
				sinkError = c.parse(c.status, body)
			}
		})
	}
}

// rewindBody is a reusable response body: Reset it before each FromResponse, and Close does
// nothing, so the benchmark harness allocates nothing per op.
type rewindBody struct{ bytes.Reader }

// Close does nothing.
func (*rewindBody) Close() error { return nil }

// sdkPathMatches is what a user of the LoginRadius Go SDK writes today: the SDK hands back the
// error body as a string; unmarshal it into a map and compare the description with the text of
// the error to handle.
func sdkPathMatches(body, description string) bool {
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		return false
	}
	d, _ := m["Description"].(string)
	return d == description
}

// BenchmarkLoginRadiusPath compares the LoginRadius SDK user's path (impl=sdk-map:
// sdkPathMatches) with clouddirectory.FromResponse on an *http.Response followed by errors.Is
// (impl=apierr-fromresponse), and with clouddirectory.Parse on the body in hand, as the SDK
// path has it, followed by errors.Is (impl=apierr-parse). The body is a 403 for code 901.
func BenchmarkLoginRadiusPath(b *testing.B) {
	bodyStr := strings.Clone(clouddirectoryBod)
	description := strings.Clone(clouddirectoryDoc)
	b.Run("impl=sdk-map", func(b *testing.B) {
		for b.Loop() {
			sinkBool = sdkPathMatches(bodyStr, description)
		}
	})
	b.Run("impl=apierr-fromresponse", func(b *testing.B) {
		body := []byte(bodyStr)
		rb := new(rewindBody)
		resp := &http.Response{StatusCode: http.StatusForbidden}
		for b.Loop() {
			rb.Reset(body)
			resp.Body = rb
			sinkBool = errors.Is(clouddirectory.FromResponse(resp), clouddirectory.APIKeyUnauthorized)
		}
	})
	b.Run("impl=apierr-parse", func(b *testing.B) {
		for b.Loop() {
			sinkBool = errors.Is(clouddirectory.Parse(http.StatusForbidden, []byte(bodyStr)), clouddirectory.APIKeyUnauthorized)
		}
	})
}
