package executor

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"unsafe"
)

// globalVar is a package-level variable's value, encoded.
type globalVar struct {
	name string
	data []byte
}

// globals encodes the current values of the variables fn uses.
func (p *ProcessPool) globals(fn string) ([]globalVar, error) {
	names, values := p.cfg.Globals(fn)
	if len(names) == 0 {
		return nil, nil
	}
	out := make([]globalVar, len(names))
	var f frame
	for i, n := range names {
		f.b = f.b[:0]
		if err := appendValue(&f, values[i]); err != nil {
			return nil, &CallError{Func: fn, Arg: -1, Msg: fmt.Sprintf("variable %s, which it uses, cannot be sent to a worker process: %v", n, err)}
		}
		m := fields{b: f.b}
		out[i] = globalVar{name: n, data: bytes.Clone(m.bytes())}
	}
	return out, nil
}

// EncodeVars returns the current values of the package-level variables
// the function called fn uses (cfg.Globals, or the variables passed to
// RegisterVar), encoded for WorkerProcess.SetVars, or nil when it uses
// none: executors that run tasks in worker processes elsewhere
// (executor/cluster) send them with each task, as a ProcessPool does.
func EncodeVars(cfg ProcessConfig, fn string) ([]byte, error) {
	if cfg.Globals == nil {
		cfg.Globals = registeredVars
	}
	vars, err := (&ProcessPool{cfg: cfg}).globals(fn)
	if err != nil || len(vars) == 0 {
		return nil, err
	}
	var f frame
	f.uint(uint64(len(vars)))
	for _, v := range vars {
		f.string(v.name)
		f.bytes(v.data)
	}
	return f.b, nil
}

// decodeVars reads what EncodeVars wrote.
func decodeVars(data []byte) ([]globalVar, error) {
	m := fields{b: data}
	n := m.count()
	var vars []globalVar
	for range n {
		if m.err != nil {
			break
		}
		name := m.string()
		vars = append(vars, globalVar{name: name, data: bytes.Clone(m.bytes())})
	}
	if m.err != nil || len(m.b) != 0 {
		return nil, fmt.Errorf("executor: variables: malformed (%v)", m.err)
	}
	return vars, nil
}

// taskName finds the name a worker knows fn by.
func taskName(fn any) (string, bool) {
	if nf, ok := fn.(NamedFunc); ok {
		return nf.Name, true
	}
	if name, ok := registeredName(fn); ok {
		return name, true
	}
	if name, ok := taggedName(fn); ok {
		return name, true
	}
	return stdFuncName(fn)
}

// callEncoder checks calls of one function and encodes their arguments.
type callEncoder struct {
	name string
	t    reflect.Type
	ok   map[reflect.Type]bool // argument types known to be sendable
	src  []itemSource          // Map's iterables, when direct
}

// itemSource is one of Map's iterables, as encodeItem reads it.
type itemSource struct {
	v    reflect.Value
	kind reflect.Kind   // of its scalar elements (scalarType), else reflect.Invalid
	base unsafe.Pointer // the address of its first element, for scalar elements
	size uintptr        // of an element
}

func newCallEncoder(name string, fn any) (*callEncoder, error) {
	v, _, err := funcShape(fn)
	if err != nil {
		return nil, err
	}
	return &callEncoder{name: name, t: v.Type(), ok: map[reflect.Type]bool{}}, nil
}

// encode appends a call with args to f: their count, then each value.
func (e *callEncoder) encode(f *frame, args []any) error {
	rargs, err := convertArgs(e.name, e.t, args)
	if err != nil {
		return err
	}
	f.uint(uint64(len(rargs)))
	for i, v := range rargs {
		if pt := e.param(i); pt.Kind() == reflect.Interface && v.Kind() != reflect.Interface {
			// Encoded as the parameter's type: with its dynamic type.
			iv := reflect.New(pt).Elem()
			iv.Set(v)
			v = iv
		}
		t := v.Type()
		if !e.ok[t] {
			if bad := unsendable(t); bad != "" {
				return &CallError{Func: e.name, Arg: i, Msg: fmt.Sprintf("a %s (%s) cannot be sent to a worker process", t, bad)}
			}
			e.ok[t] = true
		}
		if err := appendValue(f, v); err != nil {
			return &CallError{Func: e.name, Arg: i, Msg: fmt.Sprintf("cannot be sent to a worker process: %v", err)}
		}
	}
	return nil
}

