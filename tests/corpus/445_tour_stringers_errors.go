//go:build ignore

// A Tour of Go's methods and interfaces: a Stringer on an IPAddr [4]byte
// type printed from a map, an Abser interface with a pointer-receiver
// method, nil receivers, the empty interface, type switches, a custom
// error with a When/What struct, and the Sqrt exercise's
// ErrNegativeSqrt float64 whose Error method converts before formatting.
package main

import (
	"fmt"
	"math"
	"time"
)

//cell

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type Abser interface {
	Abs() float64
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Vertex struct{ X, Y float64 }

func (v *Vertex) Abs() float64 {
	if v == nil {
		return -1
	}
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

//cell

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When.Format("2006-01-02 15:04"), e.What)
}

func run() error {
	return &MyError{time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), "it didn't work"}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

//cell

func do(i any) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case fmt.Stringer:
		fmt.Printf("a Stringer: %v\n", v)
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func describe(i Abser) {
	fmt.Printf("(%v, %T)\n", i, i)
}

//cell

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts)

	var a Abser
	f := MyFloat(-math.Sqrt2)
	v := Vertex{3, 4}
	a = f
	describe(a)
	fmt.Println(a.Abs())
	a = &v
	describe(a)
	fmt.Println(a.Abs())
	var nv *Vertex
	a = nv
	describe(a)
	fmt.Println(a.Abs(), a != nil)

	do(21)
	do("hello")
	do(IPAddr{1, 2, 3, 4})
	do(true)

	var e any = "hello"
	s, ok := e.(string)
	fmt.Println(s, ok)
	fl, ok := e.(float64)
	fmt.Println(fl, ok)

	if err := run(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-9)
	if ne, ok := err.(ErrNegativeSqrt); ok {
		fmt.Printf("%T %v %.1f\n", ne, ne, float64(ne))
	}
}
