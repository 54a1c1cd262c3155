package spec_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/apierr/apierr"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// specs/schema.json is the JSON Schema of the spec format, for TOML editors (taplo, Even
// Better TOML) that read the #:schema directive on the first line of each spec. The loader
// stays the authority; these tests keep the two from drifting apart:
//
//   - every spec of specs/ and every fixture of testdata/good validates against the schema;
//   - every fixture of testdata/bad is in exactly one of two lists: schemaRejects, whose
//     problems the schema can express and must report too, or loaderOnly, whose problems
//     only the loader can see (the schema must accept those, or it is stricter than the
//     loader); the specs of testdata/bad-folders, whose problems are across specs, each
//     validate;
//   - the tables and keys of the schema are the loader's, the class enum is package
//     apierr's, and the patterns of names, dirs, JSON keys, statuses, dates and text agree
//     with the loader on a table of values.
//
// specs/README.md ("Editor support") says what the schema checks and what only the loader
// does.

const (
	schemaPath = "../../../specs/schema.json"
	specsDir   = "../../../specs"
	directive  = "#:schema ./schema.json"
)

// schemaRejects lists the bad fixtures whose problem the schema can express, with what in
// the schema catches it. The schema must reject each of them.
var schemaRejects = map[string]string{
	"dir-dot-folder":                      "dir pattern (no folder starting with . or _)",
	"dir-underscore-folder":               "dir pattern (no folder starting with . or _)",
	"dir-testdata-folder":                 "dir: not a folder named testdata",
	"dir-vendor-folder":                   "dir: not a folder named vendor above the package",
	"code-name-test-function":             "code name: not a name go test takes for a test",
	"code-name-fuzz-function":             "code name: not a name go test takes for a test",
	"renamed-from-test-function":          "renamed from: not a name go test takes for a test",
	"field-name-benchmark-function":       "field name: not a name go test takes for a test",
	"struct-name-example-function":        "struct and struct.field name: not a name go test takes for a test",
	"code-value-too-long":                 "value maxLength 200",
	"code-wire-too-long":                  "wire maxLength 200",
	"catch-all-prefix-too-long":           "catch_all prefix maxLength 200",
	"release-two-lines":                   "release pattern (one line of printable text)",
	"release-not-string":                  "release is a string",
	"release-invisible-character":         "release pattern (no invisible characters)",
	"request-id-headers-not-a-name":       "request_id_headers items pattern (HTTP token characters)",
	"request-id-headers-not-array":        "request_id_headers is an array",
	"catch-all-missing-from":              "int specs: catch_all requires from and to (catchAllRules)",
	"catch-all-nearest-listed-int-spec":   "int specs: catch_all nearest_listed is false (catchAllRules)",
	"catch-all-parent-missing":            "catch_all requires parent",
	"catch-all-prefix-in-int-spec":        "int specs: catch_all prefix is false (catchAllRules)",
	"catch-all-prefix-white-space":        "catch_all prefix pattern (printable ASCII without spaces)",
	"catch-all-range-in-string-spec":      "string specs: catch_all from and to are false (catchAllRules)",
	"catch-all-range-out-of-int32":        "catch_all from and to minimum and maximum (int32)",
	"class-and-unclassified":              "code dependencies: class forbids unclassified",
	"class-unknown":                       "code class enum",
	"code-deprecated-empty":               "deprecated minLength 1",
	"code-deprecated-not-string":          "code deprecated is a string",
	"code-detail-without-parent":          "code: detail = true requires parent",
	"code-empty-table":                    "code requires value and name",
	"code-envelope-missing":               "several envelopes: code requires envelope (codeRules)",
	"code-name-leading-digit":             "code name pattern (exported Go identifier)",
	"code-name-non-ascii":                 "code name pattern (ASCII exported Go identifier)",
	"code-name-not-identifier":            "code name pattern (exported Go identifier)",
	"code-name-unexported":                "code name pattern (exported Go identifier)",
	"code-none":                           "code is required, minItems 1",
	"code-note-empty":                     "note minLength 1",
	"code-type-unknown":                   "code_type enum",
	"code-value-empty":                    "value minLength 1",
	"code-value-int-in-string-spec":       "string specs: value is a string (codeRules)",
	"code-value-invisible-characters":     "value pattern (printable ASCII without spaces)",
	"code-value-leading-space":            "value pattern (printable ASCII without spaces)",
	"code-value-missing":                  "code requires value",
	"code-value-newline":                  "value pattern (printable ASCII without spaces)",
	"code-value-only-white-space":         "value pattern (printable ASCII without spaces)",
	"code-value-out-of-int32":             "value minimum and maximum (int32)",
	"code-value-string-in-int-spec":       "int specs: value is an integer (codeRules)",
	"code-value-trailing-space":           "value pattern (printable ASCII without spaces)",
	"code-value-word-in-int-spec":         "int specs: value is an integer (codeRules)",
	"code-value-zero":                     "value: not const 0",
	"code-wire-in-string-spec":            "string specs: code wire is false (codeRules)",
	"code-wire-white-space":               "wire pattern (printable ASCII without spaces)",
	"dir-non-ascii":                       "dir pattern (ASCII characters of import paths)",
	"dir-not-clean":                       "dir pattern (clean relative path)",
	"empty-file":                          "spec, envelope and code are required",
	"envelope-detail-in-int-spec":         "int specs: envelope detail is false (envelopeRules)",
	"envelope-empty-array":                "request_id minItems 1",
	"envelope-code-prefix-without-text":   "dependencies: code_prefix requires code_text",
	"envelope-header-with-outcome":        "dependencies: header rules out outcome_key",
	"envelope-header-not-a-name":          "header pattern",
	"field-header-and-json":               "dependencies: header rules out json",
	"field-header-not-string":             "dependencies: header makes type \"string\"",
	"field-code-of-with-type":             "dependencies: code_of rules out type",
	"spec-reset-header-not-a-name":        "reset_header pattern",
	"spec-vendor-two-lines":               "vendor pattern (one line of printable text)",
	"envelope-name-not-lower-case":        "envelope name pattern",
	"envelope-none":                       "envelope is required",
	"envelope-outcome-incomplete":         "envelope dependencies: outcome_key requires outcome_error, outcome_success",
	"envelope-outcome-value-type":         "outcome_error items are strings or booleans",
	"envelope-outcome-without-key":        "envelope dependencies: outcome_error requires outcome_key",
	"envelope-several-without-match":      "several envelopes: envelope requires match (envelopeRules)",
	"envelope-table-not-array":            "envelope is an array",
	"envelope-wire-name-in-string-spec":   "string specs: envelope wire_name is false (envelopeRules)",
	"field-missing-doc":                   "field requires doc",
	"field-missing-json":                  "field requires json",
	"http-status-missing-message":         "http_status requires message",
	"http-status-not-in-use":              "http_status status is an integer",
	"json-key-comma":                      "JSON key pattern (no , \" ` or \\)",
	"key-misspelled":                      "code additionalProperties false",
	"key-misspelled-envelope":             "envelope additionalProperties false",
	"key-unknown":                         "code additionalProperties false",
	"key-unknown-top-level":               "top-level additionalProperties false",
	"key-wrong-case":                      "code additionalProperties false (keys are case-sensitive)",
	"line-after-triple-quote-in-string":   "status maximum 599",
	"outcome-empty-array":                 "outcome_error minItems 1",
	"package-non-ascii":                   "package pattern (lower-case ASCII letters and digits)",
	"package-upper-case":                  "package pattern (lower-case letters and digits)",
	"parent-non-ascii":                    "code and catch_all parent pattern (ASCII exported Go identifier)",
	"renamed-from-not-identifier":         "renamed from pattern (exported Go identifier)",
	"renamed-missing-date":                "renamed requires date",
	"renamed-missing-note":                "renamed requires note",
	"required-key-empty":                  "envelope code minLength 1",
	"retrieved-datetime":                  "retrieved pattern (a date, no time)",
	"retrieved-local-time":                "retrieved pattern (a date, no time)",
	"scenario-detail-key-without-details": "a scenario with detail_key needs an envelope with details (scenarioRules)",
	"scenario-detail-value-without-key":   "scenario dependencies: detail_value requires detail_key",
	"scenario-in-int-spec":                "int specs: scenario is false (scenarioRules)",
	"scenario-missing-status":             "scenario requires status",
	"scenario-status-not-in-use":          "scenario status is an integer",
	"several-problems":                    "vendor type, status maximum, unknown key satus",
	"spec-missing-keys":                   "spec requires document, source, dir, code_type",
	"spec-missing-package":                "spec requires package",
	"spec-missing-table":                  "spec is required",
	"spec-missing-vendor":                 "spec requires vendor",
	"status-bad-string":                   "code status: a string must be \"not in use\"",
	"status-class-success":                "status_class status minimum 400",
	"status-class-unknown-class":          "status_class class enum",
	"code-status-informational":           "code status minimum 200",
	"status-out-of-range":                 "code status minimum 200, maximum 599",
	"status-source-without-status":        "code dependencies: status_source requires status",
	"struct-and-field-names-non-ascii":    "name patterns of struct, struct.field, field (ASCII exported Go name)",
	"struct-field-envelopes":              "struct.field has no envelopes (additionalProperties false)",
	"struct-field-messages":               "struct.field type: not Messages (a pattern)",
	"struct-name-unexported":              "struct name pattern (exported Go identifier)",
	"struct-without-fields":               "struct requires field, minItems 1",
	"table-unknown":                       "top-level additionalProperties false",
	"table-unknown-subtable":              "code additionalProperties false",
	"table-wrong-case":                    "top-level additionalProperties false, spec is required",
	"text-bidi-escape":                    "text pattern (bidirectional formatting character)",
	"text-bidi-isolate":                   "text pattern (bidirectional formatting character)",
	"text-bidi-raw":                       "text pattern (bidirectional formatting character)",
	"text-c1-control":                     "text pattern (C1 control character)",
	"text-carriage-return":                "text pattern (CR only in CRLF)",
	"text-control-character":              "text pattern (control character)",
	"text-control-in-array":               "text pattern on array items",
	"text-control-in-code-value":          "text pattern on string code values",
	"text-line-separator":                 "text pattern (line separator)",
	"text-nul":                            "text pattern (NUL)",
	"type-array-element":                  "message items are strings",
	"type-array-for-string":               "name is a string",
	"type-boolean-for-code-value":         "value is an integer or a string",
	"type-float-for-code-value":           "value is an integer or a string (100.5 is not an integer)",
	"type-float-for-status":               "status is an integer or a string (400.5 is not an integer)",
	"type-integer-for-string":             "vendor is a string",
	"type-string-for-array":               "message is an array",
	"type-string-for-boolean":             "detail is a boolean",
	"type-string-for-integer":             "catch_all from is an integer",
	"type-string-for-status":              "http_status status is an integer",
	"type-table-for-string":               "name is a string",
}

