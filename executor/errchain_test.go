package executor

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// chainMissing is a pointer-receiver error type of the tests, registered.
type chainMissing struct{ Key string }

func (e *chainMissing) Error() string { return "missing " + e.Key }

// chainCode is a value-receiver error type with an unexported field,
// registered.
type chainCode struct {
	N   int
	why string
}

func (c chainCode) Error() string { return fmt.Sprintf("code %d (%s)", c.N, c.why) }

// chainPlain is a registered type that is no error: an interpreter's
// values look so to reflection (their methods are the interpreter's).
type chainPlain struct{ Note string }

// chainUnregistered is an error type that is not registered.
type chainUnregistered struct{ X int }

func (chainUnregistered) Error() string { return "unregistered" }

// plainError is an interpreter's wrapper of one of its values, as an
// ErrorResolver sees into.
type plainError struct {
	v     chainPlain
	wraps []error // what its interpreted Unwrap would return
}

func (p plainError) Error() string { return "plain " + p.v.Note }

// chainResolver sees into plainError.
type chainResolver struct{ fuzzResolver }

func (chainResolver) ErrorValue(err error) (any, []error, bool) {
	if p, ok := err.(plainError); ok {
		return p.v, p.wraps, true
	}
	return nil, nil, false
}

func init() {
	RegisterTypeAs("test.chainMissing", chainMissing{})
	RegisterTypeAs("test.chainCode", chainCode{})
	RegisterTypeAs("test.chainPlain", chainPlain{})
}

// errorRoundTrip sends err as a worker's reply and decodes it as a pool does.
func errorRoundTrip(t *testing.T, err error, r Resolver) error {
	t.Helper()
	wf := &workerFunc{name: "task", resolver: r}
	var f frame
	f.reset()
	wf.taskError(&f, err)
	m := fields{b: f.b[headerLen:]}
	_, got := decodeResult("task", &m, nil, func(name string) error {
		if name == "errOdd" {
			return errOdd
		}
		return nil
	})
	if m.err != nil || len(m.b) != 0 {
		t.Fatalf("reply: %v, %d bytes left", m.err, len(m.b))
	}
	return got
}

// The values of registered types in an error's chain cross with it, in
// the chain's order, through %w, errors.Join and an ErrorResolver; the
// message and sentinel errors stay as they were.
func TestErrorChainValues(t *testing.T) {
	err := fmt.Errorf("task: %w", errors.Join(
		&chainMissing{"k1"},
		fmt.Errorf("inner: %w", chainCode{7, "why"}),
		chainUnregistered{1},
		plainError{chainPlain{"p"}, []error{&chainMissing{"under p"}}},
		errOdd,
	))
	got := errorRoundTrip(t, err, chainResolver{})
	if got.Error() != err.Error() {
		t.Fatalf("message %q, want %q", got, err)
	}
	var re *RemoteError
	if !errors.As(got, &re) || !reflect.DeepEqual(re.Sentinels, []string{"errOdd"}) {
		t.Fatalf("not a RemoteError with errOdd: %#v", got)
	}
	var missing *chainMissing
	if !errors.As(got, &missing) || missing.Key != "k1" {
		t.Fatalf("errors.As *chainMissing: %v", missing)
	}
	code, ok := errors.AsType[chainCode](got)
	if !ok || code != (chainCode{7, "why"}) {
		t.Fatalf("errors.AsType chainCode: %#v %v", code, ok)
	}
	if !errors.Is(got, errOdd) {
		t.Fatal("errOdd lost")
	}
	if _, ok := errors.AsType[chainUnregistered](got); ok {
		t.Fatal("an unregistered type crossed")
	}
	// the order of the chain, and what each value's text was
	var texts []string
	for _, e := range re.Unwrap() {
		texts = append(texts, fmt.Sprintf("%T %s", e, e))
	}
	want := []string{"*executor.chainMissing missing k1", "executor.chainCode code 7 (why)", "executor.remoteValue plain p",
		"*executor.chainMissing missing under p", "*errors.errorString odd"}
	if fmt.Sprint(texts) != fmt.Sprint(want) {
		t.Fatalf("chain:\n%q\nwant\n%q", texts, want)
	}
	// a value that is no error here keeps its text and its value
	rv := re.Unwrap()[2].(remoteValue)
	if rv.IValue != (chainPlain{"p"}) || rv.msg != "plain p" {
		t.Fatalf("remote value %#v", rv)
	}
}

