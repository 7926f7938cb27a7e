package check

import "testing"

// A loop's body that declares again, in its own block, the name of a
// loop variable the lowering copies (range over an int, a string or a
// function; a range or three-clause loop whose variable a closure
// captures) runs as in Go: the lowering's copies at the body's start made
// it "no new variables on left side of :=". A continue after the body's
// own i copies back the loop's i, not the body's.
func TestLoopBodyRedeclaresLoopVariable(t *testing.T) {
	runSteps(t,
		step{`func loops() (out []int) {
	var fs []func() int
	for x := range 3 {
		x := x * 100
		out = append(out, x)
	}
	for _, x := range []int{1, 2} {
		fs = append(fs, func() int { return x })
		x := x * 10
		out = append(out, x)
	}
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i := i + 50
		if i%2 == 0 {
			continue
		}
		out = append(out, i)
	}
	for i, r := range "ab" {
		r := r + 1
		var i = i * 2
		out = append(out, i, int(r))
	}
	for v := range slices.Values([]int{7, 8}) {
		v := -v
		out = append(out, v)
	}
	for k, v := range maps.All(map[int]int{4: 5}) {
		k, v := v, k
		out = append(out, k, v)
	}
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}`, ""},
		step{"fmt.Println(loops())", "[0 100 200 10 20 51 53 55 0 98 2 99 -7 -8 5 4 1 2 0 1 2 3 4 5]\n"},
	)
}
