package executor_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// scale is a package-level variable the worker function scaled uses,
// registered with RegisterVar.
var scale = 1

// exact holds what must cross to a worker and back unchanged.
type exact struct {
	F             []float64
	I             int64
	U             uint64
	Any           []any
	Bytes, Nil    []byte
	Empty, NilMap map[string]int
	At            time.Time
}

// A task sees the value a registered variable has when it is submitted.
func TestProcessPoolRegisteredVar(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	for _, s := range []int{3, 3, 5} {
		scale = s
		if v, err := pool.Submit(scaledRef, 2).Result(); err != nil || v != 2*s {
			t.Fatalf("scale %d: scaled(2) = %v, %v", s, v, err)
		}
	}
	scale = 7
	if out, err := pool.Map(scaledRef, []int{1, 2}, executor.ChunkSize(2)); err != nil || !reflect.DeepEqual(out, []any{7, 14}) {
		t.Fatalf("map: %v %v", out, err)
	}
	scale = 1
}

var scaledRef = executor.Named("scaled", func(x int) int { return x * scale })

// Values cross to a worker and back exactly.
func TestProcessPoolValuesExact(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	at := time.Date(2026, 11, 30, 1, 2, 3, 4, time.UTC)
	in := exact{F: []float64{math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 1e-310}, I: math.MinInt64, U: math.MaxUint64,
		Any:   []any{int64(math.MaxInt64), uint64(math.MaxUint64), 1<<53 + 1, math.Inf(-1), []byte{0, 1}, at, nil, []int{}, map[string]any{}},
		Bytes: []byte{}, Empty: map[string]int{}, At: at}
	v, err := pool.Submit(executor.Named("sameTyped", func(v exact) exact { return v }), in).Result()
	if err != nil || !reflect.DeepEqual(v, in) {
		t.Fatalf("sameTyped:\n%#v\n%v\nwant %#v", v, err, in)
	}
	got := v.(exact)
	if got.Nil != nil || got.NilMap != nil || got.Bytes == nil || got.Empty == nil {
		t.Fatalf("nil and empty mixed up: %#v", got)
	}
	nan, err := pool.Submit(executor.Named("same", func(v any) any { return v }), math.NaN()).Result()
	if f, ok := nan.(float64); err != nil || !ok || !math.IsNaN(f) {
		t.Fatalf("NaN came back as %#v, %v", nan, err)
	}
	big, err := pool.Submit(executor.Named("same", func(v any) any { return v }), uint64(math.MaxUint64)).Result()
	if err != nil || big != uint64(math.MaxUint64) {
		t.Fatalf("uint64 in an any came back as %#v, %v", big, err)
	}
}

// A function value tagged with a name runs under that name wherever it
// is passed; an untagged closure is refused.
func TestProcessPoolTaggedFunctions(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	local := func(x int) int { return -x }
	tagged := executor.Tag("echoInt", local).(func(int) int)
	fs := []func(int) int{tagged}
	if v, err := pool.Submit(fs[0], 4).Result(); err != nil || v != 4 {
		t.Fatalf("tagged: %v %v (want the worker's echoInt)", v, err)
	}
	var ce *executor.CallError
	if err := pool.Submit(func(x int) int { return x }, 1).Err(); !errors.As(err, &ce) {
		t.Fatalf("untagged closure: %v", err)
	}
}

// ErrNope is a sentinel error, registered with RegisterVar.
var ErrNope = errors.New("nope")

// An error a task returns keeps its identity for errors.Is.
func TestProcessPoolSentinelErrors(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	nope := executor.Named("nope", func(bool) error { return nil })
	for _, wrap := range []bool{false, true} {
		err := pool.Submit(nope, wrap).Err()
		var re *executor.RemoteError
		if !errors.Is(err, ErrNope) || !errors.As(err, &re) {
			t.Fatalf("wrap %v: %v (%T) does not match ErrNope", wrap, err, err)
		}
		if wrap && err.Error() != "wrapped: nope" {
			t.Fatalf("message %q", err)
		}
	}
	if err := pool.Submit(executor.Named("fails", func() error { return nil })).Err(); err == nil || errors.Is(err, ErrNope) {
		t.Fatalf("fails: %v", err)
	}
}

// NotFound is an error type with a pointer receiver, registered with
// RegisterType.
type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "no " + e.Key }

// Coded is an error type with a value receiver and an unexported field,
// registered with RegisterType.
type Coded struct {
	Code int
	note string
}

func (c Coded) Error() string { return fmt.Sprintf("code %d: %s", c.Code, c.note) }

// lookup fails with errors of both types, wrapped, and ErrNope.
func lookup(key string) (int, error) {
	return 0, fmt.Errorf("lookup %s: %w", key, errors.Join(&NotFound{key}, fmt.Errorf("because: %w", Coded{404, "gone"}), ErrNope))
}

// An error a task returns crosses with the values of its chain whose
// types are registered: errors.As and errors.AsType find them, fields
// and all, as in the worker.
func TestProcessPoolErrorValues(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	ref := executor.Named("lookup", lookup)
	for _, chunk := range []int{1, 2} {
		_, err := pool.Map(ref, []string{"k1", "k2"}, executor.ChunkSize(chunk))
		var nf *NotFound
		if !errors.As(err, &nf) || nf.Key != "k1" {
			t.Fatalf("chunk %d: errors.As *NotFound: %v (%v)", chunk, nf, err)
		}
		c, ok := errors.AsType[Coded](err)
		if !ok || c != (Coded{404, "gone"}) {
			t.Fatalf("chunk %d: errors.AsType Coded: %#v %v", chunk, c, ok)
		}
		if !errors.Is(err, ErrNope) || !strings.Contains(err.Error(), "lookup k1: no k1\nbecause: code 404: gone\nnope") {
			t.Fatalf("chunk %d: %q", chunk, err)
		}
	}
}
