package rt

import (
	"fmt"
	"reflect"
	"testing"
)

// MethodsType and MethodsValue list a cell type's exported methods
// sorted by name, the pointer's method set with the pointer methods, and
// call them.
func TestReflectMethods(t *testing.T) {
	tbl := cellTable()
	p := cellP{"a", "b"}
	vt, pt := TypeMethods(reflect.TypeOf(p), tbl), TypeMethods(reflect.TypeOf(&p), tbl)
	var names []string
	for i := range vt.NumMethod() {
		names = append(names, vt.Method(i).Name)
	}
	if got := fmt.Sprint(names, pt.NumMethod()); got != "[Check Full Greet] 4" {
		t.Errorf("methods: %s", got)
	}
	if _, ok := vt.MethodByName("Upper"); ok {
		t.Error("T's method set has the pointer method Upper")
	}
	m, ok := pt.MethodByName("Full")
	if !ok || m.Index != 1 || m.Type.NumIn() != 1 || m.Type.In(0) != reflect.TypeOf(&p) {
		t.Errorf("(*P).Full: %v %v", m, ok)
	}
	if got := m.Func.Call([]reflect.Value{reflect.ValueOf(&p)})[0].String(); got != "a b" {
		t.Errorf("Full: %q", got)
	}
	v := ValueMethods(reflect.ValueOf(&p), tbl)
	out := v.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("hi "), reflect.ValueOf(2.0)})
	if got := out[0].String(); got != "hi a!!" {
		t.Errorf("Greet: %q", got)
	}
	if v.MethodByName("Nope").IsValid() || ValueMethods(reflect.ValueOf(p), tbl).MethodByName("Upper").IsValid() {
		t.Error("found a method the method set lacks")
	}
	stringer := reflect.TypeFor[fmt.Stringer]()
	if vt.Implements(stringer) {
		t.Error("P implements fmt.Stringer")
	}
	type fuller interface{ Full() string }
	if !vt.Implements(reflect.TypeFor[fuller]()) || !pt.Implements(reflect.TypeFor[interface{ Upper() string }]()) || vt.Implements(reflect.TypeFor[interface{ Upper() string }]()) {
		t.Error("Implements")
	}
	// a compiled type answers as reflect does
	if TypeMethods(reflect.TypeFor[reflect.Value](), tbl).NumMethod() != reflect.TypeFor[reflect.Value]().NumMethod() {
		t.Error("compiled type's NumMethod")
	}
}
