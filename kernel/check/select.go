package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// selectStmt lowers a select statement inside a function to a switch on
// rt.Select: yaegi v0.16.1 keeps a select statement's cases in one slice
// that every execution fills, so goroutines running the same select at
// once (a pipeline of filters, a pool of workers) selected on each other's
// channels (corpus 109, a race the race detector reports).
//
//	select {             { var C1 = ch; var V1 T; var K1 bool; var C2 = out; var S2 U = x; switch rt.Select("rs", C1, &V1, &K1, C2, &S2) {
//	case v, ok := <-ch:  case 0: v, ok := V1, K1;
//	case out <- x:       default:
//	}                    } }
//
// The channels and the values sent are evaluated first, in source order,
// as Go evaluates them on entering the select; the variables of a
// receive are set in its case. A select among a cell's own statements
// runs once at a time and stays the interpreter's, unless it is labeled
// (yaegi overflows its stack on a goto to it). A label stays on the
// block; the switch has its own, which the select's breaks name. Line
// numbers are kept: what moves to the switch is written on the select's
// line, and a case keeps its lines.
func (lw *lowerer) selectStmt(n *ast.SelectStmt) bool {
	if len(n.Body.List) == 0 {
		return false
	}
	if !lw.inDecl && len(lw.funcs) <= 1 && lw.selectLabels[n] == nil && !lw.selectCallsLit(n) {
		return false
	}
	var (
		ops   strings.Builder
		decls []string // the temporaries, in source order
		args  []string
		heads []string // each clause's new head
	)
	for i, s := range n.Body.List {
		cc := s.(*ast.CommClause)
		head := fmt.Sprintf("case %d:", i)
		switch comm := cc.Comm.(type) {
		case nil:
			ops.WriteByte('d')
			head = "default:"
		case *ast.SendStmt:
			t := lw.typ(chanElem(lw.info.TypeOf(comm.Chan)))
			if !spellable(t) {
				return false
			}
			c, v := lw.fresh("C"), lw.fresh("S")
			ch, ok1 := lw.movable(comm.Chan)
			x, ok2 := lw.movable(comm.Value)
			if !ok1 || !ok2 {
				return false
			}
			ops.WriteByte('s')
			// var, not a conversion: a value of a cell type sent on a
			// chan any keeps its dynamic type
			decls = append(decls, fmt.Sprintf("var %s = %s", c, ch), fmt.Sprintf("var %s %s = %s", v, t, x))
			args = append(args, c, "&"+v)
		default:
			recv, lhs, tok := recvOf(comm)
			if recv == nil {
				return false
			}
			ch, ok := lw.movable(recv.X)
			if !ok {
				return false
			}
			c := lw.fresh("C")
			ops.WriteByte('r')
			decls = append(decls, fmt.Sprintf("var %s = %s", c, ch))
			args = append(args, c)
			var dsts, srcs []string // the case's assignment
			for j := range 2 {
				if j >= len(lhs) || isBlank(lhs[j]) {
					args = append(args, "nil")
					continue
				}
				t := "bool"
				if j == 0 {
					t = lw.typ(chanElem(lw.info.TypeOf(recv.X)))
				}
				if !spellable(t) {
					return false
				}
				v := lw.fresh("V")
				decls = append(decls, fmt.Sprintf("var %s %s", v, t))
				args = append(args, "&"+v)
				dsts, srcs = append(dsts, lw.text(lhs[j])), append(srcs, v)
			}
			if len(dsts) > 0 {
				head += fmt.Sprintf(" %s %s %s;", strings.Join(dsts, ", "), tok, strings.Join(srcs, ", "))
			}
		}
		heads = append(heads, head)
	}
	lw.extraImport(rtName, rt.Path)
	if !strings.Contains(ops.String(), "d") {
		// the last case runs when no other did: the switch, like the
		// select, is a terminating statement
		heads[len(heads)-1] = "default:" + strings.TrimPrefix(heads[len(heads)-1], fmt.Sprintf("case %d:", len(heads)-1))
	}
	// in a block of its own: yaegi v0.16.1 gives a switch's init
	// variables to its cases as copies, not what rt.Select set
	head := "{ "
	if len(decls) > 0 {
		head += strings.Join(decls, "; ") + "; "
	}
	if l := lw.selectLabels[n]; l != nil {
		// the label stays on the block (a goto to it evaluates the
		// cases again); the switch gets one of its own for the breaks
		sw := lw.fresh("L")
		head += sw + ": "
		ast.Inspect(n.Body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if m.Tok == token.BREAK && m.Label != nil && m.Label.Name == l.Label.Name {
					lw.replace(m.Label.Pos(), m.Label.End(), sw)
				}
			}
			return true
		})
	}
	call := fmt.Sprintf("%s.Select(%q", rtName, ops.String())
	if len(args) > 0 {
		call += ", " + strings.Join(args, ", ")
	}
	lw.replace(n.Select, n.Body.Lbrace, head+"switch "+call+") ")
	lw.insertClose(n.End(), " }")
	for i, s := range n.Body.List {
		cc := s.(*ast.CommClause)
		lw.replace(cc.Case, cc.Colon+1, heads[i]+strings.Repeat("\n", lw.newlines(cc.Case, cc.Colon)))
		for _, st := range cc.Body {
			lw.walk(st)
		}
	}
	return true
}

