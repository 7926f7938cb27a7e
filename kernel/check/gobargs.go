package check

import (
	"go/ast"
	"go/types"
	"strconv"

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
	if fn == "GobDecode" {
		if it := lw.cellIfacePointee(a); it != nil {
			return lw.gobDecodeIface(c, sel, a, it)
		}
	}
	tbl, ts, iface, ok := lw.argTable(a, lw.gobNeeds)
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

// cellIfacePointee returns the type a pointer e points to where it is
// an interface with methods that cell types may implement (yaegi keeps a
// variable of it as a record of its own), nil otherwise.
func (lw *lowerer) cellIfacePointee(e ast.Expr) types.Type {
	tv := lw.info.Types[e]
	if tv.Type == nil || !tv.IsValue() || tv.IsNil() {
		return nil
	}
	pt, ok := tv.Type.Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	it, ok := pt.Elem().Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || len(lw.fmtCands(it)) == 0 || lw.reachesGobMethods(it, map[types.Type]bool{}) {
		return nil
	}
	return pt.Elem()
}

// gobDecodeIface lowers dec.Decode(p), p a pointer to a variable of the
// interface type it (cellIfacePointee), to rt.GobDecodeIface(dec, p,
// table, name, set): the value decoded as into an interface{}, set by
// the interpreted set, an assertion to it, as gob sets an interface.
func (lw *lowerer) gobDecodeIface(c *ast.CallExpr, sel *ast.SelectorExpr, a ast.Expr, it types.Type) map[int]bool {
	ts := lw.typ(it)
	if !spellable(ts) {
		return nil
	}
	tbl, ok := lw.fmtTable(types.NewPointer(types.Universe.Lookup("any").Type()))
	if !ok {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(c.Pos(), rtName+".GobDecodeIface(")
	lw.replace(sel.X.End(), c.Lparen+1, ", ")
	// the assertions as the lowering writes them (yaegi v0.16.1 panics
	// asserting to an interface a cell declared)
	set := "func(p, x any) bool { v, ok := " + lw.asserter(it) + "(x); if ok || x == nil { pp, _ := " +
		lw.asserter(types.NewPointer(it)) + "(p); *pp = v }; return ok || x == nil }"
	lw.insertClose(a.End(), ", "+tbl+", "+strconv.Quote(types.TypeString(it, nil))+", "+set)
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
	tbl, ts, iface, ok := lw.argTable(a, lw.gobNeeds)
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

// gobNeeds reports whether gob's view of a value of type t must be
// lowered: t involves a struct a cell declared, and no cell type t
// reaches has gob's own methods (GobEncode, MarshalBinary and their
// decoders). gob calls those on the interpreter's values as Go's gob
// does, and rt's compiled copy of the type would not have them.
func (lw *lowerer) gobNeeds(t types.Type) bool {
	return lw.codecNeeds(t, noMethods, nil) && !lw.reachesGobMethods(t, map[types.Type]bool{})
}

// noMethods is codecNeeds' methods for gob: a cell type's methods alone
// never call for lowering.
func noMethods(types.Type) bool { return false }

// reachesGobMethods reports whether t, or a type it is made of or an
// interface in it may hold, is a cell type with gob's methods.
func (lw *lowerer) reachesGobMethods(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(t) && (hasGobMethods(t) || hasGobMethods(types.NewPointer(t))) {
			return true
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			return lw.reachesGobMethods(it, seen)
		}
		return isCellNamed(t) && lw.reachesGobMethods(t.Underlying(), seen)
	case *types.Pointer:
		return lw.reachesGobMethods(t.Elem(), seen)
	case *types.Slice:
		return lw.reachesGobMethods(t.Elem(), seen)
	case *types.Array:
		return lw.reachesGobMethods(t.Elem(), seen)
	case *types.Map:
		return lw.reachesGobMethods(t.Key(), seen) || lw.reachesGobMethods(t.Elem(), seen)
	case *types.Struct:
		for f := range t.Fields() {
			if lw.reachesGobMethods(f.Type(), seen) {
				return true
			}
		}
	case *types.Interface:
		for _, c := range lw.fmtCands(t) {
			if lw.reachesGobMethods(c, seen) {
				return true
			}
		}
	}
	return false
}

// hasGobMethods reports whether t's method set has GobEncode, GobDecode,
// MarshalBinary or UnmarshalBinary.
func hasGobMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range []string{"GobEncode", "GobDecode", "MarshalBinary", "UnmarshalBinary"} {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}
