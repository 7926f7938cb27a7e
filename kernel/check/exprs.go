package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// caseLists splits a case of several expressions, one of them not a
// constant, into cases of one that fall through to the next: yaegi
// v0.16.1 tests only the first of them when they are calls or
// operations (case unicode.IsLetter(r), unicode.IsSpace(r) never took a
// space; case id(1), id(2) never took 2). The cases stay on their line.
func (lw *lowerer) caseLists(sw *ast.SwitchStmt) {
	for _, s := range sw.Body.List {
		list := s.(*ast.CaseClause).List
		constant := true
		for _, e := range list {
			constant = constant && lw.info.Types[e].Value != nil
		}
		if constant {
			continue
		}
		for i := 1; i < len(list); i++ {
			lw.replace(list[i-1].End(), list[i].Pos(), ": fallthrough; case ")
		}
	}
}

// shiftOperand converts the constant left operand of a shift by a
// variable to the type Go gives it from the shift's context (p&(1<<i)
// with p a Perm, []uint64{1 << n}): yaegi v0.16.1 made it an int, and
// the operation with the typed value then panicked in reflect.
func (lw *lowerer) shiftOperand(b *ast.BinaryExpr) {
	if b.Op != token.SHL && b.Op != token.SHR {
		return
	}
	tv, x := lw.info.Types[b], lw.info.Types[b.X]
	if tv.Value != nil || x.Value == nil || tv.Type == nil {
		return
	}
	if t, ok := tv.Type.(*types.Basic); ok && (t.Kind() == types.Int || t.Info()&types.IsUntyped != 0) {
		return // yaegi's own choice, and right
	}
	t := lw.typ(tv.Type)
	if !spellable(t) {
		return
	}
	lw.insert(b.X.Pos(), t+"(")
	lw.insertClose(b.X.End(), ")")
}
