package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Function types made of themselves (type stateFn func(*lexer) stateFn,
// type A func() []A, type N func(int) (N, bool)). yaegi v0.16.1 builds a
// reflect type for every type, and reflect builds no recursive function
// type (its process died: "reflect.Type is nil", or a stack overflow).
//
// The lowering breaks the cycle in the type's own declaration: each
// parameter and result whose type reaches the type itself becomes an
// interface{} holding the value,
//
//	type stateFn func(*lexer) interface{}
//
// and the type keeps its name everywhere else. (Not a struct holding
// it: yaegi resolves a struct made of itself with a placeholder type
// inside, and a []Tree in the struct was then a type of its own,
// not assignable from the []Tree outside: "reflect.Set: value of type
// []func() (string, struct {...}) is not assignable".) Two things then
// differ from Go, and the lowering, knowing the types, covers both:
//
//   - a call of one of its values boxes the arguments and unboxes the
//     results: state(l) is gofuturesCallstateFn(state, l);
//   - the unnamed signature it was declared with (the type of lexAny in
//     func lexAny(*lexer) stateFn, of a function literal, of a variable)
//     is no longer its underlying type: a value going from one to the
//     other, where Go converts it (assignments, returns, arguments,
//     composite literals, conversions, ranges: untaggedConv's places),
//     goes through an adapter, gofuturesTostateFn(lexAny), a function of
//     the other type that calls it, nil kept nil.
//
// The three functions are declared with the type, after it on its line
// (the lowered source keeps the cell's lines). Only they make and call
// functions of the boxed signature, so a box always holds a value of the
// type it boxes. Functions of the declared signature keep it (fmt's %T
// of lexAny prints what Go prints). A value that goes from one to the
// other where neither untaggedConv nor recFuncTupleReturn is asked is
// left to yaegi, which refuses it ("cannot use ..."), as it refuses a
// function literal with a parameter of the declared signature of
// several results before a call of the type's values ("CFG post-order
// panic").

// recFunc is a function type of the notebook made of itself, as the
// lowering boxes it.
type recFunc struct {
	named *types.Named
	sig   *types.Signature // its underlying type, as Go has it
	// boxedP and boxedR tell, for each parameter and result, whether it
	// goes in a box, an interface{} (its type reaches the type)
	boxedP, boxedR []bool
}

// recursiveFunc returns, when t is a function type the notebook declared
// that is made of itself, how the lowering boxes it; nil when it is none
// or one that cannot be boxed (generic, or with its variadic parameter
// boxed: refused, recursiveTypes; declared in a function, where yaegi
// refuses it itself).
func recursiveFunc(t types.Type) *recFunc {
	if t == nil {
		return nil
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return nil
	}
	if n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return nil // declared in a function: yaegi refuses it ("invalid type declaration")
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok || !madeOfItself(n) {
		return nil
	}
	rf := &recFunc{named: n, sig: sig}
	for i := range sig.Params().Len() {
		rf.boxedP = append(rf.boxedP, reachesNamed(sig.Params().At(i).Type(), n))
	}
	for i := range sig.Results().Len() {
		rf.boxedR = append(rf.boxedR, reachesNamed(sig.Results().At(i).Type(), n))
	}
	if sig.Variadic() && rf.boxedP[len(rf.boxedP)-1] {
		return nil
	}
	return rf
}

// recFuncDecl boxes, in the declaration ts (in gd) of a function type
// made of itself, the parameters and results that reach it, and
// declares the functions that call its values and adapt them after gd.
func (lw *lowerer) recFuncDecl(gd *ast.GenDecl, ts *ast.TypeSpec) {
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok || obj.IsAlias() {
		return
	}
	rf := recursiveFunc(obj.Type())
	ft, isFunc := ast.Unparen(ts.Type).(*ast.FuncType)
	if rf == nil || !isFunc {
		return
	}
	for _, list := range []struct {
		fl    *ast.FieldList
		boxed []bool
	}{{ft.Params, rf.boxedP}, {ft.Results, rf.boxedR}} {
		if list.fl == nil {
			continue
		}
		i := 0
		for _, f := range list.fl.List {
			if i < len(list.boxed) && list.boxed[i] {
				lw.replace(f.Type.Pos(), f.Type.End(), boxType)
			}
			i += max(len(f.Names), 1)
		}
	}
	t, u, f := lw.typ(rf.named), lw.typ(rf.sig), "gofuturesF"
	params, args := rf.params(lw, false)
	decls := []string{fmt.Sprintf("func %s(%s %s%s) %s { %s }", rf.call(), f, t, prefixComma(params), rf.results(lw, false), rf.callBoxed(lw, f, args))}
	params, args = rf.params(lw, true)
	inner := fmt.Sprintf("func(%s) %s { %s }", params, rf.results(lw, true), rf.callUnboxed(lw, f, args))
	decls = append(decls, fmt.Sprintf("func %[1]s(%[2]s %[3]s) %[4]s { if %[2]s == nil { return nil }; return %[5]s }", rf.to(), f, u, t, inner))
	params, args = rf.params(lw, false)
	inner = fmt.Sprintf("func(%s) %s { %s }", params, rf.results(lw, false), rf.callBoxed(lw, f, args))
	decls = append(decls, fmt.Sprintf("func %[1]s(%[2]s %[3]s) %[4]s { if %[2]s == nil { return nil }; return %[5]s }", rf.from(), f, t, u, inner))
	lw.insertClose(gd.End(), "; "+strings.Join(decls, "; "))
}

// boxType is the type of a boxed parameter or result (any spelled as
// anyAlias spells it).
const boxType = "interface{}"

// call, to and from name the functions declared with the type that
// call one of its values (boxing the arguments, unboxing the results),
// adapt a function of its declared signature to it, and it to one. They
// are declared, not written as function literals where they are used:
// after a function literal with a parameter of the declared signature,
// yaegi v0.16.1 failed compiling calls of the type's values ("CFG
// post-order panic: runtime error: invalid memory address").
func (rf *recFunc) call() string { return "gofuturesCall" + rf.named.Obj().Name() }
func (rf *recFunc) to() string   { return "gofuturesTo" + rf.named.Obj().Name() }
func (rf *recFunc) from() string { return "gofuturesFrom" + rf.named.Obj().Name() }

// recFuncCall rewrites a call of a value of a function type made of
// itself into a call of a function literal that boxes the arguments
// and unboxes the results.
func (lw *lowerer) recFuncCall(c *ast.CallExpr) {
	if tv := lw.info.Types[c.Fun]; !tv.IsValue() {
		return
	}
	rf := recursiveFunc(lw.info.TypeOf(c.Fun))
	if rf == nil {
		return
	}
	lw.insert(c.Pos(), rf.call()+"(")
	sep := ""
	if len(c.Args) > 0 {
		sep = ", "
	}
	lw.replace(c.Lparen, c.Lparen+1, sep)
}

// recFuncConv returns what goes around a value of type src going to dst
// when one is a function type made of itself and the other a type of
// the signature it was declared with (an adapter calling it); "" when
// nothing need.
func (lw *lowerer) recFuncConv(src, dst types.Type) (open, close string) {
	if src == nil || dst == nil || types.Identical(src, dst) {
		return "", ""
	}
	if b, ok := src.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return "", ""
	}
	if rf := recursiveFunc(dst); rf != nil && types.Identical(src.Underlying(), rf.sig) {
		return rf.to() + "(", ")"
	}
	if rf := recursiveFunc(src); rf != nil && types.Identical(dst.Underlying(), rf.sig) {
		return rf.from() + "(", ")"
	}
	return "", ""
}

