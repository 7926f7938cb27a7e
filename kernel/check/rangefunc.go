package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// rangeFunc: for k, v := range seq { body } becomes
// seq(func(k K, v V) bool { body; return true }), with break, continue
// and return in body turned into returns of the function literal.
func (lw *lowerer) rangeFunc(n *ast.RangeStmt, sig *types.Signature) bool {
	yield := yieldOf(sig)
	if yield == nil {
		return false
	}
	var params, assigns []string
	for i, e := range []ast.Expr{n.Key, n.Value}[:yield.Params().Len()] {
		t := lw.typ(yield.Params().At(i).Type())
		switch {
		case e == nil || isBlank(e):
			params = append(params, "_ "+t)
		case n.Tok == token.DEFINE:
			params = append(params, lw.text(e)+" "+t)
		default:
			p := lw.fresh("P")
			params = append(params, p+" "+t)
			assigns = append(assigns, lw.text(e)+" = "+p+";")
		}
	}
	var results *types.Tuple
	if len(lw.funcs) > 0 && lw.funcs[len(lw.funcs)-1] != nil {
		results = lw.funcs[len(lw.funcs)-1].Results()
	}
	parent := lw.enclosingRangeFunc()
	ret := lw.fresh("Ret")
	var rvars []string
	if parent != nil {
		ret, rvars = parent.ret, parent.rvars // one set for the nest
	} else {
		for range results.Len() {
			rvars = append(rvars, lw.fresh("R"))
		}
	}
	returns := false
	own := lw.labels[n] // the loop's own label, or nil
	var exits []string  // branches to labels of enclosing statements
	exit := lw.fresh("Exit")
	loop := &rangeFuncLoop{own: own, exit: exit, state: lw.fresh("State"), ret: ret, rvars: rvars, exitOf: map[*ast.BranchStmt]int{}, depth: len(lw.funcs)}
	nested := lw.nestedRangeFuncs(n.Body)
	var exitStmts []*ast.BranchStmt
	lw.branches(n.Body, func(b *ast.BranchStmt) {
		var target types.Object
		if b.Label != nil {
			target = lw.info.Uses[b.Label]
		}
		inner := nested(b)
		switch {
		case target != nil && (target != own || b.Tok == token.GOTO):
			// stop the iteration, then branch where the loop was (a
			// goto to the loop's own label starts it again)
			exits = append(exits, b.Tok.String()+" "+lw.labelText(b.Label))
			exitStmts = append(exitStmts, b)
			loop.exitOf[b] = len(exits)
			if !inner {
				lw.replace(b.Pos(), b.End(), fmt.Sprintf("{ %s = %d; %s }", exit, len(exits), loop.stop()))
			}
		case inner:
			// a nested range over a function's: it stops, then
			// branches here (afterInner)
		case b.Tok == token.BREAK:
			lw.replace(b.Pos(), b.End(), "{ "+loop.stop()+" }")
		default:
			lw.replace(b.Pos(), b.End(), "{ "+loop.next()+" }")
		}
	}, func(r *ast.ReturnStmt) {
		returns = true
		if nested(r) {
			return // the nested loop's
		}
		switch {
		case len(r.Results) == 0:
			// a bare return: the named results' values (in scope there)
			set := ""
			for i, v := range rvars {
				if name := results.At(i).Name(); name != "" && name != "_" {
					set += v + " = " + name + "; "
				}
			}
			lw.replace(r.Pos(), r.End(), "{ "+ret+" = true; "+set+loop.stop()+" }")
		case len(r.Results) == len(rvars):
			// one assignment a result: yaegi v0.16.1 got R1, R2 = i,
			// f() wrong in the literal (R1 was 0) and panicked on R1, R2
			// = i, nil (reflect: New(nil)); the R variables are the
			// lowering's own, so assigning them in turn is the same
			lw.replace(r.Pos(), r.Results[0].Pos(), "{ "+ret+" = true; "+rvars[0]+" = ")
			for i := 1; i < len(r.Results); i++ {
				lw.replace(r.Results[i-1].End(), r.Results[i].Pos(), "; "+rvars[i]+" = ")
			}
			lw.insertClose(r.End(), "; "+loop.stop()+" }")
			for _, e := range r.Results {
				lw.walk(e)
			}
		default:
			lw.replace(r.Pos(), r.Results[0].Pos(), "{ "+ret+" = true; "+strings.Join(rvars, ", ")+" = ")
			lw.insertClose(r.End(), "; "+loop.stop()+" }")
			for _, e := range r.Results {
				lw.walk(e)
			}
		}
	})
	// the state the body checks: an iterator that calls it after it
	// stopped the loop, after the loop, or after recovering its panic,
	// panics as in Go; and the loop checks it when the iterator returns:
	// still RangeBody, the body panicked and the iterator recovered
	pre := "var " + loop.state + " int; "
	at := lw.line(n.For) // (where the panics of a misbehaving iterator are)
	post := fmt.Sprintf("); if %[1]s == %[2]d { %[3]s.RangeStateAt(%[6]d, %[4]d) }; %[1]s = %[5]d", loop.state, rt.RangeBody, rtName, rt.RangeMissingPanic, rt.RangeExited, at)
	if parent != nil {
		loop.defers, loop.panicked = parent.defers, parent.panicked
	} else if defers, recovers := lw.bodyDefers(n.Body); defers {
		var dpre string
		loop.defers, loop.panicked, dpre = lw.rangeDefers(recovers)
		pre = dpre + pre
	}
	lw.extraImport(rtName, rt.Path)
	if returns {
		if parent == nil {
			pre += "var " + ret + " bool; "
			for i, v := range rvars {
				pre += "var " + v + " " + lw.typ(results.At(i).Type()) + "; "
			}
			post += "; if " + ret + " { return " + strings.Join(rvars, ", ") + " }"
		} else {
			post += "; if " + ret + " { " + parent.stop() + " }" // the enclosing loop's returns
		}
	}
	if len(exits) > 0 {
		pre += "var " + exit + " int; "
		post += "; switch " + exit + " {"
		for i, e := range exits {
			post += fmt.Sprintf(" case %d: %s;", i+1, parent.afterInner(exitStmts[i], e))
		}
		post += " }"
	}
	conv, closeConv := "", ""
	if s := lw.unnamedFunc(lw.info.TypeOf(n.X)); s != "" {
		// seq called as the function type it stands for (namedfunc.go)
		conv, closeConv = "("+s+")(", ")"
	}
	lw.replace(n.For, n.X.Pos(), pre+conv)
	open := ""
	if n.Tok == token.DEFINE && lw.redeclares(n.Body, identNames(n.Key, n.Value)...) {
		open = " {" // the parameters' block is the body's
		lw.closeBody(n.Body)
	}
	entry := fmt.Sprintf("if %[1]s != %[2]d { %[3]s.RangeStateAt(%[5]d, %[1]s) }; %[1]s = %[4]d; ", loop.state, rt.RangeReady, rtName, rt.RangeBody, at)
	lw.replace(n.X.End(), n.Body.Lbrace+1, closeConv+"(func("+strings.Join(params, ", ")+") bool { "+entry+strings.Join(assigns, " ")+open)
	lw.insert(n.Body.Rbrace, "; "+loop.next()+" ")
	lw.insert(n.Body.Rbrace+1, post)
	lw.walk(n.X)
	lw.rangeFuncs = append(lw.rangeFuncs, loop)
	lw.walk(n.Body)
	lw.rangeFuncs = lw.rangeFuncs[:len(lw.rangeFuncs)-1]
	return true
}

