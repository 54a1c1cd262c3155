package apierrimpl

import (
	"bytes"
	"encoding/json"
	"strings"
)

// A ScenarioRule is what tells one documented scenario apart (Next Identity documents
// situations rather than codes): the generated Scenario carries one.
type ScenarioRule struct {
	// Status is the HTTP status of the scenario's replies.
	Status int
	// DetailKey is a key of the details object that identifies the scenario; "<digits>"
	// stands for any key of ASCII digits. "" when the scenario has none.
	DetailKey string
	// DetailValue is the string value under DetailKey, or a key of its object value; "" for
	// any value.
	DetailValue string
	// Text is text that the reply's description or message holds, or, for a reply without a
	// code, its body; "" for any.
	Text string
}

// A ScenarioReply is what a reply shows to the scenario rules.
type ScenarioReply struct {
	// Status is the HTTP status of the reply.
	Status int
	// SameCode is true when the reply's code is the scenario's (no code for both included).
	SameCode bool
	// NoCode is true when the reply has no code (a page that is not the vendor's JSON).
	NoCode bool
	// Details is the reply's details object.
	Details map[string]json.RawMessage
	// Description and Message are the reply's description and message.
	Description, Message string
	// Body is the reply's body.
	Body []byte
}

// Matches reports whether the reply fits the scenario: the same status and code, the details
// key and value when the rule has one, and the text when the rule has one.
func (s *ScenarioRule) Matches(r *ScenarioReply) bool {
	if s.Status != r.Status || !r.SameCode {
		return false
	}
	if s.DetailKey != "" && !s.detailMatches(r.Details) {
		return false
	}
	return s.Text == "" || strings.Contains(r.Description, s.Text) || strings.Contains(r.Message, s.Text) ||
		r.NoCode && bytes.Contains(r.Body, []byte(s.Text))
}

// detailMatches reports whether the details object has the rule's key and, when the rule has
// a value, whether the key holds that string or an object with that key.
func (s *ScenarioRule) detailMatches(details map[string]json.RawMessage) bool {
	for k, raw := range details {
		if k != s.DetailKey && !(s.DetailKey == "<digits>" && allDigits(k)) {
			continue
		}
		if s.DetailValue == "" {
			return true
		}
		var str string
		if json.Unmarshal(raw, &str) == nil && str == s.DetailValue {
			return true
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			if _, ok := obj[s.DetailValue]; ok {
				return true
			}
		}
	}
	return false
}

// allDigits reports whether s is a non-empty string of ASCII digits.
func allDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
