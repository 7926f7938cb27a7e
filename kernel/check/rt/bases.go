package rt

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Notebook types of a basic underlying type (type Celsius float64).
// yaegi v0.16.1 gives such a type the reflect type of its underlying
// type: in an interface, a Celsius was a float64 to
// assertions, type switches, ==, map keys and %T. A named type of a
// compiled package keeps its own reflect type in the interpreter (type
// Timeout time.Duration holds time.Durations), so the lowering declares
// such a type from one of rt's named types of its kind, reserved for it:
// type Celsius Float64N3. Those have no methods, print, encode and
// convert as their kind does, and are told apart by reflection; rt names
// them as Go names the notebook's types (TypeString).

// baseCount is the number of types of each kind: a notebook that
// declares more keeps yaegi's behaviour for the others.
const baseCount = 64

// baseKinds are the basic types there are bases of.
var baseKinds = []string{"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128", "string"}

// baseIdent is the name of the i-th base of kind k (Float64N3).
func baseIdent(k string, i int) string {
	return string(unicode.ToUpper(rune(k[0]))) + k[1:] + "N" + strconv.Itoa(i)
}

var bases struct {
	sync.Mutex
	byKey  map[string]string       // kind+" "+key -> base
	names  map[string]string       // base -> Go name of the notebook type
	byType map[reflect.Type]string // base's type -> Go name
}

// Base returns the name of the type of rt (Float64N3) a notebook type
// key (its name in the notebook, "Celsius") of the basic kind kind
// ("float64") is declared from, named name to Go ("main.Celsius"): the
// one reserved for key before, or one reserved for it now; false when
// all of kind's are taken (or there are none).
func Base(kind, key, name string) (string, bool) {
	bases.Lock()
	defer bases.Unlock()
	if b, ok := bases.byKey[kind+" "+key]; ok {
		setBaseName(b, name)
		return b, true
	}
	for _, k := range baseKinds {
		if k != kind {
			continue
		}
		for i := range baseCount {
			b := baseIdent(k, i)
			if _, taken := bases.names[b]; !taken {
				reserveBase(kind, key, b, name)
				return b, true
			}
		}
	}
	return "", false
}

// ClaimBase reserves the base b for the notebook type key named name: a
// declaration made elsewhere (a log replayed in a fresh interpreter, a
// worker's) declares it from b.
func ClaimBase(b, key, name string) {
	t, ok := baseTypes[b]
	if !ok {
		return
	}
	bases.Lock()
	defer bases.Unlock()
	reserveBase(t.Kind().String(), key, b, name)
}

func reserveBase(kind, key, b, name string) {
	if bases.byKey == nil {
		bases.byKey, bases.names, bases.byType = map[string]string{}, map[string]string{}, map[reflect.Type]string{}
	}
	bases.byKey[kind+" "+key] = b
	setBaseName(b, name)
}

func setBaseName(b, name string) {
	bases.names[b] = name
	bases.byType[baseTypes[b]] = name
}

// HasBase reports whether a base is reserved for the notebook type key
// of the basic kind kind.
func HasBase(kind, key string) bool {
	bases.Lock()
	defer bases.Unlock()
	_, ok := bases.byKey[kind+" "+key]
	return ok
}

// IsBase reports whether name is that of one of rt's bases.
func IsBase(name string) bool {
	_, ok := baseTypes[name]
	return ok
}

// BaseKind returns the basic type ("float64") the base name (Float64N3)
// is of, false when name is not one of rt's bases.
func BaseKind(name string) (string, bool) {
	t, ok := baseTypes[name]
	if !ok {
		return "", false
	}
	return t.Kind().String(), true
}

// baseName returns the Go name of the notebook type declared from t,
// when t is one of rt's bases reserved for one.
func baseName(t reflect.Type) (string, bool) {
	if t == nil || t.PkgPath() != Path || !strings.Contains(t.Name(), "N") {
		return "", false
	}
	bases.Lock()
	defer bases.Unlock()
	n, ok := bases.byType[t]
	return n, ok
}

// baseSymbols adds the bases to rt's symbols.
func baseSymbols(m map[string]reflect.Value) {
	for name, t := range baseTypes {
		m[name] = reflect.New(reflect.PointerTo(t)).Elem()
	}
}
