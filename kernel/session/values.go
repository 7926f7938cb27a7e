package session

import (
	"fmt"
	"go/token"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell"
)

// bundleOf extracts the display.Bundle that gofuturesBundle returned.
func bundleOf(v reflect.Value) display.Bundle {
	if v.IsValid() && v.CanInterface() {
		if b, ok := v.Interface().(display.Bundle); ok {
			return b
		}
	}
	return plainBundle(v)
}

// plainBundle renders a value through compiled code only.
func plainBundle(v reflect.Value) display.Bundle {
	if !v.IsValid() || !v.CanInterface() {
		return display.Text(FormatValue(v))
	}
	return display.BundleOf(v.Interface())
}

// noteMembers records the fields and methods of the named variables, for
// completion after "value.": what reflection sees (fields of any struct,
// methods of compiled types) plus the logged methods of the cell type a
// composite literal names (yaegi's reflection does not carry those).
func (s *Session) noteMembers(names []string, types map[string]string) {
	if s.members == nil {
		s.members, s.types = map[string][]string{}, map[string]string{}
	}
	types = maps.Clone(types) // (the cell's own, not to be changed)
	if types == nil {
		types = map[string]string{}
	}
	var checked map[string]string
	if s.chk != nil {
		checked = s.chk.Vars()
	}
	for _, n := range names {
		v, err := s.in.Eval(n)
		if err != nil || !v.IsValid() {
			continue
		}
		seen := map[string]bool{}
		t := v.Type()
		if types[n] == "" {
			// the checker's type when it is a notebook type or a
			// predeclared one (yaegi's reflection calls a Celsius a
			// float64); compiled types are named by reflection below
			if ct := strings.TrimLeft(checked[n], "*"); token.IsIdentifier(ct) {
				types[n] = ct
			}
		}
		s.types[n] = typeName(t, types[n])
		for _, tt := range []reflect.Type{t, reflect.PointerTo(t)} {
			for i := range tt.NumMethod() {
				seen[tt.Method(i).Name] = true
			}
		}
		st := t
		if st.Kind() == reflect.Pointer {
			st = st.Elem()
		}
		if st.Kind() == reflect.Struct {
			for i := range st.NumField() {
				if f := st.Field(i); f.IsExported() && !typemark.IsMarker(f) {
					seen[f.Name] = true
				}
			}
		}
		if tn := types[n]; tn != "" {
			for _, d := range s.decls {
				if d.Kind == cell.Method && strings.HasPrefix(d.Names[0], tn+".") {
					seen[strings.TrimPrefix(d.Names[0], tn+".")] = true
				}
			}
		}
		s.members[n] = slices.Sorted(maps.Keys(seen))
	}
}

// typeName names t for the kernel's completion: "path.Name" for a named
// compiled type (through one pointer), the notebook type a composite
// literal named or the checker found (guess), or "".
func typeName(t reflect.Type, guess string) string {
	if guess != "" {
		return guess
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() == "" || t.PkgPath() == "" || t.PkgPath() == "main" {
		return ""
	}
	return t.PkgPath() + "." + t.Name()
}

// Types returns the types of the variables statements set, as
// "import/path.Name" for compiled types and "Name" for notebook types;
// unknown ones are missing.
func (s *Session) Types() map[string]string {
	out := make(map[string]string, len(s.types))
	for k, v := range s.types {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

// Members returns the fields and methods of the variables statements set
// (see noteMembers).
func (s *Session) Members() map[string][]string {
	out := make(map[string][]string, len(s.members))
	for k, v := range s.members {
		out[k] = v
	}
	return out
}

// Eval evaluates an expression in the session (a worker resolves the
// functions it runs with it).
func (s *Session) Eval(expr string) (reflect.Value, error) { return s.in.Eval(expr) }

// FormatValue renders a cell's value as text/plain.
func FormatValue(v reflect.Value) string {
	if !v.IsValid() {
		return ""
	}
	if v.CanInterface() {
		return fmt.Sprintf("%v", v.Interface())
	}
	return v.String()
}
