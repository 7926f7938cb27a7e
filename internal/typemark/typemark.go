// Package typemark knows the marks the cells' lowering leaves on the
// struct types cells declare, and reads them back. yaegi v0.16.1 makes
// every struct type a cell declares with reflect.StructOf: it has no
// name, its unexported fields are exported ones with an X before the
// name, its embedded fields are not anonymous, and type Dog struct{} and
// type Cat struct{} would be one type. kernel/check tags the first field
// of each such type, before the field's own tag, with its name (Key), the
// exported fields that read as renamed ones (ExportedKey) and the
// embedded fields (EmbeddedKey), and gives a type without fields one to
// tag: _ any, always nil, which yaegi names X_. Whatever reads such values
// by reflection (printing, encoding, sending to another process) leaves
// that field out, as the Go program has none, and names the types and
// fields as Go does (TypeString, FieldName, GoName).
package typemark

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// Key is the key of the struct tag that names a struct type declared in
// a cell: `gofutures:"Dog"`.
const Key = "gofutures"

// Declared returns the name a cell declared the struct type t with (the
// Key of its first field's tag), and whether t has one.
func Declared(t reflect.Type) (string, bool) {
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return "", false
	}
	name := t.Field(0).Tag.Get(Key)
	return name, name != ""
}

// TailMark is the Key of the marker field the lowering adds after the one
// field of a struct type that embeds an interface of a compiled package
// (type reverse struct{ sort.Interface; _ any `gofutures:"_"` }).
const TailMark = "_"

// IsMarker reports whether sf is a field the lowering adds: the one of a
// struct type declared without fields, or the last of one whose only
// field embeds a compiled interface (TailMark).
func IsMarker(sf reflect.StructField) bool {
	return sf.Name == "X_" && sf.Type.Kind() == reflect.Interface && sf.Type.NumMethod() == 0 && sf.Tag.Get(Key) != ""
}

// Fields returns the number of t's fields that the Go program declared:
// t.NumField(), less the marker (t must be a struct type), which is its
// last field.
func Fields(t reflect.Type) int {
	n := t.NumField()
	if n > 0 && n <= 2 && IsMarker(t.Field(n-1)) {
		return n - 1
	}
	return n
}

// LocalSep joins the name of a type declared inside a function to the
// hash that makes it unique where kernel/check declares it at a cell's
// top level (pointꞏlocalꞏ1f2e3d4c): generic standard-library code, which
// the cells run as copies declared at the top level, can name it there.
const LocalSep = "ꞏlocalꞏ"

// GoName returns the name Go gives a type a cell declared, or the text
// of types that names them: without what LocalSep joined to the names of
// types declared inside functions.
func GoName(name string) string {
	if !strings.Contains(name, LocalSep) {
		return name
	}
	return localSuffix.ReplaceAllString(name, "")
}

// VargenSep joins, to the hash LocalSep joined to the name of a type
// declared inside a function, the number the gc compiler gives it
// (pointꞏlocalꞏ1f2e3d4cꞏ2): Go prints a local type as main.point, but
// inside the type arguments of an instance as main.point·2, numbering
// the program's local types from 1 in the order of its source.
const VargenSep = "ꞏ"

// ArgName returns GoName(name) as Go spells it inside the type arguments
// of an instance: with the number of the local type that name's first
// LocalSep names (Vargen), if it has one, after a "·" at its end
// (main.Result[int]·1 for main.Resultꞏlocalꞏ1f2e3d4cꞏ1[int]). The
// local type must be the outermost one name spells: its type arguments
// spelled already, with no LocalSep.
func ArgName(name string) string {
	if v := Vargen(name); v != "" {
		return GoName(name) + "·" + v
	}
	return GoName(name)
}

// Vargen returns the number of the local type that name's first LocalSep
// names, "" when it has none.
func Vargen(name string) string {
	if m := localSuffix.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	return ""
}

var localSuffix = regexp.MustCompile(LocalSep + `[0-9a-f]{8}(?:` + VargenSep + `([0-9]+))?`)

