//go:build ignore

// Programs in the style of a well-known Go book: geometry with methods on
// a slice type, a bit-vector set with a String method, embedding with
// pointers, a cache guarded by a mutex embedded in an anonymous struct,
// a table-driven popcount, and temperatures that format themselves.
package main

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

type ColoredPoint struct {
	*Point
	Color color.RGBA
}

//cell

// An IntSet is a set of small non-negative integers.
type IntSet struct{ words []uint64 }

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += PopCount(w)
	}
	return n
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		if word == 0 {
			continue
		}
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] + pc[byte(x>>(1*8))] + pc[byte(x>>(2*8))] + pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] + pc[byte(x>>(5*8))] + pc[byte(x>>(6*8))] + pc[byte(x>>(7*8))])
}

//cell

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: make(map[string]string)}

func Lookup(key string) (string, bool) {
	cache.Lock()
	v, ok := cache.mapping[key]
	cache.Unlock()
	return v, ok
}

func Store(key, value string) {
	cache.Lock()
	defer cache.Unlock()
	cache.mapping[key] = value
}

type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", float64(f)) }
func CToF(c Celsius) Fahrenheit     { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius     { return Celsius((f - 32) * 5 / 9) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

//cell

func main() {
	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	p := Point{1, 2}
	scale := p.ScaleBy
	scale(2)
	distance := Point.Distance
	fmt.Println(p, distance(p, Point{5, 7}))

	red := color.RGBA{255, 0, 0, 255}
	cp := ColoredPoint{&Point{1, 1}, red}
	q := ColoredPoint{&Point{5, 4}, color.RGBA{0, 0, 255, 255}}
	fmt.Println(cp.Distance(*q.Point))
	q.Point = cp.Point
	cp.ScaleBy(2)
	fmt.Println(*cp.Point, *q.Point, cp.Color)

	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String(), &x, x)
	y.Add(9)
	y.Add(42)
	x.UnionWith(&y)
	fmt.Println(&x, x.Has(9), x.Has(123), x.Len(), PopCount(0x1234567890ABCDEF))

	Store("a", "alpha")
	v, ok := Lookup("a")
	_, missing := Lookup("b")
	fmt.Println(v, ok, missing)

	fmt.Printf("%v %v %v %s\n", AbsoluteZeroC, CToF(BoilingC), FToC(212), BoilingC-FreezingC)
	var f celsiusFlag
	for _, in := range []string{"100C", "212°F", "-40F", "5K"} {
		if err := f.Set(in); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(in, "=", f.Celsius, f)
	}
}
