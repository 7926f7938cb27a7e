package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A defer in the body of a range over a function belongs to the function
// the loop is in (Go 1.23): its call runs when that function returns,
// not when the body's iteration ends. The body is lowered to a function
// literal (rangeFunc), whose own defers would run at the end of each
// iteration; so the outermost loop of a nest whose bodies defer keeps a
// list of calls that the defers append to, and the function defers, just
// before the loop, one call that runs the list in reverse:
//
//	var DS []func(); defer func() { for i := len(DS) - 1; i >= 0; i-- { DS[i]() } }()
//	seq(func(x T) bool { ...; DS = append(DS, func(A1 T1) func() { return func() { f(A1) } }(a)); ... })
//
// The order is Go's: what the function defers before the loop runs after
// the list, what it defers after the loop before it. The function and
// arguments are evaluated at the defer, as Go does. A deferred function
// literal that calls recover is made in the body's frame, whose panic
// (none) recover would see in yaegi v0.16.1: when the nest has one, the
// runner takes the function's panic first, a recover in those literals
// takes it from there, and the runner panics again with what is left:
//
//	var DS []func(); var P any; defer func() { P = recover(); ...; if P != nil { panic(P) } }()
//	DS = append(DS, func() func() { return func() { ... rt.Recovered(func() any { R := P; P = nil; return R }()) ... } }())

// bodyDefers reports whether body, the body of a range over a function,
// or of one nested in it, has a defer statement (not in a function
// literal), and whether one of them defers a function literal that calls
// recover.
func (lw *lowerer) bodyDefers(body *ast.BlockStmt) (defers, recovers bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			defers = true
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok && len(lw.litRecovers(lit)) > 0 {
				recovers = true
			}
		}
		return true
	})
	return defers, recovers
}

// litRecovers returns the calls of recover in lit's body (not in a
// function literal there).
func (lw *lowerer) litRecovers(lit *ast.FuncLit) []*ast.CallExpr {
	var out []*ast.CallExpr
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && lw.info.Uses[id] == universeRecover {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}

// rangeDefers returns the names of a nest's list of deferred calls and,
// when one of them recovers, of the function's panic, and what goes
// before its outermost loop (see above).
func (lw *lowerer) rangeDefers(recovers bool) (list, panicked, pre string) {
	list, i := lw.fresh("Defers"), lw.fresh("I")
	run := fmt.Sprintf("for %[2]s := len(%[1]s) - 1; %[2]s >= 0; %[2]s-- { %[1]s[%[2]s]() }", list, i)
	if !recovers {
		return list, "", fmt.Sprintf("var %s []func(); defer func() { %s }(); ", list, run)
	}
	panicked = lw.fresh("Panic")
	pre = fmt.Sprintf("var %[1]s []func(); var %[2]s any; defer func() { %[2]s = recover(); %[3]s; if %[2]s != nil { panic(%[2]s) } }(); ", list, panicked, run)
	return list, panicked, pre
}

// rangeRecover lowers c, a call of recover in a function literal a
// range over a function's body defers, when the nest keeps the
// function's panic, to taking that panic (see above), and reports
// whether it did.
func (lw *lowerer) rangeRecover(c *ast.CallExpr) bool {
	v, ok := lw.rangeRecovers[c]
	if !ok {
		return false
	}
	r := lw.fresh("R")
	lw.extraImport(rtName, rt.Path)
	lw.replace(c.Pos(), c.End(), fmt.Sprintf("%[1]s.Recovered(func() any { %[2]s := %[3]s; %[3]s = nil; return %[2]s }())", rtName, r, v))
	return true
}

// rangeDefer lowers d, a defer in the body of a range over a function
// whose nest keeps a list of deferred calls, to an append of its call to
// the list, and reports whether it did (the call's operands walked). A
// call it cannot spell stays a defer of the body's literal.
func (lw *lowerer) rangeDefer(d *ast.DeferStmt) bool {
	loop := lw.enclosingRangeFunc()
	if loop == nil || loop.defers == "" {
		return false
	}
	call := d.Call
	fun := ast.Unparen(call.Fun)
	if lit, ok := fun.(*ast.FuncLit); ok && lit.Type.Results.NumFields() == 0 {
		// func(p T) { body }(a) -> func(p T) func() { return func() { body } }(a)
		if loop.panicked != "" {
			if lw.rangeRecovers == nil {
				lw.rangeRecovers = map[*ast.CallExpr]string{}
			}
			for _, c := range lw.litRecovers(lit) {
				lw.rangeRecovers[c] = loop.panicked
			}
		}
		lw.replace(d.Pos(), call.Pos(), loop.defers+" = append("+loop.defers+", ")
		lw.insert(lit.Type.End(), " func() { return func()")
		lw.insert(lit.End(), " }")
		lw.insertClose(call.End(), ")")
		lw.walk(call)
		return true
	}
	sig, ok := typeUnder(lw.info.TypeOf(call.Fun)).(*types.Signature)
	if !ok {
		return false
	}
	builtin, inline := false, false
	switch f := fun.(type) {
	case *ast.Ident:
		switch obj := lw.info.Uses[f].(type) {
		case *types.Builtin:
			if obj.Name() == "recover" {
				return false
			}
			builtin, inline = true, true
		case *types.Func:
			inline = true
		}
	case *ast.SelectorExpr:
		if _, ok := lw.info.Uses[f.Sel].(*types.Func); ok && lw.info.Selections[f] == nil {
			inline = true // pkg.F
		}
	}
	var params, uses []string
	if !inline {
		t := lw.typ(sig)
		if !spellable(t) {
			return false
		}
		p := lw.fresh("F")
		params, uses = append(params, p+" "+t), append(uses, p)
	}
	np := sig.Params().Len()
	for i, a := range call.Args {
		var t types.Type
		switch {
		case builtin:
			t = types.Default(lw.info.TypeOf(a))
		case sig.Variadic() && i >= np-1 && call.Ellipsis == token.NoPos:
			t = sig.Params().At(np - 1).Type().(*types.Slice).Elem()
		default:
			t = sig.Params().At(min(i, np-1)).Type()
		}
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
			return false
		}
		s := lw.typ(t)
		if !spellable(s) {
			return false
		}
		p := lw.fresh("A")
		params, uses = append(params, p+" "+s), append(uses, p)
	}
	target := lw.text(fun)
	inner := uses
	if !inline {
		inner = uses[1:]
		target = uses[0]
	}
	dots := ""
	if call.Ellipsis != token.NoPos {
		dots = "..."
		lw.replace(call.Ellipsis, call.Ellipsis+3, "")
	}
	head := fmt.Sprintf("%s = append(%s, func(%s) func() { return func() { %s(%s%s) } }(", loop.defers, loop.defers, strings.Join(params, ", "), target, strings.Join(inner, ", "), dots)
	if inline {
		lw.replace(d.Pos(), call.Lparen+1, head)
	} else {
		lw.replace(d.Pos(), call.Fun.Pos(), head)
		if len(call.Args) > 0 {
			lw.replace(call.Lparen, call.Lparen+1, ", ")
		} else {
			lw.replace(call.Lparen, call.Lparen+1, "")
		}
		lw.walk(call.Fun)
	}
	lw.replace(call.Rparen, call.Rparen+1, "))")
	for _, a := range call.Args {
		lw.walk(a)
	}
	return true
}
