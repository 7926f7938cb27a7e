//go:build ignore

// Interface types: an interface value is nil only when it has neither a
// dynamic type nor a value, so a nil pointer stored in an interface is not
// nil (and its methods may still run); interfaces embed interfaces; type
// assertions with and without comma-ok; and the comparable constraint.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Animal interface{ Sound() string }

type Named interface{ Name() string }

type Pet interface {
	Animal
	Named
}

type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name + " says woof"
}
func (d *Dog) Name() string { return d.name }

type Cat struct{}

func (Cat) Sound() string { return "meow" }

//cell

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{500}
	}
	return e
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{404}
	}
	return nil
}

func findDog(name string) *Dog {
	if name == "" {
		return nil
	}
	return &Dog{name}
}

//cell

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)              { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool         { _, ok := s[v]; return ok }
func Keys[T comparable](s Set[T]) int { return len(s) }

type readCounter struct {
	io.Reader
	n int
}

func (r *readCounter) Read(p []byte) (int, error) {
	n, err := r.Reader.Read(p)
	r.n += n
	return n, err
}

//cell

func main() {
	var a Animal
	fmt.Println(a == nil)
	var d *Dog
	a = d
	fmt.Println(a == nil, a != nil, d == nil, a.Sound())
	fmt.Printf("%T %v\n", a, a)

	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me == nil)
	fmt.Println(mayFailRight(false) == nil, mayFail(true), mayFailRight(true))
	if e := mayFail(true); e != nil {
		fmt.Println("error:", e)
	}

	var p Pet = &Dog{"rex"}
	var an Animal = p
	nm, ok := an.(Named)
	fmt.Println(an.Sound(), nm.Name(), ok)
	_, isPet := Animal(Cat{}).(Pet)
	fmt.Println(isPet)
	animals := []Animal{Cat{}, &Dog{"fido"}, (*Dog)(nil), findDog("")}
	for _, x := range animals {
		fmt.Print(x.Sound(), "; ")
	}
	fmt.Println()
	fmt.Println(findDog("") == nil, Animal(findDog("")) == nil)

	defer func() {
		r := recover()
		fmt.Println("assertion panic:", r)
		var te interface{ RuntimeError() }
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println(isRT, te == nil)
	}()

	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]any{1, "x", 2.5}, any("x")))
	fmt.Println(Index([]Animal{Cat{}, p}, Animal(p)), Index([]error{io.EOF, nil}, nil))
	s := Set[[2]int]{}
	s.Add([2]int{1, 2})
	s.Add([2]int{1, 2})
	fmt.Println(s.Has([2]int{1, 2}), s.Has([2]int{2, 1}), Keys(s))
	is := Set[any]{}
	is.Add(1)
	is.Add("1")
	is.Add(1.0)
	fmt.Println(len(is), is.Has(1), is.Has(int8(1)))

	rc := &readCounter{Reader: strings.NewReader("hello world")}
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data), rc.n)
	var r io.Reader = rc
	_, isWriter := r.(io.Writer)
	_, isRC := r.(*readCounter)
	fmt.Println(isWriter, isRC)

	var empty any
	fmt.Println(empty == nil, fmt.Sprint(empty), fmt.Sprintf("%T", empty))
	empty = (*int)(nil)
	fmt.Println(empty == nil, empty.(*int) == nil)
	_ = a.(Cat)
}
