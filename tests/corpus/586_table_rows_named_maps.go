//go:build ignore

// A table of rows (a named slice of a named map type with a Column
// method) indexed by a named array key (type Key [2]string) in a named
// map of slices: built, sorted, printed with %T and %#v; a Key and a
// [2]string of the same strings are two keys of a map[any] and unequal
// through any, as in Go; rows through any, a type switch and an
// assertion.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key [2]string
type Row map[string]string
type Table []Row

func (t Table) Column(name string) []string {
	var out []string
	for _, r := range t {
		out = append(out, r[name])
	}
	return out
}

type Index map[Key][]int

//cell

func build(t Table) Index {
	ix := Index{}
	for i, r := range t {
		k := Key{r["city"], r["kind"]}
		ix[k] = append(ix[k], i)
	}
	return ix
}

//cell

func main() {
	t := Table{
		{"city": "Oslo", "kind": "cafe", "name": "Java"},
		{"city": "Bergen", "kind": "bar", "name": "Apollon"},
		{"city": "Oslo", "kind": "cafe", "name": "Tim"},
	}
	t = append(t, Table{{"city": "Oslo", "kind": "bar", "name": "Lorry"}}...)
	fmt.Println(strings.Join(t.Column("name"), ","))
	ix := build(t)
	var ks []Key
	for k := range ix {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i][0]+ks[i][1] < ks[j][0]+ks[j][1] })
	for _, k := range ks {
		fmt.Printf("%v %v\n", k, ix[k])
	}
	fmt.Printf("%T %T %T %#v\n", ix, ks[0], t[0], ks[0])
	seen := map[any]string{Key{"a", "b"}: "key", [2]string{"a", "b"}: "array"}
	fmt.Println(len(seen), seen[Key{"a", "b"}], seen[[2]string{"a", "b"}])
	fmt.Println(any(Key{"a", "b"}) == any([2]string{"a", "b"}), any(Key{"a", "b"}) == any(Key{"a", "b"}))
	var x any = t[1]
	switch v := x.(type) {
	case map[string]string:
		fmt.Println("map", len(v))
	case Row:
		fmt.Println("Row", v["name"])
	}
	rows := []any{t[0], Row{"k": "v"}, "k=v", Key{"k", "v"}}
	n := 0
	for _, r := range rows {
		if _, ok := r.(Row); ok {
			n++
		}
	}
	fmt.Println(n)
}
