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