// An error without values of registered types replies as before the
// values were sent (resErr), which older pools read.
func TestErrorChainNoValues(t *testing.T) {
	wf := &workerFunc{name: "task", resolver: fuzzResolver{}}
	var f frame
	f.reset()
	wf.taskError(&f, fmt.Errorf("x: %w", errOdd))
	var old frame
	old.reset()
	old.byte(resErr)
	old.string("x: odd")
	old.uint(1)
	old.string("errOdd")
	if string(f.b) != string(old.b) {
		t.Fatalf("reply %q, want %q", f.b, old.b)
	}
}

// A chain value this program cannot decode (its type is not registered
// here) is left out; the error keeps its text.
func TestErrorChainUnknownType(t *testing.T) {
	var f frame
	f.reset()
	f.taskError("gone", nil, []chainValue{{msg: "v", raw: []byte{tagNamed, 3, 'x', '.', 'Y'}}, {msg: "c", raw: mustEncode(t, chainCode{1, "a"})}})
	m := fields{b: f.b[headerLen:]}
	_, got := decodeResult("task", &m, nil, nil)
	var re *RemoteError
	if !errors.As(got, &re) || got.Error() != "gone" || len(re.Unwrap()) != 1 {
		t.Fatalf("%#v", got)
	}
	if c, ok := errors.AsType[chainCode](got); !ok || c.N != 1 {
		t.Fatalf("chainCode lost: %v", got)
	}
}

func mustEncode(t testing.TB, v any) []byte {
	var e encoder
	if err := e.value(reflect.ValueOf(&v).Elem(), 0); err != nil {
		t.Fatal(err)
	}
	return e.b
}

// A panicking Unwrap or ErrorValue does not break the worker: the values
// found before it still cross.
func TestErrorChainPanics(t *testing.T) {
	err := fmt.Errorf("a: %w", errors.Join(&chainMissing{"first"}, panicky{}))
	got := errorRoundTrip(t, err, panickyResolver{})
	if m, ok := errors.AsType[*chainMissing](got); !ok || m.Key != "first" {
		t.Fatalf("%v", got)
	}
}

type panicky struct{}

func (panicky) Error() string { return "panicky" }
func (panicky) Unwrap() error { panic("unwrap") }

type panickyResolver struct{ fuzzResolver }

func (panickyResolver) ErrorValue(err error) (any, []error, bool) {
	if _, ok := err.(panicky); ok {
		panic("error value")
	}
	return nil, nil, false
}

// chainWrapper is a registered error type with an error field.
type chainWrapper struct {
	Op  string
	Err error
}

func (w *chainWrapper) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *chainWrapper) Unwrap() error { return w.Err }

func init() { RegisterTypeAs("test.chainWrapper", chainWrapper{}) }

// An error field holding an error of a type that cannot cross (here a
// pointer to a struct with unexported fields) crosses as its text.
func TestErrorChainErrorField(t *testing.T) {
	err := &chainWrapper{"op", fmt.Errorf("inner: %w", &chainMissing{"k"})}
	got := errorRoundTrip(t, err, fuzzResolver{})
	w, ok := errors.AsType[*chainWrapper](got)
	if !ok || w.Op != "op" || w.Err == nil || w.Err.Error() != "inner: missing k" {
		t.Fatalf("%#v", w)
	}
	if m, ok := errors.AsType[*chainMissing](got); !ok || m.Key != "k" {
		t.Fatalf("the wrapped value: %v", got)
	}
}

// A RemoteError holding a value that is no error here crosses again
// (inside an any), the value as its text.
func TestErrorChainSentOnAgain(t *testing.T) {
	got := errorRoundTrip(t, fmt.Errorf("w: %w", plainError{v: chainPlain{"p"}}), chainResolver{})
	var back any
	f := frame{}
	if err := appendValue(&f, reflect.ValueOf(&got).Elem()); err != nil {
		t.Fatal(err)
	}
	m := fields{b: f.b}
	if err := decodeValue(m.bytes(), reflect.ValueOf(&back).Elem()); err != nil {
		t.Fatal(err)
	}
	re, ok := back.(*RemoteError)
	if !ok || re.Error() != "w: plain p" || len(re.Unwrap()) != 1 || re.Unwrap()[0].Error() != "plain p" {
		t.Fatalf("%#v", back)
	}
}
