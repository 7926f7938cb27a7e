package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Config tells the lowering about the interpreted helpers a session
// provides (all optional).
type Config struct {
	// Render, when set, names an interpreted func(any) RenderType that
	// renders the trailing value of a cell whose type is a notebook type
	// (or an interface, which may hold one): the value goes through a
	// hidden variable of its own type, which keeps its methods in yaegi
	// v0.16.1, and the cell's value is what Render returns
	// (Trailing.Rendered).
	Render, RenderType string
	// RenderText, when set, names an interpreted func(v, plain any)
	// RenderType that Render's values go through in its place when fmt
	// would not print them as Go does (a notebook type inside a slice, a
	// map, a field, a type without fields): plain prints v with %v as the
	// lowered fmt calls do (rt.Fmt).
	RenderText string
	// DisplayPkg, when set, is the import path of the display package,
	// whose Display(x) as a cell's last statement shows no value (its
	// handle). (Values of notebook types given to display's functions go
	// as rt.Bundle of them: displayargs.go.)
	DisplayPkg string
	// Named, when set, names a function func(name string, f any) any that
	// notebook functions passed where an executor expects a task function
	// (the first argument of Submit, Map, MapIter, WithInitializer,
	// WithProcessInitializer) are wrapped in: Named("gcd", gcd). One
	// whose result is of a notebook type over a basic type, or a named
	// slice, array, map, func or chan type, goes as the
	// NamedFunc of Named's package with a Result that gives its values
	// their type back (resultRetyper).
	Named string
	// Tag, when set, names a function func(name string, f any) any that
	// returns f tagged with its name (executor.Tag): the notebook's
	// functions used as values anywhere else (f := gcd, []func(int) int{sq},
	// helper(pool, gcd)) are spelled Tag("gcd", gcd).(func(Pair) int), so
	// that a process pool knows them wherever they are passed. Only in
	// notebooks that import TagPkg.
	Tag, TagPkg string
	// Marker, when set, names a func(line int, wrapped bool) that each
	// top-level statement calls first with its line in the cell (for
	// tracebacks).
	Marker string
	// MainMarker, when set, names a func(start, end int) that each
	// top-level statement of a cell's func main calls first with its
	// first and last lines in the cell, when main defers no call (which
	// would run after its last statement): the lines of a panic's place
	// in main, for tracebacks, at one call per statement main runs once.
	MainMarker string
	// SiteMarker, when set, names an int variable where the functions
	// whose bodies have several lines of a kind of runtime error the
	// interpreter raises store a mark before the statements that hold
	// them: the tag of the function or literal (Lowered.Mark,
	// cell.Lit's Mark) above MarkLineBits bits of the line (sitemarks.go).
	SiteMarker string
	// ExitMarker, when set, names an int variable where the functions
	// that defer a call and return at several places store a mark of the
	// place they return at before it, as SiteMarker's (exitmarks.go).
	ExitMarker string
	// GoPanic, when set, names a compiled func(v any) that the goroutine
	// of each go statement calls, deferred, with recover()'s value
	// (gopanic.go): nil when it returned, or the panic that ended it,
	// which Go's program dies of and the session reports with the
	// goroutine's frames.
	GoPanic string
	// GoStart names the compiled func() each such goroutine calls first
	// (with GoPanic set); "" for none.
	GoStart string
}

// taskFuncCallees are the calls whose first argument is a task function.
var taskFuncCallees = map[string]bool{"Submit": true, "Map": true, "MapIter": true, "WithInitializer": true,
	"WithProcessInitializer": true}

// named wraps the notebook function passed as the task function of an
// executor call (Config.Named).
func (lw *lowerer) named(c *ast.CallExpr) {
	if lw.cfg.Named == "" || len(c.Args) == 0 {
		return
	}
	var fn *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.SelectorExpr:
		fn = f.Sel
	case *ast.Ident:
		fn = f
	}
	if fn == nil || !taskFuncCallees[fn.Name] {
		return
	}
	// (only the executor's and its packages', executor/cluster's, which
	// take any function, as an interface: not strings.Map's or
	// bytes.Map's func(rune) rune, which the wrapper's value is not, nor
	// a notebook's own Map or Submit, which would get the wrapper)
	obj := lw.info.Uses[fn]
	if obj == nil || obj.Pkg() == nil {
		return
	}
	if p := obj.Pkg().Path(); lw.cfg.TagPkg != "" && p != lw.cfg.TagPkg && !strings.HasPrefix(p, lw.cfg.TagPkg+"/") {
		return
	}
	sig, ok := lw.info.TypeOf(c.Fun).Underlying().(*types.Signature)
	if !ok || sig.Params().Len() == 0 || !types.IsInterface(sig.Params().At(0).Type()) {
		return
	}
	id, ok := ast.Unparen(c.Args[0]).(*ast.Ident)
	if !ok {
		return
	}
	fsig := lw.notebookFunc(id)
	if fsig == nil {
		return
	}
	if pkg, ok := strings.CutSuffix(lw.cfg.Named, "Named"); ok {
		if res := lw.resultRetyper(fsig); res != "" {
			lw.insert(id.Pos(), pkg+"NamedFunc{Name: "+strconv.Quote(id.Name)+", Fn: ")
			lw.insertClose(id.End(), ", Result: "+res+"}")
			lw.skipTag(id)
			return
		}
	}
	lw.insert(id.Pos(), lw.cfg.Named+"("+strconv.Quote(id.Name)+", ")
	lw.insertClose(id.End(), ")")
	lw.skipTag(id)
}

