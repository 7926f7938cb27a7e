package check

import "go/types"

// ifaceFields reports whether x == y compares values of one struct or
// array type with a field or element of an interface type, at any depth
// (type Bin struct{ Op byte; L, R Node }): yaegi v0.16.1 holds a value of
// an interface a cell declares as a record of its own with a pointer in
// it, so two such structs were never equal (Bin{'+', Num(1), Num(2)} ==
// Bin{'+', Num(1), Num(2)} was false). ifaceEqual then compares them with
// rt.EqualAs, which looks into the records.
func ifaceFields(x, y types.TypeAndValue) bool {
	if x.Type == nil || y.Type == nil || !types.Identical(x.Type, y.Type) || !types.Comparable(x.Type) {
		return false
	}
	return holdsIface(x.Type, map[types.Type]bool{})
}

func holdsIface(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for f := range u.Fields() {
			if isIfaceType(f.Type()) || holdsIface(f.Type(), seen) {
				return true
			}
		}
	case *types.Array:
		return isIfaceType(u.Elem()) || holdsIface(u.Elem(), seen)
	}
	return false
}

func isIfaceType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}
