//go:build ignore

// Debug-printing an inventory in a notebook with the fmt verbs a user
// reaches for: %#v of nested structs, pointers, maps with sorted keys,
// slices of named types and nil values; %x and % X of strings and byte
// slices; %q of runes and strings (with +); %U and %#U; widths and
// precisions taken from arguments (%*d, %-*s, %.*f); %T; %08.3f, %+d,
// %o/%O/%b; Stringer and GoStringer and Formatter types declared in
// one cell, and a Formatter fixed in a later one.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Unit string

type Item struct {
	SKU   string
	Qty   int
	Price float64
	Tags  []string
	Dims  *Dims
	Meta  map[string]int
	unit  Unit
}

type Dims struct{ W, H float32 }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

//cell

type Temp float64

// first version: ignores the precision and the plus flag
var formatTemp = func(t Temp, f fmt.State, verb rune) {
	fmt.Fprintf(f, "%v°C", float64(t))
}

func (t Temp) Format(f fmt.State, verb rune) { formatTemp(t, f, verb) }

var stock = []Item{
	{SKU: "A-1", Qty: 3, Price: 2.5, Tags: []string{"red"}, Dims: &Dims{1.5, 2}, Meta: map[string]int{"z": 1, "a": 2}, unit: "pc"},
	{SKU: "B-22", Qty: -1, Tags: nil, Meta: nil},
}

//cell

func main() {
	first := stock[0]
	first.Dims = nil // a pointer prints as an address
	fmt.Printf("%v\n%+v\n", first, stock[1])
	fmt.Printf("%#v\n", stock[1])
	fmt.Printf("%#v\n", stock[0].Meta)
	fmt.Printf("%#v %#v %#v\n", *stock[0].Dims, []Unit{"kg", "l"}, map[Dims]bool{{1, 2}: true})
	fmt.Printf("%#v %#v %#v %#v\n", Money(1234), Secret("pw"), []any{nil, 1, "s", 2.0}, struct{}{})
	fmt.Printf("%v %s %d %x\n", Money(1234), Secret("pw"), Money(1234), Money(255))
	fmt.Printf("%T %T %T %T %T\n", stock, stock[0].Dims, Money(1), map[string][]*Item{}, errors.New("e"))

	fmt.Printf("%x|% x|%X|% X|%#x|%# x\n", "héllo", "héllo", []byte("hi"), "hi", "hi", "hi")
	fmt.Printf("%q %+q %#q %q %q\n", "tab\t\"é\"", "é世", "back`tick", 'x', '\n')
	fmt.Printf("%c|%U|%#U|%#U|%q|%+q\n", 0x1F600, 'é', 'é', '\x07', 0x1F600, 'é')

	w, p := 8, 3
	fmt.Printf("[%*d][%-*d][%.*f][%*.*f][%-*s]\n", w, 42, w, 42, p, 3.14159, w, p, 2.0/3, 6, "ab")
	fmt.Printf("[%*d][%.*s]\n", -5, 7, 2, "abcdef")
	fmt.Printf("[%08.3f][%+d][%+.1e][% d][%x][%X][%o][%O][%b][%#o][%#b]\n", -3.14159, 5, 12345.678, 7, -255, 255, 8, 8, 5, 8, 5)
	fmt.Printf("[%6.2f%%][%-8v][%8v][%08d][%+08d][%x]\n", 99.5, true, nil, -42, 42, 3.5)
	fmt.Printf("[%5t][%v][%p][%s][%d]\n", false, []*Dims{nil}, nil, []string{"a", "b"}, []byte("AB"))
	fmt.Printf("[%v][%.2v][%10.3v][%g][%G][%e]\n", 1e21, 3.14159, "abcdef", 1e-7, 1e21, 0.0)
	fmt.Printf("[%v][%.1f][%+v][%8.2f]\n", 3+4i, 1-2i, complex64(1), 0.5i)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %-+# 0d\n", 3, 4)

	temps := []Temp{21.456, -3, 0}
	fmt.Printf("%v %.1f %+.2f\n", temps[0], temps[1], temps[2])
	formatTemp = func(t Temp, f fmt.State, verb rune) {
		prec, ok := f.Precision()
		if !ok {
			prec = 1
		}
		s := fmt.Sprintf("%.*f", prec, float64(t))
		if f.Flag('+') && t >= 0 {
			s = "+" + s
		}
		if verb == 'F' {
			s = fmt.Sprintf("%.*f", prec, float64(t)*9/5+32)
			fmt.Fprint(f, s+"°F")
			return
		}
		if wd, ok := f.Width(); ok && len(s) < wd {
			s = strings.Repeat(" ", wd-len(s)) + s
		}
		fmt.Fprint(f, s+"°C")
	}
	fmt.Printf("%v %.1f %+.2f [%8v] %F %s\n", temps[0], temps[1], temps[2], temps[1], temps[0], fmt.Sprint(temps))
	fmt.Println(fmt.Sprintf("%v", fmt.Formatter(temps[0])), fmt.Sprintln("a", 1, 2, "b", "c", 3.0))
	fmt.Print("a", "b", 1, 2, "c", nil, "\n")
	s := fmt.Sprintf("%[2]d %[1]d %d %[1]q", 1, 2)
	fmt.Println(s, fmt.Sprintf("%[3]*.[2]*[1]f|", 12.0, 2, 6))
	fmt.Println(fmt.Append([]byte("x="), 1, "y"), string(fmt.Appendf(nil, "%03d", 7)))
}
