// Package spec loads apierr's TOML specs and validates them into the model that the emitters
// read. Data flows one way: TOML → raw (strict decode) → Spec (validated). Nothing outside this
// package sees TOML.
package spec

// CodeType is the vendor's wire type for codes.
type CodeType string

// The two wire types a spec can declare in [spec] code_type.
const (
	IntCodes    CodeType = "int"
	StringCodes CodeType = "string"
)

// Spec is one validated spec: one vendor document, one code namespace, one generated package.
type Spec struct {
	File      string // path of the spec file, as given to the loader
	Vendor    string // vendor name, e.g. "Akamai Identity Cloud"
	Document  string // title of the vendor document
	Source    string // where the document is published
	DocFile   string // the name of a copy of the document, for reference only
	Retrieved string // date the document was read, formatted as time.DateOnly, or ""
	// Release is the vendor's release tag of the document, as the vendor writes it (Okta:
	// "2026.08.1"), or "": one line of printable text.
	Release  string
	Package  string // Go package name
	Dir      string // output directory, relative to the output root, slash-separated
	CodeType CodeType
	Doc      string // extra package documentation (decisions the curator made)
	// RequestIDHeaders are the response headers that carry the request ID when the body has
	// none, as the spec writes them, first non-empty wins.
	RequestIDHeaders []string
	// ResetHeader is the response header that tells, as a Unix time in seconds, when a rate
	// limit resets (Okta's X-Rate-Limit-Reset), as the spec writes it, or "".
	ResetHeader string
	// Placeholders is true when the document writes what the vendor fills in at run time as
	// placeholders in braces ({0}, {name}) in messages and descriptions.
	Placeholders bool

	Envelopes  []*Envelope
	Fields     []*Field
	Structs    []*Struct
	Codes      []*Code // sorted by value
	CatchAlls  []*CatchAll
	Scenarios  []*Scenario
	HTTPStatus []*HTTPStatus // the vendor's table of HTTP statuses, if it has one
	// StatusClasses give a class to replies whose code is not documented (or absent), by
	// HTTP status, where the vendor's statuses are meaningful.
	StatusClasses []*StatusClass
	// Renamed are the former Go names of codes ([[renamed]]), sorted by From: the generated
	// package keeps each as a deprecated alias of the code's constant.
	Renamed     []*Rename
	StringCodes bool // CodeType == StringCodes, for emitters' convenience

	dirLine int // the line of [spec] dir, for problems across specs
}

// Envelope is one JSON shape the vendor uses for error bodies.
type Envelope struct {
	Name        string
	Doc         string
	Match       []string // the envelope applies when the body has any of these keys
	CodeKey     string   // key holding the code
	WireNameKey string   // key holding the wire name of an int code (Akamai's "error"), or ""
	DetailKey   string   // key holding a detail code (Alibaba's dotted "message"), or ""
	Message     []string // keys holding the message, first non-empty wins
	Description []string // keys holding the description, first non-empty wins
	RequestID   []string // keys holding the request ID, first non-empty wins
	DetailsKey  string   // key of the [[field]] whose object keys tell scenarios apart, or ""
	Outcome     *Outcome // how a body says error or success; nil: by HTTP status and code
	// Header is the response header (as the spec writes it) whose challenges the envelope reads
	// instead of the body (RFC 6750's WWW-Authenticate), or "".
	Header string
	// CodeArray: the code key holds an array of codes, the reply's first (Entra).
	CodeArray bool
	// CodeText are keys of texts that start with the code, read when the code key gives none,
	// after CodePrefix ("AADSTS").
	CodeText   []string
	CodePrefix string
	// Trailer starts what the vendor appends to its texts (Entra's "Trace ID:"), or "".
	Trailer string
}

// Outcome is an envelope's own rule for telling errors from successes, such as Akamai's
// "stat": "error" or Alibaba's "success": false. Values are strings or booleans.
type Outcome struct {
	Key     string
	Error   []any
	Success []any
}