// loaderOnly lists the bad fixtures whose only problems JSON Schema cannot express, with the
// reason. The schema must accept each of them: it checks a spec's shape, the loader its
// meaning.
var loaderOnly = map[string]string{
	"code-envelope-header":                       "a code's envelope names an envelope with header: a reference across tables",
	"envelope-header-only":                       "every envelope has header: a rule across the items of an array",
	"dir-windows-reserved":                       "golang.org/x/mod/module.CheckImportPath: names Windows reserves",
	"dir-trailing-dot":                           "golang.org/x/mod/module.CheckImportPath: a folder name ending in a dot",
	"request-id-headers-duplicate":               "header names are case-insensitive: uniqueItems compares exact strings",
	"catch-all-ambiguous-overlap":                "compares catch-alls with each other",
	"catch-all-from-after-to":                    "compares two values (from > to)",
	"catch-all-parent-misspelled":                "reference: parent must be a code of the spec",
	"catch-all-parent-unknown":                   "reference: parent must be a code of the spec",
	"code-detail-without-detail-key":             "reference: the code's envelope must have a detail key",
	"code-envelope-misspelled":                   "reference: envelope must be an [[envelope]] name",
	"code-envelope-unknown":                      "reference: envelope must be an [[envelope]] name",
	"code-fields-code-key":                       "reference: fields must name [[field]] or message keys",
	"code-fields-misspelled":                     "reference: fields must name [[field]] or message keys",
	"code-fields-undeclared":                     "reference: fields must name [[field]] or message keys",
	"code-name-duplicate":                        "uniqueness of code names",
	"code-name-package-collision":                "names the generated package declares (spec.PackageNames)",
	"code-name-struct-collision":                 "uniqueness of Go names across codes and structs",
	"code-parent-other-envelope":                 "reference: parent chains stay within an envelope",
	"code-value-duplicate":                       "uniqueness of code values",
	"code-value-duplicate-string":                "uniqueness of code values",
	"dir-not-package":                            "compares dir with package",
	"envelope-details-not-object-field":          "reference: details must be a [[field]] of type map[string]json.RawMessage",
	"envelope-key-code-and-detail":               "compares the keys of an envelope's roles",
	"envelope-key-message-and-description-first": "compares the first keys of message and description",
	"envelope-key-roles-in-other-case":           "compares the keys of an envelope's roles, up to case",
	"envelope-key-two-roles":                     "compares keys across roles and envelopes",
	"envelope-key-wire-name-and-request-id":      "compares the keys of an envelope's roles",
	"envelope-match-not-a-key":                   "reference: match keys must be the envelope's keys",
	"envelope-match-same-defining-key":           "compares the first match keys of the body envelopes",
	"envelope-match-wrong-case":                  "reference: match keys must be the envelope's keys, spelled the same",
	"envelope-outcome-not-matched":               "compares outcome_key with the values of match, given several body envelopes",
	"envelope-name-duplicate":                    "uniqueness of envelope names",
	"field-aliases-on-struct":                    "reference: the field's type is a [[struct]]",
	"field-envelope-misspelled":                  "reference: envelopes must be [[envelope]] names",
	"field-envelope-unknown":                     "reference: envelopes must be [[envelope]] names",
	"field-json-envelope-key":                    "uniqueness of JSON keys across fields and envelopes",
	"field-name-error-member":                    "names the generated Error struct has (spec.ErrorMembers)",
	"field-type-chan":                            "Go type expression",
	"field-type-fixed-array":                     "Go type expression",
	"field-type-map-int-key":                     "Go type expression",
	"field-type-other-package":                   "Go type expression",
	"field-type-pointer":                         "Go type expression",
	"field-type-syntax":                          "Go type expression",
	"field-type-unknown-struct":                  "reference: the type names a [[struct]]",
	"float-status-whole":                         "TOML type lost in JSON: the float 400.0 is the JSON number 400, an integer",
	"http-status-duplicate":                      "uniqueness of statuses",
	"package-keyword":                            "Go keyword (beyond a regex)",
	"package-init":                               "init is the name of initialization functions (beyond a regex)",
	"package-main":                               "main is reserved for commands (beyond a regex)",
	"package-predeclared":                        "predeclared Go identifier (beyond a regex)",
	"parent-cycle":                               "parent chains",
	"parent-missing":                             "reference: parent must be a code of the spec",
	"parent-misspelled":                          "reference: parent must be a code of the spec",
	"parent-self":                                "parent chains",
	"parent-wrong-case":                          "reference: parent must be a code of the spec, spelled the same",
	"renamed-date-quoted":                        "TOML type lost in JSON: a date and the string \"2026-04-01\" are one string",
	"renamed-from-duplicate":                     "uniqueness of former names",
	"renamed-from-field":                         "uniqueness of Go names across renames, codes, structs and fields",
	"renamed-from-is-code":                       "uniqueness of Go names across renames and codes",
	"renamed-from-package-name":                  "names the generated package declares (spec.PackageNames)",
	"renamed-from-struct":                        "uniqueness of Go names across renames, codes, structs and fields",
	"renamed-to-former-name":                     "reference: to must be a code of the spec, not a former name",
	"renamed-to-misspelled":                      "reference: to must be a code of the spec",
	"scenario-error-misspelled":                  "reference: error must be a code of the spec",
	"scenario-error-not-a-code":                  "reference: error must be a code of the spec",
	"scenario-text-without-text-key":             "reference: the first envelope's keys decide whether text can be carried",
	"status-class-duplicate":                     "uniqueness of statuses",
	"struct-field-name-duplicate":                "uniqueness of field names",
	"struct-name-duplicate":                      "uniqueness of struct names",
	"struct-name-package-collision":              "names the generated package declares (spec.PackageNames)",
	"struct-recursive":                           "struct containment across structs",
	"type-string-for-date":                       "TOML type lost in JSON: a date and the string \"2026-03-31\" are one string",
}

