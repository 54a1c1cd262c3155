package emit

import (
	"fmt"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
	"github.com/apierr/apierr/gen/internal/spec"
	"github.com/dave/jennifer/jen"
)

// memberMethods are the apierrimpl.Member readers of the field types a [[struct]] field may
// have for the struct to be read by the runtime's scanner (ReadStruct, ReadStructs); a struct
// with a field of another type is read with encoding/json.
var memberMethods = map[string]string{
	"string": "String", "bool": "Bool", "int": "Int", "int64": "Int64", "float64": "Float64",
}

// scannedStruct returns the [[struct]] that a field type is, or a list of, when the runtime's
// scanner reads it (every field of a type memberMethods lists); list tells which.
func scannedStruct(m *model.Model, typ string) (st *spec.Struct, list bool) {
	name, list := strings.CutPrefix(typ, "[]")
	for _, s := range m.Structs {
		if s.Name != name {
			continue
		}
		for _, fd := range s.Fields {
			if memberMethods[fd.Type] == "" {
				return nil, false
			}
		}
		return s, list
	}
	return nil, false
}

// structReader is the statement that reads key k into target, a field whose type is st or a
// list of st, with the runtime's scanner.
func structReader(target *jen.Statement, st *spec.Struct, list bool, k *model.Key) *jen.Statement {
	if list {
		return target.Op("=").Qual(runtimePkg, "ReadStructs").Call(jen.Op("&").Id("d"), jen.Id(k.Ident),
			jen.Id("membersOf"+st.Name), jen.Id("read"+st.Name))
	}
	return jen.Qual(runtimePkg, "ReadStruct").Call(jen.Op("&").Id("d"), jen.Id(k.Ident), jen.Op("&").Add(target),
		jen.Id("membersOf"+st.Name), jen.Id("read"+st.Name))
}

// emitStructReader writes membersOf<Struct>, the JSON keys of a struct's fields, and
// read<Struct>, which sets the field a member names, for ReadStruct and ReadStructs.
func emitStructReader(f *file, st *spec.Struct) {
	var keys []jen.Code
	for _, fd := range st.Fields {
		keys = append(keys, jen.Lit(fd.JSON))
	}
	f.Add(commentLines(fmt.Sprintf("membersOf%s are the JSON keys of the fields of %s, in the order read%s numbers them.",
		st.Name, st.Name, st.Name)))
	f.Var().Id("membersOf" + st.Name).Op("=").Index().String().Values(keys...)
	f.Line()
	f.Add(commentLines(fmt.Sprintf("read%s sets the field of v that member i of a JSON object names, when the member's "+
		"value fits it, as encoding/json would.", st.Name)))
	f.Func().Id("read"+st.Name).Params(jen.Id("v").Op("*").Id(st.Name), jen.Id("i").Int(),
		jen.Id("m").Qual(runtimePkg, "Member")).Block(
		jen.Switch(jen.Id("i")).BlockFunc(func(g *jen.Group) {
			for i, fd := range st.Fields {
				g.Case(jen.Lit(i)).Block(
					jen.If(jen.List(jen.Id("x"), jen.Id("ok")).Op(":=").Id("m").Dot(memberMethods[fd.Type]).Call(),
						jen.Id("ok")).Block(
						jen.Id("v").Dot(fd.Name).Op("=").Id("x")))
			}
		}))
	f.Line()
}
