package check

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// tmplMethods returns the field of the Node of t that lists its exported
// methods (rt.Method), of T and of *T, for a template's data
// (rt.Execute): those declared in the notebook (a method promoted from
// an embedded compiled type is not listed), each as a function literal
// of the receiver and the parameters that returns the results and what
// the method panicked with.
func (lw *lowerer) tmplMethods(t types.Type) []string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !isCellNamed(n) {
		return nil
	}
	if _, iface := n.Underlying().(*types.Interface); iface {
		return nil
	}
	var ms []string
	values := types.NewMethodSet(t) // T's, those a value has
	for sel := range types.NewMethodSet(types.NewPointer(t)).Methods() {
		m := sel.Obj()
		if !m.Exported() || m.Pkg() == nil || m.Pkg().Path() != "main" {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok {
			continue
		}
		// only *T's: a pointer receiver, not one promoted through an
		// embedded pointer (T's set has (*Base).Tag of struct{ *Base })
		ptr := values.Lookup(m.Pkg(), m.Name()) == nil
		recv := t
		if ptr {
			recv = types.NewPointer(t)
		}
		if lit, ok := lw.methodLiteral(recv, m.Name(), sig); ok {
			ms = append(ms, fmt.Sprintf("{Name: %q, Ptr: %t, Func: %s}", m.Name(), ptr, lit))
		}
	}
	if len(ms) == 0 {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	return []string{"Methods: []" + rtName + ".Method{" + strings.Join(ms, ", ") + "}"}
}

// methodLiteral spells a function literal that calls the method name of
// a receiver of type recv, of signature sig (without the receiver), and
// returns its results and what it panicked with; ok is false when a type
// cannot be spelled.
func (lw *lowerer) methodLiteral(recv types.Type, name string, sig *types.Signature) (string, bool) {
	rs := lw.typ(recv)
	if !spellable(rs) {
		return "", false
	}
	var params, args []string
	for i := range sig.Params().Len() {
		pt := sig.Params().At(i).Type()
		arg := fmt.Sprintf("a%d", i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			s, ok := pt.(*types.Slice)
			if !ok {
				return "", false // append's string
			}
			ps := lw.typ(s.Elem())
			if !spellable(ps) {
				return "", false
			}
			params = append(params, arg+" ..."+ps)
			args = append(args, arg+"...")
			continue
		}
		ps := lw.typ(pt)
		if !spellable(ps) {
			return "", false
		}
		params = append(params, arg+" "+ps)
		args = append(args, arg)
	}
	var results, names []string
	for i := range sig.Results().Len() {
		ts := lw.typ(sig.Results().At(i).Type())
		if !spellable(ts) {
			return "", false
		}
		names = append(names, fmt.Sprintf("r%d", i))
		results = append(results, fmt.Sprintf("r%d %s", i, ts))
	}
	results = append(results, "p any")
	call := "x." + lw.methodSel(recv, name) + "(" + strings.Join(args, ", ") + ")"
	if len(names) > 0 {
		call = strings.Join(names, ", ") + " = " + call
	}
	return fmt.Sprintf("func(x %s%s) (%s) { defer func() { p = recover() }(); %s; return }",
		rs, strings.TrimSuffix(", "+strings.Join(params, ", "), ", "), strings.Join(results, ", "), call), true
}

// tmplNeeds reports whether a template's data of type t involves a type
// that text/template sees wrongly: what json sees wrongly (jsonNeeds),
// or a cell type with exported methods the template may call.
func (lw *lowerer) tmplNeeds(t types.Type) bool {
	return lw.jsonNeeds(t, nil) || lw.codecNeeds(t, hasExportedMethods, nil)
}

// hasExportedMethods reports whether t's method set (t a cell type or a
// pointer to one) has an exported method declared in the notebook.
func hasExportedMethods(t types.Type) bool {
	for sel := range types.NewMethodSet(t).Methods() {
		if m := sel.Obj(); m.Exported() && m.Pkg() != nil && m.Pkg().Path() == "main" {
			return true
		}
	}
	return false
}

// methodsTable returns the expression of an rt.Table that lists the
// exported methods of the notebook's types (of those declared at package
// level), for reflection (rt.TypeMethods, rt.ValueMethods): a call of a
// function declared with the cell, as makeFmtTable's; ok is false when
// no type has one.
func (lw *lowerer) methodsTable() (string, bool) {
	var nodes, refs []string
	for _, t := range lw.implementing(types.NewInterfaceType(nil, nil)) {
		n, ok := t.(*types.Named)
		if !ok || !hasExportedMethods(types.NewPointer(t)) {
			continue
		}
		ms := lw.tmplMethods(t)
		if len(ms) == 0 {
			continue
		}
		nodes = append(nodes, "{Name: "+strconv.Quote(lw.goName(t))+", "+ms[0]+"}")
		refs = append(refs, n.Obj().Name())
	}
	if len(nodes) == 0 {
		return "", false
	}
	lw.extraImport(rtName, rt.Path)
	body := fmt.Sprintf("return &%[1]s.Table{Nodes: []%[1]s.Node{%[2]s}}", rtName, strings.Join(nodes, ", "))
	return lw.tableDecl(body, refs), true
}
