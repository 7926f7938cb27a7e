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
// the map is keyed by a cell's interface.
func (lw *lowerer) mapKey(e ast.Expr, mt types.Type) {
	key := ifaceKey(mt)
	if key == nil || e == nil || !lw.info.Types[e].IsValue() {
		return
	}
	k := lw.fresh("K")
	lw.extraImport(rtName, rt.Path)
	lw.insert(e.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[2]s { %[3]s.MapKey(&%[1]s); return %[1]s }(", k, lw.typ(key), rtName))
	lw.insertClose(e.End(), ")")
}

// mapLitKeys passes the keys of a composite literal of a map keyed by a
// cell's interface through rt.MapKey (mapKey).
func (lw *lowerer) mapLitKeys(cl *ast.CompositeLit) {
	t := lw.info.TypeOf(cl)
	if ifaceKey(t) == nil {
		return
	}
	for _, e := range cl.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			lw.mapKey(kv.Key, t)
		}
	}
}
