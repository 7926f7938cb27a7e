package check

import (
	"go/types"
	"maps"
	"slices"
	"strings"
)

// stdTasks returns the functions of the standard-library packages the
// notebook imports that a process-pool task can be: exported, not
// generic, with parameters and results that cross to a worker by value
// and results of a shape executor accepts ((), (T), (error), (T,
// error)). A cell's pool sends such a function by its path-qualified
// name ("math.Sqrt", see executor's stdFuncName), and the worker program
// registers them by those names.
func (nb *Notebook) stdTasks() []*types.Func {
	var out []*types.Func
	for _, path := range slices.Sorted(maps.Values(nb.imports)) {
		if !nb.imp.IsStd(path) || internalPath(path) {
			continue
		}
		pkg, err := nb.imp.Import(path)
		if err != nil {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			f, ok := pkg.Scope().Lookup(name).(*types.Func)
			if ok && f.Exported() && taskSignature(f.Type().(*types.Signature)) {
				out = append(out, f)
			}
		}
	}
	return slices.CompactFunc(out, func(a, b *types.Func) bool { return a == b })
}

func internalPath(path string) bool {
	for _, el := range strings.Split(path, "/") {
		if el == "internal" || el == "vendor" {
			return true
		}
	}
	return path == "unsafe" || path == "C"
}

// taskSignature reports whether a function of signature sig can be a
// process-pool task (see stdTasks).
func taskSignature(sig *types.Signature) bool {
	if sig.TypeParams() != nil || sig.Recv() != nil {
		return false
	}
	for v := range sig.Params().Variables() {
		if !crosses(v.Type(), map[types.Type]bool{}) {
			return false
		}
	}
	res := sig.Results()
	n := res.Len()
	if n > 0 && types.Identical(res.At(n-1).Type(), errorType) {
		n--
	}
	if n > 1 {
		return false
	}
	return n == 0 || crosses(res.At(0).Type(), map[types.Type]bool{})
}

// crosses reports whether values of t cross to a worker process by
// value and mean the same there: no functions, channels, unsafe pointers,
// or interfaces with methods (an io.Reader in a worker would read
// something else) besides error.
func crosses(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer && u.Info()&types.IsUntyped == 0
	case *types.Pointer:
		return crosses(u.Elem(), seen)
	case *types.Slice:
		return crosses(u.Elem(), seen)
	case *types.Array:
		return crosses(u.Elem(), seen)
	case *types.Map:
		return crosses(u.Key(), seen) && crosses(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if !crosses(u.Field(i).Type(), seen) {
				return false
			}
		}
		return true
	case *types.Interface:
		return u.Empty() || types.Identical(t, errorType)
	}
	return false
}
