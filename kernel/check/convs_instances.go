package check

import "go/types"

// instanceToCompiled is structToCompiled for t an instance of a generic
// struct type of the notebook's with methods (Two[int]; mono's copy is a
// struct type of its own): yaegi v0.16.1's wrapper of it in fmt.Stringer
// held its last field too (%T printed int, s.(Two[int]) failed).
func instanceToCompiled(t, dst types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || !isCellNamed(n.Origin()) || dst == nil ||
		types.Identical(dst, errorType) || interpretedIface(dst) || nonEmptyIface(dst) == nil {
		return false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return false
	}
	for t := range n.TypeArgs().Types() {
		if mentionsTypeParam(t) {
			return false // (in a generic function's body: mono's copies convert)
		}
	}
	return types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// mentionsTypeParam reports whether t is made with a type parameter
// (Two[T] in a generic function's body, []T, map[K]V, func(T)).
func mentionsTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for a := range t.TypeArgs().Types() {
			if mentionsTypeParam(a) {
				return true
			}
		}
	case *types.Pointer:
		return mentionsTypeParam(t.Elem())
	case *types.Slice:
		return mentionsTypeParam(t.Elem())
	case *types.Array:
		return mentionsTypeParam(t.Elem())
	case *types.Chan:
		return mentionsTypeParam(t.Elem())
	case *types.Map:
		return mentionsTypeParam(t.Key()) || mentionsTypeParam(t.Elem())
	case *types.Signature:
		return mentionsTypeParam(t.Params()) || mentionsTypeParam(t.Results())
	case *types.Tuple:
		for v := range t.Variables() {
			if mentionsTypeParam(v.Type()) {
				return true
			}
		}
	case *types.Struct:
		for f := range t.Fields() {
			if mentionsTypeParam(f.Type()) {
				return true
			}
		}
	}
	return false
}