// resultRetyper returns, for a task function whose result (before an
// error) is of a notebook type that shares its underlying type's reflect
// type (a type over a basic type with methods, a named slice, array,
// map, func or chan type: sharesReflectType), the function literal of its
// NamedFunc's Result, which gives the value the executor got (yaegi
// v0.16.1 hands compiled code a Temp as a float64, a Vec as a
// []float64) its type back: put in an any by interpreted code, through a
// slice (assigned directly, it is the underlying value again), it keeps
// its type in compiled code and asserts back to it. "" for other
// results.
func (lw *lowerer) resultRetyper(sig *types.Signature) string {
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !types.Identical(res.At(1).Type(), errorType) {
		return ""
	}
	n, ok := types.Unalias(res.At(0).Type()).(*types.Named)
	if !ok || !sharesReflectType(n) {
		return ""
	}
	x, b, v := lw.fresh("X"), lw.fresh("B"), lw.fresh("V")
	return fmt.Sprintf("func(%[1]s any) any { if %[3]s, ok := %[1]s.(%[4]s); ok { %[2]s := []any{%[5]s(%[3]s)}; return %[2]s[0] }; return %[1]s }",
		x, b, v, lw.typ(n.Underlying()), lw.typ(n))
}

// notebookFunc returns the signature of the function id names if it is
// a function declared at the top level of a cell, or a %%compile cell's
// (which the model declares as a variable: var gcd = gfcells.Exported_gcd),
// else nil.
func (lw *lowerer) notebookFunc(id *ast.Ident) *types.Signature {
	switch obj := lw.info.Uses[id].(type) {
	case *types.Func:
		if obj.Pkg() != nil && obj.Pkg().Path() == "main" && obj.Parent() == lw.pkg.Scope() {
			return obj.Type().(*types.Signature)
		}
	case *types.Var:
		if lw.compiled[obj.Name()] && obj.Parent() == lw.pkg.Scope() {
			sig, _ := obj.Type().(*types.Signature)
			return sig
		}
	}
	return nil
}

// skipTag marks id as a use of a function that is not tagged (see tag).
func (lw *lowerer) skipTag(id *ast.Ident) {
	if lw.notValue == nil {
		lw.notValue = map[*ast.Ident]bool{}
	}
	lw.notValue[id] = true
}

// tag spells a use of a notebook function as a value (not called, not
// the task function of an executor call) Config.Tag("f", f).(T), and
// reports whether it did.
func (lw *lowerer) tag(id *ast.Ident) bool {
	if lw.cfg.Tag == "" || lw.notValue[id] {
		return false
	}
	sig := lw.notebookFunc(id)
	if sig == nil || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return false
	}
	if lw.tagging == 0 {
		lw.tagging = -1
		for _, imp := range lw.pkg.Imports() {
			if imp.Path() == lw.cfg.TagPkg {
				lw.tagging = 1
			}
		}
	}
	if lw.tagging < 0 {
		return false
	}
	lw.replace(id.Pos(), id.End(), lw.cfg.Tag+"("+strconv.Quote(id.Name)+", "+id.Name+").("+lw.typ(sig)+")")
	return true
}

// hiddenVar declares a notebook-level variable of type t for the
// lowering (in the Result's Prelude) and returns its name.
func (lw *lowerer) hiddenVar(t types.Type) string {
	v := lw.fresh("H")
	lw.hidden = append(lw.hidden, "var "+v+" "+lw.typ(t))
	return v
}

// mayHoldMain reports whether a value of type t can be of a notebook
// type: t is one, or an interface.
func mayHoldMain(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Interface); ok {
		return true
	}
	return mentionsMain(t)
}

// markers inserts Config.Marker calls in front of the top-level
// statements of body.
func (lw *lowerer) markers(body *ast.BlockStmt, wrapped bool) {
	if lw.cfg.Marker == "" {
		return
	}
	for _, st := range body.List {
		if _, empty := st.(*ast.EmptyStmt); empty {
			continue
		}
		line := lw.fset.Position(st.Pos()).Line
		o := lw.off(st.Pos())
		lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: fmt.Sprintf("%s(%d, %t); ", lw.cfg.Marker, line, wrapped), seq: seqMarker})
	}
}

// Orders of insertions at one offset, left to right.
const (
	seqHead   = -3 << 24 // the function literal around statements
	seqMarker = -2 << 24 // line markers
	seqOuter  = -1 << 24 // what wraps a trailing expression (insertOuter)
	seqTail   = 1 << 30
)
