package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// The function literals yaegi v0.16.1 needs made in a frame of their
// own: those made again in a loop while earlier ones may run
// (markLoopLits), deferred ones (markDeferLits), those a go statement
// starts (goStmt) and those handed to compiled code (funcLit).

// markLoopLits records the function literals under root that are made
// again while earlier ones may still run: those in a loop of their own
// function, not called where they are made; the go statements of
// function literals in loops; and the defer statements of function
// literals in loops (see deferStmt).
//
// yaegi v0.16.1 keeps a function literal's value in its maker's frame
// and writes that slot back each time the function returns: a literal
// made in a loop and run on another goroutine (go func() {...}(),
// wg.Go(f), an http.HandlerFunc) races with the next iteration's, which
// may read the previous function (a data race the race detector
// reports). Made
// in a frame of its own, func() T { return lit }(), no one reads the
// slot again.
func (lw *lowerer) markLoopLits(root ast.Node) {
	if lw.loopLits == nil {
		lw.loopLits = map[*ast.FuncLit]bool{}
	}
	if lw.loopGos == nil {
		lw.loopGos = map[*ast.GoStmt]bool{}
	}
	if lw.loopDefers == nil {
		lw.loopDefers = map[*ast.DeferStmt]bool{}
	}
	called := map[*ast.FuncLit]bool{}
	depth := []int{0}      // loop depth per enclosing function
	gotos := []bool{false} // whether the function has goto statements, which may loop
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			switch stack[len(stack)-1].(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				depth = depth[:len(depth)-1]
				gotos = gotos[:len(gotos)-1]
			case *ast.ForStmt, *ast.RangeStmt:
				depth[len(depth)-1]--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.GoStmt:
			if _, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok && depth[len(depth)-1] > 0 {
				lw.loopGos[n] = true
			}
		case *ast.DeferStmt:
			if depth[len(depth)-1] > 0 || gotos[len(gotos)-1] {
				lw.loopDefers[n] = true
			}
		case *ast.CallExpr:
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
				called[lit] = true
			}
		case *ast.FuncLit:
			if depth[len(depth)-1] > 0 && !called[n] {
				lw.loopLits[n] = true
			}
			depth = append(depth, 0)
			gotos = append(gotos, hasGoto(n.Body))
		case *ast.FuncDecl:
			depth = append(depth, 0)
			gotos = append(gotos, hasGoto(n.Body))
		case *ast.ForStmt, *ast.RangeStmt:
			depth[len(depth)-1]++
		}
		return true
	})
}

// hasGoto reports whether body has a goto statement, outside function
// literals.
func hasGoto(body *ast.BlockStmt) bool {
	found := false
	if body == nil {
		return false
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			found = found || n.Tok == token.GOTO
		}
		return !found
	})
	return found
}

// markDeferLits records, as markLoopLits does, the function literals made
// in a function that defers calls, but those called where they are made
// (defer func() { ... }()): yaegi v0.16.1 runs a function's deferred
// calls holding its frame's lock, which a function literal made in that
// frame takes when it returns, so that a deferred call of one (cleanup
// := func() { ... }; defer cleanup()), or a call of one in a deferred
// function, hung the interpreter. Made in a frame of its own, it takes
// that frame's.
func (lw *lowerer) markDeferLits(root ast.Node) {
	var frame func(body *ast.BlockStmt)
	frame = func(body *ast.BlockStmt) {
		defers := false
		var lits []*ast.FuncLit
		called := map[*ast.FuncLit]bool{}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.DeferStmt:
				defers = true
			case *ast.CallExpr:
				if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
					called[lit] = true
				}
			case *ast.FuncLit:
				lits = append(lits, n)
				frame(n.Body)
				return false
			}
			return true
		})
		for _, l := range lits {
			if defers && !called[l] {
				lw.loopLits[l] = true
			}
		}
	}
	switch r := root.(type) {
	case *ast.FuncDecl:
		if r.Body != nil {
			frame(r.Body)
		}
	case *ast.BlockStmt:
		frame(r)
	default:
		ast.Inspect(root, func(n ast.Node) bool {
			if fl, ok := n.(*ast.FuncLit); ok {
				frame(fl.Body)
				return false
			}
			return true
		})
	}
}

// goStmt runs a go statement of a function literal in a loop in a
// function of its own (see markLoopLits).
func (lw *lowerer) goStmt(g *ast.GoStmt) {
	if lw.loopGos[g] {
		lw.insert(g.Pos(), "func() { ")
		lw.insertClose(g.End(), " }()")
	}
	lw.goPanic(g)
}

// funcLit makes a function literal in a frame of its own where it is
// made again in a loop or passed to compiled code (func() T { return
// lit }()): a function passed to compiled code in a loop as it was ran
// the last iteration's (wg.Go(func() { done[i] = true }) set done[3]
// only), as a converted interface value reads where it was converted
// from; see markLoopLits for the loop.
func (lw *lowerer) funcLit(lit *ast.FuncLit, toCompiled bool) {
	if !toCompiled && !lw.loopLits[lit] || lw.wrappedLits[lit] {
		return
	}
	t := lw.typ(lw.info.TypeOf(lit))
	if !spellable(t) {
		return
	}
	if lw.wrappedLits == nil {
		lw.wrappedLits = map[*ast.FuncLit]bool{}
	}
	lw.wrappedLits[lit] = true
	lw.insert(lit.Pos(), fmt.Sprintf("func() %s { return ", t))
	lw.insertClose(lit.End(), " }()")
}

// noteFuncResults notes for fmt (anycomp.go) the composites among the
// results of a, a function given to a compiled function as an "any":
// compiled code calls it by reflection and hands its results back in
// interfaces (an executor's task: v, _ := pool.Submit(mk).Result()).
func (lw *lowerer) noteFuncResults(a ast.Expr) {
	tv := lw.info.Types[a]
	if !tv.IsValue() || tv.Type == nil {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	for r := range sig.Results().Variables() {
		lw.noteAnyComp(r.Type())
	}
}
