package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// The uses of the fields selfref.go boxes: reads unboxed, writes
// converted (or boxed, for comparable types), array elements written
// through a variable, and what needs the field addressable refused.

// boxedField returns the field sel selects and its type when it is one
// the lowering boxes (boxedFields).
func (lw *lowerer) boxedField(sel *ast.SelectorExpr) (types.Type, bool) {
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil, false
	}
	t := s.Recv()
	idx := s.Index()
	for k, i := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		t = lw.copyType(t)
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil, false
		}
		if k == len(idx)-1 {
			b := lw.boxedFields(st)
			if i < len(b) && b[i] {
				return st.Field(i).Type(), true
			}
			return nil, false
		}
		t = st.Field(i).Type()
	}
	return nil, false
}

// boxedRead lowers sel, a read of a boxed field, to the unboxing call of
// it; a use that needs the field addressable is refused.
func (lw *lowerer) boxedRead(sel *ast.SelectorExpr) {
	t, ok := lw.boxedField(sel)
	if !ok || lw.boxWrites[sel] {
		return
	}
	if what, instead := lw.addressed(sel); what != "" {
		lw.refuse(sel.Pos(), lw.boxedRefusal(sel, what, instead))
		return
	}
	lw.insert(sel.Pos(), unboxer(t)+"(")
	lw.insertClose(sel.End(), ")")
}

// boxedRefusal is the message refusing a use of the boxed field sel
// that needs it addressable: what it does, and how to write it instead.
func (lw *lowerer) boxedRefusal(sel *ast.SelectorExpr, what, instead string) string {
	t, _ := lw.boxedField(sel)
	msg := "cannot " + what + " of the field " + sel.Sel.Name + ": its struct type is made of itself through it (" +
		types.TypeString(t, types.RelativeTo(lw.pkg)) + "), a field yaegi v0.16.1 builds no right reflect type for, so the lowering holds its value in an interface{}"
	if instead != "" {
		msg += " (" + instead + ")"
	}
	return msg
}

// boxedMethod refuses a method of a pointer receiver called on (or
// taken as a value of) a boxed field, which Go calls on its address.
func (lw *lowerer) boxedMethod(sel *ast.SelectorExpr) {
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || !ptrRecv(s.Obj()) || len(s.Index()) != 1 {
		return
	}
	x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if _, ok := lw.boxedField(x); !ok {
		return
	}
	if _, ptr := types.Unalias(lw.info.TypeOf(x)).(*types.Pointer); ptr {
		return
	}
	lw.refuse(sel.Pos(), lw.boxedRefusal(x, "call "+sel.Sel.Name+", a method of a pointer receiver, on the value", "call it on a copy, and assign the copy to the field"))
}

// boxedAssign lowers the assignments to boxed fields in as: the targets
// stay (boxWrites), each value of another type than the field's is
// converted to it (boxedValue). A received value or a call's result
// that would need it is refused.
func (lw *lowerer) boxedAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN {
		return
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		t, ok := lw.boxedField(sel)
		if !ok {
			continue
		}
		if lw.boxWrites == nil {
			lw.boxWrites = map[*ast.SelectorExpr]bool{}
		}
		lw.boxWrites[sel] = true
		switch {
		case lw.commStmts[as] || len(as.Lhs) != len(as.Rhs):
			// a received value, a call's result: assigned as it is
			var vt types.Type
			if len(as.Lhs) == len(as.Rhs) {
				vt = lw.info.TypeOf(as.Rhs[i])
			} else if tup, ok := lw.info.TypeOf(as.Rhs[0]).(*types.Tuple); ok && i < tup.Len() {
				vt = tup.At(i).Type()
			}
			if vt == nil || !types.Identical(vt, t) || types.Comparable(t) {
				lw.refuse(l.Pos(), lw.boxedRefusal(sel, "assign a received value or one of a call's results to the value", "assign it to a variable first"))
			}
		default:
			lw.boxedValue(as.Rhs[i], t)
		}
	}
}