// param returns the type of parameter i (of the variadic one's elements
// from its index on).
func (e *callEncoder) param(i int) reflect.Type {
	n := e.t.NumIn()
	if e.t.IsVariadic() && i >= n-1 {
		return e.t.In(n - 1).Elem()
	}
	return e.t.In(i)
}

// direct reports whether items of z can be encoded with encodeItem: each
// iterable's element type is assignable to its parameter, is no interface
// (whose dynamic values would need checking one by one) and can be sent;
// if so, it prepares e to read them.
func (e *callEncoder) direct(z zippedArgs) bool {
	if e.t.IsVariadic() || e.t.NumIn() != len(z.vals) {
		return false
	}
	for k, rv := range z.vals {
		et := rv.Type().Elem()
		if et.Kind() == reflect.Interface || !et.AssignableTo(e.t.In(k)) || unsendable(et) != "" {
			return false
		}
	}
	e.src = make([]itemSource, len(z.vals))
	for k, rv := range z.vals {
		s := itemSource{v: rv}
		if et := rv.Type().Elem(); scalarType(et) && rv.Len() > 0 {
			if rv.Kind() == reflect.Array && !rv.CanAddr() {
				c := reflect.New(rv.Type()).Elem()
				c.Set(rv)
				rv = c
			}
			if rv.Kind() == reflect.Array {
				s.base = rv.Addr().UnsafePointer()
			} else {
				s.base = rv.UnsafePointer()
			}
			s.kind, s.size = et.Kind(), et.Size()
		}
		e.src[k] = s
	}
	return true
}

// infallible reports whether, after direct, no chunk of up to chunk calls
// can fail to encode: every argument is a scalar of a fixed size (no
// string), and a chunk of them fits in a request.
func (e *callEncoder) infallible(chunk int) bool {
	for _, s := range e.src {
		if s.kind == reflect.Invalid || s.kind == reflect.String {
			return false
		}
	}
	// An argument takes 17 bytes at most (a complex128 and its length).
	perCall := uint64(binary.MaxVarintLen64 + 17*len(e.src))
	return uint64(chunk) <= (maxFrame-binary.MaxVarintLen64-uint64(len(e.name))-64)/perCall
}

// encodeItems appends calls start to end-1 of z to b, straight from the
// iterables: what encode does with z.args(i) when direct(z) (which must
// have said so), without boxing, conversion or checks per item, and
// scalars without reflection. An error names the item that failed.
func (e *callEncoder) encodeItems(b []byte, start, end int) ([]byte, int, error) {
	var f frame // for appendValue
	for i := start; i < end; i++ {
		b = binary.AppendUvarint(b, uint64(len(e.src)))
		for k := range e.src {
			s := &e.src[k]
			if s.kind != reflect.Invalid {
				b = appendScalar(b, s.kind, unsafe.Add(s.base, uintptr(i)*s.size))
				continue
			}
			f.b = b
			err := appendValue(&f, s.v.Index(i))
			b = f.b
			if err != nil {
				return b, i, &CallError{Func: e.name, Arg: k, Msg: fmt.Sprintf("cannot be sent to a worker process: %v", err)}
			}
		}
	}
	return b, 0, nil
}

// encodeCall validates fn(args...) and encodes it as the calls part of a
// request.
func encodeCall(name string, fn any, args []any) ([]byte, error) {
	e, err := newCallEncoder(name, fn)
	if err != nil {
		return nil, err
	}
	var f frame
	f.uint(1)
	if err := e.encode(&f, args); err != nil {
		return nil, err
	}
	if err := fits(name, f.b); err != nil {
		return nil, err
	}
	return f.b, nil
}

// fits checks that calls fit in a request.
func fits(name string, calls []byte) error {
	if uint64(len(calls))+uint64(len(name))+64 > maxFrame {
		return &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("the arguments take %d bytes, more than a message to a worker process carries (%d)", len(calls), uint64(maxFrame))}
	}
	return nil
}

// unsendable says why values of t cannot cross to another process, or "".
func unsendable(t reflect.Type) string {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type) string
	walk = func(t reflect.Type) string {
		if seen[t] {
			return ""
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Chan:
			return "channels"
		case reflect.Func:
			return "functions"
		case reflect.UnsafePointer:
			return "unsafe pointers"
		case reflect.Pointer, reflect.Slice, reflect.Array:
			return walk(t.Elem())
		case reflect.Map:
			if r := walk(t.Key()); r != "" {
				return r
			}
			return walk(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				if r := walk(t.Field(i).Type); r != "" {
					return r
				}
			}
		}
		return ""
	}
	return walk(t)
}

