package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Deferred calls that panic, in yaegi v0.16.1: the interpreter runs a
// function's deferred calls in a loop that a panic in one of them ends,
// so the function's other deferred calls did not run, and one registered
// earlier could not recover the new panic (the re-panic pattern: defer
// func() { if r := recover(); r != nil { ... } }() and, after it, a
// deferred function that panics again). Go runs them all, and recover
// in a later one returns the last panic.
//
// A function with several deferred calls, each a function literal
// called with arguments that have no side effects, none in a loop, runs
// each in a wrapper of its own that catches the call's panic, with a
// state (rt.Defers) that keeps Go's current panic (a call of another
// function or method, and a literal deferred in a loop, is made a
// closure at the defer with the wrapper inside: see deferMaker):
//
//	DS.Add(); defer func() { defer func() { DS.Done(recover()) }(); DS.Take(recover()); func() { ... DS.Recover() ... }() }()
//
// Done records the call's panic and, after the last call, raises the
// current panic again; a literal that calls recover first takes the
// function's own panic from the interpreter (Take: recover in the
// wrapper, whose frame is the function's child), and its recover()
// becomes DS.Recover(). The literal is called inside the wrapper (a
// closure the function made, called while the interpreter runs the
// function's deferred calls, waits forever for the function's frame,
// which the interpreter holds). runtime.Goexit is not a panic: nothing
// catches it.

var universeRecover = types.Universe.Lookup("recover")

// planDefers decides, for the body of a function, whether its deferred
// calls are wrapped, and records the wrappers and the recover calls
// they lower.
func (lw *lowerer) planDefers(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	var defers, made []*ast.DeferStmt
	ok := true
	var visit func(n ast.Node, inLoop bool)
	visit = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if !ok || m == nil || m == n {
				return ok
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.RangeStmt:
				if _, fn := lw.info.TypeOf(m.X).Underlying().(*types.Signature); fn {
					ok = false // (its body's defers are rangeDefer's)
				}
				visit(m, true)
				return false
			case *ast.ForStmt:
				visit(m, true)
				return false
			case *ast.DeferStmt:
				switch {
				case !inLoop && !lw.loopDefers[m] && lw.wrappableDefer(m):
					defers = append(defers, m)
				case lw.deferMaker(m, "", true):
					// another call, or a literal in a loop: made a
					// closure with the wrapper in it (deferMaker)
					made = append(made, m)
				default:
					ok = false
				}
			}
			return true
		})
	}
	visit(body, false)
	if !ok || len(defers)+len(made) < 2 {
		return
	}
	st := lw.fresh("DS")
	lw.extraImport(rtName, rt.Path)
	lw.insert(body.Lbrace+1, fmt.Sprintf(" var %s %s.Defers;", st, rtName))
	if lw.deferWraps == nil {
		lw.deferWraps, lw.deferRecovers = map[*ast.DeferStmt]string{}, map[*ast.CallExpr]string{}
	}
	for _, d := range defers {
		lw.deferWraps[d] = st
	}
	if lw.deferMakes == nil {
		lw.deferMakes = map[*ast.DeferStmt]string{}
	}
	for _, d := range made {
		lw.deferMakes[d] = st
	}
}

// wrappableDefer reports whether d defers a function literal called
// with arguments without side effects (constants, or pure ones, which
// deferStmt evaluates at the defer).
func (lw *lowerer) wrappableDefer(d *ast.DeferStmt) bool {
	if _, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); !ok {
		return false
	}
	for _, a := range d.Call.Args {
		if tv := lw.info.Types[a]; tv.Value == nil && !tv.IsNil() && !pure(a) {
			return false
		}
	}
	return true
}

// wrapDefer wraps d's call (planDefers), before it is walked.
func (lw *lowerer) wrapDefer(d *ast.DeferStmt) {
	st, ok := lw.deferWraps[d]
	if !ok {
		return
	}
	lit := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	take := ""
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "recover" && lw.info.Uses[id] == universeRecover {
				lw.deferRecovers[n] = st
				take = st + ".Take(recover()); "
			}
		}
		return true
	})
	lw.insert(d.Pos(), st+".Add(); ")
	lw.insert(d.Call.Pos(), fmt.Sprintf("func() { defer func() { %s.Done(recover()) }(); %s", st, take))
	lw.insertClose(d.Call.End(), " }()")
}

// deferRecover lowers recover() in a wrapped deferred literal (see
// above) to the state's Recover, and reports whether it did.
func (lw *lowerer) deferRecover(c *ast.CallExpr) bool {
	st, ok := lw.deferRecovers[c]
	if !ok {
		return false
	}
	lw.replace(c.Pos(), c.End(), st+".Recover()")
	return true
}
