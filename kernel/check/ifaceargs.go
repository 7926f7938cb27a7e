package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Interface arguments of compiled calls in yaegi v0.16.1: a value whose
// static type is an interface the cells declared (type Writer interface
// { Write([]byte) (int, error) }) or an interface literal, given to a
// compiled function's parameter of a compiled interface type
// (fmt.Fprintf's io.Writer, io.Copy, bufio.NewWriter, sort.Sort,
// (*log.Logger).SetOutput), reaches the compiled code as the value inside
// it, without the wrapper that gives it the interface's methods: the call
// panics with "reflect: Call using *struct { ... } as type io.Writer".
// The same holds for a value of a cell's interface type that embeds error
// given to fmt.Errorf for %w: errors.Is and errors.As do not find it in
// the chain. Returned from a function of the parameter's type (error for
// fmt.Errorf's), the value is wrapped, so the lowering passes it through
// one: func(X Writer) io.Writer { if X == nil { return nil }; return X
// }(w) (a nil interface value returned as it is panics in yaegi).

// ifaceArgs converts c's arguments of interpreted interface types given
// to compiled interface parameters of sig (a compiled function's or
// method's) in a function of their own, except those skip reports (which
// another lowering rewrites); for fmt.Errorf (errorf), also those of
// error interfaces given to its ...any.
func (lw *lowerer) ifaceArgs(c *ast.CallExpr, sig *types.Signature, errorf bool, skip func(int) bool) {
	for i, a := range c.Args {
		if skip(i) {
			continue
		}
		pt := paramType(sig, i, c.Ellipsis.IsValid())
		tv := lw.info.Types[a]
		if pt == nil || !tv.IsValue() || tv.IsNil() {
			continue
		}
		if errorf && isEmptyIface(pt) && interpretedIface(tv.Type) && types.Implements(tv.Type, errorType.Underlying().(*types.Interface)) {
			pt = errorType
		}
		if !compiledIfaceFromCell(pt, tv.Type) {
			continue
		}
		at, ptName := lw.typ(tv.Type), lw.typ(pt)
		if !spellable(at) || !spellable(ptName) {
			continue
		}
		x := lw.fresh("X")
		cases := ""
		if it, ok := tv.Type.Underlying().(*types.Interface); ok {
			cases = lw.heldCases(x, it, pt)
		}
		open, close := lw.ifaceCallArg(a, tv.Type)
		lw.insert(a.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[3]s { if %[1]s == nil { return nil }; %[4]sreturn %[1]s }(", x, at, ptName, cases)+open)
		lw.insertClose(a.End(), close+")")
	}
}

// compiledIfaceFromCell reports whether a value of type at going to a
// parameter of type pt is an interpreted interface value (of a type the
// cells declared, or of an interface literal with methods) going to an
// interface with methods of a compiled package.
func compiledIfaceFromCell(pt, at types.Type) bool {
	if _, ok := at.(*types.TypeParam); ok {
		return false // (its constraint's methods are a type set's)
	}
	if nonEmptyIface(pt) == nil || interpretedIface(pt) || !interpretedIface(at) {
		return false
	}
	return !types.Identical(at, pt)
}
