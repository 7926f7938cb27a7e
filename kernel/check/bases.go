package check

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Notebook types of a basic underlying type, told apart (see
// kernel/check/rt's bases.go): yaegi v0.16.1 gives type Celsius float64
// the reflect type float64, so an any holding a Celsius was a float64 to
// assertions, type switches, ==, map keys, %T and the process pools; a
// type declared from a compiled named type keeps that one's. The lowering
// declares such a type from one of rt's named types of its kind reserved
// for it (type Celsius gofuturesrt.Float64N3), which has no methods and
// whose values print, encode and convert as the kind's. Types with
// methods too: in an any yaegi's record of the value names its type, but
// in a compiled interface (a fmt.Stringer, an error) yaegi's wrapper
// holds the bare value, so a Celsius and a Fahrenheit of equal values
// were one map key, == each other, asserted to each other and printed
// float64 for %T.

// rebaseType declares the type ts declares from an rt base, when it is a
// notebook type at the top level of a basic underlying type (declared
// from a basic type or from another such notebook type).
func (lw *lowerer) rebaseType(ts *ast.TypeSpec) {
	b, ok := lw.reserveBase(ts)
	if !ok {
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.replace(ts.Type.Pos(), ts.Type.End(), rtName+"."+b)
}

// reserveBase returns the base rebaseType declares the type ts declares
// from, reserved for it, and true; false when there is none.
func (lw *lowerer) reserveBase(ts *ast.TypeSpec) (string, bool) {
	if ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" || monoCopy(ts.Name.Name) {
		return "", false
	}
	kind, ok := lw.baseKind(ts)
	if !ok {
		return "", false
	}
	return rt.Base(kind, ts.Name.Name, "main."+typemark.GoName(ts.Name.Name))
}

// reserveBases reserves the bases of the types the declarations of f
// (a cell's) declare from one, before any is lowered: what the lowering
// makes of a function declared before such a type depends on whether it
// is (basedConst, sharesReflectType).
func (lw *lowerer) reserveBases(f *ast.File) {
	if f == nil {
		return
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				lw.reserveBase(s.(*ast.TypeSpec))
			}
		}
	}
}

// baseKind returns the basic kind ("float64", "uint8" for a byte) of the
// type ts declares, when rebaseType declares it from a base.
func (lw *lowerer) baseKind(ts *ast.TypeSpec) (string, bool) {
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return "", false
	}
	return baseKindOf(obj, lw.info.TypeOf(ts.Type))
}

// baseKindOf returns the basic kind of the type obj, declared from the
// type from, when the lowering declares it from one of rt's bases: a
// type at the top level (a type declared in a function has no methods
// to tell it), of a typed basic underlying type, declared from a basic
// type or another such notebook type.
func baseKindOf(obj *types.TypeName, from types.Type) (string, bool) {
	if obj.IsAlias() || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return "", false
	}
	n, ok := obj.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return "", false
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped != 0 || b.Kind() == types.UnsafePointer || b.Kind() == types.Invalid {
		return "", false
	}
	switch from := types.Unalias(from).(type) {
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

// based reports whether n is a notebook type a base is reserved for, of
// the kind of its underlying type: one the lowering declared from one of
// rt's bases (or did, before it got methods).
func based(n *types.Named) bool {
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped != 0 || n.Obj().Pkg() == nil || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return false
	}
	return rt.HasBase(types.Typ[b.Kind()].Name(), n.Obj().Name())
}

// basedNow reports whether the lowering declares the type obj, declared
// from the type from, from one of rt's bases now: a compiled worker
// registers it by its name (Program), as the notebook's interpreter
// does.
func basedNow(obj *types.TypeName, from types.Type) bool {
	k, ok := baseKindOf(obj, from)
	return ok && rt.HasBase(k, obj.Name())
}

// basedConst converts e, a constant Go converts to a type declared from
// one of rt's bases without saying so (s == "a", c * 9 / 5 + 32 for a
// Celsius c, m["k"], a case "a":), to that type: yaegi v0.16.1 kept the
// constant of its default type there, a string "a" that no Slug equals
// (s == "a" was false for s := Slug("a")), a float64 no map of Celsius
// keys takes. It is written as its value converted (T(lit)). A typed
// constant of the type and a conversion are left as they are (but see
// constAsValue), and so are the values of constant declarations (the
// interpreter converts those).
func (lw *lowerer) basedConst(e ast.Expr) bool {
	tv, ok := lw.info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	n, ok := tv.Type.(*types.Named)
	if !ok || !isCellNamed(n) || !based(n) {
		return false
	}
	if g := lw.constDecl; g != nil && g.Pos() <= e.Pos() && e.End() <= g.End() {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if lw.info.Types[x.Fun].IsType() {
			return false // a conversion
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		if c, ok := lw.info.Uses[id].(*types.Const); ok && types.Identical(c.Type(), n) && !lw.constAsValue(e, n) {
			return false // a constant of the type
		}
	}
	if lit, ok := lw.typedConstLit(tv); ok {
		// its value (min(C(-4), 0): yaegi v0.16.1 has no min)
		lw.replace(e.Pos(), e.End(), lit)
		return true
	}
	lw.insert(e.Pos(), lw.typ(n)+"(")
	lw.insertClose(e.End(), ")")
	return true
}

// constAsValue reports whether e, a constant of the type n, is converted
// as its value (T(c)): when n has methods and e is not where Go wants a
// constant (an array's length, an array's or slice's literal index). Put
// in an interface (return ErrGone from a func() error, ErrGone as an
// any, const ErrGone Err = "gone"), yaegi v0.16.1 wrapped the constant's
// value of the underlying type (a string), which then neither equalled
// ErrGone nor named its type.
func (lw *lowerer) constAsValue(e ast.Expr, n *types.Named) bool {
	if len(lw.stack) < 2 || lw.stack[len(lw.stack)-1] != ast.Node(e) || types.NewMethodSet(n).Len() == 0 {
		return false
	}
	switch p := lw.stack[len(lw.stack)-2].(type) {
	case *ast.ArrayType:
		return p.Len != e
	case *ast.KeyValueExpr:
		if p.Key != e || len(lw.stack) < 3 {
			return true
		}
		if cl, ok := lw.stack[len(lw.stack)-3].(*ast.CompositeLit); ok {
			switch lw.info.TypeOf(cl).Underlying().(type) {
			case *types.Array, *types.Slice:
				return false
			}
		}
	}
	return true
}

// basedType reports whether t is a notebook type the lowering declared
// from one of rt's bases, without methods: a reflect type of its own,
// which an interface holds as it is and compares as Go does (one with
// methods is in yaegi's wrapper there).
func basedType(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && isCellNamed(n) && based(n) && types.NewMethodSet(n).Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() == 0
}
