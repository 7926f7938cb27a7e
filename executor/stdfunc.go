package executor

import (
	"fmt"
	"go/token"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// Functions of the standard library (math.Sqrt, strings.Repeat,
// strconv.Itoa) go to workers under their runtime names, path-qualified:
// "math.Sqrt", "encoding/json.Valid". The gofutures kernel's workers find
// them by those names (a compiled worker registers the task-sized
// functions of the standard packages the notebook imports; an
// interpreting worker looks in its interpreter's tables). A compiled
// program's workers are the program itself: there, such a function runs
// once registered (Register("math.Sqrt", math.Sqrt)), as any other.

// stdFuncName returns the name of fn, a package-level function of a
// standard-library package, as workers look it up: "math.Sqrt". It
// reports false for other functions (closures, methods, generic
// instances, functions of modules).
func stdFuncName(fn any) (string, bool) {
	path, name, ok := packageFunc(fn)
	if !ok || !isStdPath(path) {
		return "", false
	}
	return path + "." + name, true
}

// packageFunc splits the runtime name of fn, if fn is a package-level
// function with an exported name: "encoding/json", "Valid".
func packageFunc(fn any) (path, name string, ok bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", "", false
	}
	rf := runtime.FuncForPC(v.Pointer())
	if rf == nil {
		return "", "", false
	}
	full := rf.Name()
	slash := strings.LastIndexByte(full, '/')
	dot := strings.IndexByte(full[slash+1:], '.')
	if dot < 0 {
		return "", "", false
	}
	path, name = full[:slash+1+dot], full[slash+1+dot+1:]
	// Closures (F.func1), methods ((*T).M, T.M, method values M-fm) and
	// generic instances (F[...]) are not identifiers.
	if !token.IsIdentifier(name) || !token.IsExported(name) {
		return "", "", false
	}
	return path, name, true
}

// isStdPath reports whether path is a standard-library package that
// programs may import: no dot in its first element, not internal, not
// main, and not in a module this program was built from.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if path == "main" || strings.Contains(first, ".") || first == "vendor" || first == "cmd" {
		return false
	}
	for _, el := range strings.Split(path, "/") {
		if el == "internal" {
			return false
		}
	}
	for _, m := range buildModules() {
		if path == m || strings.HasPrefix(path, m+"/") {
			return false
		}
	}
	return true
}

// buildModules returns the paths of the modules this program was built
// from.
var buildModules = sync.OnceValue(func() []string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	var out []string
	if bi.Main.Path != "" {
		out = append(out, bi.Main.Path)
	}
	for _, d := range bi.Deps {
		out = append(out, d.Path)
	}
	return out
})

// unregisteredStd returns the error of a task whose function is a
// standard-library function that a compiled program's workers cannot
// find: one not registered, nor named, nor tagged.
func unregisteredStd(fn any) error {
	if _, ok := fn.(NamedFunc); ok {
		return nil
	}
	if _, ok := registeredName(fn); ok {
		return nil
	}
	if _, ok := taggedName(fn); ok {
		return nil
	}
	name, ok := stdFuncName(fn)
	if !ok {
		return nil
	}
	short := name[strings.LastIndexByte(name, '/')+1:]
	return &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("the workers of a compiled program run the functions it registered: "+
		"call executor.Register(%q, %s) before executor.RunWorker (in an init func or at the top of main)", name, short)}
}

// genericInstance reports whether fn is an instance of a generic function
// (slices.Max[[]int]), whose runtime name no worker can look up.
func genericInstance(fn any) bool {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return false
	}
	rf := runtime.FuncForPC(v.Pointer())
	return rf != nil && strings.HasSuffix(rf.Name(), "]")
}