// compileSchema compiles specs/schema.json with the draft its $schema names.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc := readSchemaDoc(t)
	abs, err := filepath.Abs(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(abs, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(abs)
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return sch
}

// readSchemaDoc reads specs/schema.json as a JSON document.
func readSchemaDoc(t *testing.T) map[string]any {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	m, ok := doc.(map[string]any)
	if !ok {
		t.Fatalf("%s: the schema is not a JSON object", schemaPath)
	}
	return m
}

// tomlToJSON decodes a spec the way TOML editors hand it to a JSON Schema validator: tables
// become objects and arrays of tables arrays; dates and times, which JSON lacks, become
// strings as TOML writes them (a local date "2026-03-31", a local time "10:00:00", an offset
// date-time in RFC 3339); NaN and infinities, which JSON lacks too, become null.
func tomlToJSON(src []byte) (any, error) {
	var m map[string]any
	if _, err := toml.Decode(string(src), &m); err != nil {
		return nil, err
	}
	return jsonValue(m), nil
}

func jsonValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = jsonValue(x)
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonValue(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonValue(x)
		}
		return out
	case time.Time:
		switch v.Location().String() { // BurntSushi/toml's zones for local values
		case "date-local":
			return v.Format(time.DateOnly)
		case "time-local":
			return v.Format("15:04:05.999999999")
		case "datetime-local":
			return v.Format("2006-01-02T15:04:05.999999999")
		}
		return v.Format(time.RFC3339Nano)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
	}
	return v
}

