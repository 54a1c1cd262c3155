package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/apierr/apierr/generated/loginradius/clouddirectory"
)

// The LoginRadius reply of BenchmarkLoginRadiusPath: a 403 for code 901, as the LoginRadius
// API sends it (specs/SOURCES.md).
const (
	clouddirectoryDoc = "The provided LoginRadius API key is invalid or is not authorized, please use a valid or " +
		"authorized LoginRadius API key or check the API key for your LoginRadius account."
	clouddirectoryBody = `{"Description":"` + clouddirectoryDoc + `","ErrorCode":901,` +
		`"Message":"The API key is unauthorized","IsProviderError":false,"ProviderErrorResponse":null}`
)

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
	bodyStr := strings.Clone(clouddirectoryBody)
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
			err := clouddirectory.Parse(http.StatusForbidden, []byte(bodyStr))
			sinkBool = errors.Is(err, clouddirectory.APIKeyUnauthorized)
		}
	})
}

// TestLoginRadiusPathInputs checks that the three paths of BenchmarkLoginRadiusPath all
// recognise code 901 in the body.
func TestLoginRadiusPathInputs(t *testing.T) {
	if !sdkPathMatches(clouddirectoryBody, clouddirectoryDoc) {
		t.Error("the SDK path does not match the 901 body")
	}
	resp := &http.Response{StatusCode: http.StatusForbidden, Body: io.NopCloser(strings.NewReader(clouddirectoryBody))}
	if err := clouddirectory.FromResponse(resp); !errors.Is(err, clouddirectory.APIKeyUnauthorized) {
		t.Errorf("FromResponse on the 901 body gives %v, not APIKeyUnauthorized", err)
	}
	if err := clouddirectory.Parse(http.StatusForbidden, []byte(clouddirectoryBody)); !errors.Is(err,
		clouddirectory.APIKeyUnauthorized) {
		t.Errorf("Parse of the 901 body gives %v, not APIKeyUnauthorized", err)
	}
}
