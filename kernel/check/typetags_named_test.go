package check

import "testing"

// A named array, slice, map, func or chan type without methods is a type
// of its own in an interface, as in Go: %T names it, an assertion or a
// type switch tells it from its underlying type (both ways), a value of
// it and an equal one of the underlying type are two keys of a map[any];
// it has no methods (no fmt.Stringer, reflect's NumMethod 0) and prints
// and encodes as its value. A value of it that went through compiled
// code (container/heap, a sync.Map, a context) still asserts to it, as
// does one of such a type with methods.
func TestNamedCompositeInAny(t *testing.T) {
	runSteps(t,
		step{`type RGB [3]uint8
type IDs []int
type Tags map[string]int
type Fn func() int
type Ch chan int
type Grid [2][2]int

func kind(v any) string {
	switch v.(type) {
	case RGB:
		return "RGB"
	case [3]uint8:
		return "array"
	case IDs:
		return "IDs"
	case []int:
		return "slice"
	}
	return "other"
}`, ""},
		step{`var a any = RGB{1, 2, 3}
var s any = IDs{1}
var m any = Tags{"a": 1}
var f any = Fn(func() int { return 1 })
var c any = make(Ch)
fmt.Printf("%T %T %T %T %T %T\n", a, s, m, f, c, any(Grid{}))
_, ok1 := a.([3]uint8)
_, ok2 := a.(RGB)
_, ok3 := s.(IDs)
_, ok5 := a.(fmt.Stringer)
fmt.Println(ok1, ok2, ok3, ok5, kind(a), kind([3]uint8{}), kind(s), kind([]int{}))
seen := map[any]string{}
seen[RGB{1, 2, 3}] = "rgb"
seen[[3]uint8{1, 2, 3}] = "array"
seen[Grid{}] = "grid"
seen[[2][2]int{}] = "plain"
fmt.Println(len(seen), seen[a], seen[RGB{1, 2, 3}], seen[[3]uint8{1, 2, 3}], seen[Grid{}])
t := reflect.TypeOf(a)
fmt.Println(t.NumMethod(), t.Kind())
b, _ := json.Marshal(map[string]any{"a": a, "s": s, "m": m})
fmt.Println(a, s, m, []any{a, s}, string(b))
fmt.Printf("%v %d %x %+v\n", a, a, a, s)`, `main.RGB main.IDs main.Tags main.Fn main.Ch main.Grid
false true true false RGB array IDs slice
4 rgb rgb array grid
0 array
[1 2 3] [1] map[a:1] [[1 2 3] [1]] {"a":[1,2,3],"m":{"a":1},"s":[1]}
[1 2 3] [1 2 3] 010203 [1]
`},
		step{`func only(v any) string {
	switch v.(type) {
	case [3]uint8:
		return "array"
	}
	return "other"
}

func (IDs) Len() int { return 9 }`, ""},
		step{`var x any = f
var y any = c
go func() { y.(Ch) <- 5 }()
ids := IDs{4, 5}
ids = append(ids, 6)
var z any = ids
fmt.Println(only(a), only([3]uint8{}), x.(Fn)(), <-c.(Ch), z.(IDs).Len(), z, RGB([3]uint8{7, 8, 9}), len(ids))`, "other array 1 5 9 [4 5 6] [7 8 9] 3\n"},
		step{`type Edge [2]int
type PQ []Edge

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i][0] < q[j][0] }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(Edge)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	x := old[n-1]
	*q = old[:n-1]
	return x
}`, ""},
		step{`type Pair [2]int

func (p Pair) Sum() int { return p[0] + p[1] }`, ""},
		step{`ctx := context.WithValue(context.Background(), "k", Pair{1, 2})
p, ok := ctx.Value("k").(Pair)
fmt.Println(p.Sum(), ok)`, "3 true\n"},
		step{`q := &PQ{}
heap.Push(q, Edge{3, 1})
heap.Push(q, Edge{1, 2})
var sm sync.Map
sm.Store("k", Edge{9})
v, _ := sm.Load("k")
switch e := v.(type) {
case Edge:
	fmt.Println(heap.Pop(q).(Edge), q.Len(), e)
}`, "[1 2] 1 [9 0]\n"},
	)
}
