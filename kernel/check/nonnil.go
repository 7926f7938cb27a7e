package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A selection through a pointer n (n.Val, n.M()) is a site of nil
// dereferences (Sites), but not where a statement before it, in its
// block or a block around it, dereferenced n for sure and n keeps its
// value in the function: there n is no nil. A method's body that selects
// fields of its receiver on several lines has one site (the first), and
// its traceback the line, with no mark to store.

// nonNilDerefs returns the selections (and *n) in fd's body, its function
// literals' too, whose pointer or interface n a statement before them
// dereferenced for sure: n is a variable of the function (a parameter, a
// local) that is never assigned but where it is declared and whose
// address is never taken.
func (lw *lowerer) nonNilDerefs(fd *ast.FuncDecl) map[ast.Node]bool {
	if fd.Body == nil {
		return nil
	}
	fixed := lw.fixedVars(fd)
	if len(fixed) == 0 {
		return nil
	}
	d := &derefs{lw: lw, fixed: fixed, safe: map[ast.Node]bool{}}
	d.block(fd.Body.List, nil)
	return d.safe
}

// fixedVars returns the variables fd declares (its parameters too, not
// named results) that are never assigned after their declaration and
// whose address is never taken; none when fd has a goto.
func (lw *lowerer) fixedVars(fd *ast.FuncDecl) map[types.Object]bool {
	fixed := map[types.Object]bool{}
	spoilt := map[types.Object]bool{}
	jumps := false
	ast.Inspect(fd, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BranchStmt:
			jumps = jumps || n.Tok == token.GOTO
		case *ast.FuncType:
			if n.Results != nil {
				// (a return assigns a named result, before deferred calls)
				for _, f := range n.Results.List {
					for _, id := range f.Names {
						spoilt[lw.info.Defs[id]] = true
					}
				}
			}
		case *ast.Ident:
			if v, ok := lw.info.Defs[n].(*types.Var); ok && !v.IsField() {
				fixed[v] = true
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && lw.info.Defs[id] == nil {
					spoilt[lw.info.Uses[id]] = true
				}
			}
		case *ast.UnaryExpr, *ast.RangeStmt:
			lw.spoils(n, spoilt)
		}
		return true
	})
	if jumps {
		return nil // (a goto may skip the statement that dereferenced)
	}
	for obj := range spoilt {
		delete(fixed, obj)
	}
	return fixed
}

// derefs is nonNilDerefs' walk.
type derefs struct {
	lw    *lowerer
	fixed map[types.Object]bool
	safe  map[ast.Node]bool
}

// block walks the statements of a block with the variables known, those
// dereferenced for sure before it: each statement's selections of them
// are safe, and what a statement dereferences for sure is known to the
// statements after it.
func (d *derefs) block(list []ast.Stmt, known map[types.Object]bool) {
	for _, st := range list {
		if len(known) > 0 {
			d.markSafe(st, known)
		}
		d.nested(st, d.with(known, d.heads(st)...))
		known = d.with(known, st)
	}
}

// nested walks the blocks st holds, with the variables known before them.
func (d *derefs) nested(st ast.Stmt, known map[types.Object]bool) {
	switch s := st.(type) {
	case *ast.LabeledStmt:
		d.nested(s.Stmt, known)
	case *ast.BlockStmt:
		d.block(s.List, known)
	case *ast.IfStmt:
		d.block(s.Body.List, known)
		if s.Else != nil {
			d.block([]ast.Stmt{s.Else}, known)
		}
	case *ast.ForStmt:
		d.block(s.Body.List, known)
	case *ast.RangeStmt:
		d.block(s.Body.List, known)
	case *ast.SwitchStmt:
		for _, c := range s.Body.List {
			d.block(c.(*ast.CaseClause).Body, known)
		}
	case *ast.TypeSwitchStmt:
		for _, c := range s.Body.List {
			d.block(c.(*ast.CaseClause).Body, known)
		}
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			d.block(c.(*ast.CommClause).Body, known)
		}
	}
}