// markBoxWrites records the boxed fields that the assignments in n
// assign (boxWrites): a lowering that copies an assignment's target
// (a select case's, lowered to a switch) copies it as it is, not read.
func (lw *lowerer) markBoxWrites(n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		if cc, ok := m.(*ast.CommClause); ok {
			if as, ok := cc.Comm.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
				for _, l := range as.Lhs {
					if sel := lw.boxedArrayElem(l); sel != nil {
						lw.refuse(l.Pos(), lw.boxedRefusal(sel, "assign a received value to an element", "receive into a variable, and assign it in the case"))
					}
				}
			}
		}
		as, ok := m.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN {
			return true
		}
		for _, l := range as.Lhs {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
				if _, boxed := lw.boxedField(sel); boxed {
					if lw.boxWrites == nil {
						lw.boxWrites = map[*ast.SelectorExpr]bool{}
					}
					lw.boxWrites[sel] = true
				}
			}
		}
		return true
	})
}

// boxedRange refuses a range loop that assigns a boxed field.
func (lw *lowerer) boxedRange(r *ast.RangeStmt) {
	if r.Tok != token.ASSIGN {
		return
	}
	for _, e := range []ast.Expr{r.Key, r.Value} {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && e != nil {
			if _, boxed := lw.boxedField(sel); boxed {
				lw.refuse(e.Pos(), lw.boxedRefusal(sel, "assign a range loop's values to the value", "range with a variable, and assign it to the field in the loop"))
			}
		}
		if sel := lw.boxedArrayElem(e); sel != nil {
			lw.refuse(e.Pos(), lw.boxedRefusal(sel, "assign a range loop's values to an element", "range with a variable, and assign it in the loop"))
		}
	}
}

// boxedValue converts v, going to a boxed field of type t, to t when it
// is of another type: the unboxing asserts t.
func (lw *lowerer) boxedValue(v ast.Expr, t types.Type) {
	vt := lw.info.TypeOf(v)
	if vt == nil {
		return
	}
	if b, ok := vt.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return
	}
	switch {
	case types.Comparable(t):
		lw.insert(v.Pos(), boxer(t)+"(")
	case !types.Identical(vt, t):
		lw.insert(v.Pos(), "("+lw.typ(t)+")(")
	default:
		return
	}
	lw.insertClose(v.End(), ")")
}

// boxedLit converts the values a composite literal of a struct type
// gives its boxed fields (boxedValue).
func (lw *lowerer) boxedLit(lit *ast.CompositeLit) {
	t := lw.info.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := lw.copyType(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	boxed := lw.boxedFields(st)
	if boxed == nil {
		return
	}
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for j := range st.NumFields() {
				if st.Field(j).Name() == id.Name && boxed[j] {
					lw.boxedValue(kv.Value, st.Field(j).Type())
				}
			}
			continue
		}
		if i < len(boxed) && boxed[i] {
			lw.boxedValue(e, st.Field(i).Type())
		}
	}
}

// boxedReadsIn returns the insertions that make the reads of boxed
// fields in n unboxing calls, for a copy of n's text (lowerer.text): the
// closing texts, then the opening ones, the outer selector's first;
// and the replacements of those a statement holds in a variable
// (selfRefArrayWrite).
func (lw *lowerer) boxedReadsIn(n ast.Node) []repl {
	type read struct {
		sel *ast.SelectorExpr
		t   types.Type
	}
	var reads []read
	var temps []repl
	ast.Inspect(n, func(m ast.Node) bool {
		sel, ok := m.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if tmp, ok := lw.boxTemps[sel]; ok {
			temps = append(temps, repl{lw.off(sel.Pos()), lw.off(sel.End()), tmp})
			return false
		}
		if lw.boxWrites[sel] {
			return true
		}
		if t, ok := lw.boxedField(sel); ok {
			reads = append(reads, read{sel, t})
		}
		return true
	})
	var rs []repl
	for i := len(reads) - 1; i >= 0; i-- {
		end := lw.off(reads[i].sel.End())
		rs = append(rs, repl{end, end, ")"})
	}
	// Inspect meets an outer selector before the ones in its operand
	for _, r := range reads {
		at := lw.off(r.sel.Pos())
		rs = append(rs, repl{at, at, unboxer(r.t) + "("})
	}
	return append(rs, temps...)
}