// validateTOML validates a spec's source against the schema. The error is a TOML error or
// the schema's *jsonschema.ValidationError.
func validateTOML(sch *jsonschema.Schema, src []byte) error {
	v, err := tomlToJSON(src)
	if err != nil {
		return fmt.Errorf("not valid TOML: %w", err)
	}
	return sch.Validate(v)
}

// TestSchemaSpecs validates every spec of specs/ against the schema and checks that each
// names it on its first line.
func TestSchemaSpecs(t *testing.T) {
	sch := compileSchema(t)
	paths, err := filepath.Glob(filepath.Join(specsDir, "*.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no specs in %s", specsDir)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(string(src), "\n"); strings.TrimSuffix(first, "\r") != directive {
				t.Errorf("%s: the first line is %q; start the spec with %q so editors find the schema",
					path, first, directive)
			}
			if err := validateTOML(sch, src); err != nil {
				t.Errorf("%s does not validate against %s:\n%v", path, schemaPath, err)
			}
		})
	}
}

// TestSchemaGoodFixtures validates every fixture of testdata/good, also with CRLF line
// endings.
func TestSchemaGoodFixtures(t *testing.T) {
	sch := compileSchema(t)
	for _, path := range archives(t, filepath.Join("testdata", "good"), 1) {
		t.Run(fixtureName(path), func(t *testing.T) {
			f := readFixture(t, path, false)
			if err := validateTOML(sch, f.spec); err != nil {
				t.Errorf("%s does not validate against %s:\n%v", path, schemaPath, err)
			}
			crlf := bytes.ReplaceAll(f.spec, []byte("\n"), []byte("\r\n"))
			if err := validateTOML(sch, crlf); err != nil {
				t.Errorf("%s with CRLF line endings does not validate against %s:\n%v", path, schemaPath, err)
			}
		})
	}
}