// ExportedKey is the key of the struct tag that lists, on the first
// field of a struct type a cell declares, its exported fields whose
// names read as yaegi's renaming of an unexported one (Xray, as yaegi
// names a field ray): `gofuturesx:"Xray"`. A type without such fields
// has no such tag.
const ExportedKey = "gofuturesx"

// EmbeddedKey is the key of the struct tag that lists, on the first field
// of a struct type a cell declares, the indexes of its embedded fields
// (`gofuturese:"0,2"`): yaegi v0.16.1 declares them as fields that are
// not anonymous to reflection. A type without embedded fields has no
// such tag.
const EmbeddedKey = "gofuturese"

// Embedded reports whether the i'th field of the struct type t a cell
// declared is an embedded field (EmbeddedKey); for other types, whether
// reflection says it is anonymous.
func Embedded(t reflect.Type, i int) bool {
	f := t.Field(i)
	if f.Anonymous {
		return true
	}
	list, ok := t.Field(0).Tag.Lookup(EmbeddedKey)
	if _, declared := Declared(t); !ok || !declared {
		return false
	}
	for x := range strings.SplitSeq(list, ",") {
		if x == strconv.Itoa(i) {
			return true
		}
	}
	return false
}

// FieldName returns the name the Go program gave field i of t, a struct
// type a cell declared (its first field tagged with Key): yaegi renames
// an unexported field (xy to Xxy). For other types it is the field's
// name.
func FieldName(t reflect.Type, i int) string {
	name := t.Field(i).Name
	if _, declared := Declared(t); !Renamed(name) || !declared {
		return name
	}
	if strings.HasPrefix(name[1:], Blank) {
		return "_"
	}
	for _, x := range strings.Split(t.Field(0).Tag.Get(ExportedKey), ",") {
		if x == name {
			return name
		}
	}
	return name[1:]
}

// Blank starts the names kernel/check gives the blank fields of a
// struct type with several (_ꞏ1, _ꞏ2): yaegi v0.16.1 names each X_, and
// reflect refuses a struct type with two fields of one name (the
// interpreter's process died). FieldName reads them as _.
const Blank = "_ꞏ"

// Renamed reports whether name reads as yaegi's renaming of an
// unexported field: an X before a lower-case letter, an _ or a letter
// outside ASCII.
func Renamed(name string) bool {
	if len(name) < 2 || name[0] != 'X' {
		return false
	}
	r := name[1]
	return r == '_' || r >= 'a' && r <= 'z' || r >= 0x80
}

// TypeString spells t for messages with the struct types cells declared
// named as Go names them (main.Temp, []*main.Temp), not as reflection
// spells yaegi's types (struct { V float64 "gofutures:\"Temp\"" }).
// named, when not nil, spells the types it knows first, at every depth.
func TypeString(t reflect.Type, named func(reflect.Type) (string, bool)) string {
	return typeString(t, named, 0)
}

func typeString(t reflect.Type, named func(reflect.Type) (string, bool), depth int) string {
	if named != nil {
		if n, ok := named(t); ok {
			return n
		}
	}
	if t.Name() != "" || depth > 20 {
		return t.String()
	}
	switch t.Kind() {
	case reflect.Struct:
		if name, ok := Declared(t); ok {
			return "main." + GoName(name)
		}
	case reflect.Pointer:
		return "*" + typeString(t.Elem(), named, depth+1)
	case reflect.Slice:
		return "[]" + typeString(t.Elem(), named, depth+1)
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + typeString(t.Elem(), named, depth+1)
	case reflect.Map:
		return "map[" + typeString(t.Key(), named, depth+1) + "]" + typeString(t.Elem(), named, depth+1)
	case reflect.Chan:
		dir := map[reflect.ChanDir]string{reflect.BothDir: "chan ", reflect.RecvDir: "<-chan ", reflect.SendDir: "chan<- "}[t.ChanDir()]
		elem := typeString(t.Elem(), named, depth+1)
		if t.ChanDir() == reflect.BothDir && t.Elem().Kind() == reflect.Chan && t.Elem().ChanDir() == reflect.RecvDir {
			return dir + "(" + elem + ")" // chan (<-chan T), as reflect spells it
		}
		return dir + elem
	}
	return t.String()
}
