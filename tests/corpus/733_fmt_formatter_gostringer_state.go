//go:build ignore

// Notebook types that format themselves: a Formatter reading the verb,
// flags, width and precision from fmt.State, a GoStringer for %#v,
// Stringer on a value receiver and on a pointer receiver (so a value
// prints its fields), error beating Stringer, and these types nested in
// slices, maps and structs.
package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%.*f, Y:%.*f}", prec, v.X, prec, v.Y)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Vec{%g, %g}", v.X, v.Y)
			return
		}
		s := fmt.Sprintf("(%.*f, %.*f)", prec, v.X, prec, v.Y)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprintf(f, "<%d,%d>", int(v.X), int(v.Y))
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func (c Color) GoString() string { return fmt.Sprintf("RGB(%d, %d, %d)", c.R, c.G, c.B) }

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

type Fault struct{ Code int }

func (f Fault) Error() string  { return fmt.Sprintf("fault %d", f.Code) }
func (f Fault) String() string { return "never" }

//cell

type Sprite struct {
	Name  string
	Pos   Vec
	Tint  Color
	Hits  *Counter
	Last  error
	Trail []Vec
}

type flagDump struct{}

func (flagDump) Format(f fmt.State, verb rune) {
	var fl []string
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			fl = append(fl, string(c))
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "verb=%c flags=%q w=%d,%v p=%d,%v", verb, strings.Join(fl, ""), w, wok, p, pok)
}

//cell

func main() {
	v := Vec{1.25, -3.5}
	fmt.Printf("%v|%+v|%#v|%.3v|%d|%x\n", v, v, v, v, v, v)
	fmt.Printf("[%14v][%-14v][%s]\n", v, v, v)
	fmt.Println(v, []Vec{v, {0, 1}})
	c := Color{255, 128, 0}
	fmt.Printf("%v %s %#v %+v %q\n", c, c, c, c, c)
	fmt.Printf("%#v\n", []Color{c, {}})
	fmt.Printf("%v %#v\n", map[string]Color{"a": c}, map[string]Color{"a": c})
	cnt := Counter{3}
	fmt.Println(cnt, &cnt)
	fmt.Printf("%v %v %+v\n", cnt, &cnt, cnt)
	cs := []*Counter{{1}, {2}}
	fmt.Println(cs[0], cs)
	var e error = Fault{7}
	fmt.Println(e, Fault{8})
	fmt.Printf("%v %s %d\n", e, Fault{9}, Fault{10})
	sp := Sprite{Name: "hero", Pos: v, Tint: c, Hits: &cnt, Last: e, Trail: []Vec{{1, 1}, {2, 2}}}
	fmt.Printf("%v\n", sp)
	fmt.Printf("%+v\n", sp)
	cnt.n++
	fmt.Println(sp.Hits, *sp.Hits)
	fmt.Println(fmt.Sprintf("%+-8.2v|", flagDump{}), fmt.Sprintf("% 08x", flagDump{}), fmt.Sprintf("%#v", flagDump{}))
	var np *Counter
	fmt.Println(np == nil)
	fmt.Printf("%s\n", []fmt.Stringer{c, &cnt})
}
