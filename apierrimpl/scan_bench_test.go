package apierrimpl

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// Structs of the fields of each benchmark body, as a Go programmer would write them for
// json.Unmarshal (object values as json.RawMessage: the scanner does not decode them
// either).
type (
	benchAkamai struct {
		Stat             string `json:"stat"`
		Code             int    `json:"code"`
		Error            string `json:"error"`
		ErrorDescription string `json:"error_description"`
		RequestID        string `json:"request_id"`
	}
	benchNextIdentity struct {
		Status    string          `json:"status"`
		ErrorCode string          `json:"error_code"`
		ErrorID   string          `json:"error_id"`
		Messages  json.RawMessage `json:"messages"`
	}
	benchAlibaba struct {
		Success   bool            `json:"success"`
		Code      string          `json:"code"`
		Message   string          `json:"message"`
		RequestID string          `json:"requestId"`
		Data      json.RawMessage `json:"data"`
	}
	benchNested struct {
		Error            string `json:"error"`
		ErrorDescription string `json:"error_description"`
		Code             int    `json:"code"`
		RequestID        string `json:"request_id"`
	}
)

// nestedBody returns a body of about 4 KB: four members that the benchmark reads, around
// nested values that it does not read (arrays of objects, strings with escapes, numbers).
func nestedBody() string {
	var b strings.Builder
	b.WriteString(`{"error":"invalid_request","details":[`)
	for i := range 14 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"field":"profile.emails[%d].value","issues":[`+
			`{"code":"format","message":"must be an e-mail address \"like\" a@b.example","at":[%d,%d.5,-1e3]},`+
			`{"code":"length","max":254,"ok":false,"hint":null}]}`, i, i, i)
	}
	b.WriteString(`],"error_description":"The request has 14 invalid fields; see details.","debug":{"trace":[`)
	for i := range 20 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"frame %02d: idaas.validate\u0028\u0029 at handler.go:%d"`, i, 100+i)
	}
	b.WriteString(`],"nested":{"a":{"b":{"c":[[[{"d":"deep"}]]]}}}},"code":400,` +
		`"request_id":"9f8e7d6c-5b4a-3210-fedc-ba9876543210"}`)
	return b.String()
}

// benchBodies are the benchmark bodies, each with the JSON names of the fields read and a
// json.Unmarshal of the body into its struct.
var benchBodies = []struct {
	name   string
	body   string
	fields []string
	json   func([]byte) error
}{
	{"akamai", `{"stat":"error","code":200,"error":"invalid_argument","error_description":"x","request_id":"k3"}`,
		[]string{"stat", "code", "error", "error_description", "request_id"},
		func(b []byte) error { var v benchAkamai; return json.Unmarshal(b, &v) }},
	{"nextidentity",
		`{"status":"error","error_code":"critical.auth.required","error_id":"5f0c2e9a",` +
			`"messages":{"password":["too short"]}}`,
		[]string{"status", "error_code", "error_id", "messages"},
		func(b []byte) error { var v benchNextIdentity; return json.Unmarshal(b, &v) }},
	{"alibaba",
		`{"success":false,"code":"Operation.Failure","message":"Operation.Failure.User.Locked",` +
			`"requestId":"8C2F","data":null}`,
		[]string{"success", "code", "message", "requestId", "data"},
		func(b []byte) error { var v benchAlibaba; return json.Unmarshal(b, &v) }},
	{"nested4k", nestedBody(),
		[]string{"error", "error_description", "code", "request_id"},
		func(b []byte) error { var v benchNested; return json.Unmarshal(b, &v) }},
}

// scanFields reads every member of data as a decoder built on the scanner would: it finds
// the field of each key (exact name first, then case folding, as encoding/json does) and
// reads the value of a known field: a string decoded into buf, a number with parseInt, a
// literal compared; other values stay spans. It returns buf and a checksum of what it read.
func scanFields(data []byte, fields []string, buf []byte) ([]byte, int, bool) {
	s := newScanner(data)
	if !s.begin() {
		return buf, 0, false
	}
	sum := 0
	for {
		key, esc, val, done, ok := s.next()
		if !ok || done {
			return buf, sum, ok
		}
		k, v := data[key.start:key.end], data[val.start:val.end]
		f := fieldOf(k, esc, fields)
		if f < 0 {
			continue
		}
		switch v[0] {
		case '"':
			buf = appendString(buf[:0], v)
			sum += f + len(buf)
		case 't', 'f', 'n', '{', '[':
			sum += f + len(v)
		default:
			n, _ := parseInt(v)
			sum += f + int(n)
		}
	}
}

// fieldOf returns the index of the field that a key sets, or -1 (matchName's rule).
func fieldOf(key []byte, escaped bool, fields []string) int {
	return matchName(key, escaped, fields)
}

func BenchmarkScan(b *testing.B) {
	for _, bb := range benchBodies {
		data := []byte(bb.body)
		if _, _, ok := scanFields(data, bb.fields, nil); !ok {
			b.Fatalf("body %s: the scanner fails", bb.name)
		}
		if err := bb.json(data); err != nil {
			b.Fatalf("body %s: json.Unmarshal: %v", bb.name, err)
		}
		b.Run("body="+bb.name+"/impl=scan", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			buf := make([]byte, 0, 256)
			for b.Loop() {
				buf, _, _ = scanFields(data, bb.fields, buf)
			}
		})
		b.Run("body="+bb.name+"/impl=json", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_ = bb.json(data)
			}
		})
	}
}
