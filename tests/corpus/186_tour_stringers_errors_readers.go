//go:build ignore

// A Tour of Go's methods and interfaces, done again: methods with value
// and pointer receivers, an Abser held by values of several types,
// interface values holding nil pointers and a float type, the empty
// interface and type switches, Stringers, an error with a time in it;
// and its exercises: a Stringer for IP addresses, an error type for
// square roots of negatives, a rot13 io.Reader wrapping another reader,
// and a reader of endless 'A's.
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

//cell

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

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := range p[:n] {
		p[i] = rot13(p[i])
	}
	return n, err
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

//cell

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface {
	Abs() float64
}

//cell

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() {
	fmt.Println(f)
}

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func describeAny(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

//cell

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%v (%v years)", p.Name, p.Age)
}

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When, e.What)
}

func run() error {
	return &MyError{
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
		"it didn't work",
	}
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
	fmt.Println(hosts["loopback"], []IPAddr{{10, 0, 0, 1}})
	fmt.Printf("%s|%q|%x\n", hosts["googleDNS"], IPAddr{1, 2, 3, 4}, IPAddr{255, 1, 2, 3})

	for _, x := range []float64{2, -2, 9} {
		v, err := Sqrt(x)
		if err != nil {
			fmt.Println("error:", err)
			var neg ErrNegativeSqrt
			if errors.As(err, &neg) {
				fmt.Printf("negative input %.1f (%T)\n", float64(neg), neg)
			}
			continue
		}
		fmt.Printf("Sqrt(%g) = %.6f (math: %.6f)\n", x, v, math.Sqrt(x))
	}
	wrapped := fmt.Errorf("step 3: %w", ErrNegativeSqrt(-4))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNegativeSqrt(-4)))

	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)
	b, _ := io.ReadAll(rot13Reader{strings.NewReader("Uryyb, Tbcure")})
	fmt.Println(string(b))

	buf := make([]byte, 8)
	var rd io.Reader = MyReader{}
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	lim, _ := io.ReadAll(io.LimitReader(MyReader{}, 5))
	fmt.Printf("%q\n", lim)

	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	p := &v
	p.Scale(0.1)
	fmt.Println(p.Abs(), v)

	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	a = v
	fmt.Println(a.Abs())
	fmt.Printf("%v %T\n", a, a)

	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()
	i = F(math.Pi)
	describe(i)
	i.M()
	var none I
	describe(none)
	fmt.Println(none == nil, i != nil)

	var e interface{}
	describeAny(e)
	e = 42
	describeAny(e)
	e = "hello"
	describeAny(e)
	var ok bool
	var str string
	str, ok = e.(string)
	fmt.Println(str, ok)
	fl, ok := e.(float64)
	fmt.Println(fl, ok)
	do(21)
	do("hello")
	do(true)

	aa := Person{"Arthur Dent", 42}
	z := Person{"Zaphod Beeblebrox", 9001}
	fmt.Println(aa, z)
	if err := run(); err != nil {
		fmt.Println(err)
	}
	var ptr *T
	var iface I = ptr
	fmt.Println(iface == nil, ptr == nil)
}
