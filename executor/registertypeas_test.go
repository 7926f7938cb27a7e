package executor

import (
	"reflect"
	"testing"
)

// TestRegisterTypeAs: a predeclared type keeps its own name; a type
// registered under two names crosses as its structure again, and either
// name still decodes to it.
func TestRegisterTypeAs(t *testing.T) {
	RegisterTypeAs("test.Celsius", float64(0))
	if _, ok := typeNames.Load(reflect.TypeFor[float64]()); ok {
		t.Fatal("float64 was given a name")
	}
	type shape struct{ W, H int }
	st := reflect.TypeFor[shape]()
	RegisterTypeAs("test.A", shape{})
	if n, _ := typeNames.Load(st); n != "test.A" {
		t.Fatalf("name = %v, want test.A", n)
	}
	RegisterTypeAs("test.B", shape{})
	if n, ok := typeNames.Load(st); ok {
		t.Fatalf("a type of two names is named %v", n)
	}
	for _, n := range []string{"test.A", "test.B"} {
		if got, _ := types.Load(n); got != st {
			t.Fatalf("%s decodes to %v", n, got)
		}
	}
}
