package check

import "testing"

// Type aliases declared in a function, of a generic instance, a slice,
// a struct and a function type, in a group beside a defined type: used
// as types, composite literals' types, conversions and %T's operands
// (yaegi v0.16.1 declares no local alias: "undefined: Costs").
func TestLocalTypeAliases(t *testing.T) {
	runSteps(t,
		step{"type Vec[T ~int | ~float64] []T\nfunc (v Vec[T]) Sum() (s T) {\n\tfor _, x := range v {\n\t\ts += x\n\t}\n\treturn\n}", ""},
		step{"func run() {\n\ttype Costs = Vec[float64]\n\tvar got Costs\n\tgot = append(got, 2)\n\tfmt.Println(got, got.Sum())\n}\nrun()", "[2] 2\n"},
		step{"func run1() {\n\ttype C = []float64\n\tvar got C\n\tgot = append(got, 2)\n\tfmt.Println(got, C{1, 2}, len(C(nil)))\n}\nrun1()", "[2] [1 2] 0\n"},
		step{"func run2() {\n\ttype P = struct{ X int }\n\ttype (\n\t\tFn = func(int) int\n\t\tQ  struct{ p P }\n\t)\n\tp := P{3}\n\tf := Fn(func(i int) int { return i * 2 })\n\tvar fs []Fn\n\tfs = append(fs, f)\n\tfmt.Println(p, Q{p}, fs[0](4), fmt.Sprintf(\"%T\", p))\n}\nrun2()", "{3} {{3}} 8 struct { X int }\n"},
	)
}
