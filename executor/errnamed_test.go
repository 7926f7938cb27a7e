package executor

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// namedCode and namedMsg are error types of the tests whose underlying
// types are not structs, registered with RegisterErrorType.
type namedCode int

func (c namedCode) Error() string { return fmt.Sprintf("code %d", int(c)) }

type namedMsg string

func (m namedMsg) Error() string { return "msg: " + string(m) }

// wrappedCode is what an interpreter's constructor of its type
// "test.interpCode" returns: a wrapper of its own, not of the type's kind.
type wrappedCode struct{ V int }

func (w wrappedCode) Error() string { return fmt.Sprint("interp code ", w.V) }

// interpError is an interpreter's error whose value an ErrorResolver
// returns as a NamedValue.
type interpError struct{ v int }

func (e interpError) Error() string { return fmt.Sprint("interp code ", e.v) }

// namedResolver sees into interpError.
type namedResolver struct{ fuzzResolver }

func (namedResolver) ErrorValue(err error) (any, []error, bool) {
	if e, ok := err.(interpError); ok {
		if e.v < 0 {
			return NamedValue{Name: "test.unknown", Value: e.v}, nil, true
		}
		return NamedValue{Name: "test.interpCode", Value: e.v}, nil, true
	}
	return nil, nil, false
}

func init() {
	RegisterErrorType("test.namedCode", func(v int) error { return namedCode(v) })
	RegisterErrorType("test.namedMsg", func(v string) error { return namedMsg(v) })
	RegisterErrorType("test.interpCode", func(v int) error { return wrappedCode{v} })
}

// Errors of named non-struct types cross by name, through %w and
// errors.Join: errors.As and errors.AsType find the worker's values.
func TestNamedErrorsCross(t *testing.T) {
	err := fmt.Errorf("op: %w", errors.Join(namedMsg("a"), fmt.Errorf("w: %w", namedCode(7))))
	got := errorRoundTrip(t, err, chainResolver{})
	if got.Error() != err.Error() {
		t.Fatalf("message %q", got.Error())
	}
	var c namedCode
	if !errors.As(got, &c) || c != 7 {
		t.Fatalf("namedCode: %v %v", errors.As(got, &c), c)
	}
	if m, ok := errors.AsType[namedMsg](got); !ok || m != "a" {
		t.Fatalf("namedMsg: %v %q", ok, m)
	}
	if !errors.Is(got, namedCode(7)) || errors.Is(got, namedCode(8)) {
		t.Fatal("errors.Is compares the values")
	}
}

// An interpreter's values cross as its ErrorResolver names them, and
// arrive as what the registered function makes of them; a name the pool
// has not registered is left out. An interpreter's wrapper type is not
// taken for the registered type.
func TestNamedErrorsInterpreted(t *testing.T) {
	got := errorRoundTrip(t, errors.Join(interpError{-1}, interpError{5}), namedResolver{})
	var re *RemoteError
	if !errors.As(got, &re) || len(re.Unwrap()) != 1 {
		t.Fatalf("%#v", got)
	}
	w, ok := errors.AsType[wrappedCode](got)
	if !ok || w.V != 5 {
		t.Fatalf("wrappedCode: %v %v", ok, w)
	}
	if _, ok := errorTypeNames.Load(reflect.TypeFor[wrappedCode]()); ok {
		t.Fatal("a wrapper type was registered as the named type")
	}
}

// RegisterErrorType refuses what is no func(U) error of a non-struct U.
func TestRegisterErrorTypeRefuses(t *testing.T) {
	for _, make := range []any{nil, 3, func(int) string { return "" }, func(chainCode) error { return nil }, func(v ...int) error { return nil }} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%T accepted", make)
				}
			}()
			RegisterErrorType("test.bad", make)
		}()
	}
}

// redefStruct is a struct type registered under a name an error type
// had before.
type redefStruct struct{ N int }

// A name registered again for another kind of type (a notebook's type
// redefined) decodes as the type registered last.
func TestNamedErrorRedefined(t *testing.T) {
	RegisterErrorType("test.redefined", func(v int) error { return namedCode(v) })
	RegisterTypeAs("test.redefined", redefStruct{})
	raw, err := encodeNamed("test.redefined", reflect.ValueOf(redefStruct{N: 4}))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := decodeChainValue("c", raw).(remoteValue); !ok || c.IValue != (redefStruct{N: 4}) {
		t.Fatalf("a struct type after an error type: %#v", decodeChainValue("c", raw))
	}
	RegisterErrorType("test.redefined", func(v string) error { return namedMsg(v) })
	raw, err = encodeNamed("test.redefined", reflect.ValueOf("x"))
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := decodeChainValue("m", raw).(namedMsg); !ok || m != "x" {
		t.Fatalf("an error type after a struct type: %#v", decodeChainValue("m", raw))
	}
	if _, ok := typeNames.Load(reflect.TypeFor[redefStruct]()); ok {
		t.Fatal("redefStruct still crosses under the name")
	}
}
