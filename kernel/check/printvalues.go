package check

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// lowerValue: a function whose calls the lowering rewrites, used as a
// value (p := fmt.Printf, show := display.Table, handlers :=
// []func(...any) (int, error){fmt.Println}), becomes a function literal
// of its type that calls it as the lowering would a call spreading its
// operands: fmt's and log's printing functions format each operand as
// rt.FmtSpread does, a format's %T naming notebook types as Go does
// (rt.FormatT, rt.FmtSpreadT); display's Table, RenderersOf, BundleOf,
// Display and JSON take their value through rt as a call's argument of
// an interface type does; encoding/json's Marshal, MarshalIndent and
// Unmarshal as jsonCall lowers their calls; errors.Is is the walk of
// the chain errorsWalk makes; reflect's TypeOf, ValueOf and
// VisibleFields are rt's (reflectCall); a *log.Logger's printing
// methods, loggerValue. Called through a variable, yaegi v0.16.1 ran
// them unlowered (p("%T", r) printed struct { W int ... } for a
// main.Rect, m := json.Marshal encoded an unexported field as
// "Xsecret", is := errors.Is did not find a cell's error). It reports
// whether it replaced sel.
func (lw *lowerer) lowerValue(sel *ast.SelectorExpr) bool {
	if lw.called[sel] || lw.inTaskCall() {
		return false
	}
	pkg, ok := lw.info.Uses[identOf(sel.X)].(*types.PkgName)
	if !ok {
		return lw.loggerValue(sel)
	}
	fn, ok := lw.info.Uses[sel.Sel].(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return false
	}
	path := pkg.Imported().Path()
	if path == "errors" && fn.Name() == "Is" {
		if len(lw.implementers(errIface)) == 0 {
			return false
		}
		lw.replace(sel.Pos(), sel.End(), lw.chainWalk(lw.text(sel.X), nil, 0))
		return true
	}
	if path == "reflect" && (fn.Name() == "TypeOf" || fn.Name() == "ValueOf" || fn.Name() == "VisibleFields") {
		// rt's of the same signature, as reflectCall calls them
		lw.extraImport(rtName, rt.Path)
		lw.replace(sel.Pos(), sel.End(), rtName+"."+fn.Name())
		return true
	}
	if path != "fmt" && path != "log" && path != displayPkgPath && path != "encoding/json" {
		return false
	}
	params, args := lw.forward(sig)
	var body string
	switch path {
	case displayPkgPath:
		body, ok = lw.displayBody(sel, sig, fn.Name(), args)
	case "encoding/json":
		body, ok = lw.jsonBody(sel, fn.Name(), args)
	default:
		body, ok = lw.printerBody(lw.text(sel), sig, path+"."+fn.Name(), args)
	}
	if !ok {
		return false
	}
	lit := "func(" + strings.Join(params, ", ") + ")" + results(sig, lw.typ) + " { " + body + " }"
	if !spellable(lit) {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	lw.replace(sel.Pos(), sel.End(), lit)
	return true
}

// loggerValue: a printing method of a *log.Logger used as a value
// (logf := logger.Printf) becomes a function literal that binds the
// logger when evaluated, as a method value does, and calls the method as
// lowerValue's literal calls log's function:
//
//	func(R *log.Logger) func(string, ...any) { return func(...) { R.Printf(...) } }(logger)
//
// It reports whether it did (the logger's expression walked).
func (lw *lowerer) loggerValue(sel *ast.SelectorExpr) bool {
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || types.TypeString(lw.info.TypeOf(sel.X), nil) != "*log.Logger" {
		return false
	}
	sig, ok := lw.info.TypeOf(sel).(*types.Signature)
	if !ok {
		return false
	}
	recv := lw.typ(lw.info.TypeOf(sel.X))
	r := lw.fresh("R")
	params, args := lw.forward(sig)
	body, ok := lw.printerBody(r+"."+fn.Name(), sig, "log."+fn.Name(), args)
	if !ok {
		return false
	}
	res := results(sig, lw.typ)
	ft := lw.typ(sig)
	lit := "func(" + r + " " + recv + ") " + ft + " { return func(" + strings.Join(params, ", ") + ")" + res + " { " + body + " } }("
	if !spellable(lit) {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	lw.replace(sel.Pos(), sel.X.Pos(), lit)
	lw.replace(sel.X.End(), sel.End(), ")")
	lw.walk(sel.X)
	return true
}

// inTaskCall reports whether the walk is in a call of an executor's
// that takes a task function (taskFuncCallees: pool.Submit(fmt.Sprint,
// x)): a process pool sends a standard-library function by its name,
// which a function literal has not.
func (lw *lowerer) inTaskCall() bool {
	for _, n := range lw.stack {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			continue
		}
		switch f := ast.Unparen(c.Fun).(type) {
		case *ast.SelectorExpr:
			if taskFuncCallees[f.Sel.Name] {
				return true
			}
		case *ast.Ident:
			if taskFuncCallees[f.Name] {
				return true
			}
		}
	}
	return false
}

// anyTable returns the rt.Table of an "any" (its resolver finds the
// notebook's types in it), when values in one need the lowering.
func (lw *lowerer) anyTable() (string, bool) {
	anyT := types.Universe.Lookup("any").Type()
	if !lw.fmtNeeds(anyT) {
		return "", false
	}
	return lw.fmtTable(anyT)
}

// printerBody is the body of lowerValue's literal for name, one of
// printers, whose parameters (of sig) are args.
func (lw *lowerer) printerBody(callee string, sig *types.Signature, name string, args []string) (string, bool) {
	pr, ok := printers[name]
	if !ok || !sig.Variadic() {
		return "", false
	}
	tbl, ok := lw.anyTable()
	if !ok {
		if !pr.format || !lw.namesCellTypes() {
			return "", false
		}
		tbl = "nil" // (%T's operands only: rt.FmtSpreadT)
	}
	last := strings.TrimSuffix(args[len(args)-1], "...")
	head := args[:len(args)-1]
	var call string
	switch {
	case pr.format:
		format := head[len(head)-1]
		namer := lw.typeNamer(types.Universe.Lookup("any").Type())
		head = append(head[:len(head)-1:len(head)-1],
			rtName+".FormatT("+format+", len("+last+"))",
			rtName+".FmtSpreadT("+format+", "+last+", "+tbl+", "+namer+")...")
		call = strings.Join(head, ", ")
	case pr.spaced:
		call = strings.Join(append(head, rtName+".Operands("+rtName+".FmtSpread("+last+", "+tbl+")...)"), ", ")
	default:
		call = strings.Join(append(head, rtName+".FmtSpread("+last+", "+tbl+")..."), ", ")
	}
	return returned(sig, callee+"("+call+")"), true
}

// displayBody is the body of lowerValue's literal for name, a function
// of display that takes one value: rt's function that takes the call
// over (Table, RenderersOf), or the function with the value through rt
// (BundleOf, Display, JSON); its parameter is args[0].
func (lw *lowerer) displayBody(sel *ast.SelectorExpr, sig *types.Signature, name string, args []string) (string, bool) {
	if sig.Params().Len() != 1 || !isEmptyIface(sig.Params().At(0).Type()) {
		return "", false
	}
	tbl, ok := lw.anyTable()
	if !ok {
		return "", false
	}
	x := args[0]
	var call string
	switch name {
	case "Table":
		call = rtName + ".DisplayTableAny(" + x + ", " + tbl + ")"
	case "RenderersOf":
		call = rtName + ".RenderersAny(" + x + ", " + tbl + ")"
	case "BundleOf", "Display":
		call = lw.text(sel) + "(" + rtName + ".BundleAny(" + x + ", " + tbl + "))"
	case "JSON":
		call = lw.text(sel) + "(" + rtName + ".JSONAny(" + x + ", " + tbl + "))"
	default:
		return "", false
	}
	return returned(sig, call), true
}

// jsonBody is the body of lowerValue's literal for name, a function of
// encoding/json whose parameters are args, as jsonCall lowers a call
// of it with an argument of an interface type: Marshal's and
// MarshalIndent's value through rt.JSONAny and their result through
// rt.JSONResult, Unmarshal's error through rt.JSONError.
func (lw *lowerer) jsonBody(sel *ast.SelectorExpr, name string, args []string) (string, bool) {
	anyT := types.Universe.Lookup("any").Type()
	if !lw.jsonNeeds(anyT, nil) {
		return "", false
	}
	tbl, ok := lw.fmtTable(anyT)
	if !ok {
		return "", false
	}
	switch name {
	case "Marshal", "MarshalIndent":
		args[0] = rtName + ".JSONAny(" + args[0] + ", " + tbl + ")"
		return "return " + rtName + ".JSONResult(" + lw.text(sel) + "(" + strings.Join(args, ", ") + "))", true
	case "Unmarshal":
		return "return " + rtName + ".JSONError(" + lw.text(sel) + "(" + strings.Join(args, ", ") + "), " + tbl + ")", true
	}
	return "", false
}

// returned is call as a function body: returned when sig has results.
func returned(sig *types.Signature, call string) string {
	if sig.Results().Len() > 0 {
		return "return " + call
	}
	return call
}
