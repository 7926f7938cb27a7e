package session

import "testing"

// The frame of a copy of a generic function's instance that calls a
// method of a generic type's instance names the line of its call: the
// copy's calls name the method of the type's copy (mainꞏRingꞏstring.Next),
// the frame inside it the generic type's (Ring.Next).
func TestPanicLineCopyCallsGenericMethod(t *testing.T) {
	s := New(richOpts())
	decls := "type Ring[T any] struct {\n\titems []T\n\thead  int\n}\n\nfunc (r *Ring[T]) Next() T {\n\tv := r.items[r.head%len(r.items)]\n\tr.head++\n\treturn v\n}\n\nfunc drain[T any](r *Ring[T], n int) []T {\n\tvar out []T\n\tfor i := 0; i < n; i++ {\n\t\tout = append(out, r.Next())\n\t}\n\treturn out\n}"
	panicCells(t, s, decls, []panicCase{
		{"n := &Ring[int]{items: []int{1}}\ndrain(n, 2)\nw := &Ring[string]{}\ndrain(w, 1)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 7, in Ring.Next", "Cell In[1], line 15, in drain[...]", "Cell In[2], line 4"}},
	})
}

// A function literal in a copy of a generic function's instance that is
// not the first copy evaluated with the cell (Counter's int copy after its
// string copy) names its frame as the literal's, at its line: the copy's
// literals' positions are in its source as evaluated, trimmed of the
// other copies' blanked lines (kernel/check's trimmedLits).
func TestPanicLineLiteralInLaterCopy(t *testing.T) {
	s := New(richOpts())
	decls := "func Counter[T comparable](seed []T) func(T) int {\n\tvar m map[T]int\n\tif len(seed) > 0 {\n\t\tm = map[T]int{}\n\t}\n\tfor _, s := range seed {\n\t\tm[s]++\n\t}\n\treturn func(x T) int {\n\t\tm[x]++\n\t\treturn m[x]\n\t}\n}"
	panicCells(t, s, decls, []panicCase{
		{"c := Counter([]string{\"x\"})\nc(\"y\")\nd := Counter([]int(nil))\nd(1)", []string{
			"panic: assignment to entry in nil map", "Cell In[1], line 10, in Counter[...].func1", "Cell In[2], line 4"}},
	})
}
