package apierr_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"golang.org/x/oauth2"

	"github.com/apierr/apierr"
	oautherr "github.com/apierr/apierr/generated/oauth2"
)

// Example_oauth2RetrieveError turns the error golang.org/x/oauth2 returns for a failed token
// request into typed errors: *oauth2.RetrieveError keeps the reply (Response, Body), which the
// generated package reads as the token endpoint wrote it (RFC 6749, section 5.2).
func Example_oauth2RetrieveError() {
	token := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}`)
	}))
	defer token.Close()
	conf := &oauth2.Config{ClientID: "id", Endpoint: oauth2.Endpoint{TokenURL: token.URL}}
	_, err := conf.Exchange(context.Background(), "a-code")

	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		err = oautherr.Parse(re.Response.StatusCode, re.Body) // the body x/oauth2 already read
	}
	fmt.Println(errors.Is(err, oautherr.InvalidGrant), apierr.ClassOf(err).Name())
	fmt.Println(err)
	// Output:
	// true expired
	// oauth2: invalid_grant: The provided authorization grant (e.g., authorization code, resource owner… (HTTP 400)
}