// TestSchemaAgreesWithLoader checks every fixture of testdata/bad against the two lists: the
// schema rejects those of schemaRejects and accepts those of loaderOnly. A fixture in neither
// list fails, so that a new fixture is classified when it is added.
func TestSchemaAgreesWithLoader(t *testing.T) {
	sch := compileSchema(t)
	if len(schemaRejects) < 30 {
		t.Errorf("schemaRejects lists %d fixtures; the schema should catch at least 30 of testdata/bad",
			len(schemaRejects))
	}
	seen := map[string]bool{}
	for _, path := range archives(t, filepath.Join("testdata", "bad"), 25) {
		name := fixtureName(path)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			f := readFixture(t, path, false)
			reason, rejects := schemaRejects[name]
			why, only := loaderOnly[name]
			if _, err := tomlToJSON(f.spec); err != nil {
				if rejects || only {
					t.Errorf("%s is not valid TOML (%v), so neither the schema nor the loader reads it; remove it "+
						"from schemaRejects and loaderOnly", path, err)
				}
				return // editors report invalid TOML themselves
			}
			if _, err := spec.Load("spec.toml", f.spec); err == nil {
				t.Fatalf("%s: the loader accepts the spec of a bad fixture", path)
			}
			err := validateTOML(sch, f.spec)
			switch {
			case rejects && only:
				t.Errorf("%s is in both schemaRejects and loaderOnly; keep it in one", path)
			case rejects:
				if err == nil {
					t.Errorf("%s: the schema accepts the spec, but it should catch it (%s); make specs/schema.json "+
						"reject it, or move the fixture to loaderOnly if JSON Schema cannot express the problem",
						path, reason)
				}
			case only:
				if err != nil {
					t.Errorf("%s: the schema rejects the spec, but its only problems are for the loader (%s); the "+
						"schema is stricter than the loader:\n%v\nloader:\n%s", path, why, err, f.want)
				}
			default:
				verdict := "accepts"
				if err != nil {
					verdict = "rejects"
				}
				t.Errorf("%s is in neither list of schema_test.go (the schema %s it). Add it to schemaRejects when "+
					"JSON Schema can express its problem (and make specs/schema.json reject it), or to loaderOnly "+
					"with the reason only the loader can see it", path, verdict)
			}
		})
	}
	for _, list := range []map[string]string{schemaRejects, loaderOnly} {
		for name := range list {
			if !seen[name] {
				t.Errorf("fixture %s is listed in schema_test.go but testdata/bad has no %s.txtar; remove it from "+
					"the list", name, name)
			}
		}
	}
}

// TestSchemaBadFolders checks that the schema accepts every spec of testdata/bad-folders: their
// problems are across specs, which a schema that sees one file cannot know of.
func TestSchemaBadFolders(t *testing.T) {
	sch := compileSchema(t)
	for _, path := range archives(t, filepath.Join("testdata", "bad-folders"), 1) {
		fsys, _, _ := folderFixture(t, path)
		for name, f := range fsys {
			if err := validateTOML(sch, f.Data); err != nil {
				t.Errorf("%s: the schema rejects %s, whose problems are across specs:\n%v", path, name, err)
			}
		}
	}
}

// schemaNode returns the object at a path of keys in the schema document, following $ref
// into #/definitions.
func schemaNode(t *testing.T, doc map[string]any, path ...string) map[string]any {
	t.Helper()
	node := doc
	for i, k := range path {
		next, ok := node[k].(map[string]any)
		if !ok {
			t.Fatalf("schema has no object at %s", strings.Join(path[:i+1], "/"))
		}
		node = resolveRef(t, doc, next)
	}
	return node
}

func resolveRef(t *testing.T, doc, node map[string]any) map[string]any {
	t.Helper()
	ref, ok := node["$ref"].(string)
	if !ok {
		return node
	}
	name, ok := strings.CutPrefix(ref, "#/definitions/")
	if !ok {
		t.Fatalf("schema: $ref %q does not point into #/definitions", ref)
	}
	return schemaNode(t, doc, "definitions", name)
}

