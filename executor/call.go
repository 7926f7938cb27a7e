package executor

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
)

// NamedFunc is a function together with the name to report it by. Pass it
// wherever a function is expected (Submit, Map, WithInitializer).
//
// Functions defined in notebook cells reach compiled code as anonymous
// closures, so without a name errors and events can only describe them by
// type ("fn func([2]int) int"). The name is also what a pool that runs
// tasks in other processes sends instead of the closure.
type NamedFunc struct {
	Name string
	Fn   any
	// Result, when not nil, is applied to each value Fn returns (not
	// to its error) before a future or Map holds it, also when the call
	// ran in a worker process. The gofutures kernel gives a value of a
	// notebook type over a basic type its type back with it: the
	// interpreter hands compiled code such a value as one of the basic
	// type (a Temp as a float64).
	Result func(any) any
}

// Named returns NamedFunc{name, fn}.
func Named(name string, fn any) NamedFunc { return NamedFunc{Name: name, Fn: fn} }

// funcName names fn for errors and events.
func funcName(fn any) string {
	switch fn := fn.(type) {
	case nil:
		return "fn"
	case NamedFunc:
		return fn.Name
	case caller:
		return funcName(fn.target())
	}
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func {
		return "fn"
	}
	if !v.IsNil() {
		if rf := runtime.FuncForPC(v.Pointer()); rf != nil {
			name := rf.Name()
			// Closures built by reflect.MakeFunc (e.g. every interpreted
			// function) all share reflect's stub; those have no name.
			if name != "" && !strings.HasPrefix(name, "reflect.") {
				return shortFuncName(name)
			}
		}
	}
	return "fn " + v.Type().String()
}

// shortFuncName shortens a compiled function's runtime name as reports
// spell it: without the import path ("plot.New", not
// "gonum.org/v1/plot.New") and, for package main, without the package
// ("gcd", "main.func1" and "Box.Double-fm" for main.gcd, main.main.func1
// and main.Box.Double-fm), as a function declared in a notebook cell is
// named, so that a program's reports read the same compiled and as cells.
func shortFuncName(name string) string {
	if rest, ok := strings.CutPrefix(name, "main."); ok {
		return rest
	}
	return name[strings.LastIndexByte(name, '/')+1:]
}

// caller is a function wrapped by the generic face: it is called without
// reflection and named after target.
type caller interface {
	call() (any, error)
	target() any
}

type typedCall[T any] struct{ fn func() (T, error) }

func (c *typedCall[T]) call() (any, error) { return c.fn() }
func (c *typedCall[T]) target() any        { return c.fn }

// result shapes a function may have.
type outShape uint8

const (
	outNone     outShape = iota // ()
	outValue                    // (T)
	outErr                      // (error)
	outValueErr                 // (T, error)
)

var errorType = reflect.TypeFor[error]()

// reflectCall is a validated call of a function of any signature.
type reflectCall struct {
	fn     reflect.Value
	args   []reflect.Value
	shape  outShape
	result func(any) any // NamedFunc.Result
}

func (c *reflectCall) do() (any, error) {
	out := c.fn.Call(c.args)
	switch c.shape {
	case outValue:
		return retype(out[0].Interface(), c.result), nil
	case outErr:
		err, _ := out[0].Interface().(error)
		return nil, err
	case outValueErr:
		err, _ := out[1].Interface().(error)
		return retype(out[0].Interface(), c.result), err
	}
	return nil, nil
}

// isFast reports whether fn has one of the signatures invoke calls without
// reflection.
func isFast(fn any) bool {
	switch fn := fn.(type) {
	case func() (any, error):
		return fn != nil
	case func() any:
		return fn != nil
	case func() error:
		return fn != nil
	case func():
		return fn != nil
	case caller:
		return true
	}
	return false
}

// invokeFast calls a fast-path function.
func invokeFast(fn any) (any, error) {
	switch fn := fn.(type) {
	case func() (any, error):
		return fn()
	case func() any:
		return fn(), nil
	case func() error:
		return nil, fn()
	case func():
		fn()
		return nil, nil
	case caller:
		return fn.call()
	}
	panic("executor: invokeFast: unexpected function type")
}

