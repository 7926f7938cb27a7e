package check

import "testing"

// A generic struct made of itself through a field that is not a pointer
// to it (handlers taking the machine) runs: its instances' copies box
// the field as a declared struct's, and the cells' reads and writes of
// an instance's field, and fmt's printing of it, go through the box.
func TestSelfRefGenericStruct(t *testing.T) {
	runSteps(t,
		step{"type Machine[T any] struct {\n\tstate    string\n\thandlers map[string]func(*Machine[T], T) string\n}\n\nfunc (m *Machine[T]) Feed(v T) {\n\tif h, ok := m.handlers[m.state]; ok {\n\t\tm.state = h(m, v)\n\t}\n}", ""},
		step{"m := &Machine[int]{state: \"idle\", handlers: map[string]func(*Machine[int], int) string{}}\nm.handlers[\"idle\"] = func(m *Machine[int], v int) string { return fmt.Sprint(\"got\", v) }\nm.Feed(3)\nfmt.Println(m.state, len(m.handlers))", "got3 1\n"},
		step{"type Pair struct{ m Machine[string]; n int }\np := Pair{n: 2}\np.m.handlers = nil\nfmt.Printf(\"%+v\\n\", p)", "{m:{state: handlers:map[]} n:2}\n"},
	)
}

// A struct type declared in a function and made of itself through a
// field runs: the functions taking the field's value out are variables
// declared beside the type, also where two functions declare types of
// one name, and where the field's type is comparable (a channel, whose
// boxing function goes unused).
func TestSelfRefLocalStruct(t *testing.T) {
	runSteps(t,
		step{"func a() int {\n\ttype node struct {\n\t\tnext map[string]func(*node) int\n\t\tn    int\n\t}\n\tl := &node{next: map[string]func(*node) int{}, n: 4}\n\tl.next[\"double\"] = func(l *node) int { return l.n * 2 }\n\treturn l.next[\"double\"](l)\n}\n\nfunc b() int {\n\ttype node struct {\n\t\tjobs chan func(*node)\n\t\tn    int\n\t}\n\tw := node{jobs: make(chan func(*node), 1)}\n\tw.jobs <- func(w *node) { w.n = 7 }\n\t(<-w.jobs)(&w)\n\treturn w.n\n}", ""},
		step{"fmt.Println(a(), b())", "8 7\n"},
	)
}
