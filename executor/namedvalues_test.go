package executor

import (
	"reflect"
	"testing"
)

// nVec and nSet are named slice and map types registered with
// RegisterNamedType, as a pool's compiled program registers a
// notebook's; madeVec is what an interpreter's make returns for its
// type (a wrapper of its own, not the named type).
type (
	nVec    []float64
	nSet    map[string]bool
	madeVec struct{ V []float64 }
)

func init() {
	RegisterNamedType("test.nVec", func(v []float64) any { return nVec(v) })
	RegisterNamedType("test.nSet", func(v map[string]bool) any { return nSet(v) })
	RegisterNamedType("test.interpVec", func(v []float64) any { return madeVec{v} })
}

// Values of named slice and map types inside interface values cross
// under their names and arrive as what make returns; inside another
// composite, as their underlying values.
func TestNamedCompositesCross(t *testing.T) {
	back := roundTrip(t, []any{nVec{1, 2}, nSet{"a": true}, []nVec{{3}}, []float64{4}}).([]any)
	if v, ok := back[0].(nVec); !ok || len(v) != 2 || v[1] != 2 {
		t.Errorf("nVec: %T %v", back[0], back[0])
	}
	if s, ok := back[1].(nSet); !ok || !s["a"] {
		t.Errorf("nSet: %T %v", back[1], back[1])
	}
	if v, ok := back[2].([][]float64); !ok || v[0][0] != 3 {
		t.Errorf("[]nVec: %T %v", back[2], back[2])
	}
	if _, ok := back[3].([]float64); !ok {
		t.Errorf("[]float64: %T %v", back[3], back[3])
	}
	// an interpreter's value, named by the worker, made by its make
	raw, err := encodeNamed("test.interpVec", reflect.ValueOf([]float64{5}))
	if err != nil {
		t.Fatal(err)
	}
	var x any
	if err := decodeValue(raw, reflect.ValueOf(&x).Elem()); err != nil {
		t.Fatal(err)
	}
	if m, ok := x.(madeVec); !ok || m.V[0] != 5 {
		t.Errorf("interpVec: %T %v", x, x)
	}
	if _, ok := typeNames.Load(reflect.TypeFor[madeVec]()); ok {
		t.Error("a wrapper type was registered as the named type")
	}
}

// RegisterNamedType refuses what is no func(U) any of a slice, array or
// map U.
func TestRegisterNamedTypeRefuses(t *testing.T) {
	for _, make := range []any{nil, 3, func(int) any { return nil }, func([]int) error { return nil }, func(v ...int) any { return nil }} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%T accepted", make)
				}
			}()
			RegisterNamedType("test.bad", make)
		}()
	}
}

// A notebook's type redefined from a struct to a slice and back (type
// Vec struct{ X float64 }, then type Vec []float64): the name's latest
// registration decides how its values are made again.
func TestNamedTypeRedefined(t *testing.T) {
	type oldVec struct{ X float64 }
	decode := func(raw []byte) any {
		t.Helper()
		var x any
		if err := decodeValue(raw, reflect.ValueOf(&x).Elem()); err != nil {
			t.Fatal(err)
		}
		return x
	}
	RegisterTypeAs("test.redefVec", oldVec{})
	RegisterNamedType("test.redefVec", func(v []float64) any { return madeVec{v} })
	raw, err := encodeNamed("test.redefVec", reflect.ValueOf([]float64{1, 2}))
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := decode(raw).(madeVec); !ok || len(m.V) != 2 || m.V[1] != 2 {
		t.Errorf("after the slice's registration: %T %v", decode(raw), decode(raw))
	}
	RegisterTypeAs("test.redefVec", oldVec{})
	if _, ok := namedMaker("test.redefVec"); ok {
		t.Error("the slice's make outlived the struct registered again")
	}
}
