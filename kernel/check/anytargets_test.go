package check

import "testing"

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
	)
}
