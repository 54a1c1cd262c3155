package apierrimpl

// A Layout is how one generated package reads its vendor's error bodies: the top-level keys
// its decoder reads and the envelopes (shapes of error body) a reply can have. The generator
// writes one per package as a variable that the package's Parse hands to Decode; explain
// builds the same value from the spec, so both read a body by the same rules.
type Layout struct {
	// Keys are the top-level keys the decoder reads, in match order: a key of the body fills
	// the Key equal to it, else the first Key equal to it up to case (encoding/json's rule
	// for struct fields). At most MaxKeys.
	Keys []string

	// Envelopes are the shapes of the vendor's error bodies. Their roles are indexes into
	// Keys, NoKey for a role the envelope does not have.
	Envelopes []Envelope

	// IntCodes is true when codes are integers, false when they are strings. NewIntTable
	// sets it.
	IntCodes bool

	// byName is the int code of a wire name (Table.ByWire), set by NewIntTable.
	byName func(string) (int, bool)
}

// An Envelope is one shape of the vendor's error bodies: which key holds what.
type Envelope struct {
	// Name is the envelope's name in the spec ("default", "oauth", "ciam").
	Name string

	// Match are the keys that identify a body of this envelope when the layout has several,
	// its defining key first; see Layout.Decode.
	Match []int

	// Code is the key of the code. WireName is the key of the string name that comes with an
	// int code (Akamai's "error"), Detail the key of a second, more specific code (Alibaba's
	// dotted "message"), Outcome the key whose value says error or success (Akamai's "stat").
	Code, WireName, Detail, Outcome int

	// Message, Description and RequestID are the keys of the body's message, description and
	// request ID, in order of preference: the first that holds a non-empty string wins.
	Message, Description, RequestID []int

	// ErrorValues and SuccessValues are the values of the Outcome key that mean error and
	// success, as JSON: `"error"`, `false`.
	ErrorValues, SuccessValues []string

	// Header names the response header (in canonical form) whose challenges the envelope
	// reads, RFC 6750's WWW-Authenticate, instead of the body: its keys are the parameters of
	// the first challenge that has the code key. "" for an envelope of the body.
	Header string

	// CodeArray is true when the code key holds an array of codes, the reply's code first
	// (Entra's "error_codes"); a single code is read as well.
	CodeArray bool

	// CodeText are the keys of texts that start with the code, read in order when the code key
	// gives none, and CodePrefix what comes before the code there (Entra: "AADSTS" in
	// "AADSTS50126: Error validating credentials"). The code runs up to ':' or white space.
	CodeText   []int
	CodePrefix string

	// Trailer starts what the vendor appends to the texts of its replies (Entra's
	// "\r\nTrace ID:" and the IDs after it): Plain leaves it out.
	Trailer string
}

// NoKey is the index of a role an envelope does not have.
const NoKey = -1

// MaxKeys is the most keys a Layout can read.
const MaxKeys = 64
