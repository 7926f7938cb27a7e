package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Constants yaegi v0.16.1 gets wrong, lowered: const groups written out
// where it refuses iota or implicit repetition, constant expressions
// folded where it converts untyped operands too early.

// constExpand writes out the values of a const group that uses iota or
// repeats a spec implicitly: yaegi v0.16.1 refuses a typed iota
// expression ("constant definition loop") and repetitions of two-name
// specs. const ( KB ByteSize = 1 << (10 * (iota + 1)); MB ) becomes
// const ( KB ByteSize = 1024; MB ByteSize = 1048576 ). A group with an
// expression of a compiled package's constant (math.Pi * 1e30) is
// written out too. A constant of a notebook's string, boolean or float
// type is declared with a conversion (constConvs).
func (lw *lowerer) constExpand(g *ast.GenDecl) {
	if g.Tok != token.CONST {
		return
	}
	if !lw.constWriteOut(g) {
		lw.constConvs(g)
	}
}

// constWriteOut writes out the values of the const group g when it uses
// iota, repeats a spec implicitly or names a compiled package's
// constant (constExpand), and reports whether it did.
func (lw *lowerer) constWriteOut(g *ast.GenDecl) bool {
	uses := false
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) == 0 {
			uses = true
		}
		for _, v := range vs.Values {
			_, plain := ast.Unparen(v).(*ast.SelectorExpr)
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
					if _, ok := lw.info.Uses[id].(*types.Const); ok {
						uses = true
					}
				}
				// (a compiled package's constant in an expression:
				// yaegi v0.16.1 refused const big = math.Pi * 1e30,
				// "constant definition loop" at the top level,
				// "mismatched types untyped float64 and untyped
				// float" in a function)
				if sel, ok := n.(*ast.SelectorExpr); ok && !plain {
					if c, ok := lw.info.Uses[sel.Sel].(*types.Const); ok && c.Pkg() != nil && c.Pkg() != lw.pkg {
						uses = true
					}
				}
				return true
			})
		}
	}
	if !uses {
		return false
	}
	var specs [][2]token.Pos
	var texts []string
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		var typ string
		var vals []string
		for _, n := range vs.Names {
			c, _ := lw.info.Defs[n].(*types.Const)
			if c == nil {
				vals = append(vals, "0")
				continue
			}
			lit, ok := constLit(c.Val(), c.Type())
			if !ok {
				return false // (an unknown value: leave the group as it is)
			}
			if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				typ = " " + lw.typ(c.Type())
			}
			if typedConstLoses(c.Type()) {
				typ, lit = "", lw.typ(c.Type())+"("+lit+")"
			}
			vals = append(vals, lit)
		}
		specs = append(specs, [2]token.Pos{vs.Names[len(vs.Names)-1].End(), vs.End()})
		texts = append(texts, typ+" = "+strings.Join(vals, ", "))
	}
	for i, sp := range specs {
		lw.replace(sp[0], sp[1], texts[i])
	}
	return true
}

// typedConstLoses reports whether a constant of type t, a notebook's
// named type of a string, boolean or floating-point kind, loses its type
// in yaegi v0.16.1 when declared as const c T = v: converted to an
// interface it held the underlying type (var a any = c gave a string,
// so a map[any] and context.Value did not find K("k") under c, and %T
// printed string). Declared as const c = T(v), it keeps T.
func typedConstLoses(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !isCellNamed(n) || n.TypeArgs().Len() > 0 {
		return false
	}
	b, ok := n.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsString|types.IsBoolean|types.IsFloat) != 0
}

// constConvs declares the constants of g of a type that loses itself
// (typedConstLoses) as conversions of their values: const uk K = "user"
// becomes const uk = K("user"), const half F = 1.0 / 2 and const half =
// F(1.0 / 2) become const half = F(0.5) (yaegi v0.16.1 made F(1.0 / 2)
// 0).
func (lw *lowerer) constConvs(g *ast.GenDecl) {
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) != len(vs.Names) {
			continue
		}
		vals := make([]string, 0, len(vs.Names))
		for _, n := range vs.Names {
			c, _ := lw.info.Defs[n].(*types.Const)
			if c == nil || !typedConstLoses(c.Type()) {
				break
			}
			ts := lw.typ(c.Type())
			lit, ok := constLit(c.Val(), c.Type())
			if !ok || !spellable(ts) {
				break
			}
			vals = append(vals, ts+"("+lit+")")
		}
		if len(vals) != len(vs.Names) {
			continue
		}
		lw.replace(vs.Names[len(vs.Names)-1].End(), vs.End(), " = "+strings.Join(vals, ", "))
	}
}

