//go:build ignore

// fmt verbs on cell types, pointers to them and nested slices and maps
// of them: %v %+v %#v %T %q %x %08.3f %-10s| %6.2f %e %U %c %p-free
// pointer printing through %v of a struct holding pointers (nil only),
// width and precision from arguments, and Formatter/GoStringer methods.
package main

import (
	"fmt"
	"os"
)

//cell

type Celsius float64

type Color struct {
	R, G, B uint8
}

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

type Reading struct {
	Sensor string
	Temp   Celsius
	Tags   []string
	Extra  map[string]int
	Next   *Reading
}

type Name string

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD %d.%02d", m/100, m%100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m/100, m%100)
	case 'd':
		fmt.Fprintf(f, "%d", int64(m))
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

//cell

func main() {
	r := Reading{Sensor: "s1", Temp: 21.456, Tags: []string{"in", "lab"}, Extra: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%#v\n", r)
	fmt.Printf("%T %T %T %T\n", r, &r, r.Temp, []*Reading{&r})
	fmt.Printf("%08.3f|%-10s|%10s|%6.2f|%e|%g\n", r.Temp, r.Sensor, Name("n"), float64(r.Temp), r.Temp, r.Temp)
	c := Color{255, 128, 0}
	fmt.Printf("%v %s %+v %#v %q %x\n", c, c, c, c, c, c)
	fmt.Printf("%v %+v\n", &c, []*Color{&c})
	fmt.Printf("%v %v\n", []Color{{1, 2, 3}, {}}, map[Name]Color{"z": {9, 9, 9}, "a": {}})
	fmt.Printf("%q %x %X % x %5q\n", Name("hé"), Name("hi"), "hi", "abc", 'x')
	fmt.Printf("%U %c %#U %08b %o %#o %#x\n", 'é', 0x263A, 'G', 5, 8, 8, 255)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	m := Money(12345)
	fmt.Printf("%v %+v %s %d %x\n", m, m, m, m, m)
	fmt.Println(m, []Money{1, 250})
	s := Secret("pw")
	fmt.Printf("%v %#v %s\n", s, s, []Secret{"a"})
	fmt.Printf("%#v %#v %#v\n", []Name{"a"}, map[string]Celsius{"x": 1.5}, struct{ A *int }{})
	fmt.Printf("%v %+v\n", r.Next, Reading{Next: nil}.Next == nil)
	fmt.Printf("%t %v %08.3f %+d %x\n", true, nil, -3.5, 7, -255)
	fmt.Printf("%6.1f%%\n", 99.5)
	fmt.Printf("%[2]s %[1]s %[2]q\n", "world", "hello")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%v %v\n", [2][]Name{{"a"}, nil}, map[Color][]Celsius{{1, 1, 1}: {1, 2}})
	fmt.Fprintf(os.Stdout, "%-8v|%8v|\n", c, Name("right"))
	fmt.Println(fmt.Sprint(c, "x", 3, 4, "y", Name("z")), fmt.Sprintln(c, m))
}
