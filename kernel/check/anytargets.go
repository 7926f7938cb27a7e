package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Assignments of several values to elements or fields of an empty
// interface type. yaegi v0.16.1 refused h[i], h[j] = h[j], h[i] on a
// []any at run time ("reflect.Set: value of type interface {} is not
// assignable to type interp.valueInterface"), as any assignment of
// several values one of whose targets is such an element, a field of
// such a type or a pointer's target (p.v, q.v = q.v, p.v; x, h[0] =
// h[0], h[1]). The values assigned from a function literal's results
// are assigned right: h[i], h[j] = func() (any, any) { return h[j],
// h[i] }(). Elements of maps so assigned (m[a], m[b] = m[b], m[a] on a
// map[K]any) are refused whatever the values, a function's results
// included (n["a"], n["b"] = strconv.Atoi("12") assigned nothing): those
// are assigned one at a time (mapAnyTargets).

// anyTargets wraps the values of as so, when as assigns several values
// with = and one of its targets is an element (not a map's), a field or
// a pointer's target of an empty interface type.
func (lw *lowerer) anyTargets(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 {
		return
	}
	if lw.mapAnyTargets(as) || len(as.Lhs) != len(as.Rhs) {
		return
	}
	found := false
	ts := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		var t types.Type
		switch x := ast.Unparen(l).(type) {
		case *ast.Ident:
			if x.Name == "_" {
				t = types.Default(lw.info.TypeOf(as.Rhs[i]))
			} else {
				t = lw.info.TypeOf(x)
			}
		case *ast.IndexExpr:
			if isMap(lw.info.TypeOf(x.X)) {
				return
			}
			t = lw.info.TypeOf(x)
			found = found || isEmptyIface(t)
		case *ast.SelectorExpr, *ast.StarExpr:
			t = lw.info.TypeOf(x)
			found = found || isEmptyIface(t)
		default:
			return
		}
		if t == nil {
			return
		}
		if ts[i] = lw.typ(t); !spellable(ts[i]) {
			return
		}
	}
	if !found {
		return
	}
	lw.insert(as.Rhs[0].Pos(), fmt.Sprintf("func() (%s) { return ", strings.Join(ts, ", ")))
	lw.insertClose(as.Rhs[len(as.Rhs)-1].End(), " }()")
}

// mapAnyTargets lowers as, an assignment of several values one of whose
// targets is an element of a map of an empty interface type, when its
// targets are such elements of maps whose maps and keys copying their
// text evaluates again without effects (variables, constants, fields),
// and variables, and it stands in a list of statements:
//
//	m[a], x = v, w
//
// becomes the values, then the keys (as gc reads the variables of the
// targets' operands after the calls of the values), then the
// assignments, left to right:
//
//	{ gofuturesV2, gofuturesV3 := func() (any, int) { return v, w }(); var gofuturesK1 K = a; m[gofuturesK1] = gofuturesV2; x = gofuturesV3 }
//
// One value of several, a call's results or a comma-ok form (m["v"],
// m["ok"] = x.(int)), is taken in the function literal the same way. It
// reports whether it lowered as.
func (lw *lowerer) mapAnyTargets(as *ast.AssignStmt) bool {
	found := false
	for _, l := range as.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if m, ok := lw.info.TypeOf(ix.X).Underlying().(*types.Map); ok && isEmptyIface(m.Elem()) {
				found = true
			}
		}
	}
	if !found || !lw.inStmtList(as) {
		return false
	}
	var results []types.Type
	commaOK := false
	if len(as.Rhs) == len(as.Lhs) {
		for _, r := range as.Rhs {
			results = append(results, types.Default(lw.info.TypeOf(r)))
		}
	} else if tup, ok := lw.info.TypeOf(as.Rhs[0]).(*types.Tuple); ok && len(as.Rhs) == 1 && tup.Len() == len(as.Lhs) {
		for i := range tup.Len() {
			results = append(results, tup.At(i).Type())
		}
		_, call := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		commaOK = !call
	} else {
		return false
	}
	// a map an earlier target assigns would be read after it (Go reads
	// it first)
	targets := map[types.Object]bool{}
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			targets[lw.info.ObjectOf(id)] = true
		}
	}
	ts := make([]string, len(as.Lhs))
	vals := make([]string, len(as.Lhs))
	var keys, assigns strings.Builder
	for i, l := range as.Lhs {
		t := lw.info.TypeOf(l)
		switch x := ast.Unparen(l).(type) {
		case *ast.Ident:
			if x.Name == "_" {
				t, vals[i] = results[i], "_"
				break
			}
			vals[i] = lw.fresh("V")
			fmt.Fprintf(&assigns, "; %s = %s", lw.text(x), vals[i])
		case *ast.IndexExpr:
			m, ok := lw.info.TypeOf(x.X).Underlying().(*types.Map)
			if !ok || !lw.copyable(x.X) || !lw.copyable(x.Index) || targets[lw.info.ObjectOf(rootIdent(x.X))] {
				return false
			}
			kt := lw.typ(m.Key())
			if !spellable(kt) {
				return false
			}
			k := lw.fresh("K")
			vals[i] = lw.fresh("V")
			// (typed: a constant key of a map[float64]any is a float64)
			fmt.Fprintf(&keys, "; var %s %s = %s", k, kt, lw.text(x.Index))
			fmt.Fprintf(&assigns, "; %s[%s] = %s", lw.text(x.X), k, vals[i])
		default:
			return false
		}
		if t == nil {
			return false
		}
		if ts[i] = lw.typ(t); !spellable(ts[i]) {
			return false
		}
	}
	// (a block among a cell's top-level statements, which yaegi v0.16.1
	// runs unwrapped, did not see the variables it declared)
	open, close := "{ ", " }"
	if len(lw.stack) == 1 {
		open, close = "(func() { ", " })()"
	}
	head := fmt.Sprintf("%s%s := func() (%s) { return ", open, strings.Join(vals, ", "), strings.Join(ts, ", "))
	tail := " }()"
	if commaOK {
		v, ok := lw.fresh("C"), lw.fresh("C")
		head = fmt.Sprintf("%s%s := func() (%s) { %s, %s := ", open, strings.Join(vals, ", "), strings.Join(ts, ", "), v, ok)
		tail = fmt.Sprintf("; return %s, %s }()", v, ok)
	}
	lw.replace(as.Pos(), as.Rhs[0].Pos(), head)
	lw.insertClose(as.Rhs[len(as.Rhs)-1].End(), tail+keys.String()+assigns.String()+close)
	return true
}

// copyable reports whether e is a variable, a constant, or a field of
// one or a package's (no call, index or indirection that may panic or
// change what it reads).
func (lw *lowerer) copyable(e ast.Expr) bool {
	if tv, ok := lw.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if _, ok := lw.info.TypeOf(x.X).Underlying().(*types.Pointer); ok {
			return false
		}
		return lw.copyable(x.X)
	}
	return false
}

// inStmtList reports whether st, the statement the walk is at, is one of
// a block's or a clause's statements (not an if's or a for's init).
func (lw *lowerer) inStmtList(st ast.Stmt) bool {
	n := len(lw.stack)
	if n == 1 && lw.stack[0] == st && lw.topStmts != nil {
		return slices.Contains(lw.topStmts.List, st) // (walked one by one)
	}
	if n < 2 || lw.stack[n-1] != st {
		return false
	}
	return slices.Contains(stmtList(lw.stack[n-2]), st) && !lw.commStmts[st]
}

// rootIdent returns the variable a selector chain starts from (m of
// m.f.g), nil if none.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}
