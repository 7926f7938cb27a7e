package executor

import "reflect"

// The values of a task's error chain cross with its text: the worker
// walks the chain (Unwrap() error, Unwrap() []error) and sends, with its
// text, each value whose type is registered (RegisterType,
// RegisterTypeAs); the pool's program decodes them into the chain of the
// RemoteError it returns, so that errors.As (and errors.AsType) to those
// types find them, fields and all.

// maxChainErrors bounds how many errors of a chain a worker looks at.
const maxChainErrors = 256

// An ErrorResolver is a Resolver whose code's errors hold values that
// reflection does not see, as an interpreter's do: it wraps its values in
// errors of its own to hand them to compiled code. The gofutures kernel's
// workers implement it, so that errors of types declared in notebook
// cells cross as themselves.
type ErrorResolver interface {
	Resolver
	// ErrorValue returns the value of the resolver's code that err is,
	// the errors that value wraps (its Unwrap methods are the code's,
	// which reflection does not see either), and whether there is one.
	// For a type registered with RegisterErrorType, v is a NamedValue.
	ErrorValue(err error) (v any, wrapped []error, ok bool)
}

// chainValue is a value of a task's error chain as it crosses.
type chainValue struct {
	msg string // its Error()
	raw []byte // its encoding as an interface value
}

// crosses reports whether values of t are sent with their error: t, or
// what it points to, is registered under a name.
func crosses(t reflect.Type) bool {
	if t == nil || t == remoteErrorType {
		return false
	}
	if _, ok := typeNames.Load(t); ok {
		return true
	}
	if t.Kind() == reflect.Pointer {
		_, ok := typeNames.Load(t.Elem())
		return ok
	}
	return false
}

// chainLink is an error of a chain and the value it is: the value of a
// resolver's code (see ErrorResolver), or the error itself.
type chainLink struct {
	err error
	v   any
}

// walkChain returns the errors of err's chain, outermost first (in the
// order errors.As looks at them). r, if an ErrorResolver, sees into its
// code's errors.
func walkChain(err error, r Resolver) []chainLink {
	er, _ := r.(ErrorResolver)
	var out []chainLink
	stack := []error{err}
	for seen := 0; len(stack) > 0 && seen < maxChainErrors; seen++ {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if e == nil {
			continue
		}
		if er != nil {
			if x, wrapped, ok := errorValue(er, e); ok {
				out = append(out, chainLink{e, x})
				for i := len(wrapped) - 1; i >= 0; i-- {
					stack = append(stack, wrapped[i])
				}
				continue
			}
		}
		out = append(out, chainLink{e, e})
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			if w, ok := unwrapOne(u); ok {
				stack = append(stack, w)
			}
		case interface{ Unwrap() []error }:
			ws, _ := unwrapMany(u)
			for i := len(ws) - 1; i >= 0; i-- {
				stack = append(stack, ws[i])
			}
		}
	}
	return out
}

// chainValues returns the values of a chain (walkChain) that cross (see
// crosses), in its order.
func chainValues(chain []chainLink) []chainValue {
	var out []chainValue
	for _, l := range chain {
		if name, u, ok := namedChainValue(l.v); ok {
			if cv, ok := encodeNamedChainValue(l.err, name, u); ok {
				out = append(out, cv)
			}
			continue
		}
		if crosses(reflect.TypeOf(l.v)) {
			if cv, ok := encodeChainValue(l.err, l.v); ok {
				out = append(out, cv)
			}
		}
	}
	return out
}

// encodeChainValue encodes v, the value of e, as an interface value.
func encodeChainValue(e error, v any) (cv chainValue, ok bool) {
	defer func() {
		if recover() != nil { // a panicking Error method
			ok = false
		}
	}()
	enc := encoder{}
	if err := enc.value(reflect.ValueOf(&v).Elem(), 0); err != nil {
		return chainValue{}, false
	}
	return chainValue{msg: e.Error(), raw: enc.b}, true
}

// encodeNamedChainValue encodes u, the underlying value of e, under
// name (see RegisterErrorType).
func encodeNamedChainValue(e error, name string, u reflect.Value) (cv chainValue, ok bool) {
	defer func() {
		if recover() != nil { // a panicking Error method
			ok = false
		}
	}()
	raw, err := encodeNamed(name, u)
	if err != nil {
		return chainValue{}, false
	}
	return chainValue{msg: e.Error(), raw: raw}, true
}

// errorValue is er.ErrorValue, which a panic cannot break.
func errorValue(er ErrorResolver, e error) (v any, wrapped []error, ok bool) {
	defer func() {
		if recover() != nil {
			v, wrapped, ok = nil, nil, false
		}
	}()
	return er.ErrorValue(e)
}

// unwrapOne and unwrapMany call Unwrap methods, which a panic cannot
// break.
func unwrapOne(u interface{ Unwrap() error }) (w error, ok bool) {
	defer func() {
		if recover() != nil {
			w, ok = nil, false
		}
	}()
	return u.Unwrap(), true
}

func unwrapMany(u interface{ Unwrap() []error }) (ws []error, ok bool) {
	defer func() {
		if recover() != nil {
			ws, ok = nil, false
		}
	}()
	return u.Unwrap(), true
}

// decodeChainValue decodes a value of a task's error chain with text msg
// into an error of this program: the value itself where its type is an
// error here (or the error the function registered under its name makes
// of it, see RegisterErrorType), else a remoteValue holding it. It
// returns nil for a value
// this program cannot decode (a type it has not registered).
func decodeChainValue(msg string, raw []byte) error {
	if e, ok := decodeNamedError(raw); ok {
		return e
	}
	var x any
	if err := decodeValue(raw, reflect.ValueOf(&x).Elem()); err != nil || x == nil {
		return nil
	}
	if e, ok := x.(error); ok {
		return e
	}
	return remoteValue{IValue: x, msg: msg}
}

// remoteValue is a value of a task's error chain whose type is not an
// error in this program by reflection: a type an interpreter declared,
// whose methods are the interpreter's. Its first field is named as yaegi
// names the field of the wrappers it hands its values to compiled code
// in: yaegi's assertions from an error look into a struct whose first
// field is IValue, so that err.(*NotFound), and errors.As in a notebook
// (which the kernel lowers to such assertions), find the value.
//
// Sent on again (inside a RemoteError in an any), it crosses as its text:
// msg is unexported so that its structure does not cross instead, as a
// struct that is no error.
type remoteValue struct {
	IValue any    // the value
	msg    string // its text in the worker
}

func (r remoteValue) Error() string { return r.msg }
