//go:build ignore

// Type aliases, including generic aliases (Go 1.24), and defined types versus aliases.
package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type IntSet = Set[int]

type Celsius = float64

type Meters float64

type Pair[A, B any] struct {
	First  A
	Second B
}

type StringPair[B any] = Pair[string, B]

//cell

func main() {
	s := IntSet{}
	s[3] = struct{}{}
	s[5] = struct{}{}
	_, ok := s[3]
	fmt.Println(len(s), ok)
	var c Celsius = 36.6
	var f float64 = c
	fmt.Printf("%v %T\n", f, c)
	m := Meters(5)
	fmt.Printf("%v %T\n", m, m)
	p := StringPair[int]{"age", 30}
	fmt.Printf("%+v %T\n", p, p)
	var b byte = 'z'
	var u8 uint8 = b
	fmt.Printf("%T %T\n", b, u8)
}