// Field is an extra typed field of the error body, decoded into the generated Error struct.
type Field struct {
	JSON      string   // JSON key; "" for a field read from a response header
	Aliases   []string // other JSON keys that hold the same field
	Header    string   // the response header (as the spec writes it) the field is read from, or ""
	CodeOf    string   // the dir of the spec whose Code the field holds, or ""
	Name      string   // Go field name
	Type      string   // Go type expression, validated (see types.go)
	Doc       string
	Envelopes []string // envelopes that carry it; empty means all
	Line      int
}

// Struct is a named struct type declared by the spec, for fields such as LoginRadius'
// Errors list.
type Struct struct {
	Name   string
	Doc    string
	Fields []*Field
}

// Status is a code's documented HTTP status.
type Status struct {
	Code     int    // 100–599, or 0 when not documented or not in use
	NotInUse bool   // the document says the code is not currently returned
	Source   string // where the status comes from when it is not the document, or ""
}

// Code is one documented error code.
type Code struct {
	Int          int64  // the value, for int specs
	Str          string // the value, for string specs
	Name         string // Go identifier of the constant
	Wire         string // the vendor's string name for an int code, or ""
	Envelope     string // envelope the code arrives in
	Detail       bool   // arrives in the envelope's detail key
	Message      string
	Description  string
	Resolution   string
	Status       Status
	Parent       string   // Go name of the catch-all parent, or ""
	Fields       []string // JSON keys of the extra fields this code carries
	Note         string   // curator's note: quirks, contradictions, decisions
	Source       string   // where the code comes from when it is not the document
	Class        string   // vendor-neutral class name (apierr.Class.Name), or ""
	Unclassified string   // why the code has no class, when Class is ""
	Temporary    bool     // the vendor documents the condition as temporary
	// Deprecated says since when and why the vendor no longer documents the code, with the
	// source, or "". The code stays a documented code; its constant is marked deprecated.
	Deprecated string
	Line       int
}

// Rename is a former Go name of a code ([[renamed]]): the generated package keeps it as a
// deprecated alias constant, so that programs using it still compile.
type Rename struct {
	From string // the former Go name, which no code, struct, field or other rename has
	To   string // the Go name of the code it names now
	Date string // the day of the rename, formatted as time.DateOnly
	Note string // why, with the source
	Line int    // the line of the [[renamed]] header
}

// StatusClass maps an HTTP status to a class for replies whose code the spec does not list.
type StatusClass struct {
	Status int
	Class  string
	Note   string
}

// CatchAll makes codes that the spec does not list fall under a documented parent code: a
// range of int codes, or a prefix of string codes. The narrowest match wins.
type CatchAll struct {
	Parent string // Go name of the parent code
	From   int64  // int specs: first code covered
	To     int64  // int specs: last code covered
	Prefix string // string specs: prefix covered
	// NearestListed: an unlisted dotted code under Prefix falls under the longest listed code
	// that is its prefix up to a dot, and under Parent only when there is none.
	NearestListed bool
	Note          string
	Line          int
}

// Scenario is a documented situation (Next Identity): a status, an error code and what in
// the body tells it apart, with the vendor's resolution.
type Scenario struct {
	Section     string // the table of the document it comes from
	Status      int
	Error       string // wire code, or "" for replies that are not the vendor's JSON
	DetailKey   string // a key of the details object; "<digits>" stands for any all-digit key
	DetailValue string // the string value under DetailKey, or a key of its object value
	Text        string // text that the description or message contains
	Message     string // the document's Message column, as printed
	Scenario    string
	Resolution  string
	Note        string
	Line        int
}

// HTTPStatus is one row of a vendor's table of HTTP statuses.
type HTTPStatus struct {
	Status      int
	Message     string
	Description string
}

// Value returns the code's value as written in Go source: a decimal integer or the string.
func (c *Code) Value(t CodeType) any {
	if t == IntCodes {
		return c.Int
	}
	return c.Str
}
