package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Switches on interface values whose default clause, not the last, is
// entered or left by fallthrough (see switchIndexed): the index of the
// clause that matches is computed by a function literal that compares
// as ifaceEqual lowers ==,
//
//	switch v { case 1: a; fallthrough; default: b; fallthrough; case "x", 2.5: c }
//
// on an any becomes
//
//	switch (func(S any) int { switch { case rt.EqualAs(S, "", (1), "int"): return 0;
//	case rt.EqualAs(S, "", ("x"), "string"): return 2; ... }; return 1 })(v) {
//	case 0: a; fallthrough; case 1: b; fallthrough; case 2: c }
//
// The tag stays where it is, lowered as any expression; the cases are
// copied, so each must be nil, a constant, a name or what basicCase
// accepts. So also a switch on a value of a basic type (or a struct or
// array of them) that basicCase does not copy (switch t.Kind() {), with
// such cases. A switch without a tag takes cases that basicCase accepts
// and comparisons (== and !=) of such operands with an interface.

// switchIndexedIface builds the index function of sw, a switch whose
// default clause is list[di], when its tag is an interface value or a
// value that plainComparable accepts, or it has no tag and its cases
// compare interfaces (ifaceIndexCase). It
// returns the text that goes before the tag (or the body, without a
// tag) and after it, and whether sw is such a switch.
func (lw *lowerer) switchIndexedIface(sw *ast.SwitchStmt, di int) (before, after string, ok bool) {
	var tag types.TypeAndValue
	iface := false
	if sw.Tag != nil {
		tag = lw.info.Types[sw.Tag]
		if tag.Type == nil {
			return "", "", false
		}
		iface = types.IsInterface(tag.Type)
		if !iface && !plainComparable(tag.Type) {
			return "", "", false
		}
	}
	v := lw.fresh("S")
	var b strings.Builder
	for i, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			var cond string
			switch {
			case iface:
				cond, ok = lw.ifaceCaseCond(v, tag, lw.operandName(sw.Tag), e)
			case sw.Tag != nil:
				// a tag of a basic type (or a struct or array of them)
				// that basicCase does not copy: a method's result
				cond, ok = lw.copiedOperand(e)
				cond = v + " == " + cond
			default:
				cond, ok = lw.ifaceIndexCase(e)
			}
			if !ok {
				return "", "", false
			}
			b.WriteString("case " + cond + ": return " + strconv.Itoa(i) + "; ")
		}
	}
	cases := b.String()
	if strings.Contains(cases, rtName+".") {
		lw.extraImport(rtName, rt.Path)
	}
	if sw.Tag == nil {
		return "(func() int { switch { " + cases + "}; return " + strconv.Itoa(di) + " })() ", "", true
	}
	ts := lw.typ(tag.Type)
	if !spellable(ts) {
		return "", "", false
	}
	return "(func(" + v + " " + ts + ") int { switch { " + cases + "}; return " + strconv.Itoa(di) + " })(", ")", true
}

// ifaceCaseCond spells the condition that the value v (of the switch's
// tag, of type tag, Go's name tagName) equals the case e.
func (lw *lowerer) ifaceCaseCond(v string, tag types.TypeAndValue, tagName string, e ast.Expr) (string, bool) {
	et := lw.info.Types[e]
	if et.IsNil() {
		return v + " == nil", true
	}
	text, ok := lw.copiedOperand(e)
	if !ok {
		return "", false
	}
	return lw.equalText(v, tag, tagName, text, et, lw.operandName(e)), true
}

// equalText spells x == y as ifaceEqual lowers it, x and y being the
// texts of operands of types xt and yt (Go's names xn and yn).
func (lw *lowerer) equalText(x string, xt types.TypeAndValue, xn, y string, yt types.TypeAndValue, yn string) string {
	switch {
	case xt.IsNil() || yt.IsNil():
		return x + " == " + y
	case lw.compiledComparable(xt, yt):
		return fmt.Sprintf("%s.EqualCompiled(%s, %s)", rtName, x, y)
	case lw.ifaceComparable(xt, yt) || anyComparable(xt, yt) || ifaceFields(xt, yt):
		return fmt.Sprintf("%s.EqualAs(%s, %q, %s, %q)", rtName, x, xn, y, yn)
	}
	return x + " == " + y
}

// ifaceIndexCase spells e, a case of a switch without a tag: what
// basicCase accepts as written, a comparison of copied operands one of
// which is an interface as ifaceEqual lowers it, and !, && and || of
// those.
func (lw *lowerer) ifaceIndexCase(e ast.Expr) (string, bool) {
	if lw.basicCase(e) {
		if tv := lw.info.Types[e]; tv.Value != nil {
			return lw.constant(tv), true
		}
		return lw.text(e), true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op != token.NOT {
			return "", false
		}
		c, ok := lw.ifaceIndexCase(x.X)
		return "!(" + c + ")", ok
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			l, okl := lw.ifaceIndexCase(x.X)
			r, okr := lw.ifaceIndexCase(x.Y)
			return "(" + l + ") " + x.Op.String() + " (" + r + ")", okl && okr
		}
	}
	bin, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return "", false
	}
	xt, yt := lw.info.Types[bin.X], lw.info.Types[bin.Y]
	if !xt.IsNil() && !types.IsInterface(xt.Type) && !yt.IsNil() && !types.IsInterface(yt.Type) {
		return "", false
	}
	operand := func(o ast.Expr) (string, bool) {
		if lw.info.Types[o].IsNil() {
			return "nil", true
		}
		return lw.copiedOperand(o)
	}
	x, okx := operand(bin.X)
	y, oky := operand(bin.Y)
	if !okx || !oky {
		return "", false
	}
	cond := lw.equalText(x, xt, lw.operandName(bin.X), y, yt, lw.operandName(bin.Y))
	if bin.Op == token.NEQ {
		cond = "!(" + cond + ")"
	}
	return cond, true
}

// copiedOperand spells e, an operand a lowering copies: a constant, a
// name of a variable or constant (of the notebook or a package), or
// what basicCase accepts.
func (lw *lowerer) copiedOperand(e ast.Expr) (string, bool) {
	tv := lw.info.Types[e]
	if tv.Value != nil {
		return lw.constant(tv), true
	}
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if _, isPkg := lw.info.Uses[identOf(x.X)].(*types.PkgName); isPkg {
			id = x.Sel
		}
	}
	if id != nil {
		if _, isVar := lw.info.Uses[id].(*types.Var); isVar {
			return lw.text(e), true
		}
	}
	if lw.basicCase(e) {
		return lw.text(e), true
	}
	return "", false
}