// params spells the parameters of the type's signature, named
// gofuturesP0, gofuturesP1, ..., boxed or as declared, and the arguments
// passing them on (a variadic one spread).
func (rf *recFunc) params(lw *lowerer, boxed bool) (params string, args []string) {
	var ps []string
	tup := rf.sig.Params()
	for i := range tup.Len() {
		name := fmt.Sprintf("gofuturesP%d", i)
		t, arg := lw.typ(tup.At(i).Type()), name
		switch {
		case boxed && rf.boxedP[i]:
			t = boxType
		case rf.sig.Variadic() && i == tup.Len()-1:
			t = "..." + lw.typ(tup.At(i).Type().(*types.Slice).Elem())
			arg += "..."
		}
		ps = append(ps, name+" "+t)
		args = append(args, arg)
	}
	return strings.Join(ps, ", "), args
}

// results spells the results of the type's signature, boxed or as
// declared.
func (rf *recFunc) results(lw *lowerer, boxed bool) string {
	var rs []string
	tup := rf.sig.Results()
	for i := range tup.Len() {
		t := lw.typ(tup.At(i).Type())
		if boxed && rf.boxedR[i] {
			t = boxType
		}
		rs = append(rs, t)
	}
	if len(rs) == 1 {
		return rs[0]
	}
	return "(" + strings.Join(rs, ", ") + ")"
}

