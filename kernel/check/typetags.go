package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell/mono"
)

// Struct types declared in cells, told apart. yaegi v0.16.1 makes a
// struct type declared in a cell with reflect.StructOf, which returns one
// type for one list of fields: type NotFound struct{ Name string } and
// type Denied struct{ Name string } were one type to assertions, type
// switches, errors.As, fmt's %T and the interface comparisons, so a
// *Denied asserted to *NotFound succeeded. Field tags are part of a
// struct type's identity in reflection and read by no one but who asks
// for their key: the lowering tags the first field of every struct type
// a cell declares with its name (`gofutures:"Denied"`), which makes each
// a type of its own.

// tagStructType tags the first field of the struct type ts declares; a
// struct type without fields (type Dog struct{}) gets a field of its own
// to tag, _ any, always nil, which rt's printing and encoding leave out
// (internal/typemark). (An interface: yaegi takes a struct's last field that
// holds something for the struct, when it puts the struct in an error.)
// A generic struct type is left as it is (its instances are spelled as
// the types they stand for, kernel/cell/mono's (named mainꞏStackꞏstring)
// and yaegi's alike, and one may be assigned the other).
func (lw *lowerer) tagStructType(ts *ast.TypeSpec) {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || monoCopy(ts.Name.Name) || st.Fields == nil {
		return
	}
	pair := typemark.Key + ":" + strconv.Quote(lw.localTagName(ts))
	if xs := exportedX(st); xs != "" {
		pair += " " + typemark.ExportedKey + ":" + strconv.Quote(xs)
	}
	if es := embeddedIndexes(st); es != "" {
		pair += " " + typemark.EmbeddedKey + ":" + strconv.Quote(es)
	}
	lw.tailField(ts, st)
	if len(st.Fields.List) == 0 {
		if st.Fields.Opening.IsValid() {
			lw.insert(st.Fields.Opening+1, " _ any `"+pair+"` ")
		}
		return
	}
	// before the field's own tag, which need not be of the conventional
	// form (`hello`: a key after it would not be found); rt's reflection
	// takes the prefix away (withoutMarks)
	f := st.Fields.List[0]
	switch {
	case f.Tag == nil:
		lw.insertClose(f.Type.End(), " `"+pair+"`")
	case f.Tag.Kind == token.STRING && len(f.Tag.Value) >= 2 && f.Tag.Value[0] == '`':
		lw.insert(f.Tag.Pos()+1, pair+" ")
	default:
		q := strconv.Quote(pair + " ")
		lw.insert(f.Tag.Pos()+1, q[1:len(q)-1])
	}
}

// exportedX returns, comma-separated, the exported fields of st whose
// names typemark.FieldName would take for yaegi's renaming of an
// unexported one (Xray, read as ray).
func exportedX(st *ast.StructType) string {
	var xs []string
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if typemark.Renamed(n.Name) {
				xs = append(xs, n.Name)
			}
		}
	}
	return strings.Join(xs, ",")
}

// embeddedIndexes returns, comma-separated, the indexes of the embedded
// fields of st.
func embeddedIndexes(st *ast.StructType) string {
	var es []string
	i := 0
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			es = append(es, strconv.Itoa(i))
			i++
			continue
		}
		i += len(f.Names)
	}
	return strings.Join(es, ",")
}

// untagged converts e explicitly where a value of an unnamed struct type
// goes to a struct type a cell declared, or the other way: tagged, the
// two are no longer one type to yaegi, which refuses the assignment Go
// allows (var p Point = struct{ X, Y int }{1, 2}).
func (lw *lowerer) untagged(e ast.Expr, dst types.Type) {
	if e == nil || dst == nil {
		return
	}
	tv := lw.info.Types[e]
	if !tv.IsValue() || tv.Type == nil {
		return
	}
	if open, close := lw.untaggedConv(tv.Type, dst); open != "" {
		lw.insert(e.Pos(), open)
		lw.insertClose(e.End(), close)
	}
}

