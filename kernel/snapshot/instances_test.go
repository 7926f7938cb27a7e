package snapshot

import (
	"reflect"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/traefik/yaegi/interp"
)

type box[T any] struct{ V T }

// Cell is an exported generic type, as a package's.
type Cell[T any] struct{ V T }

// newCell stands for a compiled instantiation of a generic constructor.
var newCell = func(v string) []*Cell[string] { return []*Cell[string]{{v}} }

// A compiled instantiation of a generic type (which yaegi spells as
// reflect does, snapshot.box[int]) is declared by its alias in the
// program's instances' package, which the notebook imports.
func TestInstanceTypeSource(t *testing.T) {
	b := &Interp{
		Imports: map[string]string{toolchain.InstancesName: toolchain.InstancesPackage},
		Symbols: []interp.Exports{{toolchain.InstancesPackage + "/inst": {
			"Box__int__1":        reflect.ValueOf((*box[int])(nil)),
			"Box__box_int__2":    reflect.ValueOf((*box[box[int]])(nil)),
			"NewCell__string__3": reflect.ValueOf(&newCell),
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
	// a value of it in an interface is described by package and name:
	// found through the instantiation that made it
	ct := reflect.TypeFor[Cell[string]]()
	if got, ok := b.Named(ct.PkgPath(), ct.Name()); !ok || got != ct {
		t.Errorf("Named(%q, %q) = %v, %v", ct.PkgPath(), ct.Name(), got, ok)
	}
	if _, ok := b.Named(ct.PkgPath(), "Cell[int]"); ok {
		t.Error("an instantiation the program lacks was found")
	}
}
