package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Comparisons of interface values holding notebook types, lowered to
// rt.EqualAs where yaegi v0.16.1 compares its own representation.

// ifaceEqual: x == y on values of an interface I declared in the
// notebook (both sides I or a concrete type that implements it), or on
// an any against what may hold a notebook type's value (anyComparable),
// becomes rt.EqualAs(x, "T", y, "U") with the operands' static type
// names: yaegi v0.16.1 compares its own representation of such values,
// never equal (g == geometry(circle{5}) was false).
func (lw *lowerer) ifaceEqual(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	x, y := lw.info.Types[b.X], lw.info.Types[b.Y]
	not := ""
	if b.Op == token.NEQ {
		not = "!"
	}
	if lw.compiledComparable(x, y) {
		lw.extraImport(rtName, rt.Path)
		lw.insert(b.X.Pos(), not+rtName+".EqualCompiled(")
		lw.replace(b.X.End(), b.Y.Pos(), ", ")
		lw.insertClose(b.Y.End(), ")")
		return
	}
	if !lw.ifaceComparable(x, y) && !anyComparable(x, y) && !ifaceFields(x, y) {
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(b.X.Pos(), not+rtName+".EqualAs(")
	lw.replace(b.X.End(), b.Y.Pos(), fmt.Sprintf(", %q, ", lw.operandName(b.X)))
	lw.insertClose(b.Y.End(), fmt.Sprintf(", %q)", lw.operandName(b.Y)))
}

// compiledComparable reports whether x == y compares a value of an
// interface of a compiled package that has methods (error, fmt.Stringer,
// io.Writer) with another comparable value, in a notebook that declares
// types implementing it: yaegi v0.16.1 holds a notebook value in such an
// interface as its own wrapper (interp._error, stdlib._fmt_Stringer:
// structs of funcs; comparing two panicked, "comparing uncomparable
// type") or in the lowering's box (a new pointer each time: never
// equal), so rt.EqualCompiled compares what they hold.
func (lw *lowerer) compiledComparable(x, y types.TypeAndValue) bool {
	if x.IsNil() || y.IsNil() || x.Type == nil || y.Type == nil {
		return false
	}
	ix, ok := compiledIface(x.Type)
	if !ok {
		x, y = y, x
		ix, ok = compiledIface(x.Type)
	}
	if !ok || !types.Comparable(y.Type) {
		return false
	}
	return len(lw.implementers(ix)) > 0
}

// compiledIface returns the interface t is when t is a named interface
// type with methods that the notebook did not declare (error,
// fmt.Stringer).
func compiledIface(t types.Type) (*types.Interface, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
		return nil, false
	}
	it, ok := n.Underlying().(*types.Interface)
	return it, ok && it.NumMethods() > 0
}

// anyComparable reports whether x == y compares an "any" with a value
// that may be of a notebook type (another "any", a notebook interface,
// a notebook type): yaegi's "any" holds such a value as its own record,
// which == never finds equal to the value.
func anyComparable(x, y types.TypeAndValue) bool {
	if x.IsNil() || y.IsNil() || x.Type == nil || y.Type == nil {
		return false
	}
	if !isEmptyIface(x.Type) {
		x, y = y, x
	}
	if !isEmptyIface(x.Type) {
		return false
	}
	return isEmptyIface(y.Type) || notebookIface(y.Type) || isMainType(y.Type) && types.Comparable(y.Type)
}

// operandName is staticName of e's type, or of what e converts to an
// interface (any(1) holds an int).
func (lw *lowerer) operandName(e ast.Expr) string {
	for range 8 {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 || !lw.info.Types[c.Fun].IsType() {
			break
		}
		if _, iface := lw.info.TypeOf(c.Fun).Underlying().(*types.Interface); !iface {
			break
		}
		e = c.Args[0]
	}
	tv := lw.info.Types[e]
	if tv.Type == nil {
		return ""
	}
	t := tv.Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t) // any(1): an int
	}
	return staticName(t)
}

// staticName is Go's name of t for rt.EqualAs: a notebook type's, a
// predeclared one's or an array type's, "" for an interface or another
// package's type.
func staticName(t types.Type) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(u) && u.TypeArgs().Len() == 0 {
			if _, iface := u.Underlying().(*types.Interface); !iface {
				return goName(u)
			}
		}
	case *types.Basic:
		if u.Info()&types.IsUntyped == 0 {
			return u.Name()
		}
	case *types.Array:
		// an array type's: a notebook type of it (type Key [2]string)
		// holds yaegi's record of its name, the array none
		return types.TypeString(u, func(p *types.Package) string { return p.Name() })
	}
	return ""
}

// ifaceComparable reports whether values of types xt and yt compare
// with rt.EqualAs: one is a notebook interface and the other that
// interface or a concrete type implementing it.
func (lw *lowerer) ifaceComparable(xt, yt types.TypeAndValue) bool {
	if xt.IsNil() || yt.IsNil() || xt.Type == nil || yt.Type == nil {
		return false
	}
	it := xt.Type
	if !notebookIface(it) {
		it = yt.Type
	}
	if !notebookIface(it) {
		return false
	}
	for _, t := range []types.Type{xt.Type, yt.Type} {
		if _, isIface := t.Underlying().(*types.Interface); isIface && !types.Identical(t, it) || !types.AssignableTo(t, it) {
			return false
		}
	}
	return true
}

// notebookIface reports whether t is an interface with methods that the
// interpreter represents itself: declared in a cell, or a literal.
func notebookIface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
	}
	_, ok = t.(*types.Interface)
	return ok
}

// recvPrefix is what makes a value of type xt the receiver recv of a
// method: "&" for a pointer method of an addressable value, "*" for a
// value method through a pointer, else "".
func recvPrefix(recv, xt types.Type) string {
	_, ptrRecv := recv.(*types.Pointer)
	_, ptrX := xt.Underlying().(*types.Pointer)
	switch {
	case ptrRecv && !ptrX:
		return "&"
	case !ptrRecv && ptrX:
		return "*"
	}
	return ""
}
