package importer

import (
	"strings"
	"testing"
)

func TestNormHeaderCaseStyles(t *testing.T) {
	for in, want := range map[string]string{
		"errorCode": "error code", "ErrorCode": "error code", "error_code": "error code",
		"Error Summary": "error summary", "errorSummary": "error summary", "status_code": "status code",
		"statusCode": "status code", "HTTPStatus": "http status", "internalErrorCode": "internal error code",
		"Error code:": "error code", "errorcode": "errorcode",
	} {
		if got := normHeader(in); got != want {
			t.Errorf("normHeader(%q) = %q, want %q", in, got, want)
		}
	}
	for header, role := range map[string]string{
		"errorCode": roleCode, "status_code": roleStatus, "Error Summary": roleMessage,
		"errorSummary": roleMessage, "errorDescription": roleDescription, "statusCode": roleStatus,
		"title": roleTitle, "internalErrorCode": roleReason,
	} {
		if got := headerRoles[normHeader(header)]; got != role {
			t.Errorf("the role of %q is %q, want %q", header, got, role)
		}
	}
}

func TestPlainCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no markup, two  spaces", "no markup, two spaces"},
		{"A<br>B<br/>C<br />D</br>E", "A\nB\nC\nD\nE"},
		{"Reasons:<ul><li>one</li><li>two</li></ul>Then more.", "Reasons:\n- one\n- two\nThen more."},
		{"See [the docs](https://example.com/a_b) and [https://x.y](https://x.y).",
			"See the docs (https://example.com/a_b) and https://x.y."},
		{"See [ticket](~/fundamentals/how-to-get-support.md).", "See ticket (~/fundamentals/how-to-get-support.md)."},
		{`An <a href="https://example.com">anchor</a>.`, "An anchor (https://example.com)."},
		{"**Monitoring &amp; health** -> `Sign-in logs`", "Monitoring & health -> Sign-in logs"},
		{"two  spaces <b>bold</b>", "two spaces bold"},
		{"a_b and 3 * 4", "a_b and 3 * 4"},
	} {
		if got := plainCell(c.in); got != c.want {
			t.Errorf("plainCell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNamePrefixes(t *testing.T) {
	in := &Input{Has: map[string]bool{roleCode: true, roleDescription: true}, Rows: []Row{
		{Code: "1", Description: "InvalidUserNameOrPassword - Error validating credentials."},
		{Code: "2", Description: "UserStrongAuthExpired- Presented MFA has expired."},
		{Code: "3", Description: "SasNonRetryableError"},
		{Code: "4", Description: "Invalid URI - domain name contains invalid characters."},
	}}
	findNamePrefixes(in)
	var got []string
	for _, r := range in.Rows {
		got = append(got, r.Title)
	}
	want := []string{"InvalidUserNameOrPassword", "UserStrongAuthExpired", "SasNonRetryableError", ""}
	if !equalStrings(got, want) {
		t.Errorf("titles = %q, want %q", got, want)
	}
	// A phrase that starts so on one row of three is not the document's convention.
	in = &Input{Has: map[string]bool{roleCode: true, roleMessage: true}, Rows: []Row{
		{Code: "1", Message: "PasswordReset - the link expired"},
		{Code: "2", Message: "Wrong code"},
		{Code: "3", Message: "Gone"},
	}}
	if findNamePrefixes(in); in.Has[roleTitle] || in.Rows[0].Title != "" {
		t.Errorf("a prefix on one row of three was read as a name: %+v", in.Rows[0])
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"scalar", `"x"`, "holds a single value"},
		{"two arrays", `{"a": [{"code": 1}], "b": [{"code": 2}]}`, `holds 2 arrays ("a", "b")`},
		{"no array", `{"release": "1"}`, "holds 0 arrays"},
		{"not objects", "[\n1,\n2]", "element 1 of the array is not an object"},
		{"syntax", "[\n{\"code\": 1},\n{\"code\" 2}]", "x.json:3: not a JSON catalogue"},
		{"empty", `[]`, "holds no objects"},
		{"no code key", `[{"summary": "x"}]`, "has no code column"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseInput("x.json", []byte(c.src), ReadOptions{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("ParseInput: %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestReadJSONLinesAndRelease(t *testing.T) {
	src := "{\n \"release\": \"2026.08.1\",\n \"errors\": [\n" +
		"  {\"errorCode\": \"E1\", \"statusCode\": 400},\n  {\"errorCode\": \"E2\"}\n ]\n}\n"
	in, err := ParseInput("x.json", []byte(src), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if in.Release != "2026.08.1" || len(in.Rows) != 2 || in.Rows[0].Line != 4 || in.Rows[1].Line != 5 ||
		in.Rows[0].Status != "400" {
		t.Errorf("release %q, rows %+v", in.Release, in.Rows)
	}
}

func TestNamerDropsTheCommonLastWord(t *testing.T) {
	rows := []Row{
		{Code: "1", Title: "Reader exception"}, {Code: "2", Title: "Invalid token exception"},
		{Code: "3", Title: "Internal server error"}, {Code: "4", Title: "Too many requests exception"},
		{Code: "5", Title: "Exception"},
	}
	nm := newNamer(defaultNameOrder, rows)
	var got []string
	for _, r := range rows {
		n, _ := nm.name(r)
		got = append(got, n)
	}
	want := []string{"Reader", "InvalidToken", "InternalServerError", "TooManyRequests", "Exception"}
	if !equalStrings(got, want) {
		t.Errorf("names = %v, want %v", got, want)
	}
	if nm := newNamer(defaultNameOrder, rows[:3]); nm.dropWord != "" {
		t.Errorf("with 3 titles the namer drops %q; it needs at least 4", nm.dropWord)
	}
}

func TestValueSuffix(t *testing.T) {
	for code, want := range map[string]string{
		"E0000020": "E0000020", "50126": "50126", "-5": "Minus5", "invalid_request": "InvalidRequest",
		"auth.token.expired": "AuthTokenExpired", "!!!": "X212121",
	} {
		if got := valueSuffix(code); got != want {
			t.Errorf("valueSuffix(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestCodePrefix(t *testing.T) {
	src := "code,message\nAADSTS50126,Bad password\nAADSTS7000215,Bad secret\n"
	in, err := ParseInput("x.csv", []byte(src), ReadOptions{CodePrefix: "AADSTS"})
	if err != nil {
		t.Fatal(err)
	}
	if in.Rows[0].Code != "50126" || in.Rows[1].Code != "7000215" || in.CodePrefix != "AADSTS" {
		t.Errorf("rows %+v", in.Rows)
	}
	_, err = ParseInput("x.csv", []byte(src+"invalid_grant,OAuth\n"), ReadOptions{CodePrefix: "AADSTS"})
	const noPrefix = "x.csv:4: code invalid_grant does not start with the -code-prefix"
	if err == nil || !strings.Contains(err.Error(), noPrefix) {
		t.Errorf("a code without the prefix: %v", err)
	}
	in, err = ParseInput("x.csv", []byte(src), ReadOptions{})
	if err != nil || len(in.Warnings) != 1 || !strings.Contains(in.Warnings[0], "-code-prefix AADSTS") {
		t.Errorf("without -code-prefix: %v, warnings %q", err, in.Warnings)
	}
	in, err = ParseInput("x.csv", []byte("code,message\nE0000001,A\nE0000002,B\n"), ReadOptions{})
	if err != nil || len(in.Warnings) != 0 {
		t.Errorf("Okta's codes, whose digits start with 0, drew warnings %q (%v)", in.Warnings, err)
	}
}
