package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// headerLoop gives the variables of a three-clause loop whose condition
// or post statement lets them escape (a function literal refers to one,
// or its address is taken there) a variable per iteration that the
// condition and the post statement see too, as Go 1.22 does: each
// iteration's variable is a new one, a copy of the last iteration's made
// before the post statement runs. forStmt alone copies the body's
// variable per iteration, so a closure made in the condition or the
// post statement saw the one variable of the whole loop (for i := 0;
// keep(func() int { return i }); i++ {} gave every closure the final
// value).
//
// for i := 0; cond; post { body } becomes
//
//	for P := func() (*T) { i := 0; return &i }();
//		func(P *T) bool { return cond }(P);
//		P = func(P *T) (*T) { post; return P }(func(v T) *T { return &v }(*P)) {
//		i := *P; body; *P = i }
//
// with i in the condition and the post statement spelled (*P); the body
// copies back as forStmt's does. It reports whether it lowered the loop.
func (lw *lowerer) headerLoop(n *ast.ForStmt, as *ast.AssignStmt) bool {
	type loopVar struct {
		obj  types.Object
		name string
		ptr  string
		typ  string
	}
	var vs []loopVar
	escapes := false
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := lw.info.Defs[id]
		if obj == nil {
			continue
		}
		for _, part := range []ast.Node{n.Cond, n.Post} {
			if part != nil && lw.captured(part, obj) {
				escapes = true
			}
		}
		vs = append(vs, loopVar{obj: obj, name: id.Name, ptr: lw.fresh("P"), typ: lw.typ(obj.Type())})
	}
	if !escapes || len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		if !spellable(v.typ) { // (an unexported type of another package)
			return false
		}
	}
	var ptrs, ptrTypes, params, addrs, copies, in, back []string
	for _, v := range vs {
		ptrs = append(ptrs, v.ptr)
		ptrTypes = append(ptrTypes, "*"+v.typ)
		params = append(params, v.ptr+" *"+v.typ)
		addrs = append(addrs, "&"+v.name)
		copies = append(copies, fmt.Sprintf("func(v %[1]s) *%[1]s { return &v }(*%[2]s)", v.typ, v.ptr))
		in = append(in, v.name+" := *"+v.ptr+";")
		back = append(back, "*"+v.ptr+" = "+v.name+";")
	}
	list := func(s []string) string { return strings.Join(s, ", ") }
	lw.insert(as.Pos(), fmt.Sprintf("%s := func() (%s) { ", list(ptrs), list(ptrTypes)))
	lw.insertClose(as.End(), fmt.Sprintf("; return %s }()", list(addrs)))
	deref := func(part ast.Node) {
		ast.Inspect(part, func(c ast.Node) bool {
			if id, ok := c.(*ast.Ident); ok {
				for _, v := range vs {
					if lw.info.Uses[id] == v.obj {
						lw.replace(id.Pos(), id.End(), "(*"+v.ptr+")")
					}
				}
			}
			return true
		})
	}
	if n.Cond != nil {
		deref(n.Cond)
		lw.insert(n.Cond.Pos(), fmt.Sprintf("func(%s) bool { return ", list(params)))
		lw.insertClose(n.Cond.End(), fmt.Sprintf(" }(%s)", list(ptrs)))
	}
	if n.Post != nil {
		deref(n.Post)
		lw.insert(n.Post.Pos(), fmt.Sprintf("%s = func(%s) (%s) { ", list(ptrs), list(params), list(ptrTypes)))
		lw.insertClose(n.Post.End(), fmt.Sprintf("; return %s }(%s)", list(ptrs), list(copies)))
	} else {
		// no post statement: the next iteration's variables are new all
		// the same, made where the body ends or continues
		back = append(back, fmt.Sprintf("%s = %s;", list(ptrs), list(copies)))
	}
	var names []string
	for _, v := range vs {
		names = append(names, v.name)
	}
	lw.copyBody(n, in, back, names, true) // also before a break or a return: the condition's closures see the body's last value
	return true
}
