package rt

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// yaegiStruct makes a struct type as yaegi v0.16.1 and the lowering make
// the notebook's: unexported fields with an X, no field anonymous, the
// first field tagged.
func yaegiStruct(fields ...reflect.StructField) reflect.Type { return reflect.StructOf(fields) }

func TestReflectNotebookStruct(t *testing.T) {
	base := yaegiStruct(
		reflect.StructField{Name: "ID", Type: reflect.TypeFor[int](), Tag: `gofutures:"Base" json:"id"`},
		reflect.StructField{Name: "Xcreated", Type: reflect.TypeFor[string]()},
	)
	product := yaegiStruct(
		reflect.StructField{Name: "Base", Type: base, Tag: `gofutures:"Product" gofuturese:"0"`},
		reflect.StructField{Name: "Name", Type: reflect.TypeFor[string](), Tag: `json:"name"`},
		reflect.StructField{Name: "ID", Type: reflect.TypeFor[string]()},
		reflect.StructField{Name: "Xstock", Type: reflect.TypeFor[int]()},
	)
	pt := ReflectType(product)
	if pt.Name() != "Product" || pt.PkgPath() != "main" || pt.String() != "main.Product" {
		t.Fatalf("name %q, path %q, string %q", pt.Name(), pt.PkgPath(), pt.String())
	}
	f0 := pt.Field(0)
	if !f0.Anonymous || f0.Tag != "" || f0.Name != "Base" {
		t.Fatalf("embedded field %+v", f0)
	}
	if f := pt.Field(3); f.Name != "stock" || f.PkgPath != "main" || f.IsExported() {
		t.Fatalf("unexported field %+v", f)
	}
	var names []string
	for _, f := range VisibleFields(product) {
		names = append(names, f.Name)
	}
	// Base.ID is hidden by Product.ID, which is shallower.
	if want := []string{"Base", "created", "Name", "ID", "stock"}; !slices.Equal(names, want) {
		t.Fatalf("visible %v, want %v", names, want)
	}
	if f, ok := pt.FieldByName("created"); !ok || !slices.Equal(f.Index, []int{0, 1}) {
		t.Fatalf("promoted field %+v %v", f, ok)
	}
	if f, ok := pt.FieldByName("ID"); !ok || f.Type.Kind() != reflect.String {
		t.Fatalf("shallower field %+v %v", f, ok)
	}
	if _, ok := pt.FieldByName("Xstock"); ok {
		t.Fatal("yaegi's name of a field found")
	}
	v := reflect.New(product).Elem()
	v.Field(0).Field(1).SetString("now")
	if got := ReflectValue(v).FieldByName("created").String(); got != "now" {
		t.Fatalf("value's promoted field %q", got)
	}
}

func TestReflectEmptyStruct(t *testing.T) {
	empty := yaegiStruct(reflect.StructField{Name: "X_", Type: reflect.TypeFor[any](), Tag: `gofutures:"Empty"`})
	if n := ReflectType(empty).NumField(); n != 0 {
		t.Fatalf("NumField %d", n)
	}
	if fs := VisibleFields(empty); len(fs) != 0 {
		t.Fatalf("visible %v", fs)
	}
}

func TestReflectCompiledTypes(t *testing.T) {
	type inner struct{ A int }
	type outer struct {
		inner
		b string `k:"v"`
	}
	ot := reflect.TypeFor[outer]()
	if got, want := ReflectType(ot).String(), ot.String(); got != want {
		t.Fatalf("String %q, want %q", got, want)
	}
	if got, want := VisibleFields(ot), reflect.VisibleFields(ot); !reflect.DeepEqual(got, want) {
		t.Fatalf("visible %v, want %v", got, want)
	}
	if f := ReflectType(ot).Field(1); f.Tag != `k:"v"` || f.Name != "b" {
		t.Fatalf("field %+v", f)
	}
}

func TestWithoutMarks(t *testing.T) {
	for tag, want := range map[reflect.StructTag]reflect.StructTag{
		`gofutures:"P"`:                                  ``,
		`gofutures:"P" json:"a,omitempty"`:               `json:"a,omitempty"`,
		`gofutures:"P" gofuturese:"0,2" db:"x\"y"  v:""`: `db:"x\"y"  v:""`, // the field's own spacing kept
		`gofutures:"P" hello`:                            `hello`,
		`odd`:                                            `odd`,
		`json:"a" gofutures:"P"`:                         `json:"a" gofutures:"P"`, // the field's own, after
	} {
		if got := withoutMarks(tag); got != want {
			t.Errorf("withoutMarks(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestReflectFieldsIterators(t *testing.T) {
	s := yaegiStruct(
		reflect.StructField{Name: "Host", Type: reflect.TypeFor[string](), Tag: `gofutures:"Conf"`},
		reflect.StructField{Name: "Xport", Type: reflect.TypeFor[int]()},
	)
	var names []string
	for f := range ReflectType(s).Fields() {
		names = append(names, f.Name)
	}
	v := reflect.New(s).Elem()
	v.Field(1).SetInt(80)
	for f, fv := range ReflectValue(v).Fields() {
		names = append(names, f.Name+"="+fmt.Sprint(fv.Interface()))
	}
	if want := []string{"Host", "port", "Host=", "port=80"}; !slices.Equal(names, want) {
		t.Fatalf("fields %q, want %q", names, want)
	}
}

// Reflection in a loop over rows (a table printer): the notebook's
// struct types are worked out once.
func BenchmarkReflectFieldByName(b *testing.B) {
	base := yaegiStruct(reflect.StructField{Name: "ID", Type: reflect.TypeFor[int](), Tag: `gofutures:"Base"`})
	row := yaegiStruct(
		reflect.StructField{Name: "Base", Type: base, Tag: `gofutures:"Row" gofuturese:"0"`},
		reflect.StructField{Name: "Name", Type: reflect.TypeFor[string]()},
		reflect.StructField{Name: "Xage", Type: reflect.TypeFor[int]()},
	)
	v := reflect.New(row).Elem()
	for b.Loop() {
		if !ReflectValue(v).FieldByName("age").IsValid() || ReflectType(row).Field(1).Name != "Name" {
			b.Fatal("not found")
		}
	}
}
