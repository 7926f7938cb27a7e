package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A range over a function nested in another's body (for i, n := range
// list.Each() { for j, m := range list.Each() { continue outer } }) is a
// function literal inside the outer's function literal: a branch to the
// outer loop's label, or beyond, and a return leave the inner literal
// first (its exit), then the outer one, each loop branching on where the
// one it encloses stopped (rangeFunc). Lowered as two separate loops,
// the outer loop's label was gone ("label outer undefined") and the
// outer's lowering turned the inner branch into a continue of the inner
// loop.

// rangeFuncLoop is a range over a function being lowered: what a nested
// one needs to branch on from its body.
type rangeFuncLoop struct {
	own      types.Object // its label, or nil
	exit     string       // its variable of the branch that stopped it
	state    string       // its variable of rt.RangeReady, RangeDone, RangeExited, RangeBody
	defers   string       // the nest's list of deferred calls, or "" (rangedefer.go)
	panicked string       // the nest's variable of the function's panic, or ""
	ret      string       // the nest's variable of a return
	rvars    []string     // and of the results
	exitOf   map[*ast.BranchStmt]int
	depth    int // len(lowerer.funcs) in its body
}

// yieldOf returns the yield function's signature of sig, a function
// that ranging over lowers to a call (rangeFunc), or nil.
func yieldOf(sig *types.Signature) *types.Signature {
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Params().Len() > 2 {
		return nil
	}
	return yield
}

// enclosingRangeFunc returns the range over a function whose body the
// walk is in, not in a function declared there, or nil.
func (lw *lowerer) enclosingRangeFunc() *rangeFuncLoop {
	if k := len(lw.rangeFuncs); k > 0 && lw.rangeFuncs[k-1].depth == len(lw.funcs) {
		return lw.rangeFuncs[k-1]
	}
	return nil
}

// nestedRangeFuncs returns whether a node of body is in the body of a
// range over a function nested in it (not in a function literal).
func (lw *lowerer) nestedRangeFuncs(body *ast.BlockStmt) func(ast.Node) bool {
	var spans [][2]token.Pos
	ast.Inspect(body, func(c ast.Node) bool {
		switch c := c.(type) {
		case *ast.FuncLit:
			return false
		case *ast.RangeStmt:
			if sig, ok := typeUnder(lw.info.TypeOf(c.X)).(*types.Signature); ok && yieldOf(sig) != nil {
				spans = append(spans, [2]token.Pos{c.Body.Pos(), c.Body.End()})
				return false
			}
		}
		return true
	})
	return func(n ast.Node) bool {
		for _, s := range spans {
			if n.Pos() >= s[0] && n.End() <= s[1] {
				return true
			}
		}
		return false
	}
}

// afterInner is what the body of range loop p (nil: no such loop) does
// where a nested range over a function stopped for branch b, the
// branch's text: p's own continue or break, a branch to a label inside
// p's body as it is, else p stops too with b's exit.
func (p *rangeFuncLoop) afterInner(b *ast.BranchStmt, text string) string {
	if p == nil {
		return text
	}
	if i, ok := p.exitOf[b]; ok {
		return fmt.Sprintf("%s = %d; %s", p.exit, i, p.stop())
	}
	if b.Label == nil || p.own == nil || b.Label.Name != p.own.Name() {
		return text
	}
	if b.Tok == token.BREAK {
		return p.stop()
	}
	return p.next()
}

// stop is what p's body does to stop the loop: it notes that the body
// returned false (a later call of the body panics, as Go's does) and
// returns false.
func (p *rangeFuncLoop) stop() string {
	return p.state + " = " + strconv.Itoa(rt.RangeDone) + "; return false"
}

// next is what p's body does to go on with the loop (its end, a
// continue): it notes that the body no longer runs (the loop panics if
// the iterator returns while it does: it recovered the body's panic)
// and returns true.
func (p *rangeFuncLoop) next() string {
	return p.state + " = " + strconv.Itoa(rt.RangeReady) + "; return true"
}
