//go:build ignore

// Named array, slice, map, func and chan types without methods held by
// interfaces: each is a type of its own to %T, type switches,
// assertions and map[any] keys (a Celsius-like RGB is not a [3]uint8),
// prints and encodes as its value, and asserts back after a trip
// through compiled code (container/heap, sync.Map, a context).
package main

import (
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"sync"
)

type RGB [3]uint8

type Path []string

type Tally map[string]int

type Op func(int, int) int

type Events chan string

type Edge [2]int

type Edges []Edge

func describe(v any) string {
	switch x := v.(type) {
	case RGB:
		return fmt.Sprintf("color #%02x%02x%02x", x[0], x[1], x[2])
	case [3]uint8:
		return fmt.Sprintf("bytes %v", x)
	case Path:
		return "path of " + fmt.Sprint(len(x))
	case []string:
		return "strings"
	case Tally:
		return fmt.Sprintf("tally %d", x["a"])
	case Op:
		return fmt.Sprintf("op gives %d", x(6, 7))
	case Events:
		return fmt.Sprintf("events cap %d", cap(x))
	}
	return fmt.Sprintf("other %T", v)
}

//cell

func (e Edges) Len() int           { return len(e) }
func (e Edges) Less(i, j int) bool { return e[i][1] < e[j][1] }
func (e Edges) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }
func (e *Edges) Push(x any)        { *e = append(*e, x.(Edge)) }
func (e *Edges) Pop() any {
	old := *e
	n := len(old)
	x := old[n-1]
	*e = old[:n-1]
	return x
}

var values = []any{
	RGB{255, 128, 0},
	[3]uint8{255, 128, 0},
	Path{"usr", "lib"},
	[]string{"usr", "lib"},
	Tally{"a": 3},
	Op(func(a, b int) int { return a * b }),
	make(Events, 4),
	Edge{1, 2},
}

//cell

func init() {
	for _, v := range values {
		fmt.Printf("%-14T %s\n", v, describe(v))
	}
	seen := map[any]string{}
	seen[RGB{1, 2, 3}] = "rgb"
	seen[[3]uint8{1, 2, 3}] = "array"
	seen[Edge{1, 2}] = "edge"
	seen[[2]int{1, 2}] = "pair"
	fmt.Println(len(seen), seen[RGB{1, 2, 3}], seen[[3]uint8{1, 2, 3}], seen[Edge{1, 2}], seen[[2]int{1, 2}])
	_, isArr := values[0].([3]uint8)
	_, isRGB := values[0].(RGB)
	_, isStringer := values[0].(fmt.Stringer)
	fmt.Println(isArr, isRGB, isStringer, values[0] == values[0])
	b, err := json.Marshal(map[string]any{"color": values[0], "path": values[2], "tally": values[4]})
	fmt.Println(string(b), err)
	fmt.Println(values[0], values[2], values[4], []any{values[7], Edges{{3, 4}}})
}

//cell

func main() {
	h := &Edges{}
	for _, e := range []Edge{{1, 9}, {2, 3}, {3, 5}} {
		heap.Push(h, e)
	}
	first := heap.Pop(h).(Edge)
	fmt.Println(first, h.Len())
	var m sync.Map
	m.Store("best", first)
	v, _ := m.Load("best")
	e, ok := v.(Edge)
	fmt.Println(e, ok, e == first)
	ctx := context.WithValue(context.Background(), "path", Path{"a", "b"})
	p, ok := ctx.Value("path").(Path)
	fmt.Println(p, ok)
	ev := values[6].(Events)
	ev <- "ready"
	fmt.Println(<-ev, len(ev))
}