// untaggedConv returns what goes around a value of type src that goes to
// dst, when one is a tagged struct type and the other its unnamed struct
// type; "" when nothing need.
func (lw *lowerer) untaggedConv(src, dst types.Type) (open, close string) {
	if open, close := lw.recFuncConv(src, dst); open != "" {
		return open, close // (recfuncs.go)
	}
	if !(tagged(dst) && unnamedStruct(src)) && !(unnamedStruct(dst) && tagged(src)) {
		return "", ""
	}
	if st, ok := dst.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
		// the marker field of a type declared without fields is one the
		// unnamed struct{} lacks: no conversion crosses, a new zero does
		// (after e, evaluated for what it does; the parameter named:
		// yaegi v0.16.1 stores an unnamed one where the result goes)
		return fmt.Sprintf("func(%s %s) %s { return %[3]s{} }(", lw.fresh("U"), lw.typ(src), lw.typ(dst)), ")"
	}
	return lw.typ(dst) + "(", ")"
}

// untaggedOperand converts, as untagged does, the key of a map's index
// expression and of delete, and an operand of == and != that Go compares
// with the other's type: a tagged struct type and its unnamed struct type
// are one to Go there too.
func (lw *lowerer) untaggedOperand(n ast.Node) {
	switch n := n.(type) {
	case *ast.IndexExpr:
		if m, ok := typeUnder(lw.info.TypeOf(n.X)).(*types.Map); ok {
			lw.untagged(n.Index, m.Key())
		}
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			lw.untagged(n.Y, lw.info.TypeOf(n.X))
		}
	case *ast.CallExpr:
		id, ok := ast.Unparen(n.Fun).(*ast.Ident)
		if !ok || len(n.Args) != 2 {
			return
		}
		if b, ok := lw.info.Uses[id].(*types.Builtin); !ok || b.Name() != "delete" {
			return
		}
		if m, ok := typeUnder(lw.info.TypeOf(n.Args[0])).(*types.Map); ok {
			lw.untagged(n.Args[1], m.Key())
		}
	}
}

// typeUnder is t's underlying type, nil for nil.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// monoCopy reports whether name is that of kernel/cell/mono's copy of a
// generic type (mainꞏStackꞏstring), not a type a cell declared inside a
// function (hoist.go).
func monoCopy(name string) bool {
	return strings.Contains(name, mono.Sep) && !strings.Contains(name, typemark.LocalSep)
}

// tagged reports whether t is a struct type tagStructType tags.
func tagged(t types.Type) bool {
	n, ok := plainCellType(types.Unalias(t))
	if !ok || monoCopy(n.Obj().Name()) {
		return false
	}
	_, ok = n.Underlying().(*types.Struct)
	return ok
}

// unnamedStruct reports whether t is a struct type literal.
func unnamedStruct(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Struct)
	return ok
}

// untaggedTuple converts the results of a call assigned to several
// variables (p, err = pair()) that go from a tagged struct type to its
// unnamed struct type or back: the call goes in a function literal that
// returns them converted, func() (Point, error) { R1, R2 := pair();
// return Point(R1), R2 }().
func (lw *lowerer) untaggedTuple(as *ast.AssignStmt) {
	if len(as.Lhs) < 2 || len(as.Rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	tuple, ok := lw.info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != len(as.Lhs) {
		return
	}
	dsts := make([]types.Type, len(as.Lhs))
	for i, l := range as.Lhs {
		dsts[i] = lw.info.TypeOf(l)
		if isBlank(l) || dsts[i] == nil {
			dsts[i] = tuple.At(i).Type()
		}
	}
	lw.convertedCall(call, tuple, dsts, lw.untaggedConv)
}

// convertedCall puts call, of several results (tuple), in a function
// literal that returns them converted to dsts by conv, when conv
// converts one: func() (T1, T2) { R1, R2 := call; return conv(R1), R2 }().
func (lw *lowerer) convertedCall(call *ast.CallExpr, tuple *types.Tuple, dsts []types.Type, conv func(src, dst types.Type) (open, close string)) {
	var results, names, vals []string
	need := false
	for i := range tuple.Len() {
		t := lw.typ(dsts[i])
		if !spellable(t) {
			return
		}
		r := lw.fresh("R")
		open, close := conv(tuple.At(i).Type(), dsts[i])
		need = need || open != ""
		results, names, vals = append(results, t), append(names, r), append(vals, open+r+close)
	}
	if !need {
		return
	}
	lw.insert(call.Pos(), fmt.Sprintf("func() (%s) { %s := ", strings.Join(results, ", "), strings.Join(names, ", ")))
	lw.insertClose(call.End(), fmt.Sprintf("; return %s }()", strings.Join(vals, ", ")))
}
