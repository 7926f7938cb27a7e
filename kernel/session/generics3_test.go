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

// A copy lists the methods of the cell that made it first: one made in
// the cell that adds methods, and again in a later one, differs from the
// log by their order, which redefines nothing either.
func TestCellsGenericMethodLaterReordered(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\ntype Set[T comparable] map[T]bool\nfunc (s Set[T]) Has(x T) bool { return s[x] }\ntype Inv[T comparable] struct {\n\tSet[T]\n\tName string\n}\ntype Item struct{ SKU string }", ""},
		{"var inv Inv[Item]\nfunc step1() {\n\tinv = Inv[Item]{Set[Item]{{\"a\"}: true}, \"main\"}\n\tfmt.Println(inv.Has(Item{\"a\"}))\n}\nstep1()", "true\n"},
		{"func (s Set[T]) Len() int { return len(s) }", ""},
		{"func step2() { fmt.Println(inv.Len(), inv.Has(Item{\"b\"})) }", ""},
		{"step2()", "1 false\n"},
		{"x := Inv[Item]{Set[Item]{}, \"x\"}\nfmt.Println(x.Len(), inv.Len())", "0 1\n"},
	})
}

// A generic function redefined in a later cell is what a function
// declared before calls through another generic function's copy
// (useInt -> mainꞏTwiceꞏint -> mainꞏDoubleꞏint): the copy is evaluated
// again, and so is useInt, which mentions it only in its lowering. And a
// String method a later cell gives a generic type prints the value made
// before, in slices and maps too.
func TestCellsGenericFuncRedefinedThroughCopy(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\nfunc Double[T ~int | ~float64](x T) T { return x * 2 }\nfunc Twice[T ~int | ~float64](x T) T { return Double(Double(x)) }\nfunc useInt(n int) int { return Twice(n) }", ""},
		{"fmt.Println(useInt(3), Twice(1.5))", "12 6\n"},
		{"func Double[T ~int | ~float64](x T) T { return x * 3 }", ""},
		{"fmt.Println(useInt(3), Twice(1.5), Double(2))", "27 13.5 6\n"},
		{"type Box[T any] struct{ V T }\nfunc (b Box[T]) Get() T { return b.V }\nb := Box[int]{4}", ""},
		{"func (b Box[T]) String() string { return fmt.Sprint(\"box:\", b.V) }", ""},
		{"fmt.Println(b, []Box[int]{b}, map[string]Box[int]{\"k\": b})\nfmt.Printf(\"%v %+v %s\\n\", b, b, b)", "box:4 [box:4] map[k:box:4]\nbox:4 box:4 box:4\n"},
	})
}

// A method a later cell gives a generic type is a method of the values
// of its instances that the notebook holds only in interfaces (no
// variable of a later cell names the instance): the cell that declares
// the method copies the instances earlier cells made anew.
func TestCellsGenericMethodLaterHeldInAny(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\ntype Box[T any] struct{ v T }", ""},
		{"var a any = Box[int]{1}\nb := Box[string]{\"s\"}\nvals := []any{&Box[float64]{2.5}, Box[int]{7}}", ""},
		{"func (b Box[T]) String() string { return fmt.Sprintf(\"Box(%v)\", b.v) }", ""},
		{"fmt.Println(a, b, vals[1])\n_, ok := a.(fmt.Stringer)\nfmt.Println(ok)", "Box(1) Box(s) Box(7)\ntrue\n"},
		{"func (b *Box[T]) Set(v T) { b.v = v }", ""},
		{"vals[0].(interface{ Set(float64) }).Set(4)\nfmt.Println(vals[0])", "Box(4)\n"},
	})
}

// A value of a generic struct type's instance (yaegi's bare struct, the
// copy's) is named as Go names it by %T, in a slice's type too, and by a
// failed assertion.
func TestCellsGenericCopyTypeNames(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\ntype Box[T any] struct{ V T }\nfunc unbox(x any) (b Box[string]) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn x.(Box[string])\n}", ""},
		{"var x any = Box[int]{1}\nfmt.Printf(\"%T %T %T\\n\", x, []Box[string]{}, map[string]*Box[int]{})\n_ = unbox(x)", "main.Box[int] []main.Box[string] map[string]*main.Box[int]\ninterface conversion: interface {} is main.Box[int], not main.Box[string]\n"},
	})
}
