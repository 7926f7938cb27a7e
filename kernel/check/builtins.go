package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// call lowers calls of the builtins yaegi v0.16.1 lacks (min, max,
// clear), and recover.
func (lw *lowerer) call(c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok {
		return true
	}
	b, ok := lw.info.Uses[id].(*types.Builtin)
	if !ok {
		return true
	}
	switch b.Name() {
	case "delete":
		if len(c.Args) == 2 {
			lw.mapKey(c.Args[1], lw.info.TypeOf(c.Args[0]))
		}
	case "panic":
		// its line, for the traceback (rt.Panic); the value keeps its
		// type (yaegi panics with a reflect.Value of that type, which a
		// crash prints)
		if len(c.Args) != 1 {
			break
		}
		tv := lw.info.Types[c.Args[0]]
		if tv.IsNil() {
			// Go 1.21 on panics with a *runtime.PanicNilError (rt.PanicNil)
			lw.extraImport(rtName, rt.Path)
			v := lw.fresh("P") // (its line noted, as another value's)
			lw.replace(c.Args[0].Pos(), c.Args[0].End(), fmt.Sprintf("func(%[1]s error) error { %[2]s.PanicText(%[3]d, %[1]s, func() string { return %[1]s.Error() }); return %[1]s }(%[2]s.PanicNil())", v, rtName, lw.line(c.Pos())))
			break
		}
		if line := lw.line(c.Pos()); line > 0 && tv.Type != nil {
			t := lw.typ(types.Default(tv.Type))
			if !spellable(t) {
				break
			}
			lw.extraImport(rtName, rt.Path)
			v := lw.fresh("P")
			typed := "" // (rt.Panicking: yaegi loses the type of a named basic one)
			if n, ok := types.Default(tv.Type).(*types.Named); ok && sharesReflectType(n) && spellable(lw.typ(n.Underlying())) {
				a := lw.fresh("A") // (an any variable holds it with its type)
				typed = fmt.Sprintf(" var %[4]s any = %[2]s; %[1]s.Panicking(%[4]s, %[3]s(%[2]s));", rtName, v, lw.typ(n.Underlying()), a)
			}
			if cellError(types.Default(tv.Type)) {
				// (rt.PanickingError: compiled code that recovers it, a
				// pool's worker, sees an error with the value's methods)
				conv := v
				if b := lw.errorBoxer(types.Default(tv.Type)); b != "" {
					conv = b + "(" + v + ")"
				}
				e := lw.fresh("E")
				typed += fmt.Sprintf(" var %[1]s error = %[2]s; %[3]s.PanickingError(%[1]s, %[4]s);", e, conv, rtName, v)
			}
			if types.IsInterface(tv.Type) {
				// a nil one panics as panic(nil) does
				typed = fmt.Sprintf(" if %[1]s == nil { panic(%[2]s.PanicNil()) };", v, rtName) + typed
			}
			stmts, text := lw.panicText(types.Default(tv.Type), v)
			typed += stmts
			lw.insert(c.Args[0].Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[2]s {%[5]s %[3]s.PanicText(%[4]d, %[1]s, %[6]s); return %[1]s }(", v, t, rtName, line, typed, text))
			lw.insertClose(c.Args[0].End(), ")")
		}
	case "recover":
		if lw.rangeRecover(c) {
			return false // in a range over a function's deferred call (rangedefer.go)
		}
		// Go's runtime errors for the interpreter's panics (rt.Recovered)
		lw.extraImport(rtName, rt.Path)
		lw.insert(c.Pos(), rtName+".Recovered(")
		lw.insertClose(c.End(), ")")
		lw.deferRecover(c) // in a deferred call's wrapper (defers.go)
	case "min", "max":
		tv := lw.info.Types[c]
		if tv.Value != nil {
			lw.replace(c.Pos(), c.End(), lw.constant(tv))
			return false
		}
		t := lw.typ(tv.Type)
		op := "<"
		if b.Name() == "max" {
			op = ">"
		}
		x, y, ys := lw.fresh("X"), lw.fresh("Y"), lw.fresh("Ys")
		zero := "" // floats: -0 is below +0 (1/-0 is -Inf)
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			neg := y // min takes a -0 argument
			if op == ">" {
				neg = x // max leaves a -0 result
			}
			zero = fmt.Sprintf(" || %[1]s == 0 && %[2]s == 0 && 1/%[3]s < 0", y, x, neg)
		}
		lw.replace(id.Pos(), id.End(), fmt.Sprintf(
			"func(%[1]s %[4]s, %[3]s ...%[4]s) %[4]s { for _, %[2]s := range %[3]s { if %[2]s %[5]s %[1]s || %[2]s != %[2]s%[6]s { %[1]s = %[2]s } }; return %[1]s }",
			x, y, ys, t, op, zero))
	case "clear":
		if len(c.Args) != 1 {
			return true
		}
		t := lw.info.Types[c.Args[0]].Type
		v, k := lw.fresh("C"), lw.fresh("K")
		switch u := t.Underlying().(type) {
		case *types.Map:
			// what delete cannot reach (NaN keys) goes by reflection
			lw.extraImport(rtName, rt.Path)
			lw.replace(id.Pos(), id.End(), fmt.Sprintf("func(%[1]s %[3]s) { for %[2]s := range %[1]s { delete(%[1]s, %[2]s) }; if len(%[1]s) != 0 { %[4]s.ClearMap(%[1]s) } }", v, k, lw.typ(t), rtName))
		case *types.Slice:
			z := lw.fresh("Z")
			lw.replace(id.Pos(), id.End(), fmt.Sprintf("func(%[1]s %[3]s) { var %[4]s %[5]s; for %[2]s := range %[1]s { %[1]s[%[2]s] = %[4]s } }", v, k, lw.typ(t), z, lw.typ(u.Elem())))
		}
	}
	return true
}
