package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Results of compiled calls of an empty interface type, got again at one
// call. yaegi v0.16.1 holds a value of an interface type a cell declares
// (a Shape) as a record of its own, also in an "any" (the "any" a heap's
// Pop returns, a value stored in a sync.Map or an atomic.Value through an
// "any", reflect's Interface of a []Shape's element). It puts the results
// of a call of a compiled function in a slot of the call, and wraps a
// result in such a record once more when the slot holds one, from the
// call before: at a call made again in one frame (in a loop, after a
// goto, or the caller's call of a function returning the compiled call's
// result, whose result slot is the caller's), the second value and the
// later ones read as <nil> and their assertions crash. A results'
// assignment to variables of the tuple (v, ok = m.Load(k)) assigns into
// the storage the variable held. In a function literal returning the
// results, they are the literal's, fresh at each call.

// compiledAnyResult wraps c, a call of the compiled function fn, as
// func() (any, bool) { return m.Load(k) }() when a result is of an
// empty interface type, the results are used, and the call is made again
// in its frame: in a loop, in a function with goto, or returned (by a
// function its caller may call again at one place), and the notebook
// declares an interface with methods (yaegi makes its records of those
// values alone). A := of the results (v, ok := m.Load(k)) is left: yaegi
// makes its variables anew.
func (lw *lowerer) compiledAnyResult(c *ast.CallExpr, fn *types.Func) {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == "main" || lw.goDeferred[c] || lw.freshResults[c] || len(lw.stack) < 2 || lw.stack[len(lw.stack)-1] != ast.Node(c) {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 || !emptyIfaceResult(sig.Results()) {
		return
	}
	ret := false
	switch p := lw.stack[len(lw.stack)-2].(type) {
	case *ast.ExprStmt:
		return
	case *ast.AssignStmt:
		if sig.Results().Len() > 1 && p.Tok == token.DEFINE || allBlank(p.Lhs) {
			return
		}
	case *ast.ReturnStmt:
		ret = true
	}
	if !ret && !lw.repeatedInFrame() {
		return
	}
	lw.typeSetUses++ // a later cell declaring an interface lowers it again (relower.go)
	if !lw.declaresIfaces() {
		return
	}
	results := make([]string, sig.Results().Len())
	for i := range results {
		results[i] = lw.typ(sig.Results().At(i).Type())
		if !spellable(results[i]) {
			return
		}
	}
	lw.insert(c.Pos(), fmt.Sprintf("func() (%s) { return ", strings.Join(results, ", ")))
	lw.insertClose(c.End(), " }()")
}

// markFreshResults records that c, a call, was put in a function literal
// returning its results (tupleiface.go): compiledAnyResult leaves it.
func (lw *lowerer) markFreshResults(c *ast.CallExpr) {
	if lw.freshResults == nil {
		lw.freshResults = map[*ast.CallExpr]bool{}
	}
	lw.freshResults[c] = true
}

// emptyIfaceResult reports whether one of results is of an empty
// interface type (any, json.Token).
func emptyIfaceResult(results *types.Tuple) bool {
	for i := range results.Len() {
		if it, ok := results.At(i).Type().Underlying().(*types.Interface); ok && it.Empty() {
			return true
		}
	}
	return false
}

// allBlank reports whether the expressions are all _.
func allBlank(es []ast.Expr) bool {
	for _, e := range es {
		if id, ok := ast.Unparen(e).(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// repeatedInFrame reports whether the node the walk is at may run more
// than once in one frame of its function: it is in a loop's condition,
// post statement or body (not in a function literal there, which runs in
// a frame of its own), or its function has a goto.
func (lw *lowerer) repeatedInFrame() bool {
	for i := len(lw.stack) - 2; i >= 0; i-- {
		child := lw.stack[i+1]
		switch n := lw.stack[i].(type) {
		case *ast.ForStmt:
			if child != ast.Node(n.Init) {
				return true
			}
		case *ast.RangeStmt:
			if child == ast.Node(n.Body) {
				return true
			}
		case *ast.FuncLit:
			return hasGoto(n.Body)
		case *ast.FuncDecl:
			return hasGoto(n.Body)
		}
	}
	b, ok := lw.stack[0].(*ast.BlockStmt) // the cell's statements
	return ok && hasGoto(b)
}

// declaresIfaces reports whether the notebook declares an interface type
// with methods: a type of the package's scope that is one or holds one
// (type Shapes []interface{ Area() float64 }), or an interface type the
// declaration being lowered writes (a local type).
func (lw *lowerer) declaresIfaces() bool {
	if lw.ifaceDecl == 0 {
		lw.ifaceDecl = -1
		scope := lw.pkg.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && holdsCellIface(tn.Type(), 3) {
				lw.ifaceDecl = 1
				break
			}
		}
	}
	if lw.ifaceDecl > 0 {
		return true
	}
	found := false
	if len(lw.stack) > 0 {
		ast.Inspect(lw.stack[0], func(n ast.Node) bool {
			if it, ok := n.(*ast.InterfaceType); ok && it.Methods != nil {
				for _, f := range it.Methods.List {
					_, method := f.Type.(*ast.FuncType)
					found = found || method
				}
			}
			return !found
		})
	}
	return found
}

// holdsCellIface reports whether t is an interface with methods the
// notebook declares or writes as a literal, or holds one (as elements,
// fields, a pointer's target), looking depth types deep.
func holdsCellIface(t types.Type, depth int) bool {
	if depth < 0 {
		return false
	}
	if n, ok := t.(*types.Named); ok {
		if n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
			return false // compiled: yaegi wraps its values otherwise
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return u.NumMethods() > 0 && u.IsMethodSet()
	case *types.Slice:
		return holdsCellIface(u.Elem(), depth-1)
	case *types.Array:
		return holdsCellIface(u.Elem(), depth-1)
	case *types.Pointer:
		return holdsCellIface(u.Elem(), depth-1)
	case *types.Chan:
		return holdsCellIface(u.Elem(), depth-1)
	case *types.Map:
		return holdsCellIface(u.Key(), depth-1) || holdsCellIface(u.Elem(), depth-1)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsCellIface(u.Field(i).Type(), depth-1) {
				return true
			}
		}
	}
	return false
}
