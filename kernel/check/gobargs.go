package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// gobCall lowers the calls of encoding/gob that see values of cell types
// through reflection (see rt/gob.go): enc.Encode(x) becomes
// rt.GobEncode(enc, []T{x}, table) and dec.Decode(p) rt.GobDecode(dec,
// []P{p}, table) (GobEncodeAny, GobDecodeAny for a value of an interface
// type), so that gob sees a cell's struct as Go's gob does: its exported
// fields only. A deferred call or one a go statement starts is left as
// it is. It returns the index of the argument it wrapped.
func (lw *lowerer) gobCall(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	recv := recvString(sig)
	var fn string
	switch {
	case recv == "" && (name == "Register" && len(c.Args) == 1 || name == "RegisterName" && len(c.Args) == 2):
		return lw.gobRegister(c, name)
	case recv == "*encoding/gob.Encoder" && name == "Encode":
		fn = "GobEncode"
	case recv == "*encoding/gob.Decoder" && name == "Decode":
		fn = "GobDecode"
	default:
		return nil
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || len(c.Args) != 1 || c.Ellipsis.IsValid() || lw.goDeferred[c] {
		return nil
	}
	a := c.Args[0]
	tbl, ts, iface, ok := lw.argTable(a, func(t types.Type) bool { return lw.codecNeeds(t, noMethods, nil) })
	if !ok {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	open, close := "Any(", ", "
	if !iface {
		open, close = "(", "}, "
		lw.replace(sel.X.End(), c.Lparen+1, ", []"+ts+"{")
	} else {
		lw.replace(sel.X.End(), c.Lparen+1, ", ")
	}
	lw.insert(c.Pos(), rtName+"."+fn+open)
	lw.insertClose(a.End(), close+tbl)
	return map[int]bool{0: true}
}

// gobRegister lowers gob.Register(x) to rt.GobRegister([]T{x}, table)
// (rt.GobRegisterAny(x, table) for x of an interface type), and
// gob.RegisterName(name, x) to rt.GobRegisterName(name, []T{x}, table):
// the compiled type gob is handed for a cell type's values is
// registered, under the name Go gives the cell type.
func (lw *lowerer) gobRegister(c *ast.CallExpr, name string) map[int]bool {
	a := c.Args[len(c.Args)-1]
	if c.Ellipsis.IsValid() || lw.goDeferred[c] {
		return nil
	}
	tbl, ts, iface, ok := lw.argTable(a, func(t types.Type) bool { return lw.codecNeeds(t, noMethods, nil) })
	if !ok || iface && name == "RegisterName" {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	switch {
	case iface:
		lw.replace(c.Fun.Pos(), a.Pos(), rtName+".GobRegisterAny(")
		lw.insertClose(a.End(), ", "+tbl)
	case name == "Register":
		lw.replace(c.Fun.Pos(), a.Pos(), rtName+".GobRegister([]"+ts+"{")
		lw.insertClose(a.End(), "}, "+tbl)
	default:
		lw.replace(c.Fun.Pos(), c.Lparen+1, rtName+".GobRegisterName(")
		lw.insert(a.Pos(), "[]"+ts+"{")
		lw.insertClose(a.End(), "}, "+tbl)
	}
	return map[int]bool{len(c.Args) - 1: true}
}

// noMethods is codecNeeds' methods for gob, whose own methods (GobEncode,
// MarshalBinary) a cell type's are not made to be.
func noMethods(types.Type) bool { return false }
