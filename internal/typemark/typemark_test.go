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

func TestFieldName(t *testing.T) {
	cell := reflect.StructOf([]reflect.StructField{
		{Name: "Xs", Type: reflect.TypeFor[string](), Tag: `gofutures:"item" gofuturesx:"Xray"`},
		{Name: "Xray", Type: reflect.TypeFor[int]()},
		{Name: "Xor", Type: reflect.TypeFor[int]()},
		{Name: "XML", Type: reflect.TypeFor[int]()},
		{Name: "X", Type: reflect.TypeFor[int]()},
	})
	compiled := reflect.TypeFor[struct{ Xs, Xray int }]()
	for _, c := range []struct {
		t    reflect.Type
		i    int
		want string
	}{
		{cell, 0, "s"}, {cell, 1, "Xray"}, {cell, 2, "or"}, {cell, 3, "XML"}, {cell, 4, "X"},
		{compiled, 0, "Xs"}, {compiled, 1, "Xray"},
	} {
		if got := FieldName(c.t, c.i); got != c.want {
			t.Errorf("FieldName(%v, %d) = %q, want %q", c.t, c.i, got, c.want)
		}
	}
}

func TestTypeString(t *testing.T) {
	dog := reflect.StructOf([]reflect.StructField{{Name: "X_", Type: reflect.TypeFor[any](), Tag: `gofutures:"Dog"`}})
	for _, c := range []struct {
		t    reflect.Type
		want string
	}{
		{reflect.SliceOf(reflect.PointerTo(dog)), "[]*main.Dog"},
		{reflect.MapOf(reflect.TypeFor[string](), reflect.ArrayOf(2, dog)), "map[string][2]main.Dog"},
		{reflect.ChanOf(reflect.BothDir, dog), "chan main.Dog"},
		{reflect.ChanOf(reflect.RecvDir, dog), "<-chan main.Dog"},
		{reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, dog)), "chan (<-chan main.Dog)"},
		{reflect.TypeFor[chan<- int](), "chan<- int"},
	} {
		if got := TypeString(c.t, nil); got != c.want {
			t.Errorf("TypeString(%v) = %q, want %q", c.t, got, c.want)
		}
	}
}

func TestGoNameAndArgName(t *testing.T) {
	for _, c := range []struct{ in, goName, argName string }{
		{"main.Point", "main.Point", "main.Point"},
		{"main.pointꞏlocalꞏ1f2e3d4c", "main.point", "main.point"},
		{"main.pointꞏlocalꞏ1f2e3d4cꞏ12", "main.point", "main.point·12"},
		{"main.Resultꞏlocalꞏ0a0b0c0dꞏ1[int]", "main.Result[int]", "main.Result[int]·1"},
		{"[]main.pointꞏlocalꞏ1f2e3d4cꞏ3", "[]main.point", "[]main.point·3"},
	} {
		if got := GoName(c.in); got != c.goName {
			t.Errorf("GoName(%q) = %q, want %q", c.in, got, c.goName)
		}
		if got := ArgName(c.in); got != c.argName {
			t.Errorf("ArgName(%q) = %q, want %q", c.in, got, c.argName)
		}
	}
}
