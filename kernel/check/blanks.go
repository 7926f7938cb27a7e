package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// blankFields names the blank fields of st, when it has several (the
// padding of a struct encoding/binary reads: _ [3]byte, then _ uint16),
// _ꞏ1, _ꞏ2 (typemark.Blank): yaegi v0.16.1 gives each the name X_, and
// reflect.StructOf panics on two fields of one name ("duplicate field
// X_"), which ended the interpreter's process. No selector names a blank
// field, so nothing else changes; reflection on the cells' side reads the
// names as _ (typemark.FieldName).
func (lw *lowerer) blankFields(st *ast.StructType) {
	if st.Fields == nil {
		return
	}
	var blanks []*ast.Ident
	for _, f := range st.Fields.List {
		for _, id := range f.Names {
			if id.Name == "_" {
				blanks = append(blanks, id)
			}
		}
	}
	if len(blanks) < 2 {
		return
	}
	for i, id := range blanks {
		lw.replace(id.Pos(), id.End(), fmt.Sprintf("%s%d", typemark.Blank, i+1))
	}
}

// binaryCall lowers binary.Read into a value holding a struct a cell
// declared with a blank field to rt.BinaryRead, which leaves the blank
// fields as they were, as Go's Read does (yaegi's struct names them so
// that Read sets them).
func (lw *lowerer) binaryCall(c *ast.CallExpr, sig *types.Signature, name string) {
	if sig.Recv() != nil || name != "Read" || len(c.Args) != 3 || !blankIn(lw.info.TypeOf(c.Args[2]), 0) {
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.replace(c.Fun.Pos(), c.Fun.End(), rtName+".BinaryRead")
}

// blankIn reports whether t holds a struct a cell declared with a blank
// field (through pointers, arrays and slices).
func blankIn(t types.Type, depth int) bool {
	if t == nil || depth > 16 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return blankIn(u.Elem(), depth+1)
	case *types.Array:
		return blankIn(u.Elem(), depth+1)
	case *types.Slice:
		return blankIn(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if u.Field(i).Name() == "_" || blankIn(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// collidingFields returns, for each struct type the cell's declarations
// (f) define with an unexported field whose name, X before it, is that
// of another of its fields (secret and Xsecret), where it is and the
// error that refuses it: yaegi v0.16.1 names an unexported field so, and
// reflect.StructOf panics on two fields of one name (the interpreter's
// process died).
func collidingFields(f *ast.File, info *types.Info) (pos []token.Pos, msgs []string) {
	eachDeclaredType(f, info, func(_ *ast.TypeSpec, obj *types.TypeName) {
		st, ok := obj.Type().Underlying().(*types.Struct)
		if !ok {
			return
		}
		names := map[string]*types.Var{}
		for i := range st.NumFields() {
			names[st.Field(i).Name()] = st.Field(i)
		}
		for i := range st.NumFields() {
			fv := st.Field(i)
			if fv.Exported() || fv.Name() == "_" {
				continue
			}
			if other, ok := names["X"+fv.Name()]; ok {
				pos = append(pos, fv.Pos())
				msgs = append(msgs, "cannot use the type "+obj.Name()+" here: yaegi v0.16.1 names its unexported field "+fv.Name()+" "+other.Name()+
					", the name of its field "+other.Name()+", and cannot make such a type (rename one of the two)")
			}
		}
	})
	return pos, msgs
}