// callBoxed is the body of a function of the declared signature that
// calls f, of the type, with args (of the declared types) boxed, and
// returns its results unboxed.
func (rf *recFunc) callBoxed(lw *lowerer, f string, args []string) string {
	var stmts []string
	for i, a := range args {
		if rf.boxedP[i] {
			b := fmt.Sprintf("gofuturesB%d", i)
			// (through a variable: returned or passed as it is, a value
			// of a type with methods lost its type in an interface{})
			stmts = append(stmts, fmt.Sprintf("var %s %s = %s", b, boxType, a))
			args[i] = b
		}
	}
	return rf.returning(stmts, f+"("+strings.Join(args, ", ")+")", func(i int, r string) (string, string) {
		if !rf.boxedR[i] {
			return "", r
		}
		u := fmt.Sprintf("gofuturesU%d", i)
		return fmt.Sprintf("%s, _ := %s.(%s)", u, r, lw.typ(rf.sig.Results().At(i).Type())), u
	})
}

// callUnboxed is the body of a function of the boxed signature that
// calls f, of the declared signature, with args (boxed where the type
// boxes them) unboxed, and returns its results boxed.
func (rf *recFunc) callUnboxed(lw *lowerer, f string, args []string) string {
	var stmts []string
	for i, a := range args {
		if rf.boxedP[i] {
			u := fmt.Sprintf("gofuturesU%d", i)
			stmts = append(stmts, fmt.Sprintf("%s, _ := %s.(%s)", u, a, lw.typ(rf.sig.Params().At(i).Type())))
			args[i] = u
		}
	}
	return rf.returning(stmts, f+"("+strings.Join(args, ", ")+")", func(i int, r string) (string, string) {
		if !rf.boxedR[i] {
			return "", r
		}
		b := fmt.Sprintf("gofuturesB%d", i)
		return fmt.Sprintf("var %s %s = %s", b, boxType, r), b
	})
}

// returning is a body that runs stmts, makes call and returns its
// results, each through conv (a statement before the return, and the
// value returned).
func (rf *recFunc) returning(stmts []string, call string, conv func(i int, r string) (string, string)) string {
	n := rf.sig.Results().Len()
	if n == 0 {
		return strings.Join(append(stmts, call), "; ")
	}
	var names, outs []string
	for i := range n {
		names = append(names, fmt.Sprintf("gofuturesR%d", i))
	}
	stmts = append(stmts, strings.Join(names, ", ")+" := "+call)
	for i, r := range names {
		stmt, out := conv(i, r)
		if stmt != "" {
			stmts = append(stmts, stmt)
		}
		outs = append(outs, out)
	}
	return strings.Join(append(stmts, "return "+strings.Join(outs, ", ")), "; ")
}

// prefixComma is s after ", ", or "" for "".
func prefixComma(s string) string {
	if s == "" {
		return ""
	}
	return ", " + s
}

// recFuncTypeSpec is the type declaration's lowering of ts, in gd.
func (lw *lowerer) recFuncTypeSpec(ts *ast.TypeSpec) {
	for i := len(lw.stack) - 1; i >= 0; i-- {
		if gd, ok := lw.stack[i].(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			lw.recFuncDecl(gd, ts)
			return
		}
	}
}

// recFuncTupleReturn converts the results of a return of a call of
// several results, return pair(), where one goes from a function type
// made of itself to the signature it was declared with or back: the
// call goes in a function literal that returns them converted, func()
// (stateFn, bool) { R1, R2 := pair(); return gofuturesTostateFn(R1), R2 }().
func (lw *lowerer) recFuncTupleReturn(r *ast.ReturnStmt, res *types.Tuple) {
	if len(r.Results) != 1 || res.Len() < 2 {
		return
	}
	call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	tuple, ok := lw.info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != res.Len() {
		return
	}
	dsts := make([]types.Type, res.Len())
	for i := range dsts {
		dsts[i] = res.At(i).Type()
	}
	lw.convertedCall(call, tuple, dsts, lw.recFuncConv)
}
