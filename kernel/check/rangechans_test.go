package check

import "testing"

// A range with a value over a slice, an array, a pointer to an array or
// a map of channels evaluates its range expression once, whatever it is
// (yaegi v0.16.1 took the loop for one over a channel and never
// evaluated a call or an index expression, nor read a map): calls,
// index expressions, maps, = instead of :=, a body that declares the
// value again (c := c), labels, break and continue.
func TestRangeChans(t *testing.T) {
	runSteps(t,
		step{`calls := 0
func mk(n int) []chan int {
	calls++
	var out []chan int
	for i := range n {
		c := make(chan int, 1)
		c <- 10 * (i + 1)
		out = append(out, c)
	}
	return out
}
type Bus struct{ subs map[string][]chan int }`, ""},
		step{`for i, ch := range mk(2) {
	fmt.Print(i, <-ch, " ")
}
fmt.Println(calls)`, "0 10 1 20 1\n"},
		step{`b := Bus{map[string][]chan int{"t": mk(3)}}
for _, ch := range b.subs["t"] {
	ch := ch
	fmt.Print(<-ch, " ")
}
fmt.Println()`, "10 20 30 \n"},
		step{`m := map[string]chan int{"a": mk(1)[0]}
for k, ch := range m {
	fmt.Println(k, <-ch)
}
pm := &m
m["b"] = mk(1)[0]
n := 0
for _, ch := range *pm {
	n += len(ch)
}
fmt.Println(n)`, "a 10\n1\n"},
		step{`func get() map[int]chan int { return map[int]chan int{1: mk(1)[0]} }
for k, ch := range get() {
	if k == 1 {
		fmt.Println(k, <-ch)
		continue
	}
	break
}`, "1 10\n"},
		step{`arr := [2]chan int(mk(2))
var i int
var ch chan int
for i, ch = range arr {
	arr[1] = nil
}
fmt.Println(i, ch != nil, arr[1] == nil)
outer:
for j, c := range &arr {
	for range 3 {
		if c == nil {
			break outer
		}
		continue outer
	}
	fmt.Println("not reached", j)
}
for i, _ := range [][]chan int{mk(1)}[0] {
	fmt.Println("index", i)
}`, "1 true true\nindex 0\n"},
		step{`type W struct {
	c chan int
	i int
}
func fields() {
	var w W
	for w.i, w.c = range mk(2) {
	}
	fmt.Println(w.i, <-w.c)
	for string, len := range mk(1) {
		fmt.Println(string, <-len)
	}
}
fields()`, "1 20\n0 10\n"},
	)
}

// A range's key named after a predeclared type (string, which the
// lowering renames in a function) is the body's too: the key a range
// over an integer or over channels writes into the body has its new
// name ("undefined: stringꞏ"), and so does a variable named so that
// a range assigns to (for float64 = range xs).
func TestRangeKeyNamedAfterType(t *testing.T) {
	runSteps(t, step{`func keys() {
	for string := range 2 {
		fmt.Print(string)
	}
	for int, c := range []chan bool{make(chan bool)} {
		fmt.Print(int, c != nil)
	}
	var float64 int
	for float64 = range []string{"a", "b"} {
	}
	fmt.Print(float64)
	fmt.Println()
}
keys()`, "010 true1\n"})
}

// A loop variable named after a predeclared type that closures capture
// gets its copy per iteration under the lowering's name too, in a
// three-clause loop ("undefined: stringꞏ") and in ranges.
func TestLoopVarNamedAfterTypeCaptured(t *testing.T) {
	runSteps(t, step{`func loops() {
	var fs []func() any
	for string := 0; string < 2; string++ {
		fs = append(fs, func() any { return string })
	}
	for _, int := range []string{"a", "b"} {
		fs = append(fs, func() any { return int })
	}
	for bool := range 2 {
		fs = append(fs, func() any { return bool })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
loops()`, "01ab01\n"})
}

// A range over a composite literal of channels ([]chan int{a, b}) and
// over a map of channels runs as in Go (rangeChans): yaegi v0.16.1 alone
// failed both ("reflect.Value.Len on int Value", "invalid memory
// address"); the pipeline's channels are closed in a loop over them.
func TestRangeChanLiteralsAndMaps(t *testing.T) {
	runSteps(t,
		step{"k := make(chan int, 1)\nother := make(chan int, 1)", ""},
		step{"for i, c := range []chan int{other, k} {\n\tc <- i * 10\n}\nfmt.Println(<-other, <-k)", "0 10\n"},
		step{"func f() {\n\tfor _, c := range [2]<-chan int{1: k} {\n\t\tfmt.Println(c == nil)\n\t}\n}\nf()", "true\nfalse\n"},
		step{"m := map[string]chan int{\"a\": other, \"b\": k}\nn := 0\nfor name, c := range m {\n\tc <- len(name)\n\tn++\n}\nfor _, c := range map[int]chan int{1: other} {\n\tfmt.Println(<-c, n)\n}\nfmt.Println(<-k)", "1 2\n1\n"},
		step{"for _, c := range []chan int{other, k} {\n\tclose(c)\n}\n_, ok := <-k\nfmt.Println(ok)", "false\n"},
	)
}
