//go:build ignore

// Named basic types without methods through generics and conversions:
// types declared from one another are types of their own, generic
// functions instantiated with them keep them (in interfaces too),
// constants of them keep their values, and conversions between them and
// their underlying types keep the value.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Celsius float64
type Temp Celsius
type ID int
type Slug string
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

//cell

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Largest[T cmp.Ordered](xs ...T) T { return slices.Max(xs) }

func Boxed[T any](xs []T) []any {
	var out []any
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

//cell

func main() {
	c := Celsius(36.6)
	t := Temp(c)
	f := float64(t) * 2
	fmt.Println(c, t, f, Celsius(f), any(t) == any(c), any(Temp(1)) == any(Temp(1)))
	fmt.Printf("%T %T %T\n", any(t), any(Sum([]Celsius{1, 2.5})), any(Sum([]ID{1, 2, 3})))
	fmt.Println(Sum([]Temp{1, 2}), Largest(ID(3), ID(9), ID(4)), Largest[Slug]("b", "c", "a"))
	for _, b := range Boxed([]Weekday{Sunday, Tuesday}) {
		_, isInt := b.(int)
		d, isDay := b.(Weekday)
		fmt.Print(isInt, " ", isDay, " ", d == Tuesday, "; ")
	}
	fmt.Println()
	p := Pair[ID, Slug]{7, "seven"}
	var held any = p.Key
	fmt.Printf("%v %T %T %v\n", p, held, any(p.Val), strings.ToUpper(string(p.Val)))
	ids := []ID{5, 2, 8}
	slices.Sort(ids)
	idx, found := slices.BinarySearch(ids, 8)
	fmt.Println(ids, idx, found, slices.Contains(Boxed(ids), any(2)), slices.Contains(Boxed(ids), any(ID(2))))
	s := Slug("héllo")
	fmt.Println(len(s), s[1:3] == "é", []byte(s)[0], []rune(string(s))[1], Slug(rune(65)), s+"!")
	var w Weekday = Monday
	w++
	fmt.Println(w, w == Tuesday, ID(w)*10, Monday<<2, -Celsius(2))
}
