package model

import (
	"fmt"
	"strconv"

	"github.com/apierr/apierr"
	"github.com/apierr/apierr/apierrimpl"
	"github.com/apierr/apierr/gen/internal/spec"
)

// Info returns the codeInfos row of a documented code: what the generated package's tables
// hold for it and what the runtime's CodeInfo methods format.
func (m *Model) Info(c *spec.Code) *apierrimpl.CodeInfo {
	info := &apierrimpl.CodeInfo{
		Name: m.Display(c), GoName: c.Name, Code: fmt.Sprint(m.Literal(c)), ErrText: m.ErrText(c),
		Message: c.Message, Description: c.Description, Resolution: c.Resolution,
		Status: c.Status.Code, ReplyStatus: m.ReplyStatus(c), Envelope: m.EnvelopeOf(c).Index,
		Class: apierr.ClassByName(c.Class), Unclassified: c.Unclassified, Temporary: c.Temporary,
	}
	if c.Parent != "" {
		info.Parent = m.Row(c.Parent) + 1
	}
	if rc := m.ReplyCode(c); rc != c {
		info.ReplyCode = m.Row(rc.Name) + 1
	}
	return info
}

// Summary returns what the *Error that Parse makes of the reply shows of itself (the runtime
// formats it: error text, Attrs, LogValue, ErrorType, CodeURL), as the generated summary
// method fills it. importPath is the generated package's.
func (rd *Reading) Summary(m *Model, importPath string) apierrimpl.Summary {
	s := apierrimpl.Summary{
		Package: m.Package, Vendor: m.Vendor, ImportPath: importPath, IntCodes: !m.StringCodes,
		Name: rd.Name, Detail: rd.Detail.Str, VendorCode: m.VendorCode(rd.Code, rd.Detail),
		Status: rd.Status, RequestID: rd.RequestID, Class: rd.Class(m), BodySize: len(rd.Body),
	}
	if c := m.Lookup(rd.Code); c != nil {
		s.Known, s.Info = true, m.Info(c)
	}
	switch {
	case m.StringCodes:
		s.Code, s.CodeValue = rd.Code.Str, rd.Code.Str
	case rd.Code.Int != 0:
		s.CodeValue = strconv.FormatInt(rd.Code.Int, 10)
		s.Code = apierrimpl.IntName(int(rd.Code.Int))
		if s.Known {
			s.Code = s.Info.Name
		}
	}
	if c := m.Lookup(rd.Detail); rd.Detail.Str != "" && c != nil {
		s.Info = m.Info(c)
	}
	return s
}
