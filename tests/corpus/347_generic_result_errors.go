//go:build ignore

// Parsing a batch of records with a generic Result[T]: constructors Ok and
// Fail, Then and Map as generic functions (methods cannot add type
// parameters), Collect that stops at the first error, errors wrapped with
// %w and found again with errors.Is and errors.As through the Result, and
// a Result of a Pair of generic instances.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Result holds a value or the error that kept it from being made.
type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{err: err} }

// Of turns a (value, error) call into a Result.
func Of[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Get() (T, error) { return r.val, r.err }
func (r Result[T]) OK() bool        { return r.err == nil }

func (r Result[T]) Or(fallback T) T {
	if r.err != nil {
		return fallback
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Fail[U](r.err)
	}
	return f(r.val)
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Result[U]{err: r.err}
	}
	return Ok(f(r.val))
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	out := make([]T, 0, len(rs))
	for i, r := range rs {
		if r.err != nil {
			return Fail[[]T](fmt.Errorf("item %d: %w", i, r.err))
		}
		out = append(out, r.val)
	}
	return Ok(out)
}

//cell

// FieldError says which field of a record was bad.
type FieldError struct {
	Field string
	Value string
}

func (e *FieldError) Error() string { return fmt.Sprintf("bad %s %q", e.Field, e.Value) }

var ErrEmpty = errors.New("empty record")

// Reading is one parsed record.
type Reading struct {
	Sensor string
	Value  float64
}

// Pair joins two values.
type Pair[A, B any] struct {
	Left  A
	Right B
}

func parse(line string) Result[Reading] {
	if strings.TrimSpace(line) == "" {
		return Fail[Reading](ErrEmpty)
	}
	name, num, ok := strings.Cut(line, ":")
	if !ok {
		return Fail[Reading](&FieldError{"separator", line})
	}
	return Then(Of(strconv.ParseFloat(num, 64)), func(v float64) Result[Reading] {
		if v < -50 || v > 150 {
			return Fail[Reading](fmt.Errorf("sensor %s: %w", name, &FieldError{"value", num}))
		}
		return Ok(Reading{name, v})
	})
}

//cell

func main() {
	lines := []string{"t1:21.5", "t2:19", "t3:abc", "", "t4 22", "t5:999"}
	var rs []Result[Reading]
	for _, l := range lines {
		r := parse(l)
		rs = append(rs, r)
		fmt.Printf("%-8q %v\n", l, r)
	}

	var fe *FieldError
	for i, r := range rs {
		_, err := r.Get()
		switch {
		case err == nil:
		case errors.Is(err, ErrEmpty):
			fmt.Println(i, "skip empty")
		case errors.As(err, &fe):
			fmt.Println(i, "field", fe.Field, "value", fe.Value)
		default:
			fmt.Printf("%d other %T\n", i, errors.Unwrap(err))
		}
	}

	all := Collect(rs)
	fmt.Println(all.OK(), all)
	good := Collect(rs[:2])
	vals, err := good.Get()
	fmt.Printf("%+v %v\n", vals, err)

	f := Map(rs[0], func(r Reading) float64 { return r.Value*9/5 + 32 })
	fmt.Println(f, Map(rs[2], func(r Reading) float64 { return r.Value }).Or(-1))
	label := Map(f, func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + "F" })
	fmt.Printf("%v %T\n", label, label)

	both := Then(rs[0], func(a Reading) Result[Pair[Reading, Result[int]]] {
		return Ok(Pair[Reading, Result[int]]{a, Of(strconv.Atoi("42"))})
	})
	fmt.Println(both)
	p, _ := both.Get()
	fmt.Printf("%+v\n", p.Right)
	fmt.Printf("%T\n", p)
	var zero Result[Reading]
	fmt.Println(zero, zero.OK())
}
