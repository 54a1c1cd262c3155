package model

// The mirror test of every generated package reads these bodies, at these statuses, with
// Parse, and expects what Read (and so explain) makes of them. They are edge cases of JSON and
// of the vendors' shapes, applied to every spec whatever its vendor: keys in other cases,
// duplicate keys, codes of the wrong type, null, outcome values of other types.

// MirrorStatuses are the HTTP statuses each mirror body is read with.
var MirrorStatuses = []int{200, 400, 502}

// MirrorBodies are the bodies of the mirror test, beyond the documented replies.
var MirrorBodies = []string{
	``, `   `, `<html>502</html>`, `[]`, `"x"`, `null`, `{`, `{"a":1} x`, `{}`, `{"foo":1}`,
	"\ufeff{\"code\":100,\"error_code\":\"x\",\"error\":\"e\",\"ErrorCode\":1}",
	// Akamai
	`{"stat":"error","code":100,"error":"missing_argument","request_id":"r","argument_name":"email"}`,
	`{"stat":"ok"}`, `{"stat":"ok","code":100}`, `{"stat":"ERROR","code":100}`, `{"stat":null}`,
	`{"code":"361"}`, `{"CODE":364}`, `{"Code":1,"code":2}`, `{"code":2,"Code":1}`, `{"code":1e2}`,
	`{"code":"+5"}`, `{"code":-3}`, `{"code":null}`, `{"code":1.5}`, `{"code":true}`, `{"code":100,"code":"x"}`,
	`{"code":100,"code":null}`, `{"stat":"error"}`, `{"stat":"error","code":215,"request_token":"t","request_id":""}`,
	`{"stat":"error","code":350,"message":"m","error_description":5}`,
	`{"error_description":"d","message":"m","code":213}`,
	`{"stat":"error","code":0,"error":"unknown_application"}`, `{"stat":"error","code":999999}`,
	`{"stat":"\u0065rror","code":100}`, `{"stat":"error","code":99999999999999999999}`,
	// Alibaba
	`{"success": false, "code": "Operation.Failure", "message": "Operation.Failure.Mini.Program.Silent.Login", ` +
		`"requestId": "1656572265429$49b433a9", "data": null}`,
	`{"error":"invalid_grant","error_description":"Invalid authorization code","error_uri":"http://x",` +
		`"requestId":"1658384361768$ca725dc4"}`,
	`{"success":true}`, `{"success":null,"code":"Params.Blank"}`, `{"error":null}`, `{"Error":"invalid_client"}`,
	`{"SUCCESS":false,"message":"Operation.Failure.User.Locked"}`, `{"REQUESTID":"a","requestid":"b","code":"x"}`,
	`{"RequestId":"a","request_id":"b","code":"Operation.Denied"}`, `{"code":5}`,
	`{"message":"Params.Blank.Foo","success":false}`,
	`{"message":"Operation.Failure.Brand.New","code":"Operation.Failure"}`,
	`{"success":"false","code":"Service.Internal.Error"}`,
	`{"error":"server_error","success":false}`, `{"code":"","message":""}`,
	// GoPoints
	`{"status":"error","error_code":"auth.token.expired","error_id":"e","messages":["x"]}`, `{"status":"success"}`,
	`{"error_code":"x.y"}`, `{"status":"error"}`, `{"status":"Error","error_code":"critical.auth.required"}`,
	`{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a","messages":{"password":"short"},` +
		`"critical_auth_method":"otp"}`,
	// Next Identity
	`{"error":"invalid_parameters","error_description":"d","message":"m","error_details":{"client_id":"field required"}}`,
	`{"error":""}`, `{"error_details":null}`, `{"error":"http_exception","message":"Forbidden"}`,
	// LoginRadius
	`{"ErrorCode":901,"Message":"m","Description":"d","IsProviderError":false}`, `{"errorCode":"1000"}`,
	`{"errorcode":905,"description":"x","Data":{"access_token":"s"}}`, `{"ErrorCode":7777}`,
}

// MirrorCase is one reply of the mirror test, with what Read makes of it.
type MirrorCase struct {
	Status  int
	Body    string
	Reading *Reading
}

// Mirror returns the mirror test's replies: the replies the generated tests build from the
// spec (each documented code, an unknown code, a code under a catch-all, the outcome rule,
// the scenarios), then every mirror body at every mirror status.
func (m *Model) Mirror() []MirrorCase {
	var out []MirrorCase
	add := func(status int, body string) {
		out = append(out, MirrorCase{status, body, m.Read(status, []byte(body))})
	}
	for _, tc := range m.Cases() {
		add(tc.Status, tc.Body)
	}
	unknown := m.UnknownBody(m.UnknownValue())
	add(400, unknown)
	add(200, unknown)
	if _, _, body, ok := m.CatchAllCase(); ok {
		add(400, body)
	}
	for _, r := range m.OutcomeRows() {
		add(r.Status, r.Body)
	}
	for _, sc := range m.Scenarios {
		add(sc.Status, m.ScenarioBody(sc))
	}
	for _, body := range MirrorBodies {
		for _, status := range MirrorStatuses {
			add(status, body)
		}
	}
	return out
}