// TestSchemaKeys checks that the schema's tables have the loader's keys: the loader lists
// the keys of a table when it meets an unknown one.
func TestSchemaKeys(t *testing.T) {
	doc := readSchemaDoc(t)
	const head = "[spec]\nvendor = \"V\"\ndocument = \"D\"\nsource = \"S\"\n" +
		"package = \"p\"\ndir = \"p\"\ncode_type = \"int\"\n"
	tables := []struct {
		table  string   // the loader's name of the table, "" for the top level
		src    string   // a spec with the unknown key zzzzzzzzzz in that table
		schema []string // the path of its schema
	}{
		{"", "zzzzzzzzzz = 1\n" + head, nil},
		{"spec", head + "zzzzzzzzzz = 1\n", []string{"properties", "spec"}},
		{"envelope", head + "[[envelope]]\nzzzzzzzzzz = 1\n", []string{"properties", "envelope", "items"}},
		{"field", head + "[[field]]\nzzzzzzzzzz = 1\n", []string{"properties", "field", "items"}},
		{"struct", head + "[[struct]]\nzzzzzzzzzz = 1\n", []string{"properties", "struct", "items"}},
		{"struct.field", head + "[[struct]]\n[[struct.field]]\nzzzzzzzzzz = 1\n",
			[]string{"properties", "struct", "items", "properties", "field", "items"}},
		{"code", head + "[[code]]\nzzzzzzzzzz = 1\n", []string{"properties", "code", "items"}},
		{"catch_all", head + "[[catch_all]]\nzzzzzzzzzz = 1\n", []string{"properties", "catch_all", "items"}},
		{"scenario", head + "[[scenario]]\nzzzzzzzzzz = 1\n", []string{"properties", "scenario", "items"}},
		{"http_status", head + "[[http_status]]\nzzzzzzzzzz = 1\n", []string{"properties", "http_status", "items"}},
		{"status_class", head + "[[status_class]]\nzzzzzzzzzz = 1\n", []string{"properties", "status_class", "items"}},
		{"renamed", head + "[[renamed]]\nzzzzzzzzzz = 1\n", []string{"properties", "renamed", "items"}},
	}
	allowedRE := regexp.MustCompile(`unknown key "zzzzzzzzzz" (?:at the top level|in \[([a-z_.]+)\]); ` +
		`allowed keys: (.*)$`)
	for _, tt := range tables {
		t.Run("["+tt.table+"]", func(t *testing.T) {
			var loader []string
			for _, p := range loadProblems(t, []byte(tt.src)) {
				if m := allowedRE.FindStringSubmatch(p.Msg); m != nil && m[1] == tt.table {
					loader = strings.Split(m[2], ", ")
				}
			}
			if loader == nil {
				t.Fatalf("the loader did not list the keys of [%s]", tt.table)
			}
			if tt.table == "struct.field" {
				// [[struct.field]] shares the loader's raw type with [[field]]; the loader
				// decodes envelopes there and then rejects it. The schema leaves it out.
				loader = slices.DeleteFunc(loader, func(k string) bool { return k == "envelopes" })
			}
			node := schemaNode(t, doc, tt.schema...)
			props, _ := node["properties"].(map[string]any)
			var keys []string
			for k := range props {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			sort.Strings(loader)
			if !slices.Equal(keys, loader) {
				t.Errorf("[%s]: schema keys %v, loader keys %v", tt.table, keys, loader)
			}
			if node["additionalProperties"] != false {
				t.Errorf("[%s]: the schema does not set additionalProperties: false", tt.table)
			}
		})
	}
}

// TestSchemaDocumented checks that every property of the schema has a title and a
// description (editors show them), that every object forbids unknown keys, and that every
// string is checked by a pattern or an enum.
func TestSchemaDocumented(t *testing.T) {
	doc := readSchemaDoc(t)
	check := func(path string, node map[string]any) {
		if props, ok := node["properties"].(map[string]any); ok && node["type"] == "object" {
			if node["additionalProperties"] != false {
				t.Errorf("%s: an object without additionalProperties: false", path)
			}
			for k, p := range props {
				prop := resolveRef(t, doc, p.(map[string]any))
				title, _ := prop["title"].(string)
				desc, _ := prop["description"].(string)
				if title == "" || desc == "" {
					t.Errorf("%s/properties/%s: give the property a title and a description", path, k)
				}
				if types(prop["type"])["string"] && prop["pattern"] == nil && prop["enum"] == nil {
					t.Errorf("%s/properties/%s: a string without pattern or enum; use the text pattern", path, k)
				}
				if items, ok := prop["items"].(map[string]any); ok {
					items = resolveRef(t, doc, items)
					if types(items["type"])["string"] && items["pattern"] == nil && items["enum"] == nil {
						t.Errorf("%s/properties/%s/items: a string without pattern or enum; use the text pattern",
							path, k)
					}
				}
			}
		}
	}
	check("#", doc)
	defs := doc["definitions"].(map[string]any)
	for name, d := range defs {
		check("#/definitions/"+name, d.(map[string]any))
	}
}

// types returns the set of JSON types a schema's type keyword names.
func types(v any) map[string]bool {
	out := map[string]bool{}
	switch v := v.(type) {
	case string:
		out[v] = true
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				out[s] = true
			}
		}
	}
	return out
}

// TestSchemaClasses checks that the class enums are the classes of package apierr, in order.
func TestSchemaClasses(t *testing.T) {
	doc := readSchemaDoc(t)
	var want []any
	for _, c := range apierr.Classes() {
		want = append(want, c.Name())
	}
	for _, path := range [][]string{
		{"definitions", "code", "properties", "class"},
		{"definitions", "statusClass", "properties", "class"},
	} {
		got, _ := schemaNode(t, doc, path...)["enum"].([]any)
		if !slices.Equal(got, want) {
			t.Errorf("%s: enum %v, want the classes of package apierr %v", strings.Join(path, "/"), got, want)
		}
	}
}