// heads returns the parts of st that run before the blocks it holds, each
// time: an if's or a switch's init and condition, a for loop's init and
// condition, what a range ranges over.
func (d *derefs) heads(st ast.Stmt) []ast.Node {
	switch s := st.(type) {
	case *ast.LabeledStmt:
		return d.heads(s.Stmt)
	case *ast.IfStmt:
		return []ast.Node{s.Init, s.Cond}
	case *ast.ForStmt:
		return []ast.Node{s.Init, s.Cond}
	case *ast.RangeStmt:
		return []ast.Node{s.X}
	case *ast.SwitchStmt:
		return []ast.Node{s.Init, s.Tag}
	case *ast.TypeSwitchStmt:
		return []ast.Node{s.Init, s.Assign}
	}
	return nil
}

// with returns known and the variables ns dereference for sure (known
// itself when none).
func (d *derefs) with(known map[types.Object]bool, ns ...ast.Node) map[types.Object]bool {
	var out map[types.Object]bool
	for _, n := range ns {
		d.sure(n, func(v types.Object) {
			if known[v] || out[v] {
				return
			}
			if out == nil {
				out = map[types.Object]bool{}
				for k := range known {
					out[k] = true
				}
			}
			out[v] = true
		})
	}
	if out == nil {
		return known
	}
	return out
}

// sure calls f with each fixed variable that n, a statement or a part of
// one, dereferences whenever it completes: a compound statement's heads,
// a block's statements, a simple statement's expressions outside function
// literals, the right operands of && and ||, and &x.
func (d *derefs) sure(n ast.Node, f func(types.Object)) {
	if n == nil {
		return
	}
	switch s := n.(type) {
	case *ast.LabeledStmt:
		d.sure(s.Stmt, f)
		return
	case *ast.BlockStmt:
		for _, st := range s.List {
			d.sure(st, f)
		}
		return
	case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
		for _, h := range d.heads(s.(ast.Stmt)) {
			d.sure(h, f)
		}
		return
	case *ast.SelectStmt, *ast.GoStmt, *ast.DeferStmt, *ast.BranchStmt:
		return
	}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if x.Op == token.LAND || x.Op == token.LOR {
				d.sure(x.X, f)
				return false
			}
		case *ast.UnaryExpr:
			return x.Op != token.AND
		case *ast.StarExpr:
			if v := d.fixedVar(x.X); v != nil && d.lw.info.Types[x].IsValue() {
				f(v)
			}
		case *ast.SelectorExpr:
			if v := d.fixedVar(x.X); v != nil && d.derefsX(x) {
				f(v)
			}
		}
		return true
	})
}

// derefsX reports whether sel dereferences its operand in Go: a field
// through a pointer, a method of an interface value.
func (d *derefs) derefsX(sel *ast.SelectorExpr) bool {
	s, ok := d.lw.info.Selections[sel]
	if !ok || len(s.Index()) != 1 {
		return false
	}
	switch s.Kind() {
	case types.FieldVal:
		return s.Indirect()
	case types.MethodVal:
		return types.IsInterface(s.Recv())
	}
	return false
}

// markSafe marks the sites of n whose operand is a variable of known.
func (d *derefs) markSafe(n ast.Node, known map[types.Object]bool) {
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.StarExpr:
			if v := d.fixedVar(x.X); v != nil && known[v] {
				d.safe[x] = true
			}
		case *ast.SelectorExpr:
			if s, ok := d.lw.info.Selections[x]; ok && len(s.Index()) == 1 {
				if v := d.fixedVar(x.X); v != nil && known[v] {
					d.safe[x] = true
				}
			}
		}
		return true
	})
}

// fixedVar returns the fixed variable e names, or nil.
func (d *derefs) fixedVar(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v := d.lw.info.Uses[id]; v != nil && d.fixed[v] {
		return v
	}
	return nil
}

// spoils marks in spoilt the variable whose address n takes (&x), or
// those a range statement n assigns with = (for k, v = range ...):
// their values may change where no assignment shows it.
func (lw *lowerer) spoils(n ast.Node, spoilt map[types.Object]bool) {
	switch n := n.(type) {
	case *ast.UnaryExpr:
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
			spoilt[lw.info.Uses[id]] = true
		}
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok && n.Tok == token.ASSIGN {
				spoilt[lw.info.Uses[id]] = true
			}
		}
	}
}