// funcShape checks that fn is a non-nil function with a supported result
// list.
func funcShape(fn any) (reflect.Value, outShape, error) {
	name := funcName(fn)
	if nf, ok := fn.(NamedFunc); ok {
		fn = nf.Fn
	}
	if fn == nil {
		return reflect.Value{}, 0, &CallError{Func: name, Arg: -1, Msg: "function is nil"}
	}
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func {
		return reflect.Value{}, 0, &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("have %T, want a function", fn)}
	}
	if v.IsNil() {
		return reflect.Value{}, 0, &CallError{Func: name, Arg: -1, Msg: "function is nil"}
	}
	t := v.Type()
	var shape outShape
	switch {
	case t.NumOut() == 0:
		shape = outNone
	case t.NumOut() == 1 && t.Out(0) == errorType:
		shape = outErr
	case t.NumOut() == 1:
		shape = outValue
	case t.NumOut() == 2 && t.Out(1) == errorType:
		shape = outValueErr
	default:
		return reflect.Value{}, 0, &CallError{Func: name, Arg: -1,
			Msg: fmt.Sprintf("results of %s: want (), (T), (error) or (T, error)", t)}
	}
	return v, shape, nil
}

// prepare validates calling fn with args and returns the call to make.
func prepare(fn any, args []any) (*reflectCall, error) {
	v, shape, err := funcShape(fn)
	if err != nil {
		return nil, err
	}
	rargs, err := convertArgs(funcName(fn), v.Type(), args)
	if err != nil {
		return nil, err
	}
	return &reflectCall{fn: v, args: rargs, shape: shape, result: resultFunc(fn)}, nil
}

// resultFunc returns the NamedFunc.Result of fn, nil if none.
func resultFunc(fn any) func(any) any {
	if nf, ok := fn.(NamedFunc); ok {
		return nf.Result
	}
	return nil
}

// retype applies result, when not nil, to v, the value of a call.
func retype(v any, result func(any) any) any {
	if result == nil || v == nil {
		return v
	}
	return result(v)
}

func convertArgs(name string, t reflect.Type, args []any) ([]reflect.Value, error) {
	n := t.NumIn()
	switch {
	case t.IsVariadic() && len(args) < n-1:
		return nil, &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("got %d arguments, want at least %d (%s)", len(args), n-1, t)}
	case !t.IsVariadic() && len(args) != n:
		return nil, &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("got %d arguments, want %d (%s)", len(args), n, t)}
	}
	out := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		if t.IsVariadic() && i >= n-1 {
			pt = t.In(n - 1).Elem()
		} else {
			pt = t.In(i)
		}
		v, err := convertArg(a, pt)
		if err != nil {
			return nil, &CallError{Func: name, Arg: i, Msg: err.Error()}
		}
		out[i] = v
	}
	return out, nil
}

// convertArg returns a as a value of type t: assignable values as they
// are, nil for types that have nil, and numbers converted between numeric
// types when the conversion loses nothing (so a cell can pass 2 to a
// float64 parameter, but not 2.5 to an int one).
func convertArg(a any, t reflect.Type) (reflect.Value, error) {
	if a == nil {
		switch t.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
			return reflect.Zero(t), nil
		}
		return reflect.Value{}, fmt.Errorf("have nil, want %s", t)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(t) {
		return v, nil
	}
	if isNumber(v.Kind()) && isNumber(t.Kind()) && v.CanConvert(t) {
		c := v.Convert(t)
		if back := c.Convert(v.Type()); back.Equal(v) && sameSign(v, c) {
			return c, nil
		}
		return reflect.Value{}, fmt.Errorf("%v (%s) does not fit in %s", a, v.Type(), t)
	}
	return reflect.Value{}, fmt.Errorf("have %s, want %s", v.Type(), t)
}

func isNumber(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

func sameSign(a, b reflect.Value) bool { return signOf(a) == signOf(b) }

func signOf(v reflect.Value) int {
	switch {
	case v.CanInt():
		return cmpZero(float64(v.Int()))
	case v.CanUint():
		return cmpZero(float64(v.Uint()))
	default:
		f := v.Float()
		if math.IsNaN(f) {
			return 2
		}
		return cmpZero(f)
	}
}

func cmpZero(x float64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}
