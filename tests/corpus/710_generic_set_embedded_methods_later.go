//go:build ignore

// A generic map-based Set embedded in a generic Inventory; a later cell
// gives Set Union and String methods, used through the embedding value
// made before and by new instances.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

type Inventory[T comparable] struct {
	Set[T]
	Name string
}

type Item struct {
	SKU  string
	Size int
}

//cell

var inv Inventory[Item]

func step1() {
	inv = Inventory[Item]{SetOf(Item{"a", 1}, Item{"b", 2}), "main"}
	fmt.Println(inv.Has(Item{"a", 1}), inv.Has(Item{"a", 2}), len(inv.Set))
}

//cell

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		out[x] = struct{}{}
	}
	for x := range o {
		out[x] = struct{}{}
	}
	return out
}

func (s Set[T]) String() string {
	var parts []string
	for x := range s {
		parts = append(parts, fmt.Sprint(x))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

//cell

func step2() {
	u := inv.Union(SetOf(Item{"c", 3}))
	fmt.Println(u)
	fmt.Println(inv.Set)
	fmt.Printf("%v|%s\n", inv, inv.Set)
	words := SetOf(strings.Fields("b a b c")...)
	fmt.Println(words, words.Union(SetOf("z")), len(words))
}

//cell

func main() {
	step1()
	step2()
}
