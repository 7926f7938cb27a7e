package snapshot

import (
	"reflect"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/traefik/yaegi/interp"
)

type box[T any] struct{ V T }

// A compiled instantiation of a generic type (which yaegi spells as
// reflect does, snapshot.box[int]) is declared by its alias in the
// program's instances' package, which the notebook imports.
func TestInstanceTypeSource(t *testing.T) {
	b := &Interp{
		Imports: map[string]string{toolchain.InstancesName: toolchain.InstancesPackage},
		Symbols: []interp.Exports{{toolchain.InstancesPackage + "/inst": {
			"Box__int__1":     reflect.ValueOf((*box[int])(nil)),
			"Box__box_int__2": reflect.ValueOf((*box[box[int]])(nil)),
		}}},
	}
	// yaegi spells a compiled type as reflect does
	for in, want := range map[string]string{
		"[]" + reflect.TypeFor[box[int]]().String():               "[]gfinstances.Box__int__1",
		"map[string]" + reflect.TypeFor[box[box[int]]]().String(): "map[string]gfinstances.Box__box_int__2",
	} {
		got, err := b.source(in)
		if err != nil || got != want {
			t.Errorf("source(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