func resultTypes(fn any) []reflect.Type {
	t := reflect.ValueOf(unname(fn)).Type()
	var out []reflect.Type
	for i := range t.NumOut() {
		if i == t.NumOut()-1 && t.Out(i) == errorType {
			break
		}
		out = append(out, t.Out(i))
	}
	return out
}

func notNamed(fn any) error {
	if genericInstance(fn) {
		return &CallError{Func: funcName(fn), Arg: -1, Msg: "a ProcessPool runs functions by name, and an instance of a generic function has none a worker can look up: " +
			"call it from a function declared at the top level of a notebook cell (func maxInts(xs []int) int { return slices.Max(xs) }), or registered with executor.Register"}
	}
	return &CallError{Func: funcName(fn), Arg: -1, Msg: "a ProcessPool runs functions by name: pass a function declared at the top level of a notebook cell, " +
		"a function of the standard library (math.Sqrt), executor.Named(name, fn), or a function registered with executor.Register (closures and method values cannot be sent to a worker process, nor instances of generic functions: call them from a function declared at the top level of a cell)"}
}

// zippedArgs are Map's iterables (slices or arrays), zipped like Python's
// map: call i gets item i of each, up to the shortest.
type zippedArgs struct {
	n    int
	vals []reflect.Value
}

func zipArgs(name string, its []any) (zippedArgs, error) {
	if len(its) == 0 {
		return zippedArgs{}, &CallError{Func: name, Arg: -1, Msg: "Map needs at least one slice or array of arguments"}
	}
	z := zippedArgs{n: -1, vals: make([]reflect.Value, len(its))}
	for k, it := range its {
		rv := reflect.ValueOf(it)
		if it == nil || (rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array) {
			return zippedArgs{}, &CallError{Func: name, Arg: k, Msg: fmt.Sprintf("Map wants a slice or array of arguments, have %T", it)}
		}
		z.vals[k] = rv
		if z.n < 0 || rv.Len() < z.n {
			z.n = rv.Len()
		}
	}
	return z, nil
}

// args fills buf (of len(iterables)) with the arguments of call i.
func (z zippedArgs) args(i int, buf []any) []any {
	for k, rv := range z.vals {
		buf[k] = rv.Index(i).Interface()
	}
	return buf
}

// decodeResult reads the outcome of one call from m; errs gives the
// sentinel errors a task's error matched, by name. A task's error wraps
// the values of its chain that crossed, outermost first, then those
// sentinel errors.
func decodeResult(fn string, m *fields, outs []reflect.Type, errs func(string) error) (any, error) {
	switch kind := m.byte(); kind {
	case resPanic:
		pe := &PanicError{Func: fn, Value: m.string(), Stack: []byte(m.string())}
		for range m.count() {
			pe.Traceback = append(pe.Traceback, m.string())
		}
		return nil, pe
	case resErr, resErrValues:
		re := &RemoteError{Func: fn, Msg: m.string()}
		var sentinels []error
		for range m.count() {
			name := m.string()
			re.Sentinels = append(re.Sentinels, name)
			if errs != nil {
				if e := errs(name); e != nil {
					sentinels = append(sentinels, e)
				}
			}
		}
		if kind == resErrValues {
			for range m.count() {
				msg, raw := m.string(), m.bytes()
				if e := decodeChainValue(msg, raw); e != nil {
					re.wrapped = append(re.wrapped, e)
				}
			}
		}
		re.wrapped = append(re.wrapped, sentinels...)
		return nil, re
	case resOK:
	default:
		m.fail()
		return nil, nil
	}
	n := m.count()
	if n != len(outs) {
		return nil, fmt.Errorf("executor: %s: worker sent %d results, want %d", fn, n, len(outs))
	}
	switch n {
	case 0:
		return nil, nil
	case 1: // the common case: no slice
		return decodeOne(fn, m, 0, outs[0])
	}
	vals := make([]any, n)
	for i := range vals {
		v, err := decodeOne(fn, m, i, outs[i])
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	return vals, nil
}

// decodeOne decodes result i of fn, of type t.
func decodeOne(fn string, m *fields, i int, t reflect.Type) (any, error) {
	raw := m.bytes()
	if x, ok := decodeInt(raw, t); ok {
		return x, nil
	}
	v := reflect.New(t).Elem()
	if err := decodeValue(raw, v); err != nil {
		return nil, fmt.Errorf("executor: %s: decoding result %d as %s: %w", fn, i, t, err)
	}
	return v.Interface(), nil
}
