package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Switches on interface values (see ifaceEqual for ==): yaegi v0.16.1
// converted the switch's value to a case's type, compared its own
// records of notebook values, and tested only the first of several
// expressions of a case once they are calls.

// ifaceSwitch: switch x { case a, b: } on a value of a notebook
// interface or an "any", or of a struct with interface fields
// (ifaceFields), becomes switch S := x; { case rt.EqualAs(S, "",
// a, "main.A"), ...: } (see ifaceEqual). It reports whether the switch
// it leaves has a tag.
func (lw *lowerer) ifaceSwitch(sw *ast.SwitchStmt) bool {
	if sw.Tag == nil {
		return false
	}
	tt := lw.info.Types[sw.Tag]
	if lw.compiledSwitch(sw, tt) {
		return false
	}
	if sw.Init != nil && !tagNested(sw) {
		lw.ifaceCases(sw)
		return true
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if et := lw.info.Types[e]; !lw.ifaceComparable(tt, et) && !anyComparable(tt, et) && !ifaceFields(tt, et) {
				lw.ifaceCases(sw)
				return true
			}
		}
	}
	if !notebookIface(tt.Type) && !isEmptyIface(tt.Type) && (tt.Type == nil || !holdsIface(tt.Type, map[types.Type]bool{})) {
		lw.ifaceCases(sw)
		return true
	}
	lw.extraImport(rtName, rt.Path)
	v := lw.fresh("S")
	lw.insert(sw.Tag.Pos(), v+" := ")
	lw.insertClose(sw.Tag.End(), ";")
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			lw.insert(e.Pos(), fmt.Sprintf("%s.EqualAs(%s, %q, ", rtName, v, lw.operandName(sw.Tag)))
			lw.insertClose(e.End(), fmt.Sprintf(", %q)", lw.operandName(e)))
			lw.markCall(e)
		}
	}
	return false
}

// markCall records that the lowering made the case e a call (caseLists
// splits a list of such cases).
func (lw *lowerer) markCall(e ast.Expr) {
	if lw.ifaceCase == nil {
		lw.ifaceCase = map[ast.Expr]bool{}
	}
	lw.ifaceCase[e] = true
}

// compiledSwitch: switch x { case a, nil: } on a value of an interface
// of a compiled package with methods (an error) with a case of a
// notebook type (case ErrNotFound:, a constant of type Err string)
// becomes switch S := x; { case rt.EqualCompiled(S, a), S == nil: }, as
// compiledComparable lowers x == a: yaegi v0.16.1 converted the tag to
// the case's type ("reflect.Value.Convert: value of type error cannot be
// converted to type string"). It reports whether it did.
func (lw *lowerer) compiledSwitch(sw *ast.SwitchStmt, tt types.TypeAndValue) bool {
	if _, ok := compiledIface(tt.Type); !ok {
		return false
	}
	cell := false
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			switch et := lw.info.Types[e]; {
			case et.IsNil():
			case !lw.compiledComparable(tt, et):
				return false
			case isMainType(et.Type):
				cell = true
			}
		}
	}
	if !cell {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	var v string
	if id, ok := ast.Unparen(sw.Tag).(*ast.Ident); ok && sw.Init != nil {
		v = id.Name // switch err := f(); err {: the cases read err
		lw.replace(sw.Tag.Pos(), sw.Tag.End(), "")
	} else { // (switch f(); g() {: switchInitTag nested the tag, without the init)
		v = lw.fresh("S")
		lw.insert(sw.Tag.Pos(), v+" := ")
		lw.insertClose(sw.Tag.End(), ";")
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if lw.info.Types[e].IsNil() {
				lw.insert(e.Pos(), v+" == ")
				lw.markCall(e)
				continue
			}
			lw.insert(e.Pos(), fmt.Sprintf("%s.EqualCompiled(%s, ", rtName, v))
			lw.insertClose(e.End(), ")")
			lw.markCall(e)
		}
	}
	return true
}

// ifaceCases: in a switch on a value of an interface type that
// ifaceSwitch leaves, a case of a type that is not an interface (nor a
// notebook type's, which ifaceSwitch compares) becomes rt.Iface(e):
// Go compares the interface with the case converted to its type, yaegi
// v0.16.1 converted the tag to the case's type ("reflect.Value.Convert:
// value of type interface {} cannot be converted to type int", for every
// switch v { case 3: } on an any). Two interfaces compare what they hold,
// whatever their static types.
func (lw *lowerer) ifaceCases(sw *ast.SwitchStmt) {
	tt := lw.info.Types[sw.Tag].Type
	if tt == nil || !types.IsInterface(tt) {
		return
	}
	var conv, nils []ast.Expr
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			switch et := lw.info.Types[e]; {
			case et.IsNil():
				nils = append(nils, e)
			case et.Type == nil || types.IsInterface(et.Type) || isMainType(et.Type) && !basedType(et.Type):
			default:
				conv = append(conv, e)
			}
		}
	}
	if len(conv) == 0 {
		return
	}
	// (case nil beside them: yaegi converted the tag to the other cases'
	// type again)
	lw.extraImport(rtName, rt.Path)
	for _, e := range append(conv, nils...) {
		lw.markCall(e)
		lw.insert(e.Pos(), rtName+".Iface(")
		lw.insertClose(e.End(), ")")
	}
}
