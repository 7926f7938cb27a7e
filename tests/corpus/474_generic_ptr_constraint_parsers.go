//go:build ignore

// Generic constraints that name methods: the pointer-receiver pattern
// (PT interface{ *T; Parse(string) error }), a constraint union with ~
// over cell types, a generic type embedding another generic type, and a
// generic function taking a method expression.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Parser[T any] interface {
	*T
	Parse(string) error
}

type Port int

func (p *Port) Parse(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 65535 {
		return fmt.Errorf("bad port %q", s)
	}
	*p = Port(n)
	return nil
}

type Host struct{ Name string }

func (h *Host) Parse(s string) error {
	if s == "" {
		return errors.New("empty host")
	}
	h.Name = strings.ToLower(s)
	return nil
}

func ParseAll[T any, PT Parser[T]](vals []string) ([]T, error) {
	out := make([]T, len(vals))
	for i, v := range vals {
		if err := PT(&out[i]).Parse(v); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

//cell

func init() {
	ports, err := ParseAll[Port]([]string{"80", "443", "0"})
	fmt.Println(ports, err)
	hosts, err := ParseAll[Host]([]string{"Web", "DB"})
	fmt.Println(hosts, err)
}

//cell

type Meters float64
type Feet float64

type Length interface{ ~float64 }

func Total[L Length](ls ...L) L {
	var t L
	for _, l := range ls {
		t += l
	}
	return t
}

type Bag[T comparable] struct{ counts map[T]int }

func (b *Bag[T]) Add(v T) {
	if b.counts == nil {
		b.counts = map[T]int{}
	}
	b.counts[v]++
}

func (b Bag[T]) Count(v T) int { return b.counts[v] }

type NamedBag[T comparable] struct {
	Bag[T]
	Name string
}

//cell

func Map[T, U any](vs []T, f func(T) U) []U {
	out := make([]U, 0, len(vs))
	for _, v := range vs {
		out = append(out, f(v))
	}
	return out
}

func (h Host) Upper() string { return strings.ToUpper(h.Name) }

func main() {
	fmt.Println(Total(Meters(1.5), 2), Total[Feet](3, 4.25))
	fmt.Printf("%T %T\n", Total(Meters(1)), Total[Feet]())
	nb := NamedBag[string]{Name: "fruit"}
	for _, f := range strings.Fields("fig kiwi fig lime fig") {
		nb.Add(f)
	}
	fmt.Println(nb.Name, nb.Count("fig"), nb.Count("kiwi"), nb.Bag.Count("none"))
	hosts, _ := ParseAll[Host]([]string{"A", "b"})
	fmt.Println(Map(hosts, Host.Upper), Map([]Port{1, 2}, func(p Port) string { return "p" + strconv.Itoa(int(p)) }))
	add := nb.Add
	add("lime")
	fmt.Println(nb.Count("lime"))
	var bags []Bag[Port]
	bags = append(bags, Bag[Port]{})
	bags[0].Add(8080)
	fmt.Println(bags[0].Count(8080))
}
