package check

import "testing"

// Several values assigned at once to elements, fields or pointers'
// targets of an empty interface type are assigned as in Go: a swap of a
// []any's elements (a hand-written sort's, a heap's Swap), of two
// structs' any fields, a value and a local variable at once, also in a
// loop and at a cell's top level (yaegi v0.16.1: "reflect.Set: value of
// type interface {} is not assignable to type interp.valueInterface").
func TestAnyTargets(t *testing.T) {
	runSteps(t,
		step{`type Sq struct{ S float64 }
type S struct{ v any }
type T interface{}
func swap(h []any, i, j int) { h[i], h[j] = h[j], h[i] }
func e(h []any, x int) (y int) { h[0], y = h[1], x; return }
func f(h []any) { var x any; x, h[0] = h[0], h[1]; h[1] = x }
func g(h []T) { h[0], h[1] = h[1], h[0] }
func fields(p, q *S) { p.v, q.v = q.v, p.v }
func ptrs(p, q *any) { *p, *q = *q, *p }
func rev(h []any) { for i, j := 0, len(h)-1; i < j; i, j = i+1, j-1 { h[i], h[j] = h[j], h[i] } }`, ""},
		step{`k := []any{Sq{3}, "a"}; swap(k, 0, 1); fmt.Println(k)
ee := []any{1, "a"}; fmt.Println(e(ee, 3), ee)
ff := []any{1, "a"}; f(ff); fmt.Println(ff)
gg := []T{1, "a"}; g(gg); fmt.Println(gg)
p, q := &S{1}, &S{"x"}; fields(p, q); fmt.Println(p.v, q.v)
var a, b any = 1, 2; ptrs(&a, &b); fmt.Println(a, b)
r := []any{1, 2.5, Sq{1}, "x"}; rev(r); fmt.Println(r)
r[0], r[3] = r[3], r[0]
fmt.Println(r)`, "[a {3}]\n3 [a a]\n[a 1]\n[a 1]\nx 1\n2 1\n[x {1} 2.5 1]\n[1 {1} 2.5 x]\n"},
	)
}

// Assignments of several values to elements of a map of an empty
// interface type assign them, as Go does: a swap, a function's results,
// a target variable beside them (its key read before it is assigned),
// in a cell's statements and in a function (yaegi v0.16.1 refused the
// swap, "reflect.Set: value of type interface {} is not assignable to
// type interp.valueInterface", and assigned nothing of the results).
func TestMapAnyTargets(t *testing.T) {
	runSteps(t,
		step{"var m = map[int]any{0: \"a\", 1: 2}\nm[0], m[1] = m[1], m[0]\nfmt.Println(m[0], m[1])", "2 a\n"},
		step{"n := map[string]any{}\nn[\"a\"], n[\"b\"] = strconv.Atoi(\"12\")\nfmt.Println(n)", "map[a:12 b:<nil>]\n"},
		step{"func f(m map[int]any) int {\n\tk := 0\n\tvar x float64\n\tk, m[k], x = 5, \"z\", 2\n\treturn k + int(x)\n}\nfmt.Println(f(m), m[0], m[5])", "7 z <nil>\n"},
		step{"for i := range 2 {\n\tm[i], _ = m[1-i], 0\n}\nfmt.Println(m)", "map[0:a 1:a]\n"},
		step{"fl := map[float64]any{}\nfl[1], fl[2] = \"one\", \"two\"\nfmt.Println(fl[1], fl[2])", "one two\n"},
		step{"func ok(x any, src map[string]int, ch chan int) map[string]any {\n\tm := map[string]any{}\n\tm[\"v\"], m[\"ok\"] = x.(int)\n\tm[\"w\"], m[\"ok2\"] = src[\"k\"]\n\tm[\"r\"], m[\"ok3\"] = <-ch\n\treturn m\n}\nch := make(chan int, 1)\nch <- 4\nfmt.Println(ok(3, map[string]int{\"k\": 2}, ch))", "map[ok:true ok2:true ok3:true r:4 v:3 w:2]\n"},
		step{"var g = map[string]any{\"a\": 1}\nvar key = \"a\"\nfunc bump() int { key = \"z\"; g = map[string]any{}; return 9 }\ng[key], g[\"b\"] = bump(), 2\nfmt.Println(g, key)", "map[b:2 z:9] z\n"},
	)
}
