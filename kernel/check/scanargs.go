package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// scanners are fmt's scanning functions, with the number of arguments
// they take before the operands they scan into.
var scanners = map[string]int{
	"Scan": 0, "Scanln": 0, "Scanf": 1,
	"Sscan": 1, "Sscanln": 1, "Sscanf": 2,
	"Fscan": 1, "Fscanln": 1, "Fscanf": 2,
}

// scanArgs lowers the operands of a call c of fmt's scanning function
// name (of package fmt) that are of cell types with a Scan method
// (fmt.Scanner): fmt looks for the method on the interpreter's value,
// which lacks it in yaegi v0.16.1, and scanned a type Celsius float64
// as a float64 and a struct as "can't scan type". Each such operand x
// goes as rt.ScanFunc((x).Scan), x's method bound to it. It returns
// the indexes of the operands it lowered.
func (lw *lowerer) scanArgs(c *ast.CallExpr, fmtPkg *types.Package, name string) map[int]bool {
	skip, ok := scanners[name]
	if !ok || c.Ellipsis.IsValid() {
		return nil
	}
	obj, ok := fmtPkg.Scope().Lookup("Scanner").(*types.TypeName)
	if !ok {
		return nil
	}
	scanner, ok := obj.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	scanned := map[int]bool{}
	for i := skip; i < len(c.Args); i++ {
		a := c.Args[i]
		t := lw.info.TypeOf(a)
		if t == nil || types.IsInterface(t) || !types.Implements(t, scanner) {
			continue
		}
		sel := types.NewMethodSet(t).Lookup(nil, "Scan")
		if sel == nil || sel.Obj().Pkg() == nil || sel.Obj().Pkg().Path() != "main" {
			continue // a compiled type's method, which fmt sees
		}
		lw.extraImport(rtName, rt.Path)
		lw.insert(a.Pos(), rtName+".ScanFunc((")
		lw.insertClose(a.End(), ").Scan)")
		scanned[i] = true
	}
	return scanned
}
