package mono

// overrides are plain-Go replacements, written for this package, of
// standard-library declarations whose own source cannot run in the
// interpreter: ones implemented by the runtime (go:linkname) or in
// assembly, and ones built on package unsafe. Each is Go source in the
// package it replaces; its declarations take the place of the same-named
// ones (a type takes its methods with it) before that package is
// type-checked, so the rest of the package uses them unchanged.
var overrides = map[string]string{
	// maps.Clone asks the runtime for a copy of the map's table.
	"maps": `package maps

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	c := make(M, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
`,
	// slices.overlaps compares addresses with package unsafe. Without it,
	// two non-empty slices overlap when the first element of one is an
	// element of the other. (For zero-size elements this may say yes
	// where unsafe says no; callers then take their copying path, which
	// gives the same result.)
	"slices": `package slices

func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i := range b {
		if &b[i] == &a[0] {
			return true
		}
	}
	for i := range a {
		if &a[i] == &b[0] {
			return true
		}
	}
	return false
}
`,
	// atomic.Pointer keeps an unsafe.Pointer. Here it keeps its pointer
	// boxed in a Value, which the interpreter provides compiled: every
	// operation is still one atomic operation on the Value.
	"sync/atomic": `package atomic

type Pointer[T any] struct {
	v Value
}

type pointerBox[T any] struct {
	p *T
}

func (x *Pointer[T]) Load() *T {
	b, _ := x.v.Load().(pointerBox[T])
	return b.p
}

func (x *Pointer[T]) Store(val *T) {
	x.v.Store(pointerBox[T]{val})
}

func (x *Pointer[T]) Swap(new *T) (old *T) {
	b, _ := x.v.Swap(pointerBox[T]{new}).(pointerBox[T])
	return b.p
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	// A Value never stored holds nil, which Pointer reads as a nil *T.
	if old == nil && x.v.CompareAndSwap(nil, pointerBox[T]{new}) {
		return true
	}
	return x.v.CompareAndSwap(pointerBox[T]{old}, pointerBox[T]{new})
}
`,
	// reflect.TypeFor reads the type's descriptor with package unsafe;
	// here it asks TypeOf, through a nil pointer for interface types.
	"reflect": `package reflect

func TypeFor[T any]() Type {
	var zero T
	if t := TypeOf(zero); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}
`,
}
