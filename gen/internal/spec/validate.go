package spec

import (
	"strings"

	"github.com/apierr/apierr"
)

// spec validates the raw file into the model. Problems are collected in v; the result is
// meaningful only when there are none.
func (v *validator) spec(raw *rawFile) *Spec {
	s := &Spec{File: v.file}
	v.codePaths = map[*Code]string{}
	v.specTable(raw, s)
	v.envelopes(raw, s)
	structs := v.structs(raw, s)
	v.fields(raw, s, structs)
	v.codes(raw, s)
	v.parents(s)
	v.renames(raw, s)
	v.catchAlls(raw, s)
	v.scenarios(raw, s)
	v.httpStatuses(raw, s)
	v.statusClasses(raw, s)
	v.detailsKeys(s)
	return s
}

// className checks a class name against the root package's classes.
func (v *validator) className(name, path, where string) {
	if name != "" && apierr.ClassByName(name) == nil {
		names := make([]string, 0, 12)
		for _, c := range apierr.Classes() {
			names = append(names, c.Name())
		}
		v.add(path, "%s: class %q is not a class of package apierr; use one of %s", where, name,
			strings.Join(names, ", "))
	}
}

// specTable validates [spec], the table that says what the spec is and where its package goes.
func (v *validator) specTable(raw *rawFile, s *Spec) {
	r := &raw.Spec
	const w = "[spec]"
	if v.lines["spec"] == 0 && !r.Vendor.set && !r.Package.set {
		v.add("", "%s table is missing; start the spec with [spec] and its keys vendor, document, source, package, "+
			"dir and code_type", w)
		return
	}
	s.Vendor = v.oneLine(r.Vendor, "spec.vendor", w, "vendor", true, shownOnOneLine)
	s.Document = v.str(r.Document, "spec.document", w, "document", true)
	s.Source = v.str(r.Source, "spec.source", w, "source", true)
	s.DocFile = v.str(r.File, "spec.file", w, "file", false)
	s.Retrieved = v.date(r.Retrieved, "spec.retrieved", w, "retrieved")
	s.Release = v.oneLine(r.Release, "spec.release", w, "release", false, asTheVendor)
	s.Doc = v.str(r.Doc, "spec.doc", w, "doc", false)
	s.RequestIDHeaders = v.headerNames(r.RequestIDHeaders, "spec.request_id_headers", w, "request_id_headers")
	s.ResetHeader = v.headerName(r.ResetHeader, "spec.reset_header", w, "reset_header")
	s.Placeholders = v.boolean(r.Placeholders, "spec.placeholders", w, "placeholders")
	s.Package = v.str(r.Package, "spec.package", w, "package", true)
	if s.Package != "" {
		if p := packageProblem(s.Package); p != "" {
			v.add("spec.package", "%s: package %q %s", w, s.Package, p)
		}
	}
	s.Dir = v.str(r.Dir, "spec.dir", w, "dir", true)
	s.dirLine = v.lines.line("spec.dir")
	if s.Dir != "" {
		if p := dirProblem(s.Dir, s.Package); p != "" {
			v.add("spec.dir", "%s: dir %q %s", w, s.Dir, p)
		}
	}
	switch ct := v.str(r.CodeType, "spec.code_type", w, "code_type", true); ct {
	case "int", "string":
		s.CodeType = CodeType(ct)
		s.StringCodes = s.CodeType == StringCodes
	case "":
	default:
		v.add("spec.code_type", "%s: code_type %q is not a wire type; use \"int\" or \"string\"", w, ct)
	}
}
