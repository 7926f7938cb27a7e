package check

import (
	"strings"
	"testing"
)

// anyResultHeap is a heap of a notebook interface's values: its Pop
// returns them in an "any", which yaegi v0.16.1 holds as its own record
// of an interface value.
const anyResultHeap = `import ("container/heap"; "reflect"; "sync"; "sync/atomic")
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
type SH []Shape
func (h SH) Len() int           { return len(h) }
func (h SH) Less(i, j int) bool { return h[i].Area() < h[j].Area() }
func (h SH) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *SH) Push(x any)        { *h = append(*h, x.(Shape)) }
func (h *SH) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}
func mk() *SH { h := &SH{Sq{3}, Sq{1}, Sq{2}}; heap.Init(h); return h }`

// A compiled function's "any" result holding a notebook interface's
// value (heap.Pop of a heap of Shapes, sync.Map's Load, atomic.Value's
// Load, reflect's Interface), got again at the same call in a loop or
// after a goto, or returned by a function called again, is the value
// (yaegi v0.16.1 put the result in the slot of the call, and wrapped it
// once more when the slot held such a value from the call before: the
// second and later values read <nil>, their assertions crashed).
func TestCompiledAnyResultRepeated(t *testing.T) {
	runSteps(t,
		step{anyResultHeap, ""},
		step{`func a() { h := mk(); var kept []any; for h.Len() > 0 { kept = append(kept, heap.Pop(h)) }; fmt.Println(kept) }
a()`, "[{1} {2} {3}]\n"},
		step{`func c() { h := mk(); for h.Len() > 0 { fmt.Print(heap.Pop(h).(Shape).Area(), " ") } }
c()`, "1 4 9 "},
		step{`func d() { h := mk(); for h.Len() > 0 { fmt.Print(heap.Pop(h).(Sq).S, " ") } }
d()`, "1 2 3 "},
		step{`func e() { h := mk(); var fs []func() any; for h.Len() > 0 { v := heap.Pop(h); fs = append(fs, func() any { return v }) }; for _, f := range fs { fmt.Print(f(), " ") } }
e()`, "{1} {2} {3} "},
		step{`func g() { h := mk(); for h.Len() > 0 { switch v := heap.Pop(h).(type) { case Sq: fmt.Print(v.S, " ") } } }
g()`, "1 2 3 "},
		step{`func k() { h := mk(); var v any; m := map[int]any{}; for i := 0; h.Len() > 0; i++ { v = heap.Pop(h); m[i] = v }; fmt.Println(m) }
k()`, "map[0:{1} 1:{2} 2:{3}]\n"},
		step{`func r() { ss := []Shape{Sq{1}, Sq{2}}; rv := reflect.ValueOf(ss); var kept []any; for i := range rv.Len() { kept = append(kept, rv.Index(i).Interface()) }; fmt.Println(kept) }
r()`, "[{1} {2}]\n"},
		step{`func gt() []any { h := mk(); var kept []any
again:
	kept = append(kept, heap.Pop(h))
	if h.Len() > 0 { goto again }
	return kept }
fmt.Println(gt())`, "[{1} {2} {3}]\n"},
		step{`func pop(h *SH) any { return heap.Pop(h) }
func p() { h := mk(); var kept []any; for h.Len() > 0 { kept = append(kept, pop(h)) }; fmt.Println(kept) }
p()`, "[{1} {2} {3}]\n"},
		step{`func sm() { var m sync.Map; for i := range 3 { var x any = Shape(Sq{float64(i)}); m.Store(i, x) }; var kept []any; var v any; var ok bool; for i := range 3 { v, ok = m.Load(i); kept = append(kept, v, ok) }; fmt.Println(kept) }
sm()`, "[{0} true {1} true {2} true]\n"},
		step{`func av() { var a atomic.Value; var kept []any; for i := range 3 { var x any = Shape(Sq{float64(i)}); a.Store(x); kept = append(kept, a.Load()) }; fmt.Println(kept) }
av()`, "[{0} {1} {2}]\n"},
		step{`h := mk()
var kept []any
for h.Len() > 0 { kept = append(kept, heap.Pop(h)) }
fmt.Println(kept)`, "[{1} {2} {3}]\n"},
	)
}

// The call goes through a function literal only where yaegi gets it
// wrong: not once in a function, not where its results are dropped or
// defined by :=, not in a notebook that declares no interface with
// methods (yaegi holds no value in such a record then).
func TestCompiledAnyResultLeftAlone(t *testing.T) {
	nb := newNotebook(t)
	r := nb.check(`import ("container/heap"; "sync")
type IH []int
func (h IH) Len() int           { return len(h) }
func (h IH) Less(i, j int) bool { return h[i] < h[j] }
func (h IH) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IH) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IH) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }
func drain(h *IH) (out []any) { for h.Len() > 0 { out = append(out, heap.Pop(h)) }; return }`)
	for _, l := range r.Decls {
		if strings.Contains(l.Src, "{ return heap.Pop(") {
			t.Errorf("wrapped without interfaces:\n%s", l.Src)
		}
	}
	nb.steps(t, step{anyResultHeap, ""})
	r = nb.check(`func once(h *SH) any { x := heap.Pop(h); return x }
func loads(m *sync.Map) { for i := range 3 { v, ok := m.Load(i); heap.Pop(nil); fmt.Println(v, ok) } }`)
	for _, l := range r.Decls {
		if strings.Contains(l.Src, "{ return heap.Pop(") || strings.Contains(l.Src, "{ return m.Load(") {
			t.Errorf("wrapped:\n%s", l.Src)
		}
	}
}

// A function lowered before the notebook declared an interface is
// lowered again when a cell declares one.
func TestCompiledAnyResultRelowered(t *testing.T) {
	runSteps(t,
		step{`import "container/heap"
func drain(h heap.Interface) (out []any) { for h.Len() > 0 { out = append(out, heap.Pop(h)) }; return }`, ""},
		step{anyResultHeap, ""},
		step{`fmt.Println(drain(mk()))`, "[{1} {2} {3}]\n"},
	)
}
