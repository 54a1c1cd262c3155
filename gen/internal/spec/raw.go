package spec

// The raw layer mirrors the TOML file. Every value is a leaf that accepts any TOML type, so
// the decoder never stops at a wrong type: leaves.go checks each leaf and reports all
// problems at once, with the line the key is on.

// leaf is one TOML value as written.
type leaf struct {
	v   any
	set bool
}

// UnmarshalTOML keeps the value whatever its type.
func (l *leaf) UnmarshalTOML(v any) error {
	l.v, l.set = v, true
	return nil
}

type rawFile struct {
	Spec        rawSpec          `toml:"spec"`
	Envelope    []rawEnvelope    `toml:"envelope"`
	Field       []rawField       `toml:"field"`
	Struct      []rawStruct      `toml:"struct"`
	Code        []rawCode        `toml:"code"`
	CatchAll    []rawCatchAll    `toml:"catch_all"`
	Scenario    []rawScenario    `toml:"scenario"`
	HTTPStatus  []rawHTTPStatus  `toml:"http_status"`
	StatusClass []rawStatusClass `toml:"status_class"`
	Renamed     []rawRenamed     `toml:"renamed"`
}

type rawRenamed struct {
	From leaf `toml:"from"`
	To   leaf `toml:"to"`
	Date leaf `toml:"date"`
	Note leaf `toml:"note"`
}

type rawStatusClass struct {
	Status leaf `toml:"status"`
	Class  leaf `toml:"class"`
	Note   leaf `toml:"note"`
}

type rawSpec struct {
	Vendor    leaf `toml:"vendor"`
	Document  leaf `toml:"document"`
	Source    leaf `toml:"source"`
	File      leaf `toml:"file"`
	Retrieved leaf `toml:"retrieved"`
	Release   leaf `toml:"release"`
	Package   leaf `toml:"package"`
	Dir       leaf `toml:"dir"`
	CodeType  leaf `toml:"code_type"`
	Doc       leaf `toml:"doc"`

	RequestIDHeaders leaf `toml:"request_id_headers"`
}

type rawEnvelope struct {
	Name           leaf `toml:"name"`
	Doc            leaf `toml:"doc"`
	Match          leaf `toml:"match"`
	Code           leaf `toml:"code"`
	WireName       leaf `toml:"wire_name"`
	Detail         leaf `toml:"detail"`
	Message        leaf `toml:"message"`
	Description    leaf `toml:"description"`
	RequestID      leaf `toml:"request_id"`
	Details        leaf `toml:"details"`
	OutcomeKey     leaf `toml:"outcome_key"`
	OutcomeError   leaf `toml:"outcome_error"`
	OutcomeSuccess leaf `toml:"outcome_success"`
}

type rawField struct {
	JSON      leaf `toml:"json"`
	Aliases   leaf `toml:"aliases"`
	Name      leaf `toml:"name"`
	Type      leaf `toml:"type"`
	Doc       leaf `toml:"doc"`
	Envelopes leaf `toml:"envelopes"`
}

type rawStruct struct {
	Name  leaf       `toml:"name"`
	Doc   leaf       `toml:"doc"`
	Field []rawField `toml:"field"`
}

type rawCode struct {
	Value        leaf `toml:"value"`
	Name         leaf `toml:"name"`
	Wire         leaf `toml:"wire"`
	Envelope     leaf `toml:"envelope"`
	Detail       leaf `toml:"detail"`
	Message      leaf `toml:"message"`
	Description  leaf `toml:"description"`
	Resolution   leaf `toml:"resolution"`
	Status       leaf `toml:"status"`
	StatusSource leaf `toml:"status_source"`
	Parent       leaf `toml:"parent"`
	Fields       leaf `toml:"fields"`
	Note         leaf `toml:"note"`
	Source       leaf `toml:"source"`
	Class        leaf `toml:"class"`
	Unclassified leaf `toml:"unclassified"`
	Temporary    leaf `toml:"temporary"`
	Deprecated   leaf `toml:"deprecated"`
}

type rawCatchAll struct {
	Parent        leaf `toml:"parent"`
	From          leaf `toml:"from"`
	To            leaf `toml:"to"`
	Prefix        leaf `toml:"prefix"`
	NearestListed leaf `toml:"nearest_listed"`
	Note          leaf `toml:"note"`
}

type rawScenario struct {
	Section     leaf `toml:"section"`
	Status      leaf `toml:"status"`
	Error       leaf `toml:"error"`
	DetailKey   leaf `toml:"detail_key"`
	DetailValue leaf `toml:"detail_value"`
	Text        leaf `toml:"text"`
	Message     leaf `toml:"message"`
	Scenario    leaf `toml:"scenario"`
	Resolution  leaf `toml:"resolution"`
	Note        leaf `toml:"note"`
}

type rawHTTPStatus struct {
	Status      leaf `toml:"status"`
	Message     leaf `toml:"message"`
	Description leaf `toml:"description"`
}
