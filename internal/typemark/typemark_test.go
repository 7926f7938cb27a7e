package typemark

import (
	"reflect"
	"testing"
)

func TestIsMarker(t *testing.T) {
	marked := reflect.StructOf([]reflect.StructField{{Name: "X_", Type: reflect.TypeFor[any](), Tag: `gofutures:"Dog"`}})
	for _, c := range []struct {
		t      reflect.Type
		fields int
	}{
		{marked, 0},
		{reflect.TypeFor[struct{}](), 0},
		{reflect.TypeFor[struct{ X_ any }](), 1}, // no tag
		{reflect.TypeFor[struct {
			X_ int `gofutures:"A"`
		}](), 1}, // not an interface
		{reflect.TypeFor[struct {
			R any `gofutures:"A"`
		}](), 1}, // a field of the program's, tagged
		{reflect.TypeFor[struct {
			X_, Y any `gofutures:"A"`
		}](), 2}, // not alone
	} {
		if got := Fields(c.t); got != c.fields {
			t.Errorf("Fields(%v) = %d, want %d", c.t, got, c.fields)
		}
	}
}
