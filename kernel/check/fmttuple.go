package check

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// fmtTuple lowers a printing call whose one operand is a call with
// several results (fmt.Println(div(7, 2)), Go's f(g())), one of whose
// types involves a cell type: yaegi v0.16.1 handed fmt the results as
// values of the types they stand for (a Stringer's String not called,
// 1250 for $12.50). The results go to fmt as the operands of a spread
// slice, those that need it wrapped in rt.Fmt as fmtArgs wraps an
// operand:
//
//	fmt.Println(func() []any { R1, R2 := div(7, 2); return []any{rt.Fmt([]T{R1}, table), R2} }()...)
//
// (in rt.Operands for Print and Sprint, which space the operands; in
// rt.Line for the others in a go or defer statement). It reports whether
// it lowered the call.
func (lw *lowerer) fmtTuple(c *ast.CallExpr, pr printFunc) bool {
	if len(c.Args) != 1 || pr.skip != 0 || pr.format || c.Ellipsis.IsValid() {
		return false
	}
	tuple, ok := lw.info.TypeOf(c.Args[0]).(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return false
	}
	names := make([]string, tuple.Len())
	operands := make([]string, tuple.Len())
	needed := false
	for i := range tuple.Len() {
		names[i] = lw.fresh("R")
		operands[i] = names[i]
		t := tuple.At(i).Type()
		if !lw.fmtNeeds(t) {
			continue
		}
		ts := lw.typ(t)
		if !spellable(ts) {
			return false
		}
		tbl, ok := lw.fmtTable(t)
		if !ok {
			return false
		}
		_, iface := t.Underlying().(*types.Interface)
		open, close := described("Fmt", tbl, ts, iface)
		operands[i] = open + names[i] + close
		needed = true
	}
	if !needed {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	open := "func() []any { " + strings.Join(names, ", ") + " := "
	close := "; return []any{" + strings.Join(operands, ", ") + "} }()..."
	switch {
	case pr.spaced:
		open, close = rtName+".Operands("+open, close+")"
	case lw.goDeferred[c]:
		// yaegi v0.16.1 does not spread a slice so made into the
		// operands of a deferred call (it printed the slice)
		open, close = rtName+".Line("+open, close+")"
	}
	lw.insert(c.Args[0].Pos(), open)
	lw.insertClose(c.Args[0].End(), close)
	return true
}
