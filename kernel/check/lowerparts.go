package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// walkFieldTypes lowers the types of a declared function's receiver,
// parameters and results, and their names that shadow predeclared ones.
func (lw *lowerer) walkFieldTypes(lists ...*ast.FieldList) {
	for _, l := range lists {
		if l == nil {
			continue
		}
		for _, f := range l.List {
			for _, id := range f.Names {
				lw.shadowedName(id)
			}
			lw.walk(f.Type)
		}
	}
}

// instance gives a call of a generic function declared in the notebook
// its type arguments explicitly: yaegi v0.16.1 fails to infer them from
// function literals ("cannot use type func(int) string as type func(int)
// int"). idx is the index expression around id, when it has one (partly
// explicit arguments).
func (lw *lowerer) instance(id *ast.Ident, idx ast.Expr) bool {
	inst, ok := lw.info.Instances[id]
	if !ok {
		return false
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" {
		return false
	}
	var args []string
	for i := range inst.TypeArgs.Len() {
		args = append(args, lw.typ(inst.TypeArgs.At(i)))
	}
	text := "[" + strings.Join(args, ", ") + "]"
	if idx == nil {
		lw.insertClose(id.End(), text)
		return true
	}
	lw.replace(id.End(), idx.End(), text)
	return true
}

// iterType rewrites iter.Seq[V] and iter.Seq2[K, V] (generic types of a
// package yaegi v0.16.1 does not have) to the function types they stand
// for.
func (lw *lowerer) iterType(n ast.Expr) bool {
	var x ast.Expr
	var idx []ast.Expr
	var rbrack token.Pos
	switch n := n.(type) {
	case *ast.IndexExpr:
		x, idx, rbrack = n.X, []ast.Expr{n.Index}, n.Rbrack
	case *ast.IndexListExpr:
		x, idx, rbrack = n.X, n.Indices, n.Rbrack
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return true
	}
	tn, ok := lw.info.Uses[sel.Sel].(*types.TypeName)
	if !ok || tn.Pkg() == nil || tn.Pkg().Path() != "iter" {
		return true
	}
	switch {
	case tn.Name() == "Seq" && len(idx) == 1, tn.Name() == "Seq2" && len(idx) == 2:
		lw.replace(n.Pos(), idx[0].Pos(), "func(func(")
		lw.replace(idx[len(idx)-1].End(), rbrack+1, ") bool)")
		for _, e := range idx {
			lw.walk(e)
		}
		return false
	}
	return true
}

// constant spells a constant expression's value.
func (lw *lowerer) constant(tv types.TypeAndValue) string {
	lit := tv.Value.ExactString()
	if tv.Value.Kind() == constant.Float {
		if f, ok := constant.Float64Val(tv.Value); ok {
			lit = fmt.Sprint(f)
			if !strings.ContainsAny(lit, ".eE") {
				lit += ".0"
			}
		}
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + lit + ")"
	}
	return lw.typ(tv.Type) + "(" + lit + ")"
}

// pure reports whether evaluating e twice is the same as once: names,
// fields and dereferences of names.
func pure(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return pure(x.X)
	case *ast.ParenExpr:
		return pure(x.X)
	case *ast.StarExpr:
		return pure(x.X)
	}
	return false
}

// plainInt reports whether t is int itself: a value of another integer
// type (a byte, a type ID int declared from one of rt's bases) goes to
// rt's checks, which take ints, converted.
func plainInt(t types.Type) bool {
	return t != nil && types.Identical(types.Unalias(t), types.Typ[types.Int])
}

// isInt reports whether e is an int, or a constant whose default type
// is int.
func (lw *lowerer) isInt(e ast.Expr) bool { return plainInt(types.Default(lw.info.TypeOf(e))) }

// asInt returns text, the source of e, as an int: converted unless e is
// one (isInt). A check of an index or slice bound takes an int.
func (lw *lowerer) asInt(e ast.Expr, text string) string {
	if lw.isInt(e) {
		return text
	}
	return "int(" + text + ")"
}

// refuse records a refusal of the cell at pos.
func (lw *lowerer) refuse(pos token.Pos, msg string) {
	lw.refused = append(lw.refused, refusal{pos, msg})
}
