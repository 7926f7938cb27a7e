package check

import "testing"

// A runtime error of compiled code or of reflect recovered in a cell
// names a cell's struct type as Go does (main.Config), not as the
// interpreter's struct type with its tag (struct { Vals []int
// "gofutures:\"Config\"" }), and an unhashable key of a map of any
// key is Go's runtime error (reflect's words were "hash of unhashable
// type: ...", without "runtime error: ").
func TestRecoveredRuntimeErrorsNameCellTypes(t *testing.T) {
	runSteps(t,
		step{"import \"sync/atomic\"\ntype Config struct{ Vals []int }", ""},
		step{"func() {\n\tdefer func() { r := recover(); fmt.Println(r); _, ok := r.(interface{ RuntimeError() }); fmt.Println(ok) }()\n\tm := map[any]int{}\n\tm[Config{}] = 1\n}()", "runtime error: hash of unhashable type main.Config\ntrue\n"},
		step{"func() {\n\tdefer func() { fmt.Println(recover()) }()\n\tvar v atomic.Value\n\tv.Store(Config{})\n\tv.CompareAndSwap(Config{}, Config{})\n}()", "runtime error: comparing uncomparable type main.Config\n"},
		step{"func() {\n\tdefer func() { fmt.Println(recover()) }()\n\tm := map[any]int{}\n\t_ = m[[]int{1}]\n}()", "runtime error: hash of unhashable type []int\n"},
	)
}
