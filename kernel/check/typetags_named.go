package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Named composite types without methods, told apart. yaegi v0.16.1
// gives a named array, slice, map, func or chan type a cell declares no
// reflect type of its own, and holds a value of one without methods in
// an interface as a value of its underlying type: type RGB [3]uint8 in
// an any was a [3]uint8 (%T printed [3]uint8, RGB{1, 2, 3} and
// [3]uint8{1, 2, 3} were one key of a map[any], a type switch took the
// first of their two cases for both). A value of such a type with
// methods is, in an interface, yaegi's record of the value and its type,
// which the lowering tells apart already (sharesReflectType). So each
// such type without methods gets one in the lowered declaration, with a
// name of the lowering's, unexported (type RGB [3]uint8; func (RGB)
// gofuturesNamed() {}): the checker, which reads the cells' own source,
// knows no method of it (method sets, interfaces satisfied, the tables
// of printing and encoding are made from its types), and reflection
// counts only exported methods.

// namedMarker is the name of the method the lowering gives a type that
// markedNamed reports.
const namedMarker = "gofuturesNamed"

// markedNamed reports whether n is a notebook type the lowering gives
// the method namedMarker: declared at a cell's top level, not generic,
// of an array, slice, map, func or chan type, without methods.
func markedNamed(n *types.Named) bool {
	if _, ok := plainCellType(n); !ok || monoCopy(n.Obj().Name()) || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Array, *types.Slice, *types.Map, *types.Signature, *types.Chan:
	default:
		return false
	}
	return types.NewMethodSet(n).Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() == 0
}

// markNamedType declares, after the declaration ts is in, the method
// namedMarker of the type ts declares when markedNamed reports it, on
// the line the declaration ends on.
func (lw *lowerer) markNamedType(ts *ast.TypeSpec) {
	if ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" || len(lw.funcs) > 0 || len(lw.stack) < 2 {
		return
	}
	gd, ok := lw.stack[len(lw.stack)-2].(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return
	}
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return
	}
	if n, ok := obj.Type().(*types.Named); !ok || !markedNamed(n) {
		return
	}
	lw.insertClose(gd.End(), "; func ("+ts.Name.Name+") "+namedMarker+"() {}")
}

// assertGuard is exactGuard for an assertion of x to t, but for a type
// t that lenientNamed reports (markedNamed's, and the others of an
// array, slice, map, func or chan type with methods): a value of its
// underlying type that has no record of yaegi's (rt.TypeName is "")
// asserts to it too (as one did to a markedNamed type before the
// lowering marked it). A value of the type handed to compiled code is
// such a value when it comes back (heap.Push's argument, what a
// sync.Map or a context holds): yaegi v0.16.1 passes a compiled
// function the value, not its record. A type switch with a case of t's
// underlying type asserts to t exactly (strictCases).
func (lw *lowerer) assertGuard(t types.Type, x string) string {
	n, ok := t.(*types.Named)
	if !ok || !lenientNamed(n) || lw.strict[n] {
		return lw.exactGuard(t, x)
	}
	lw.extraImport(rtName, rt.Path)
	return fmt.Sprintf(" && (%[1]s.TypeName(%[2]s) == %[3]q || %[1]s.TypeName(%[2]s) == \"\")", rtName, x, "main."+n.Obj().Name())
}

// strictCases returns the lenientNamed types among the cases of the type
// switch n that another case's type is the underlying type of (case
// RGB: ... case [3]uint8:): a value without a record is that type's.
func (lw *lowerer) strictCases(n *ast.TypeSwitchStmt) map[*types.Named]bool {
	var ts []types.Type
	for _, c := range n.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if t := lw.info.Types[e].Type; t != nil && !lw.info.Types[e].IsNil() {
				ts = append(ts, t)
			}
		}
	}
	var out map[*types.Named]bool
	for _, t := range ts {
		nt, ok := t.(*types.Named)
		if !ok || !lenientNamed(nt) {
			continue
		}
		for _, u := range ts {
			if _, named := u.(*types.Named); !named && types.Identical(u, nt.Underlying()) {
				if out == nil {
					out = map[*types.Named]bool{}
				}
				out[nt] = true
			}
		}
	}
	return out
}

// lenientNamed reports whether an assertion to n takes a value without
// yaegi's record (assertGuard): n sharesReflectType and is not of a
// basic type.
func lenientNamed(n *types.Named) bool {
	_, basic := n.Underlying().(*types.Basic)
	return !basic && sharesReflectType(n)
}
