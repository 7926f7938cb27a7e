package executor

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// The registry of a compiled program's functions and variables, which
// its worker processes (the same program, see RunWorker) resolve names in.

var registry sync.Map // name -> reflect.Value

// Register makes fn runnable in ProcessPool workers of a compiled program
// under name. Register every function in an init func or at the top of
// main, before RunWorker, so that the worker (the same program started
// again) knows them too.
func Register(name string, fn any) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Sprintf("executor: Register(%q): have %T, want a function", name, fn))
	}
	registry.Store(name, v)
	registryByPtr.Store(v.Pointer(), name)
}

var registryByPtr sync.Map // code pointer -> name

var registryBatch sync.Map // name -> reflect.Value, a batch function

// RegisterBatch gives the function registered as name a batch form, which
// runs the calls of a Map chunk in one call instead of one reflect call
// each (see BatchResolver for its signature: for func(T1, T2) (R, error),
// func(done *int, n int, a1 []T1, a2 []T2, r []R, errs []error), which
// runs calls *done to n-1, advancing *done past each that returned, and
// stops at the first that fails). A batch of the wrong signature is
// ignored. The kernel generates them for its compiled workers.
func RegisterBatch(name string, batch any) {
	v := reflect.ValueOf(batch)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Sprintf("executor: RegisterBatch(%q): have %T, want a function", name, batch))
	}
	registryBatch.Store(name, v)
	if f := runtime.FuncForPC(v.Pointer()); f != nil {
		batchNames.Store(f.Name(), true)
	}
}

// batchNames are the names of registered batch functions, where a
// task's traceback ends (see compiledTraceback).
var batchNames sync.Map // function name -> true

// LookupBatch returns the batch form of the function registered as name.
func (registryResolver) LookupBatch(name string) (reflect.Value, error) {
	if v, ok := registryBatch.Load(name); ok {
		return v.(reflect.Value), nil
	}
	return reflect.Value{}, fmt.Errorf("executor: no batch function registered as %q", name)
}

// registeredName returns the name fn was registered under.
func registeredName(fn any) (string, bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	name, ok := registryByPtr.Load(v.Pointer())
	if !ok {
		return "", false
	}
	return name.(string), true
}

var registryVars sync.Map // name -> reflect.Value, a settable variable

// RegisterVar makes the package-level variable ptr points to current in
// ProcessPool workers of a compiled program: a task carries the value the
// variable has when the task is submitted, if it changed since its worker
// last received it. Register it under the same name in the pool's
// program and its workers (the same program started again), like
// Register.
func RegisterVar(name string, ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		panic(fmt.Sprintf("executor: RegisterVar(%q): have %T, want a non-nil pointer", name, ptr))
	}
	if bad := unsendable(v.Type().Elem()); bad != "" {
		panic(fmt.Sprintf("executor: RegisterVar(%q): a %s (%s) cannot be sent to a worker process", name, v.Type().Elem(), bad))
	}
	registryVars.Store(name, v.Elem())
}

// registeredVars is the default ProcessConfig.Globals: every variable
// passed to RegisterVar, by name.
func registeredVars(string) (names []string, values []reflect.Value) {
	registryVars.Range(func(k, v any) bool {
		if v.(reflect.Value).Type() != errorIface { // sentinels: see Sentinels
			names = append(names, k.(string))
		}
		return true
	})
	if len(names) == 0 {
		return nil, nil
	}
	slices.Sort(names)
	for _, n := range names {
		v, _ := registryVars.Load(n)
		values = append(values, v.(reflect.Value))
	}
	return names, values
}

type registryResolver struct{}

var errorIface = reflect.TypeFor[error]()

func (registryResolver) Sentinels() (names []string, errs []error) {
	registryVars.Range(func(k, v any) bool {
		if rv := v.(reflect.Value); rv.Type() == errorIface {
			names = append(names, k.(string))
			e, _ := rv.Interface().(error)
			errs = append(errs, e)
		}
		return true
	})
	return names, errs
}

// registeredError is the default ProcessConfig.Errors: a variable of type
// error passed to RegisterVar.
func registeredError(name string) error {
	if v, ok := registryVars.Load(name); ok && v.(reflect.Value).Type() == errorIface {
		e, _ := v.(reflect.Value).Interface().(error)
		return e
	}
	return nil
}

func (registryResolver) Var(name string) (reflect.Value, error) {
	if v, ok := registryVars.Load(name); ok {
		return v.(reflect.Value), nil
	}
	return reflect.Value{}, fmt.Errorf("executor: no variable registered as %q in the worker (call executor.RegisterVar before executor.RunWorker)", name)
}

func (registryResolver) Load(uint64, []byte) error { return nil }

func (registryResolver) Lookup(name string) (reflect.Value, error) {
	if v, ok := registry.Load(name); ok {
		return v.(reflect.Value), nil
	}
	if dot := strings.LastIndexByte(name, '.'); dot > 0 && name[:dot] == strings.ToLower(name[:dot]) && isStdPath(name[:dot]) {
		// (a notebook's workers register what can cross: say why not)
		return reflect.Value{}, fmt.Errorf("executor: no function registered as %q in the worker: a standard-library function runs in a worker process when its arguments and results can be sent to and from it (no funcs, channels, or pointers to types with unexported fields) and it is registered there (a notebook's workers register those of the packages the notebook imports; a compiled program calls executor.Register before executor.RunWorker); call it from a function of your own", name)
	}
	return reflect.Value{}, fmt.Errorf("executor: no function registered as %q in the worker (call executor.Register before executor.RunWorker)", name)
}