// addressed returns what a use of the boxed field sel does that needs
// it addressable (its address taken; for an array, an element's taken,
// assigned, sliced or given to a method of a pointer receiver), and how
// to write it instead; "" for a read.
func (lw *lowerer) addressed(sel *ast.SelectorExpr) (what, instead string) {
	const own = "write the element in a statement of its own, x.f[i] = v, where x is a variable"
	var cur ast.Node = sel
	for i := len(lw.stack) - 2; i >= 0; i-- {
		switch p := lw.stack[i].(type) {
		case *ast.ParenExpr:
			cur = p
			continue
		case *ast.IndexExpr:
			if p.X == cur && isArray(lw.info.TypeOf(p.X)) {
				cur = p
				continue
			}
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				return "take the address", ""
			}
		case *ast.SliceExpr:
			if p.X == cur && isArray(lw.info.TypeOf(p.X)) {
				return "slice the array", "slice a copy of it"
			}
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == cur && cur != sel {
					return "assign, in this statement, an element", own
				}
			}
		case *ast.IncDecStmt:
			if p.X == cur && cur != sel {
				return "assign, in this statement, an element", own
			}
		case *ast.RangeStmt:
			if p.Key == cur || p.Value == cur {
				return "assign a range loop's values to an element", "range with a variable, and assign it in the loop"
			}
		case *ast.SelectorExpr:
			if s := lw.info.Selections[p]; s != nil && s.Kind() == types.MethodVal && ptrRecv(s.Obj()) && cur != sel && !isPointer(lw.info.TypeOf(p.X)) {
				return "call " + p.Sel.Name + ", a method of a pointer receiver, on an element", "call it on a copy, and assign the copy to the element"
			}
		}
		return "", ""
	}
	return "", ""
}

func isArray(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Array)
	return ok
}

// selfRefArrayWrite lowers a statement of its own (in a list of
// statements) that writes an element of a boxed field of an array type,
// x.f[i] = v, x.f[i][j] += v, x.f[i]++ (x a name, or fields and
// dereferences of one): the array is taken out into a variable, the
// statement writes the variable's element, and the variable goes back
// into the field. (One of a cell's top-level statements too: it declares
// nothing.)
func (lw *lowerer) selfRefArrayWrite(stmt ast.Stmt, target ast.Expr) {
	if lw.commStmts[stmt] {
		return // a select case's communication (refused: addressed)
	}
	if len(lw.stack) == 1 {
		if lw.topStmts == nil || !slices.Contains(lw.topStmts.List, stmt) {
			return
		}
	} else {
		switch lw.stack[len(lw.stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
		default:
			return
		}
	}
	sel := lw.boxedArrayElem(target)
	if sel == nil || !pure(sel.X) || len(lw.boxedReadsIn(sel.X)) > 0 {
		return
	}
	t, _ := lw.boxedField(sel)
	tmp := lw.fresh("A")
	lw.insert(stmt.Pos(), "{ "+tmp+" := "+lw.text(sel)+"; ")
	field := lw.text(sel.X) + "." + sel.Sel.Name
	if lw.boxTemps == nil {
		lw.boxTemps = map[*ast.SelectorExpr]string{}
	}
	lw.boxTemps[sel] = tmp
	if lw.boxWrites == nil {
		lw.boxWrites = map[*ast.SelectorExpr]bool{}
	}
	lw.boxWrites[sel] = true
	lw.replace(sel.Pos(), sel.End(), tmp)
	back := tmp
	if types.Comparable(t) {
		back = boxer(t) + "(" + tmp + ")"
	}
	lw.insertClose(stmt.End(), "; "+field+" = "+back+" }")
}

// boxedArrayElem returns, when e is an element of a boxed field of an
// array type (x.f[i], x.f[i][j] of arrays), the field's selector.
func (lw *lowerer) boxedArrayElem(e ast.Expr) *ast.SelectorExpr {
	if e == nil {
		return nil
	}
	e = ast.Unparen(e)
	levels := 0
	for {
		ix, ok := e.(*ast.IndexExpr)
		if !ok || !isArray(lw.info.TypeOf(ix.X)) {
			break
		}
		e = ast.Unparen(ix.X)
		levels++
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || levels == 0 {
		return nil
	}
	if t, ok := lw.boxedField(sel); !ok || !isArray(t) {
		return nil
	}
	return sel
}
