package check

import "testing"

// A struct type a cell declares is tagged (typetags.go), and still takes and
// gives values of its unnamed struct type wherever Go assigns them.
func TestTaggedStructAssignability(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\nfunc mk() Point { return struct{ X, Y int }{5, 6} }\nfunc raw(p Point) struct{ X, Y int } { return p }\nfunc takes(p Point) int { return p.X }", ""},
		step{"p := Point{1, 2}\nvar s struct{ X, Y int }\ns = p\nvar q Point\nq = s\nps := []Point{s}\nm := map[string]Point{\"a\": s}\nfmt.Println(s, q, mk(), raw(p), takes(s), ps, m)\nch := make(chan Point, 1)\nch <- s\nfmt.Println(<-ch)\nq = s\ns = q\nfmt.Println(q, s)", "{1 2} {1 2} {5 6} {1 2} 1 [{1 2}] map[a:{1 2}]\n{1 2}\n{1 2} {1 2}\n"},
	)
}
