//go:build ignore

// Shapes behind interfaces (one embedded in a struct, whose String is
// promoted through it) in a tabwriter table, interface values as map
// keys, methods on func, map and slice types, big numbers, iota sizes,
// integer wrap-around and fmt's verbs.
package main

import (
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"text/tabwriter"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Circle struct{ R float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return "circle r=" + strconv.FormatFloat(c.R, 'g', -1, 64) }

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) String() string     { return fmt.Sprintf("square %g", s.S) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]struct{}

func (s Set) Add(k string) Set  { s[k] = struct{}{}; return s }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Ints []int

func (xs Ints) Sum() (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

//cell

type Wrapper struct {
	Named
	tag string
}

func sum(xs ...int) int { return Ints(xs).Sum() }

var memo = map[int]*big.Int{}

func fib(n int) *big.Int {
	if n < 2 {
		return big.NewInt(int64(n))
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := new(big.Int).Add(fib(n-1), fib(n-2))
	memo[n] = r
	return r
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

//cell

func main() {
	shapes := []Named{Circle{1}, Square{2}, Wrapper{Circle{0.5}, "w"}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	for _, s := range shapes {
		fmt.Fprintf(w, "%v\t%.3f\t%.3f\t\n", s, s.Area(), s.Perimeter())
	}
	w.Flush()
	var a, b any = Circle{1}, Circle{1}
	fmt.Println(a == b, a == any(Square{1}))
	keys := map[any]int{1: 1, "1": 2, Circle{1}: 3, 1.0: 4}
	fmt.Println(len(keys), keys[Circle{1}], keys[1.0])
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	s := Set{}.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	fmt.Println(fib(100), KB, MB, GB)
	anon := struct {
		Name string
		Tags []string
	}{"a", []string{"t"}}
	fmt.Printf("%v %+v\n", anon, anon)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), math.Inf(1), -math.MaxFloat64, math.NaN())
	fmt.Println(7/2, -7/2, 7%-3, -7%3, 1<<62)
	var u8 uint8 = 200
	u8 += 100
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8)
	f := 0.1 + 0.2
	fmt.Println(f, float32(f), 1e21, 1e20, 123456789.0, 1e-7)
	fmt.Printf("%08.3f|%-6d|%+d|%x|%X|%o|%b|%e|%G\n", 3.14159, 42, 5, 255, "hi", 8, 5, 1234.5678, 1e-10)
	fmt.Printf("%5s|%-5s|%q|%v|%c|%U\n", "ab", "cd", 'x', 'x', 0x4e16, 0x4e16)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-45))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
}
