package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Notebook types of a basic underlying type without methods, told apart
// (see kernel/check/rt's bases.go): yaegi v0.16.1 gives type Celsius
// float64 the reflect type float64, so an any holding a Celsius was a
// float64 to assertions, type switches, ==, map keys, %T and the process
// pools; a type declared from a compiled named type keeps that one's.
// The lowering declares such a type from one of rt's named types of its
// kind reserved for it (type Celsius gofuturesrt.Float64N3), which has
// no methods and whose values print, encode and convert as the kind's.
// Types with methods are left as they are: yaegi keeps their values in
// interfaces in a wrapper of its own, which tells them apart (rt.TypeName).

// rebaseType declares the type ts declares from an rt base, when it is a
// notebook type at the top level of a basic underlying type (declared
// from a basic type or from another such notebook type) without methods.
func (lw *lowerer) rebaseType(ts *ast.TypeSpec) {
	if ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" || monoCopy(ts.Name.Name) {
		return
	}
	kind, ok := lw.baseKind(ts)
	if !ok {
		return
	}
	b, ok := rt.Base(kind, ts.Name.Name, "main."+typemark.GoName(ts.Name.Name))
	if !ok {
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.replace(ts.Type.Pos(), ts.Type.End(), rtName+"."+b)
}

// baseKind returns the basic kind ("float64", "uint8" for a byte) of the
// type ts declares, when rebaseType declares it from a base.
func (lw *lowerer) baseKind(ts *ast.TypeSpec) (string, bool) {
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok || obj.Parent() != lw.pkg.Scope() {
		return "", false // (a type declared in a function has no methods to tell it)
	}
	n, ok := obj.Type().(*types.Named)
	if !ok {
		return "", false
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped != 0 || b.Kind() == types.UnsafePointer || b.Kind() == types.Invalid {
		return "", false
	}
	if types.NewMethodSet(n).Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
		return "", false
	}
	switch from := types.Unalias(lw.info.TypeOf(ts.Type)).(type) {
	case *types.Basic:
	case *types.Named:
		if !isCellNamed(from) {
			return "", false // type Timeout time.Duration: yaegi keeps time.Duration's type
		}
	default:
		return "", false
	}
	return types.Typ[b.Kind()].Name(), true
}
