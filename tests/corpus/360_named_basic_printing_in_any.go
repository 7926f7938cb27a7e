//go:build ignore

// Named types of basic underlying types without methods (type Celsius
// float64, type ID int, type Name string) held in interfaces: %T names
// them as their own types, %v and the other verbs print them as their
// values, composites of them in an any are named with them, and reflect
// sees their kind.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64
type ID int
type Name string
type Op byte
type Flag bool
type Ratio float32
type Big uint64

//cell

type Reading struct {
	Where Name
	Temp  Celsius
	Extra any
}

func describe(vals ...any) string {
	var parts []string
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%T=%v", v, v))
	}
	return strings.Join(parts, " ")
}

//cell

func main() {
	var xs []any = []any{Celsius(21.5), ID(7), Name("kiln"), Op('+'), Flag(true), Ratio(0.25), Big(1 << 40), 21.5, 7, "kiln"}
	for _, x := range xs {
		fmt.Printf("%-14T %v\n", x, x)
	}
	fmt.Println(describe(Celsius(-3), ID(0), Name("")))
	fmt.Printf("%d %x %q %c %t %.3f %e\n", any(ID(255)), any(ID(255)), any(Name("hi")), any(Op('*')), any(Flag(false)), any(Ratio(1.5)), any(Celsius(1234.5)))
	fmt.Printf("%T %T %T\n", any([]Celsius{1, 2}), any(map[ID]Name{1: "a"}), any([2]Op{'a', 'b'}))
	fmt.Printf("%v %v %v\n", any([]Celsius{1, 2}), any(map[ID]Name{1: "a"}), any([2]Op{'a', 'b'}))
	r := Reading{"hall", 19.5, ID(3)}
	fmt.Printf("%v %+v %T\n", r, r, r.Extra)
	var holder any = r
	fmt.Printf("%T %v\n", holder, holder.(Reading).Temp)
	fmt.Println(reflect.TypeOf(xs[0]).Kind(), reflect.TypeOf(xs[2]).Kind(), reflect.ValueOf(xs[1]).Int())
	fmt.Println(fmt.Sprint(xs[:3]...), fmt.Sprintln(xs[3:6]...) == "+ true 0.25\n")
	var s fmt.Stringer
	_, isStringer := xs[2].(fmt.Stringer)
	fmt.Println(s == nil, isStringer)
}
