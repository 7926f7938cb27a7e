package session

import (
	"bytes"
	"context"
	"testing"
)

// Methods declared before the types their interface values hold: each
// cell that declares types gives them a body lowered for the types
// through their hook (kernel/check's methodhook.go), in the same
// interpreter (its variables and goroutines stay); a fresh interpreter
// restored from the log declares them as lowered last.
func TestMethodsBeforeTypes(t *testing.T) {
	cells := []cellCase{
		{"import \"fmt\"\ntype Shape interface{ Area() float64 }\ntype Scene struct{ Items []Shape }\n" +
			"func (s Scene) String() string { return fmt.Sprint(\"scene\", s.Items) }\n" +
			"func (Scene) Tag(_ int, xs ...any) (out string) {\n\tout = fmt.Sprint(xs...)\n\treturn\n}\n" +
			"func (s *Scene) Dump() {\n\tfor _, it := range s.Items {\n\t\tif q, ok := it.(interface{ Side() float64 }); ok {\n\t\t\tfmt.Println(\"side\", q.Side())\n\t\t}\n\t}\n\tfmt.Println(s.Items)\n}", ""},
		{"type Sq struct{ S float64 }\nfunc (q Sq) Area() float64 { return q.S * q.S }\nfunc (q Sq) Side() float64 { return q.S }\ntype Circle struct{ R float64 }\nfunc (c *Circle) Area() float64 { return 3 * c.R * c.R }\nfunc (c *Circle) String() string { return fmt.Sprintf(\"circle(%g)\", c.R) }", ""},
		{"ch := make(chan int, 1)\nch <- 7\nsc := Scene{[]Shape{Sq{2}, &Circle{1}}}\nfmt.Println(sc, sc.Tag(0, Sq{1}, &Circle{2}))\nsc.Dump()", "scene[{2} circle(1)] {1} circle(2)\nside 2\n[{2} circle(1)]\n"},
		{"type Tri struct{ B, H float64 }\nfunc (t Tri) Area() float64 { return t.B * t.H / 2 }", ""},
		// the same interpreter: the channel made before is there
		{"sc.Items = append(sc.Items, Tri{2, 3})\nfmt.Println(sc, <-ch)\nsc.Dump()", "scene[{2} circle(1) {2 3}] 7\nside 2\n[{2} circle(1) {2 3}]\n"},
	}
	s := runCells(t, richOpts(), cells)

	var out bytes.Buffer
	opts := richOpts()
	opts.Stdout, opts.Stderr = &out, &out
	fresh := New(opts)
	if notes := fresh.Restore(s.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	if _, err := fresh.Execute(context.Background(), "sc := &Scene{[]Shape{Tri{1, 1}, Sq{3}, &Circle{4}}}\nfmt.Println(sc)\nsc.Dump()", 6); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "scene[{1 1} {3} circle(4)]\nside 3\n[{1 1} {3} circle(4)]\n"; got != want {
		t.Fatalf("restored: got %q, want %q", got, want)
	}
}

// A method redefined in a later cell starts a fresh interpreter, which
// declares the variables of the cells' statements before it replays the
// declarations: a hooked method with a parameter named as one of them (a
// heap's Push(x any) beside x := 7) made its hook variable's declaration
// fail there ("variable definition loop"), and x was lost ("not
// restored: x: it was not declared").
func TestRedefinedMethodKeepsNamesakeOfHookParameter(t *testing.T) {
	opts := richOpts()
	opts.KeepValues = true
	runCells(t, opts, []cellCase{
		{"import \"fmt\"\ntype PQ []int\nfunc (q PQ) Less(i, j int) bool { return q[i] < q[j] }\nfunc (q *PQ) Push(x any) { *q = append(*q, x.(int)) }", ""},
		{"x := 7\nq := &PQ{1, 2}\nq.Push(3)\nfmt.Println(x, q.Less(0, 1))", "7 true\n"},
		{"func (q PQ) Less(i, j int) bool { return q[i] > q[j] }\nfmt.Println(x, q.Less(0, 1), *q)", "7 false [1 2 3]\n"},
	})
}
