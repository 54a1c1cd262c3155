package apierrimpl

import "testing"

// TestMessagesText checks the one text VendorMessage gives of either form of Messages.
func TestMessagesText(t *testing.T) {
	for _, tc := range []struct {
		ms   Messages
		want string
	}{
		{Messages{}, ""},
		{Messages{List: []string{"Token expired.", "Sign in again."}}, "Token expired. Sign in again."},
		{Messages{Fields: map[string][]string{"password": {"is too short"}, "email": {"is taken", "is invalid"}}},
			"email: is taken is invalid; password: is too short"},
	} {
		if got := tc.ms.Text(); got != tc.want {
			t.Errorf("%+v.Text() = %q, want %q", tc.ms, got, tc.want)
		}
	}
}
