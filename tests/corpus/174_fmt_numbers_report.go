//go:build ignore

// A numeric report with fmt's widths, precisions and flags: padded
// tables, %e and %g, %x and %08b, %*d, nested structs and pointers with
// %v and %+v, NaN and infinities, integer division and modulo of
// negatives, and overflow wrapping.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Point struct{ X, Y float64 }

type Sample struct {
	Name  string
	At    *Point
	Vals  []float64
	Meta  map[string]int
	Next  *Sample
	Notes any
}

type Celsius float64

//cell

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func stats(xs []float64) (mean, sd float64) {
	if len(xs) == 0 {
		return math.NaN(), math.NaN()
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

//cell

func main() {
	rows := []struct {
		Label string
		V     float64
		N     int
	}{{"alpha", 3.14159, 42}, {"beta-longer", -0.5, -7}, {"γ", 1234567.891, 0}}
	for _, r := range rows {
		fmt.Printf("|%-10s|%10.3f|%6d|%-6d|%+d|%06.1f|\n", r.Label, r.V, r.N, r.N, r.N, r.V)
	}
	fmt.Printf("%e %E %.2e %g %g %g %G\n", 123456.789, 0.000123, 6.02214076e23, 1e21, 1e20, 0.00001234, 1e-7)
	fmt.Printf("%x %X %#x %o %#o %O %b %08b %c %U\n", 255, 255, 255, 8, 8, 8, 5, 5, 'G', 'é')
	fmt.Printf("%x % x %X %q %+q %#q\n", "hi!", "hi!", []byte("ok"), "tab\there", "héllo", "raw`q")
	fmt.Printf("[%*d] [%-*d] [%.*f] [%5.1s] [%-5s] [%5t]\n", 6, 42, 4, 7, 2, math.Pi, "xyz", "ab", true)
	fmt.Printf("%v %.3v %10.4v| %v %v\n", 1.0, math.E, math.Pi, float32(0.1), 1e6)
	fmt.Printf("%3c|%-4q|%#U\n", 'x', 'y', '☺')
	fmt.Printf("%t %v %p\n", false, nil, nil)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")

	nan, inf := math.NaN(), math.Inf(1)
	fmt.Println(nan, inf, -inf, nan == nan, inf > math.MaxFloat64, math.IsNaN(nan))
	fmt.Printf("%5.2f|%v|%+v|%e|%x\n", nan, -inf, inf, inf, 1.0)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.Copysign(0, -1))

	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, -7&3, 7&^5)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u16 uint16 = 65535
	u16 += 2
	big := math.MaxInt64
	big++
	m8, neg, u32 := int8(-128), int8(-1), uint32(1<<32-1)
	fmt.Println(i8, u8, u16, big == math.MinInt64, m8/neg, -m8, u32*2, u32+1)
	f := 2.9999
	fmt.Println(int(f), int(-f), math.Round(-2.5), math.Trunc(-2.5), math.Floor(-2.5), uint8(int(300)&0xff))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2), 1e100, 100000000.0, 123456789.0)

	mean, sd := stats([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Printf("mean=%.2f sd=%.3f\n", mean, sd)
	m2, sd2 := stats(nil)
	fmt.Printf("%v %6.2f\n", m2, sd2)

	temps := []Celsius{21.5, -3.25, 100}
	fmt.Println(temps, temps[1])
	fmt.Printf("%v %s %.2f %6.1f|\n", temps[0], temps[2], temps[1], temps[1])

	leaf := &Sample{Name: "leaf", Vals: []float64{1.5}}
	root := Sample{Name: "root", At: &Point{1, -2}, Vals: []float64{0.25, 1e-9}, Meta: map[string]int{"b": 2, "a": 1}, Next: leaf, Notes: Celsius(5)}
	fmt.Printf("%v\n", root.At)
	fmt.Printf("%+v\n", *leaf)
	fmt.Printf("%v\n", root.Meta)
	fmt.Printf("%+v %v\n", root.Vals, root.Notes)
	fmt.Printf("%#v\n", Point{1, 2.5})
	fmt.Printf("%v %+v\n", []*Point{nil}, struct {
		P *Point
		S []int
		M map[int]bool
		E error
	}{})
	fmt.Println(strconv.Quote("a\"b"), strconv.FormatInt(-255, 16), strconv.FormatFloat(1.5, 'e', 3, 64), strconv.Itoa(-0))
}
