package check

import (
	"strings"
	"testing"
)

// A check put before a statement goes left of what the lowering wraps
// around the statement's call (rt.JSONError around json.Unmarshal, a
// statement of its own), as Go checks the index before it calls: the
// lowered statement was "JSONError(if i < 0 ...", which the interpreter
// refused.
func TestPrecheckBeforeWrappedCall(t *testing.T) {
	runSteps(t,
		step{`import "encoding/json"
type Rec struct{ N int }
func load(raw []string, i int) (r Rec) {
	defer func() { fmt.Println("recovered:", recover()) }()
	json.Unmarshal([]byte(raw[i]), &r)
	return
}
func decode(raw []string, i int) (r Rec) {
	defer func() { fmt.Println("recovered:", recover()) }()
	json.NewDecoder(strings.NewReader(raw[i])).Decode(&r)
	return
}`, ""},
		step{`raw := []string{"{\"N\": 1}", "{\"N\": 2}"}
fmt.Println(load(raw, 1), load(raw, 2), decode(raw, 0), decode(raw, 3))`,
			"recovered: <nil>\nrecovered: runtime error: index out of range [2] with length 2\n" +
				"recovered: <nil>\nrecovered: runtime error: index out of range [3] with length 2\n{2} {0} {1} {0}\n"},
	)
}

// The values of an assignment of several values are checked in Go's
// order (go run's messages): those after a target that is not a local
// variable first (Go evaluates them before assigning), then the others,
// then the targets. A swap names i when both are out of range; a target
// that a value checked already is not checked again.
func TestTupleIndexOrder(t *testing.T) {
	runStepsNoFrames(t,
		step{`func swap(h []int, i, j int) { h[i], h[j] = h[j], h[i] }
func tup(h []int, i, j int) (x int) { h[i], x = 1, h[j]; return }
func rhs(h []int, i, j int) (x, y int) { x, y = h[j], h[i]; return }
func two(h, g []int, i, j int) { h[i], g[j] = g[j], h[i] }
func try(name string, f func(h, g []int, i, j int), i, j int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, i, j, r)
		}
	}()
	f([]int{1, 2, 3}, []int{1, 2}, i, j)
}
func all(i, j int) {
	try("swap", func(h, g []int, i, j int) { swap(h, i, j) }, i, j)
	try("tup", func(h, g []int, i, j int) { tup(h, i, j) }, i, j)
	try("rhs", func(h, g []int, i, j int) { rhs(h, i, j) }, i, j)
	try("two", two, i, j)
}`, ""},
		step{`all(5, 7); all(7, 5); all(0, 7); all(7, 0); all(-1, 4); all(4, -1); all(0, 2)`,
			"swap 5 7 runtime error: index out of range [5] with length 3\n" +
				"tup 5 7 runtime error: index out of range [7] with length 3\n" +
				"rhs 5 7 runtime error: index out of range [7] with length 3\n" +
				"two 5 7 runtime error: index out of range [5] with length 3\n" +
				"swap 7 5 runtime error: index out of range [7] with length 3\n" +
				"tup 7 5 runtime error: index out of range [5] with length 3\n" +
				"rhs 7 5 runtime error: index out of range [5] with length 3\n" +
				"two 7 5 runtime error: index out of range [7] with length 3\n" +
				"swap 0 7 runtime error: index out of range [7] with length 3\n" +
				"tup 0 7 runtime error: index out of range [7] with length 3\n" +
				"rhs 0 7 runtime error: index out of range [7] with length 3\n" +
				"two 0 7 runtime error: index out of range [7] with length 2\n" +
				"swap 7 0 runtime error: index out of range [7] with length 3\n" +
				"tup 7 0 runtime error: index out of range [7] with length 3\n" +
				"rhs 7 0 runtime error: index out of range [7] with length 3\n" +
				"two 7 0 runtime error: index out of range [7] with length 3\n" +
				"swap -1 4 runtime error: index out of range [-1]\n" +
				"tup -1 4 runtime error: index out of range [4] with length 3\n" +
				"rhs -1 4 runtime error: index out of range [4] with length 3\n" +
				"two -1 4 runtime error: index out of range [-1]\n" +
				"swap 4 -1 runtime error: index out of range [4] with length 3\n" +
				"tup 4 -1 runtime error: index out of range [-1]\n" +
				"rhs 4 -1 runtime error: index out of range [-1]\n" +
				"two 4 -1 runtime error: index out of range [4] with length 3\n" +
				"two 0 2 runtime error: index out of range [2] with length 2\n"},
	)
	r := newNotebook(t).check(`type PQ []int
func (pq PQ) Swap(i, j int) { pq[i], pq[j] = pq[j], pq[i] }`)
	if src := r.Decls[1].Src; strings.Count(src, "IndexL") != 2 || !strings.Contains(src, "pq[i], pq[j] = pq[j], pq[i]") {
		t.Errorf("Swap lowered as\n%s", src)
	}
}

// A slice of an indexed operand (rows[i][lo:hi]) out of range panics
// with Go's message, after the index's check: before the statement, or
// in the expression where no check goes before it (an if's init), or
// alone for a range loop's key.
func TestSliceOfIndexed(t *testing.T) {
	runSteps(t,
		step{`func cut(m [][]int, i, lo, hi int) []int {
	defer func() { fmt.Println(recover()) }()
	return m[i][lo:hi]
}
func head(m [][]int, i, hi int) {
	defer func() { fmt.Println(recover()) }()
	if y := m[i][:hi]; len(y) > 0 { fmt.Println(y) }
}
func rows(m [][]int, lo int) {
	defer func() { fmt.Println(recover()) }()
	for k := range m { fmt.Println(m[k][lo:]) }
}
func word(ws []string, i, lo, hi int) {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(ws[i][lo:hi])
}
func cell(g [][3]int, i, lo int) {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(g[i][lo:])
}`, ""},
		step{`m := [][]int{{1, 2, 3}, {4, 5}}
cut(m, 0, 1, 5); cut(m, 1, 2, 1); cut(m, 2, 0, 1); cut(m, 0, -1, 2); fmt.Println(cut(m, 0, 1, 3))
head(m, 1, 3); head(m, 3, 1); head(m, 0, 2)
rows(m, 3)
word([]string{"abc"}, 0, 1, 5); word([]string{"abc"}, 0, 2, 1)
cell([][3]int{{1, 2, 3}}, 0, 4); cell([][3]int{{1, 2, 3}}, 1, 0)`,
			"runtime error: slice bounds out of range [:5] with capacity 3\n" +
				"runtime error: slice bounds out of range [2:1]\n" +
				"runtime error: index out of range [2] with length 2\n" +
				"runtime error: slice bounds out of range [-1:]\n" +
				"<nil>\n[2 3]\n" +
				"runtime error: slice bounds out of range [:3] with capacity 2\n" +
				"runtime error: index out of range [3] with length 2\n" +
				"[1 2]\n<nil>\n" +
				"[]\nruntime error: slice bounds out of range [3:2]\n" +
				"runtime error: slice bounds out of range [:5] with length 3\n" +
				"runtime error: slice bounds out of range [2:1]\n" +
				"runtime error: slice bounds out of range [4:3]\n" +
				"runtime error: index out of range [1] with length 1\n"},
	)
}
