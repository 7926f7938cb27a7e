package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// rangeHints explains "cannot range over x (value of type T)" where T has
// a method All or Values that returns an iterator, as the Next-style
// iterators of package executor do (for f := range
// executor.AsCompleted(fs) is what a Python user writes first): the
// message names the expression to range over instead.
func rangeHints(errs map[*Error]token.Pos, files []*ast.File, info *types.Info) {
	if len(errs) == 0 {
		return
	}
	at := map[token.Pos]ast.Expr{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if rs, ok := n.(*ast.RangeStmt); ok {
				at[rs.X.Pos()] = rs.X
			}
			return true
		})
	}
	for e, pos := range errs {
		x := at[pos]
		if x == nil {
			continue
		}
		t := info.TypeOf(x)
		if t == nil {
			continue
		}
		for _, name := range []string{"All", "Values"} {
			if iteratorMethod(t, name) {
				e.Msg += fmt.Sprintf("; its method %s returns an iterator: range over %s.%s()", name, types.ExprString(x), name)
				break
			}
		}
	}
}

// iteratorMethod reports whether values of t have a method name without
// parameters whose one result is a function: an iter.Seq or iter.Seq2.
func iteratorMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	_, ok = sig.Results().At(0).Type().Underlying().(*types.Signature)
	return ok
}
