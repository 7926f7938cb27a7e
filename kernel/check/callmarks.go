package check

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"
)

// A function that calls one function at several lines leaves its frame
// in a traceback without the line of the call that made the frame inside
// it (callsites.go's search finds several): yaegi v0.16.1 gives the
// frame's first statement. In a declared function's body with such
// calls, the site marks (sitemarks.go) go before the statements that
// call the notebook's functions too (siteCall), so that the session can
// read which call ran last: the mark is the caller's own when no frame
// inside it stored one since (a function inside that stores marks, or a
// recursive call, leaves the frame without a line, as before). A compiled
// function called at several lines (regexp.MustCompile) has its calls
// marked too: its panic's line is the innermost frame's. One function
// run by several goroutines at once shares its marks among them (as the
// site marks are): a caller's line can then be another goroutine's.

// CallMarkBit is set in the tag of a mark that only calls' lines need
// (no site of the body's marked kinds is on its line): a panic's line is
// not read from it, its caller's line may be.
const CallMarkBit = 1 << 20

// siteCall is the kind of a mark before a call of a function that may be
// the notebook's (callKey), in the marks' plans; it is no kind of Sites.
const siteCall = "call"

// ambiguousCalls returns the calls in body (outside function literals,
// deferred calls and go statements: their lines are not the caller's)
// that call a function the body calls at several lines, or that may be
// one of those (callKey's CallsAny, a method through an interface): all
// of the body's keyed calls; and the calls of a compiled function it
// calls at several lines (the line of the one that raised a panic:
// regexp.MustCompile); nil when there are none, or the body has a range
// over a function (a call marks cannot tell).
func (lw *lowerer) ambiguousCalls(body *ast.BlockStmt) map[*ast.CallExpr]bool {
	lines := map[string][]int{}
	var keyed []*ast.CallExpr
	compiled, compiledLines := map[string][]*ast.CallExpr{}, map[string][]int{}
	rangeFunc := false
	lw.eachCall(body, func(c *ast.CallExpr, l int) {
		if l == 0 {
			return // (deferred: its line is not the caller's)
		}
		if name := lw.compiledCallName(c); name != "" {
			compiled[name] = append(compiled[name], c)
			if !slices.Contains(compiledLines[name], l) {
				compiledLines[name] = append(compiledLines[name], l)
			}
		}
		if key := lw.callKey(c, nil); key != "" {
			if !slices.Contains(lines[key], l) {
				lines[key] = append(lines[key], l)
			}
			keyed = append(keyed, c)
		}
	}, func(int) { rangeFunc = true })
	if rangeFunc {
		return nil
	}
	out := map[*ast.CallExpr]bool{}
	for name, cs := range compiled {
		if len(compiledLines[name]) > 1 {
			for _, c := range cs {
				out[c] = true // (the line of the one that panicked)
			}
		}
	}
	ambiguous := false
	for key, ls := range lines {
		all := slices.Clone(ls)
		for _, l := range lines[CallsAny] {
			if !slices.Contains(all, l) {
				all = append(all, l)
			}
		}
		if _, m, ok := strings.Cut(key, "."); ok && key != CallsMethod+m {
			all = append(all, lines[CallsMethod+m]...) // (T.M's frame: a call of M through an interface too)
		}
		ambiguous = ambiguous || len(all) > 1
	}
	if ambiguous {
		for _, c := range keyed {
			out[c] = true
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// inspectCalls calls add with siteCall at each call of calls in n,
// outside the function literals in it (but n).
func inspectCalls(n ast.Node, calls map[*ast.CallExpr]bool, add func(kind string, p token.Pos)) {
	if len(calls) == 0 || n == nil || reflect.ValueOf(n).IsNil() {
		return
	}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return x == n
		case *ast.CallExpr:
			if calls[x] {
				add(siteCall, x.Lparen)
			}
		}
		return true
	})
}

// siteLines returns the lines of the sites of m's kinds in its body,
// calls left out.
func (m *marking) siteLines() map[int]bool {
	if m.sites == nil {
		m.sites = map[int]bool{}
		for _, st := range m.list {
			m.lw.inspectSites(st, nil, func(kind string, p token.Pos) {
				if m.kinds[kind] && kind != siteCall {
					m.sites[m.lw.line(p)] = true
				}
			})
		}
	}
	return m.sites
}