// branches calls onBranch for each unlabeled break and continue in body
// that leaves the loop whose body it is, and for each labeled one and
// each goto to a label outside body, and onReturn for each return, not looking into
// function literals.
func (lw *lowerer) branches(body *ast.BlockStmt, onBranch func(*ast.BranchStmt), onReturn func(*ast.ReturnStmt)) {
	inside := map[types.Object]bool{} // labels declared in body
	ast.Inspect(body, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok {
			inside[lw.info.Defs[ls.Label]] = true
		}
		return true
	})
	var visit func(n ast.Node, inLoop, inSwitch bool)
	visit = func(n ast.Node, inLoop, inSwitch bool) {
		ast.Inspect(n, func(c ast.Node) bool {
			if c == n {
				return true
			}
			switch c := c.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				visit(c, true, inSwitch)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				visit(c, inLoop, true)
				return false
			case *ast.BranchStmt:
				if onBranch == nil || c.Tok == token.FALLTHROUGH {
					return false
				}
				if c.Label != nil {
					// a goto too: one out of the body leaves the loop
					if !inside[lw.info.Uses[c.Label]] {
						onBranch(c) // to the loop's label, or out of it
					}
					return false
				}
				if (c.Tok == token.BREAK && !inLoop && !inSwitch) || (c.Tok == token.CONTINUE && !inLoop) {
					onBranch(c)
				}
			case *ast.ReturnStmt:
				if onReturn != nil {
					onReturn(c)
				}
				return false
			}
			return true
		})
	}
	visit(body, false, false)
}
