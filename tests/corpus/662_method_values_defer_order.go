//go:build ignore

// Everyday semantics a reader relies on: an embedded pointer's methods,
// method values bound to copies, method expressions, range copies,
// recover into named results, evaluation order of a composite literal,
// deferred calls in a loop, errors.As with a pointer error type.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type base struct{ lines []string }

func (b *base) Log(s string) { b.lines = append(b.lines, s) }

type Service struct {
	*base
	Name string
}

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Inc()          { t.n++ }
func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

//cell

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (func() int, func()) {
	c := 0
	return func() int { return c }, func() { c++ }
}

func order(s *[]string, tag string) int {
	*s = append(*s, tag)
	return len(*s)
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

//cell

func main() {
	s := Service{&base{}, "svc"}
	var l Logger = s
	l.Log("a")
	s.Log("b")
	fmt.Println(s.lines, len(s.base.lines))

	t := T{1}
	get := t.Get
	inc := t.Inc
	inc()
	inc()
	fmt.Println(get(), t.Get(), t)
	fexpr := (*T).Inc
	fexpr(&t)
	fmt.Println(T.Get(t), t)
	ts := []T{{1}, {2}}
	for _, x := range ts {
		x.Inc()
	}
	for i := range ts {
		ts[i].Inc()
	}
	fmt.Println(ts)

	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))

	g, i := counter()
	i()
	i()
	fmt.Println(g())

	var trace []string
	arr := [3]int{order(&trace, "a"), order(&trace, "b"), order(&trace, "c")}
	fmt.Println(arr, strings.Join(trace, ","))

	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()

	err := find(3)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code, me)
	}
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Printf("%v|%+v|%#v|%T\n", t, t, ts[0], &t)
	fmt.Printf("%v %d %s\n", []T{{5}}, T{6}, &T{7})
	fmt.Println(find(0) == nil)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	fmt.Println(x)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	m := map[T]string{{1}: "one"}
	m[T{2}] = "two"
	fmt.Println(len(m), m[T{1}])
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"x", 1}}
	p := &kvs[0]
	kvs = append(kvs, kv{"y", 2})
	p.v = 100
	fmt.Println(kvs[0].v, p.v)
	var iface any = t
	switch v := iface.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	default:
		fmt.Println("other")
	}
}