// foldConstant replaces a constant binary expression outside a const
// declaration by its value, as go/types computed it: yaegi v0.16.1
// converts the operands of an untyped integer expression to the type of
// the variable or result it goes to first, so that var y float64 = 1 / 3
// was 0.333… (Go: 0), y = 10 / 4 * 2 was 5 (Go: 4), return 1 / 2 from a
// float64 function 0.5, and var c complex128 = 1 / 2 did not run. (A
// const declaration keeps its expressions: constExpand writes out those
// whose repetition would need them.)
func (lw *lowerer) foldConstant(n *ast.BinaryExpr) bool {
	if g := lw.constDecl; g != nil && g.Pos() <= n.Pos() && n.End() <= g.End() {
		return false
	}
	return lw.replaceByConstant(n)
}

// replaceByConstant replaces n by the constant value go/types computed
// for it, spelled as a literal of its type, and reports whether it did.
func (lw *lowerer) replaceByConstant(n ast.Expr) bool {
	tv := lw.info.Types[n]
	if tv.Value == nil || tv.Type == nil {
		return false
	}
	lit, ok := lw.typedConstLit(tv)
	if !ok {
		return false
	}
	lw.replace(n.Pos(), n.End(), lit)
	return true
}

// typedConstLit spells the constant tv as a literal of its type:
// (lit) when it is untyped, T(lit) otherwise.
func (lw *lowerer) typedConstLit(tv types.TypeAndValue) (string, bool) {
	lit, ok := constLit(tv.Value, tv.Type)
	if !ok {
		return "", false
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + lit + ")", true
	}
	if ts := lw.typ(tv.Type); spellable(ts) {
		return ts + "(" + lit + ")", true
	}
	return "", false
}

// foldRealImag replaces a call of real or imag with a constant argument
// by its value, also in a const declaration (yaegi v0.16.1 crashed on
// both: "CFG post-order panic: reflect: call of reflect.Value.Complex on
// interface Value"), unless the call names iota there (a spec repeated
// after it needs the expression). A constant call of complex is folded
// too: yaegi v0.16.1 refused complex(0, math.Pi) ("mismatched types
// untyped float and untyped float64").
func (lw *lowerer) foldRealImag(n *ast.CallExpr) bool {
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := lw.info.Uses[id].(*types.Builtin); !ok || b.Name() != "real" && b.Name() != "imag" && b.Name() != "complex" {
		return false
	}
	return !lw.namesIota(n) && lw.replaceByConstant(n) // (float32 or float64; complex64 or complex128)
}

// foldLenOfPointer replaces len or cap of a pointer to an array, when
// constant (no call or receive in the operand), by its value: Go does not
// dereference the pointer (len(p) of a nil *[3]int is 3), yaegi v0.16.1
// did (a nil pointer dereference).
func (lw *lowerer) foldLenOfPointer(n *ast.CallExpr) bool {
	return lw.lenOfPointer(n) && !lw.namesIota(n) && lw.replaceByConstant(n)
}

// namesIota reports whether e uses the predeclared iota.
func (lw *lowerer) namesIota(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
			if _, ok := lw.info.Uses[id].(*types.Const); ok && lw.info.Uses[id].Parent() == types.Universe {
				found = true
			}
		}
		return !found
	})
	return found
}

// constLit spells a constant's value as an untyped literal of its kind.
func constLit(v constant.Value, t types.Type) (string, bool) {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
		// (an untyped float's exact value converted to an integer type:
		// int64(1e18 + 1) is 1000000000000000001, not float64's 1e18)
		if i := constant.ToInt(v); i.Kind() == constant.Int {
			v = i
		}
	}
	switch v.Kind() {
	case constant.Int:
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				return strconv.QuoteRune(rune(r)), true
			}
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			return v.ExactString() + ".0", true
		}
		return v.ExactString(), true
	case constant.Float:
		f, _ := constant.Float64Val(v)
		lit := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eEn") {
			lit += ".0"
		}
		return lit, true
	case constant.Complex:
		re, _ := constLit(constant.Real(v), types.Typ[types.UntypedFloat])
		im, _ := constLit(constant.Imag(v), types.Typ[types.UntypedFloat])
		return "(" + re + " + " + im + "i)", true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	case constant.Bool:
		return v.String(), true
	}
	return "", false
}