// selectCallsLit reports whether a channel or a value sent in a case of
// n calls a function literal, as written or as lowered (a value sent on
// a channel of an interface type is converted to it by one):
// yaegi v0.16.1 runs a select's communications before the literal is
// made ("reflect.Value.Call: call of nil function"), so such a select
// is lowered even among a cell's own statements.
func (lw *lowerer) selectCallsLit(n *ast.SelectStmt) bool {
	for _, s := range n.Body.List {
		var es []ast.Expr
		switch comm := s.(*ast.CommClause).Comm.(type) {
		case *ast.SendStmt:
			es = []ast.Expr{comm.Chan, comm.Value}
			if vt := lw.info.TypeOf(comm.Value); vt != nil && !types.Identical(vt, chanElem(lw.info.TypeOf(comm.Chan))) && types.IsInterface(chanElem(lw.info.TypeOf(comm.Chan))) {
				return true // converted to the interface by a literal
			}
		default:
			if recv, _, _ := recvOf(comm); recv != nil {
				es = []ast.Expr{recv.X}
			}
		}
		for _, e := range es {
			if text, ok := lw.movable(e); ok && strings.Contains(text, "func(") {
				return true
			}
		}
	}
	return false
}

// recvOf returns the receive of a select case's communication, the
// variables it sets and how (":=" or "="); nil if it is not one.
func recvOf(comm ast.Stmt) (*ast.UnaryExpr, []ast.Expr, token.Token) {
	var x ast.Expr
	var lhs []ast.Expr
	tok := token.ILLEGAL
	switch comm := comm.(type) {
	case *ast.ExprStmt:
		x = comm.X
	case *ast.AssignStmt:
		if len(comm.Rhs) != 1 {
			return nil, nil, tok
		}
		x, lhs, tok = comm.Rhs[0], comm.Lhs, comm.Tok
	}
	u, ok := ast.Unparen(x).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return nil, nil, tok
	}
	return u, lhs, tok
}

func chanElem(t types.Type) types.Type {
	if c, ok := t.Underlying().(*types.Chan); ok {
		return c.Elem()
	}
	return types.Typ[types.Invalid]
}

// movable returns e lowered, to be written elsewhere on one line; false
// when it spans lines (moving it would move the lines after it).
func (lw *lowerer) movable(e ast.Expr) (string, bool) {
	if lw.newlines(e.Pos(), e.End()) > 0 {
		return "", false
	}
	saved := lw.edits
	lw.edits = nil
	lw.walk(e)
	es := lw.edits
	lw.edits = saved
	start, end := lw.off(e.Pos()), lw.off(e.End())
	var own []Edit
	for _, ed := range es {
		if ed.Start < start || ed.End > end {
			continue
		}
		ed.Start -= start
		ed.End -= start
		own = append(own, ed)
	}
	s := newLowered(lw.orig[start:end], own, nil).Src
	return s, !strings.Contains(s, "\n")
}

// newlines counts the line breaks between from and to in the source.
func (lw *lowerer) newlines(from, to token.Pos) int {
	return strings.Count(lw.orig[lw.off(from):lw.off(to)], "\n")
}

// blankRecv lowers a receive with ok that drops the value, _, ok = <-c,
// to a function that receives: yaegi v0.16.1 fails on it ("reflect.Set:
// value of type int is not assignable to type chan int"), also when a
// cell's _, ok := <-c runs in a function and sets a notebook variable.
func (lw *lowerer) blankRecv(as *ast.AssignStmt) {
	if lw.commStmts[as] {
		return // a select case's (commAssign's)
	}
	if len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isBlank(as.Lhs[0]) && !isBlank(as.Lhs[1]) {
		return
	}
	u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return
	}
	t := lw.typ(chanElem(lw.info.TypeOf(u.X)))
	if !spellable(t) {
		return
	}
	v, k := lw.fresh("V"), lw.fresh("K")
	lw.insert(as.Rhs[0].Pos(), fmt.Sprintf("func() (%s, bool) { %s, %s := ", t, v, k))
	lw.insertClose(as.Rhs[0].End(), fmt.Sprintf("; return %s, %s }()", v, k))
}
