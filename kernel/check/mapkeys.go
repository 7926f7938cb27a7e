package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Maps keyed by an interface a cell declares (map[Speaker]int), in yaegi
// v0.16.1: a value of such an interface is the interpreter's record of
// the value (a struct of the node where it was converted and of a
// reflect.Value of where the value is), which the map compares field by
// field, so equal values converted at two places, or at one place twice,
// were different keys; and a bare value as a key (m[Dog{}]) panicked
// ("reflect.Value.MapIndex: value of type ... is not assignable to type
// interp.valueInterface").
//
// The lowering passes each key it puts in or looks up in such a map
// (indexes, delete, the keys of composite literals) through a function
// of the key's type, which converts a bare value and makes the key the
// first record of an equal value of its type (rt.MapKey, which keeps
// them: equal values are one key, as in Go). Keys read back (range) are
// such records already.

// ifaceKey returns the key type of t when t is a map keyed by an
// interface with methods a cell declares, else nil.
func ifaceKey(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return nil
	}
	if it, ok := types.Unalias(m.Key()).(*types.Interface); ok && it.Empty() {
		return m.Key() // any, where a value of a cell's type is its record too
	}
	if !notebookIface(m.Key()) {
		return nil
	}
	if _, named := m.Key().(*types.Named); !named {
		return nil // an interface literal: yaegi's own too, but not a cell's type to spell
	}
	return m.Key()
}

// mapKey passes e, a key of a map of type mt, through rt.MapKey when
// the map is keyed by a cell's interface, and through rt's key function
// of a compiled interface (rt.ErrorKey, rt.CompiledKey) when it is keyed
// by one that cells' types implement (compiledKey).
func (lw *lowerer) mapKey(e ast.Expr, mt types.Type) {
	lw.mapKeyConv(e, mt, true)
}

// mapKeyConv is mapKey, converting e to an interface key's type when conv
// (a composite literal's keys have compositeConvs').
func (lw *lowerer) mapKeyConv(e ast.Expr, mt types.Type, conv bool) {
	if e == nil || !lw.info.Types[e].IsValue() {
		return
	}
	elided := ""
	if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
		elided = "T" // a literal's key whose type the literal's gives
	}
	if key := ifaceKey(mt); key != nil {
		k := lw.fresh("K")
		lw.extraImport(rtName, rt.Path)
		lw.insert(e.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[2]s { %[3]s.MapKey(&%[1]s); return %[1]s }(", k, lw.typ(key), rtName))
		lw.insertClose(e.End(), ")")
		return
	}
	key := lw.compiledKey(mt)
	if key == nil {
		lw.fieldsKey(e, mt, elided != "")
		return
	}
	if !spellable(lw.typ(key)) {
		return
	}
	lw.extraImport(rtName, rt.Path)
	if fn := rt.KeyIfaces[keyIfaceName(key)]; fn != "" {
		if et := lw.info.TypeOf(e); et != nil && notebookIface(et) {
			// a value of a cell's interface, yaegi's record of the value,
			// which it passes to compiled code bare: made a value of the
			// key's interface in a function literal
			// (rt.RecordKey: a wrapper of a struct may hold one of its
			// fields, the record the struct)
			k, w := lw.fresh("K"), lw.fresh("W")
			lw.insert(e.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[3]s { var %[4]s %[3]s = %[1]s; %[5]s.RecordKey(&%[4]s, %[1]s); return %[4]s }(", k, lw.typ(et), lw.typ(key), w, rtName))
			lw.insertClose(e.End(), ")")
			return
		}
		// a call of a compiled function: a function literal costs
		// yaegi some 20µs a call
		lw.insert(e.Pos(), rtName+"."+fn+"(")
		lw.insertClose(e.End(), ")")
		if conv {
			lw.convTo(e, key) // (inside: a bare value goes to the interface as values do)
		}
		return
	}
	if elided != "" {
		elided = lw.typ(key)
	}
	lw.insert(e.Pos(), rtName+".CompiledKey("+elided)
	lw.insertClose(e.End(), ").("+lw.typ(key)+")")
}

// compiledKey returns the key type of t when t is a map keyed by an
// interface of a compiled package that rt has keys of (rt.KeyIfaces:
// error, fmt.Stringer), or by an array or struct of such interfaces,
// and types of the notebook implement one of them; else nil. yaegi
// v0.16.1 could not hash its wrappers of values of cells' types in
// those interfaces (rt.ErrorKey).
func (lw *lowerer) compiledKey(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok || !lw.holdsKeyIface(m.Key(), 0) {
		return nil
	}
	return m.Key()
}

// holdsKeyIface reports whether t is, or is an array or struct holding,
// an interface of rt.KeyIfaces that types of the notebook implement.
func (lw *lowerer) holdsKeyIface(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return rt.KeyIfaces[keyIfaceName(t)] != "" && len(lw.implementers(u)) > 0
	case *types.Array:
		return lw.holdsKeyIface(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if lw.holdsKeyIface(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// keyIfaceName is the name of t, a named type, as rt.KeyIfaces has it
// ("fmt.Stringer", "error"), or "".
func keyIfaceName(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	if p := n.Obj().Pkg(); p != nil {
		return p.Path() + "." + n.Obj().Name()
	}
	return n.Obj().Name()
}

// fieldsKey passes e, a key of a map of type mt keyed by a struct or an
// array that holds interfaces (holdsIface, structeq.go), through
// rt.MapKeyFields,
// which makes the values of cells' types they hold the first records
// of equal values, as rt.MapKey does for a key that is an interface;
// elided tells that e is a composite literal without its type (a map
// literal's key), which the conversion spells.
func (lw *lowerer) fieldsKey(e ast.Expr, mt types.Type, elided bool) {
	m, ok := mt.Underlying().(*types.Map)
	if !ok || types.IsInterface(m.Key()) || !holdsIface(m.Key(), map[types.Type]bool{}) {
		return
	}
	ts := lw.typ(m.Key())
	if !spellable(ts) {
		return
	}
	k := lw.fresh("K")
	lw.extraImport(rtName, rt.Path)
	open := fmt.Sprintf("func(%[1]s %[2]s) %[2]s { %[3]s.MapKeyFields(&%[1]s); return %[1]s }(", k, ts, rtName)
	if elided {
		open += ts
	}
	lw.insert(e.Pos(), open)
	lw.insertClose(e.End(), ")")
}

// mapLitKeys passes the keys of a composite literal of a map keyed by a
// cell's interface through rt.MapKey (mapKey).
func (lw *lowerer) mapLitKeys(cl *ast.CompositeLit) {
	t := lw.info.TypeOf(cl)
	if ifaceKey(t) == nil && lw.compiledKey(t) == nil && !fieldsKeyed(t) {
		return
	}
	for _, e := range cl.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			lw.mapKeyConv(kv.Key, t, false)
		}
	}
}

// fieldsKeyed reports whether t is a map that fieldsKey passes the keys
// of through rt.MapKeyFields.
func fieldsKeyed(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	return ok && !types.IsInterface(m.Key()) && holdsIface(m.Key(), map[types.Type]bool{})
}
