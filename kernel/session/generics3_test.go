package session

import "testing"

// A method a later cell declares on a generic type of the notebook is a
// method of the values of its instances made before (a variable whose
// function field no fresh interpreter could carry included), without a
// fresh interpreter: the instance's copy gains methods only.
func TestCellsGenericMethodLater(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\ntype Q[T any] struct {\n\txs   []T\n\tless func(a, b T) bool\n}\nfunc (q *Q[T]) Push(x T) { q.xs = append(q.xs, x) }", ""},
		{"q := &Q[int]{less: func(a, b int) bool { return a < b }}\nq.Push(3)\nq.Push(1)", ""},
		{"func (q *Q[T]) Min() T {\n\tm := q.xs[0]\n\tfor _, x := range q.xs {\n\t\tif q.less(x, m) {\n\t\t\tm = x\n\t\t}\n\t}\n\treturn m\n}", ""},
		{"fmt.Println(q.Min(), len(q.xs))", "1 2\n"},
		{"p := &Q[int]{less: func(a, b int) bool { return a > b }}\np.Push(5)\np.Push(7)\nfmt.Println(p.Min(), q.Min())", "7 1\n"},
		// a fresh interpreter replays the copy with its methods
		{"type R struct{ A int }", ""},
		{"type R struct{ A, B int }", ""},
		{"q", "error: CompileError: undefined: q"},
		{"r := &Q[string]{less: func(a, b string) bool { return a < b }}\nr.Push(\"b\")\nr.Push(\"a\")\ns := &Q[int]{less: func(a, b int) bool { return a < b }}\ns.Push(2)\nfmt.Println(r.Min(), s.Min())", "a 2\n"},
	})
}

// A generic type's copy whose methods range over functions (the
// lowering's fresh gofuturesState names differ from one lowering to the
// next) gains a later cell's method without a fresh interpreter.
func TestCellsGenericMethodLaterRangeFunc(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import (\"fmt\"; \"iter\"; \"cmp\"; \"slices\")\ntype OM[K cmp.Ordered, V any] struct {\n\tkeys []K\n\tvals map[K]V\n}\nfunc (m *OM[K, V]) Set(k K, v V) {\n\tif _, ok := m.vals[k]; !ok {\n\t\ti, _ := slices.BinarySearch(m.keys, k)\n\t\tm.keys = slices.Insert(m.keys, i, k)\n\t}\n\tm.vals[k] = v\n}\nfunc (m *OM[K, V]) All() iter.Seq2[K, V] {\n\treturn func(yield func(K, V) bool) {\n\t\tfor _, k := range m.keys {\n\t\t\tif !yield(k, m.vals[k]) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nfunc (m *OM[K, V]) Keys() iter.Seq[K] {\n\treturn func(yield func(K) bool) {\n\t\tfor k := range m.All() {\n\t\t\tif !yield(k) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}", ""},
		{"m := &OM[string, int]{vals: map[string]int{}}\nm.Set(\"a\", 1)\nfor k, v := range m.All() {\n\tfmt.Println(k, v)\n}", "a 1\n"},
		{"func (m *OM[K, V]) Len() int { return len(m.keys) }", ""},
		{"fmt.Println(m.Len(), slices.Collect(m.Keys()))", "1 [a]\n"},
	})
}
