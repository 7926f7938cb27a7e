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
