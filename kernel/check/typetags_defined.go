package check

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
)

// tagDefinedStruct tags a struct type declared from another struct type
// of the notebook's (type Vec Point, Go's way of a type of the same
// fields with methods of its own), which tagStructType leaves: its
// underlying type, Point's, carries Point's tag, so to yaegi v0.16.1 a
// Vec was a Point (%T printed main.Point, any(v).(Point) succeeded, a
// Vec and a Point of one value were one key of a map[any]). Its type is
// spelled as the struct it stands for, with its own name in the first
// field's tag (type Vec struct { X int `gofutures:"Vec"`; Y int });
// conversions between the two stay valid, to Go and to reflection alike,
// which ignore tags there. Only at package level: a type a function
// declares (type plain Config, in a MarshalJSON) keeps its spelling.
func (lw *lowerer) tagDefinedStruct(ts *ast.TypeSpec) {
	if ts.Assign.IsValid() || ts.TypeParams != nil || monoCopy(ts.Name.Name) || len(lw.funcs) > 0 {
		return
	}
	switch ast.Unparen(ts.Type).(type) {
	case *ast.Ident, *ast.SelectorExpr:
	default:
		return
	}
	if !tagged(lw.info.TypeOf(ts.Type)) {
		return
	}
	st, ok := lw.declaredStruct(ts)
	if !ok {
		return
	}
	pair := typemark.Key + ":" + strconv.Quote(ts.Name.Name)
	var xs, es []string
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() {
			es = append(es, strconv.Itoa(i))
		} else if typemark.Renamed(f.Name()) {
			xs = append(xs, f.Name())
		}
	}
	if len(xs) > 0 {
		pair += " " + typemark.ExportedKey + ":" + strconv.Quote(strings.Join(xs, ","))
	}
	if len(es) > 0 {
		pair += " " + typemark.EmbeddedKey + ":" + strconv.Quote(strings.Join(es, ","))
	}
	if st.NumFields() == 0 {
		lw.replace(ts.Type.Pos(), ts.Type.End(), "struct { _ any `"+pair+"` }")
		return
	}
	fields := make([]string, st.NumFields())
	for i := range st.NumFields() {
		f := st.Field(i)
		spelled := lw.typ(f.Type())
		if !f.Embedded() {
			spelled = f.Name() + " " + spelled
		}
		tag := st.Tag(i)
		if i == 0 {
			tag = strings.TrimSuffix(pair+" "+tag, " ")
		}
		if tag != "" {
			spelled += " " + quoteTag(tag)
		}
		fields[i] = spelled
	}
	lw.replace(ts.Type.Pos(), ts.Type.End(), "struct { "+strings.Join(fields, "; ")+" }")
}

// quoteTag spells a struct tag as a raw string literal, or interpreted
// where the tag holds a back quote.
func quoteTag(tag string) string {
	if strings.ContainsAny(tag, "`\r") {
		return strconv.Quote(tag)
	}
	return "`" + tag + "`"
}

// declaredStruct returns the struct type underlying the type ts
// declares; false if none.
func (lw *lowerer) declaredStruct(ts *ast.TypeSpec) (*types.Struct, bool) {
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return nil, false
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	return st, ok
}
