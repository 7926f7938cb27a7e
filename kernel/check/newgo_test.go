package check

import "testing"

// min and max order negative zero below positive zero, as Go's builtins
// do: min(0.0, -0.0) is -0.0 and max(-0.0, 0.0) is 0.0, whatever the
// order of the arguments; a NaN still wins.
func TestMinMaxNegativeZero(t *testing.T) {
	runSteps(t,
		step{"z, nz := 0.0, math.Copysign(0, -1)\nfmt.Println(1/min(z, nz), 1/min(nz, z), 1/max(nz, z), 1/max(z, nz))\nfmt.Println(1/min(z, z, nz), 1/max(nz, nz, z), math.IsNaN(min(nz, math.NaN(), z)), math.IsNaN(max(math.NaN(), z)))\nvar f32 float32 = 0\nfmt.Println(1/min(f32, -f32), 1/max(-f32, f32))", "-Inf -Inf +Inf +Inf\n-Inf +Inf true true\n-Inf +Inf\n"},
	)
}

// clear on a map removes every key, NaN keys included (which delete
// cannot reach: NaN != NaN).
func TestClearMapNaNKeys(t *testing.T) {
	runSteps(t,
		step{"m := map[float64]string{math.NaN(): \"a\", 1: \"b\"}\nm[math.NaN()] = \"c\"\nclear(m)\nfmt.Println(len(m))\ntype key struct{ f float64 }\nk := map[key]int{{math.NaN()}: 1, {2}: 2}\nclear(k)\nfmt.Println(len(k))\nvar a map[any]int = map[any]int{math.NaN(): 1, \"s\": 2}\nclear(a)\nfmt.Println(len(a))", "0\n0\n0\n"},
	)
}

// A type an earlier cell declared as an alias of an instance of a
// notebook generic (type Distances = Series[Meters]) is mono's copy in the
// interpreter; what the lowering writes of it (%T's function here) names
// the copy, not Series[Meters], which made yaegi instantiate the generic
// itself (and fail on its lowered min: "too many arguments").
func TestAliasOfGenericInstanceLaterCell(t *testing.T) {
	runSteps(t,
		step{"type Meters float64\nfunc (m Meters) String() string { return fmt.Sprintf(\"%.1fm\", float64(m)) }", ""},
		step{"type Series[T ~float64] struct{ Points []T }\nfunc (s Series[T]) Range() (T, T) {\n\tlo, hi := s.Points[0], s.Points[0]\n\tfor _, p := range s.Points {\n\t\tlo, hi = min(lo, p), max(hi, p)\n\t}\n\treturn lo, hi\n}\ntype Distances = Series[Meters]", ""},
		step{"func f() {\n\trun := Distances{Points: []Meters{2, 1, 3}}\n\tlo, hi := run.Range()\n\tfmt.Printf(\"%T %v %v %v\\n\", run, run.Points, lo, hi)\n}\nf()", "main.Series[main.Meters] [2.0m 1.0m 3.0m] 1.0m 3.0m\n"},
	)
}

