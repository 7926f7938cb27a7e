package check

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
)

// A struct type whose one field embeds an interface of a compiled package
// (type reverse struct{ sort.Interface }, type nopCloser struct{
// io.Reader }): yaegi v0.16.1 marks the only field of a struct as
// embedded (reflect's Anonymous), and reflect.StructOf refuses one of
// interface type with methods, so converting a value of such a type to a
// compiled interface (sort.Sort(reverse{x})) panicked "reflect: StructOf
// does not support methods of embedded interfaces". With two fields
// yaegi marks neither, and promotes the interface's methods itself: the
// lowering gives such a type a second field, _ any (always nil, marked
// typemark.TailMark, which what reads cell values by reflection leaves
// out), and its positional literals a nil for it (reverse{x} becomes
// reverse{x, nil}).

// tailMarked reports whether t is a struct type a cell declares that
// gets the trailing marker field.
func tailMarked(t types.Type) bool {
	n, ok := plainCellType(t)
	if !ok {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || st.NumFields() != 1 || !st.Field(0).Embedded() {
		return false
	}
	ft := st.Field(0).Type()
	return nonEmptyIface(ft) != nil && !interpretedIface(ft)
}

// tailField adds the marker field to the struct type ts declares, when
// it needs one (tailMarked).
func (lw *lowerer) tailField(ts *ast.TypeSpec, st *ast.StructType) {
	tn, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok || !tailMarked(tn.Type()) || len(st.Fields.List) != 1 {
		return
	}
	lw.insertClose(st.Fields.List[0].End(), "; _ any `"+typemark.Key+":"+strconv.Quote(typemark.TailMark)+"`")
}

// tailLit gives a positional literal of a type with the marker field
// (tailMarked) a value for it.
func (lw *lowerer) tailLit(c *ast.CompositeLit) {
	if len(c.Elts) != 1 || !c.Rbrace.IsValid() {
		return
	}
	if _, keyed := c.Elts[0].(*ast.KeyValueExpr); keyed {
		return
	}
	if t := lw.info.TypeOf(c); t != nil && tailMarked(t) {
		// before the closing brace, after a trailing comma if there
		// is one: right of what closes around the element
		text := ", nil"
		if strings.Contains(lw.orig[lw.off(c.Elts[0].End()):lw.off(c.Rbrace)], ",") {
			text = " nil,"
		}
		lw.insert(c.Rbrace, text)
	}
}
