package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// displayPkgPath is the import path of the display package, whose
// functions look for renderer methods of the values they are given.
const displayPkgPath = "github.com/gofutures/gofutures/display"

// displayCallArgs lowers the calls of the display package that inspect a
// value's methods, wherever they are (functions, closures, goroutines,
// top-level statements): a value of a static type that involves a cell
// type goes to BundleOf, Display, and a Handle's Update and Show as
// rt.Bundle of it (display takes a Bundle as it is), RenderersOf(x) is
// rt.Renderers of it and Table(x) rt.DisplayTable of it, JSON's value
// goes through rt.JSON and BundleFrom's through rt.Fmt (its text). yaegi v0.16.1 gives compiled code the value
// without its methods; rt finds them in its type's Table (see
// rt/display.go). It returns the indexes of the arguments it wrapped.
func (lw *lowerer) displayCallArgs(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	if len(c.Args) == 0 || c.Ellipsis.IsValid() {
		return nil
	}
	recv := recvString(sig)
	switch {
	case recv == "" && (name == "BundleOf" || name == "Display") && len(c.Args) == 1,
		recv == "*"+displayPkgPath+".Handle" && (name == "Update" || name == "Show") && len(c.Args) == 1:
		if lw.describeArg(c.Args[0], "Bundle", lw.displayNeeds) {
			return map[int]bool{0: true}
		}
	case recv == "" && (name == "RenderersOf" || name == "Table") && len(c.Args) == 1:
		// the call is rt's: RenderersOf's renderers from the value's
		// type's Nodes, or Table's rows laid out with them
		a := c.Args[0]
		needs, fn := lw.displayNeeds, "Renderers"
		if name == "Table" {
			needs = func(t types.Type) bool { return lw.fmtNeeds(t) || mentionsMain(t) }
			fn = "DisplayTable"
		}
		tbl, ts, iface, ok := lw.argTable(a, needs)
		if !ok {
			return nil
		}
		lw.extraImport(rtName, rt.Path)
		open, close := described(fn, tbl, ts, iface)
		lw.replace(c.Pos(), a.Pos(), open)
		lw.replace(a.End(), c.End(), close)
		return map[int]bool{0: true}
	case recv == "" && name == "JSON" && len(c.Args) == 1:
		if lw.describeArg(c.Args[0], "JSON", func(t types.Type) bool { return lw.jsonNeeds(t, nil) }) {
			return map[int]bool{0: true}
		}
	case recv == "" && name == "BundleFrom" && len(c.Args) == 2:
		if lw.describeArg(c.Args[0], "Fmt", lw.fmtNeeds) {
			return map[int]bool{0: true}
		}
	}
	return nil
}

// displayNeeds reports whether display sees a value of type t wrongly in
// yaegi v0.16.1: fmt would print it wrongly (its text), or it is of a
// cell type with a renderer method display looks for.
func (lw *lowerer) displayNeeds(t types.Type) bool {
	if lw.fmtNeeds(t) {
		return true
	}
	u := types.Unalias(t)
	if p, ok := u.(*types.Pointer); ok {
		u = types.Unalias(p.Elem())
	}
	n, ok := u.(*types.Named)
	return ok && isCellNamed(n) && hasDisplayMethods(t)
}

// displayMethod is a renderer method display looks for: its name, its
// signature as sigKey spells it, and the result of its Node's function
// (rt.Node).
type displayMethod struct{ name, key, result string }

var displayMethods = []displayMethod{
	{"HTML", "() string", "string"}, {"Markdown", "() string", "string"}, {"SVG", "() string", "string"},
	{"LaTeX", "() string", "string"}, {"PNG", "() []byte", "[]byte"}, {"JPEG", "() []byte", "[]byte"},
	{"JSON", "() any", "any"}, {"MIMEBundle", "() map[string]any", "map[string]any"},
}

// imageMethods are image.Image's, as sigKey spells them.
var imageMethods = map[string]string{
	"ColorModel": "() image/color.Model", "Bounds": "() image.Rectangle", "At": "(int, int) image/color.Color",
}

// isImage reports whether method set ms has image.Image's methods.
func isImage(ms *types.MethodSet) bool {
	for m, key := range imageMethods {
		if !hasMethod(ms, m, key) {
			return false
		}
	}
	return true
}

// hasDisplayMethods reports whether t's method set has a renderer method
// display looks for.
func hasDisplayMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range displayMethods {
		if hasMethod(ms, m.name, m.key) {
			return true
		}
	}
	return isImage(ms)
}

// displayFields returns the fields of the Node of t that give its
// renderer methods, as function literals.
func (lw *lowerer) displayFields(t types.Type, ms *types.MethodSet) []string {
	var out []string
	ts := ""
	for _, m := range displayMethods {
		if !hasMethod(ms, m.name, m.key) {
			continue
		}
		if ts == "" {
			ts = lw.typ(t)
		}
		out = append(out, fmt.Sprintf("%[1]s: func(x %[2]s) (r %[3]s, p any) { defer func() { p = recover() }(); return x.%[4]s(), nil }", m.name, ts, m.result, lw.methodSel(t, m.name)))
	}
	if isImage(ms) {
		out = append(out, fmt.Sprintf("Image: func(x %s) (r %s.Image, p any) { defer func() { p = recover() }(); return x, nil }", lw.typ(t), lw.importName("image")))
	}
	return out
}