// patternCases are the values TestSchemaPatterns tries, one key of a valid spec at a time.
var patternCases = []struct {
	key, value string // the TOML key and its value as TOML
	ok         bool   // the verdict both the schema and the loader must give
}{
	{"code", tomlQuote("MissingArgument"), true},
	{"code", tomlQuote("X_1"), true},
	{"code", tomlQuote("A1_b"), true},
	{"code", tomlQuote("Ärger"), false},   // Go names in specs are ASCII
	{"code", tomlQuote("Vé٣"), false},     // no other letters or digits either
	{"code", tomlQuote("X\u0456"), false}, // a Cyrillic і, the twin of the Latin i
	{"code", tomlQuote("X\u200b"), false}, // a zero-width space
	{"code", tomlQuote("ärger"), false},
	{"code", tomlQuote("_X"), false},
	{"code", tomlQuote("X-1"), false},
	{"code", tomlQuote("1X"), false},
	{"code", tomlQuote("ǅx"), false}, // title case is not upper case
	{"code", tomlQuote("X Y"), false},
	{"code", tomlQuote("TestFromResponse"), false}, // go test takes it for a test function
	{"code", tomlQuote("FuzzParse"), false},
	{"code", tomlQuote("Benchmark1"), false},
	{"code", tomlQuote("Example_x"), false},
	{"code", tomlQuote("Test"), false},
	{"code", tomlQuote("Testing"), true},
	{"code", tomlQuote("Examples"), true},
	{"code", tomlQuote("ATest"), true},
	{"package", tomlQuote("exampleid"), true},
	{"package", tomlQuote("café"), false},
	{"package", tomlQuote("日本"), false},
	{"package", tomlQuote("a1"), true},
	{"package", tomlQuote("Café"), false},
	{"package", tomlQuote("a_b"), false},
	{"package", tomlQuote("1a"), false},
	{"dir", tomlQuote("exampleid"), true},
	{"dir", tomlQuote("a/exampleid"), true},
	{"dir", tomlQuote(".a/exampleid"), false}, // the go command ignores the folder
	{"dir", tomlQuote("a/..b/exampleid"), false},
	{"dir", tomlQuote("_a/exampleid"), false},
	{"dir", tomlQuote("a/_b/exampleid"), false},
	{"dir", tomlQuote("testdata/exampleid"), false},
	{"dir", tomlQuote("a/testdata/exampleid"), false},
	{"dir", tomlQuote("vendor/exampleid"), false},
	{"dir", tomlQuote("a/vendor/exampleid"), false},
	{"dir", tomlQuote("testdata1/vendors/exampleid"), true},
	{"dir", tomlQuote("a_b/c.d/exampleid"), true},
	{"dir", tomlQuote("a-b_c~d.e/exampleid"), true},
	{"dir", tomlQuote("café/exampleid"), false},
	{"dir", tomlQuote("a+b/exampleid"), false},
	{"dir", tomlQuote("./exampleid"), false},
	{"dir", tomlQuote("a//exampleid"), false},
	{"dir", tomlQuote("/exampleid"), false},
	{"dir", tomlQuote("a/../exampleid"), false},
	{"dir", tomlQuote("a/./exampleid"), false},
	{"dir", tomlQuote("..a/exampleid"), false},
	{"dir", tomlQuote(`a\b/exampleid`), false},
	{"dir", tomlQuote("a/exampleid/"), false},
	{"dir", tomlQuote("a b/exampleid"), false},
	{"dir", `"a\tb/exampleid"`, false},
	{"dir", `"a\r\nb/exampleid"`, false},
	{"envelope", tomlQuote("default"), true},
	{"envelope", tomlQuote("o_auth2"), true},
	{"envelope", tomlQuote("OAuth"), false},
	{"envelope", tomlQuote("2fa"), false},
	{"envelope", tomlQuote("o-auth"), false},
	{"value", "2147483647", true},
	{"value", "-2147483648", true},
	{"value", "2147483648", false},
	{"value", "-2147483649", false},
	{"value", "9223372036854775807", false},
	{"wire", tomlQuote("missing_argument"), true},
	{"wire", tomlQuote(`Operation.Failure.2fa:x/y-z!~"\`), true}, // any printable ASCII but the space
	{"wire", tomlQuote("   "), false},
	{"wire", tomlQuote(" missing_argument"), false},
	{"wire", tomlQuote("missing_argument "), false},
	{"wire", tomlQuote("missing\nargument"), false},
	{"wire", tomlQuote("missing\targument"), false},
	{"wire", tomlQuote("missing argument"), false},
	{"wire", tomlQuote("missing\u200bargument"), false},  // zero-width space
	{"wire", tomlQuote("missing\u00a0argument"), false},  // no-break space
	{"wire", tomlQuote("\ufeffmissing_argument"), false}, // byte order mark
	{"wire", tomlQuote("missing\u00adargument"), false},  // soft hyphen
	{"wire", tomlQuote("m\u0456ssing_argument"), false},  // Cyrillic і
	{"wire", tomlQuote("missing_argumént"), false},
	{"wire", tomlQuote(strings.Repeat("w", spec.MaxWireCodeBytes)), true},
	{"wire", tomlQuote(strings.Repeat("w", spec.MaxWireCodeBytes+1)), false},
	{"release", tomlQuote("2026.08.1"), true},
	{"release", tomlQuote("v2 (beta), 2026-08"), true},
	{"release", tomlQuote("2026.08.1\n"), false},
	{"release", tomlQuote("2026\t08"), false},
	{"release", tomlQuote("2026\r\n08"), false},
	{"release", tomlQuote("2026\u200b08"), false},
	{"release", tomlQuote("2026\u00a008"), false},
	{"vendor", tomlQuote("Example Identity"), true},
	{"vendor", tomlQuote("Don't panic: \"Ex*ample\" `Identity` */ (v2)"), true},
	{"vendor", tomlQuote("Example\n+build ignore"), false},
	{"vendor", tomlQuote("Example\tIdentity"), false},
	{"vendor", tomlQuote("Example\r\nIdentity"), false},
	{"vendor", tomlQuote("Example\u00a0Identity"), false},
	{"vendor", tomlQuote("Example\u200bIdentity"), false},
	{"status", "200", true},
	{"status", "202", true},
	{"status", "599", true},
	{"status", "100", false}, // informational: never the final status of a reply
	{"status", "199", false},
	{"status", tomlQuote("not in use"), true},
	{"status", "99", false},
	{"status", "600", false},
	{"status", tomlQuote("Not in use"), false},
	{"status", "true", false},
	{"retrieved", "2026-03-31", true},
	{"retrieved", "2026-03-31T10:00:00", false},
	{"retrieved", "2026-03-31 10:00:00+02:00", false},
	{"retrieved", "10:00:00", false},
	{"key", tomlQuote("error_description"), true},
	{"key", tomlQuote("a b.c-d"), true},
	{"key", tomlQuote("a,b"), false},
	{"key", tomlQuote(`a"b`), false},
	{"key", tomlQuote("a`b"), false},
	{"key", tomlQuote(`a\b`), false},
	{"text", tomlQuote("tab\tand\nnewline, \"quotes\", `backquotes`, */"), true},
	{"text", tomlQuote("crlf\r\nline"), true},
	{"text", tomlQuote("del\u007f"), false},
	{"text", tomlQuote("lrm\u200e"), false},
	{"text", tomlQuote("alm\u061c"), false},
	{"text", tomlQuote("lri\u2069"), false},
	{"text", tomlQuote("ps\u2029"), false},
}

// TestSchemaPatterns checks that the schema's patterns and bounds for names, dirs, JSON keys,
// int code values, wire codes, statuses, dates and text give the loader's verdict on patternCases.
func TestSchemaPatterns(t *testing.T) {
	sch := compileSchema(t)
	q := tomlQuote
	for _, tt := range patternCases {
		t.Run(tt.key+"="+tt.value, func(t *testing.T) {
			v := map[string]string{
				"vendor": q("Example Identity"), "package": q("exampleid"), "dir": q("example/exampleid"),
				"retrieved": "2026-03-31",
				"envelope":  q("default"), "code": q("MissingArgument"), "status": "400", "text": q("A note."),
				"key": q("message"), "value": "100", "wire": q("missing_argument"), "release": q("2026.08.1"),
			}
			v[tt.key] = tt.value
			if tt.key == "package" {
				v["dir"] = q("example/" + tt.value[1:len(tt.value)-1])
			}
			src := fmt.Sprintf(`[spec]
vendor = %s
document = "Error codes"
source = "https://docs.example.com/errors"
retrieved = %s
release = %s
package = %s
dir = %s
code_type = "int"

[[envelope]]
name = %s
code = "code"
message = [%s]

[[code]]
value = %s
name = %s
wire = %s
status = %s
note = %s
`, v["vendor"], v["retrieved"], v["release"], v["package"], v["dir"], v["envelope"], v["key"], v["value"], v["code"], v["wire"],
				v["status"], v["text"])
			_, lerr := spec.Load("spec.toml", []byte(src))
			serr := validateTOML(sch, []byte(src))
			var ps spec.Problems
			if lerr != nil && !errors.As(lerr, &ps) {
				t.Fatalf("Load: %v", lerr)
			}
			if (lerr == nil) != tt.ok {
				t.Errorf("loader: accepted = %v, want %v: %v", lerr == nil, tt.ok, lerr)
			}
			if (serr == nil) != tt.ok {
				t.Errorf("schema: accepted = %v, want %v: %v", serr == nil, tt.ok, serr)
			}
		})
	}
}

// tomlQuote writes s as a TOML basic string, escaping what is not printable as \uXXXX.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || !strconv.IsPrint(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestTOMLToJSON checks the conversion of TOML values the schema sees as JSON.
func TestTOMLToJSON(t *testing.T) {
	got, err := tomlToJSON([]byte(`d = 2026-03-31
t = 10:00:00
l = 2026-03-31T10:00:00
o = 2026-03-31T10:00:00+02:00
f = 400.0
n = nan
[[a]]
x = 1
`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"a":[{"x":1}],"d":"2026-03-31","f":400,"l":"2026-03-31T10:00:00","n":null,` +
		`"o":"2026-03-31T10:00:00+02:00","t":"10:00:00"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
