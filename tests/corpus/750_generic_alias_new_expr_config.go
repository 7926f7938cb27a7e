//go:build ignore

// Generic type aliases (Go 1.24) over cell generic types, new(expr)
// (Go 1.26) for optional pointer fields of a config struct, and a
// constraint with a method.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"time"
)

//cell

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Table[K comparable, V any] struct {
	rows []Pair[K, V]
}

func (t *Table[K, V]) Add(k K, v V) *Table[K, V] {
	t.rows = append(t.rows, Pair[K, V]{k, v})
	return t
}

func (t *Table[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, p := range t.rows {
			if !yield(p.Key, p.Val) {
				return
			}
		}
	}
}

type Set[T comparable] = map[T]struct{}

type Named[V any] = Table[string, V]

type Entry[V any] = Pair[string, V]

//cell

type Config struct {
	Name    string
	Retries *int
	Timeout *time.Duration
	Verbose *bool
	Tags    Set[string]
}

func (c Config) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", c.Name)
	if c.Retries != nil {
		fmt.Fprintf(&b, " retries=%d", *c.Retries)
	}
	if c.Timeout != nil {
		fmt.Fprintf(&b, " timeout=%v", *c.Timeout)
	}
	if c.Verbose != nil {
		fmt.Fprintf(&b, " verbose=%t", *c.Verbose)
	}
	if len(c.Tags) > 0 {
		fmt.Fprintf(&b, " tags=%v", slices.Sorted(maps.Keys(c.Tags)))
	}
	return b.String()
}

func merge(base, over Config) Config {
	out := base
	if over.Retries != nil {
		out.Retries = over.Retries
	}
	if over.Timeout != nil {
		out.Timeout = new(*over.Timeout)
	}
	if over.Verbose != nil {
		out.Verbose = over.Verbose
	}
	out.Tags = Set[string]{}
	for t := range base.Tags {
		out.Tags[t] = struct{}{}
	}
	for t := range over.Tags {
		out.Tags[t] = struct{}{}
	}
	return out
}

//cell

type Labeled interface {
	comparable
	Label() string
}

type Color int

func (c Color) Label() string { return [...]string{"red", "green", "blue"}[c] }

type Size string

func (s Size) Label() string { return "size " + strings.ToUpper(string(s)) }

func Index[T Labeled](xs ...T) Named[T] {
	var t Named[T]
	seen := Set[T]{}
	for _, x := range xs {
		if _, dup := seen[x]; dup {
			continue
		}
		seen[x] = struct{}{}
		t.Add(x.Label(), x)
	}
	return t
}

func main() {
	base := Config{Name: "base", Retries: new(3), Timeout: new(2 * time.Second), Tags: Set[string]{"prod": {}}}
	over := Config{Name: "job", Verbose: new(true), Timeout: new(1500 * time.Millisecond), Tags: Set[string]{"batch": {}}}
	m := merge(base, over)
	*over.Timeout = time.Minute
	fmt.Println(base)
	fmt.Println(over)
	fmt.Println(m)
	n := new(len(m.Tags) * 10)
	*n++
	fmt.Println(*n, *new("x" + m.Name))

	colors := Index(Color(2), Color(0), Color(2), Color(1))
	for label, c := range colors.All() {
		fmt.Printf("%s=%d ", label, c)
	}
	fmt.Println()
	sizes := Index[Size]("s", "xl", "s")
	for label, s := range sizes.All() {
		fmt.Printf("%q->%v ", label, s)
	}
	fmt.Println()
	e := Entry[float64]{"pi", 3.14}
	var p Pair[string, float64] = e
	t := &Table[string, float64]{}
	t.Add(p.Key, p.Val).Add("e", 2.72)
	fmt.Printf("%v %+v %d\n", e, p, len(t.rows))
}
