package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// calledFunc returns the function c calls, when it is a declared one.
func (lw *lowerer) calledFunc(c *ast.CallExpr) *types.Func {
	fn, _ := lw.info.Uses[funcIdent(c.Fun)].(*types.Func)
	return fn
}

// compiledCall lowers calls of compiled functions: notebook errors passed
// as interface arguments go through a function returning error (which
// gives them their methods), errors.As and errors.Is with notebook types
// walk the chain in interpreted code, and %T of notebook types is spelled
// out.
func (lw *lowerer) compiledCall(c *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() == nil || fn.Pkg().Path() == "main" {
		return
	}
	sig := fn.Type().(*types.Signature)
	path, name := fn.Pkg().Path(), fn.Name()
	if path == "errors" && sig.Recv() == nil && (name == "As" || name == "Is") && len(c.Args) == 2 {
		lw.errorsWalk(c, name)
		return
	}
	if path == "errors" && sig.Recv() == nil && name == "Unwrap" && len(c.Args) == 1 {
		lw.errorsUnwrap(c) // and its argument boxed below
	}
	var typed, shared, wrapped, scanned map[int]bool
	if path == "fmt" && sig.Recv() == nil {
		typed, shared = lw.percentT(c, name)
		scanned = lw.scanArgs(c, fn.Pkg(), name)
	}
	if sig.Recv() == nil || path == "log" && types.TypeString(sig.Recv().Type(), nil) == "*log.Logger" {
		wrapped = lw.fmtArgs(c, path, name, typed, shared) // (*log.Logger).Printf as log.Printf
	}
	switch path {
	case "encoding/json":
		wrapped = lw.jsonCall(c, sig, name)
	case "encoding/xml":
		wrapped = lw.xmlCall(c, sig, name)
	case "encoding/gob":
		wrapped = lw.gobCall(c, sig, name)
	case "text/template", "html/template":
		lw.templateCall(c, sig, name)
	case "log/slog":
		wrapped = lw.slogCall(c, sig, name)
	case displayPkgPath:
		wrapped = lw.displayCallArgs(c, sig, name)
	case "context":
		wrapped = lw.contextKey(c, sig, name)
	case "reflect":
		lw.reflectCall(c, sig, name)
	case "encoding/binary":
		lw.binaryCall(c, sig, name) // (blanks.go)
	}
	lw.errorArgs(c, sig, path == "fmt" && name != "Errorf", func(i int) bool { return typed[i] || wrapped[i] || scanned[i] })
	lw.ifaceArgs(c, sig, path == "fmt" && name == "Errorf", func(i int) bool { return typed[i] || wrapped[i] || scanned[i] })
}

// compiledFuncValueCall lowers a call of a function value of a compiled
// package's named func type (a context.CancelCauseFunc): its notebook
// error arguments go as they go to compiled functions (errorArgs).
func (lw *lowerer) compiledFuncValueCall(c *ast.CallExpr) {
	if lw.info.Types[c.Fun].IsType() {
		return // a conversion
	}
	n, ok := types.Unalias(lw.info.TypeOf(c.Fun)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" {
		return
	}
	if sig, ok := n.Underlying().(*types.Signature); ok {
		lw.errorArgs(c, sig, false, func(int) bool { return false })
	}
}

// errorArgs converts c's arguments of notebook error types given to
// interface parameters of sig (a compiled function's) to error, boxed
// where needsBox (not when noBox), except those skip reports.
func (lw *lowerer) errorArgs(c *ast.CallExpr, sig *types.Signature, noBox bool, skip func(int) bool) {
	for i, a := range c.Args {
		if skip(i) {
			continue
		}
		pt := paramType(sig, i, c.Ellipsis.IsValid())
		if pt == nil {
			continue
		}
		at := lw.info.Types[a].Type
		if _, ok := pt.Underlying().(*types.Interface); !ok || at == nil || !isMainType(at) {
			continue
		}
		if _, ok := at.Underlying().(*types.Interface); ok || !types.Implements(at, errorType.Underlying().(*types.Interface)) {
			continue
		}
		if box := lw.errorArgBoxer(at); box != "" && !noBox {
			lw.insert(a.Pos(), box+"(")
			lw.insertClose(a.End(), ")")
			continue
		}
		// converted in a function of its own (see convs.go)
		e := lw.fresh("E")
		lw.insert(a.Pos(), fmt.Sprintf("func(%[1]s %[2]s) error { return %[1]s }(", e, lw.typ(at)))
		lw.insertClose(a.End(), ")")
	}
}

// indistinct reports whether t is, or points to, a notebook type that
// yaegi v0.16.1 keeps in interfaces as a value of the type it stands for:
// a named type other than a struct, without methods (type Celsius
// float64), but those the lowering gives one (markedNamed). An
// assertion of an any to it holds for that type's values too (a float64
// asserts to Celsius).
func indistinct(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := plainCellType(types.Unalias(t))
	if !ok {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	return types.NewMethodSet(n).Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() == 0 && !markedNamed(n)
}
