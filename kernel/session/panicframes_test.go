package session

import "testing"

// Each caller's frame names the line of its call when its body has one
// call that can have made the frame inside it (cell.Decl's Calls): of the
// function by name, of the method by its type or an interface, of a
// function value, of a compiled function given a callback. Where there
// are several, the marks its body stores before its calls tell which ran
// (kernel/check's callmarks.go), but not in a frame of a function that a
// frame inside it is of too (a recursive call's frames store the same
// marks): Go's rec frames are at lines 63 and 61. A function whose
// deferred literal panicked gets the frame yaegi does not print: at its
// closing brace when it was returning, at the panic whose deferred calls
// ran.
func TestPanicCallerLines(t *testing.T) {
	s := New(richOpts())
	decls := `import (
	"fmt"
	"sort"
)

type Shape interface{ Area() int }
type Sq struct{ n int }

func (s Sq) Area() int {
	if s.n < 0 {
		panic("negative")
	}
	return s.n * s.n
}
func check(n int) {
	if n > 2 {
		panic(fmt.Sprint("big ", n))
	}
}
func walk(ns []int) {
	for _, n := range ns {
		check(n)
	}
}
func twice(n int) {
	check(n - 1)
	check(n)
}
func total(ss []Shape) int {
	t := 0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}
func sorted(xs []int) {
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == xs[j] {
			panic("equal")
		}
		return xs[i] < xs[j]
	})
}
func cleanup() {
	defer func() {
		panic("in defer")
	}()
	fmt.Print("")
}
func during() {
	defer func() {
		panic("second")
	}()
	panic("first")
}
func rec(n int) {
	if n == 0 {
		panic("bottom")
	}
	if n%2 == 0 {
		rec(n - 1)
	}
	rec(n - 1)
}`
	panicCells(t, s, decls, []panicCase{
		{"walk([]int{1, 3})", []string{"panic: big 3", "Cell In[1], line 17, in check", "Cell In[1], line 22, in walk", "Cell In[2], line 1"}},
		{"twice(3)", []string{"panic: big 3", "Cell In[1], line 17, in check", "Cell In[1], line 27, in twice", "Cell In[3], line 1"}},
		{"total([]Shape{Sq{1}, Sq{-1}})", []string{"panic: negative", "Cell In[1], line 11, in Sq.Area", "Cell In[1], line 32, in total", "Cell In[4], line 1"}},
		{"sorted([]int{2, 1, 2})", []string{"panic: equal", "Cell In[1], line 39, in sorted.func1", "Cell In[1], line 37, in sorted", "Cell In[5], line 1"}},
		{"cleanup()", []string{"panic: in defer", "Cell In[1], line 46, in cleanup.func1", "Cell In[1], line 49, in cleanup", "Cell In[6], line 1"}},
		{"during()", []string{"panic: first\n\tpanic: second", "Cell In[1], line 52, in during.func1", "Cell In[1], line 54, in during", "Cell In[7], line 1"}},
		{"rec(2)", []string{"panic: bottom", "Cell In[1], line 58, in rec", "Cell In[1], in rec", "Cell In[1], in rec", "Cell In[8], line 1"}},
	})
}

// A method of a cell type that a compiled package calls back through an
// interface (container/heap's Less) names its frame by its type and
// line: the lowering's box of a nil pointer in a compiled interface
// (nilbox.go), generated with the same method names, made its name
// ambiguous ("in Less", no cell, no line).
func TestPanicFrameMethodCalledByCompiled(t *testing.T) {
	s := New(richOpts())
	decls := `import (
	"container/heap"
	"fmt"
)

type Job struct {
	Name     string
	Priority int
}
type Queue []*Job

func (q Queue) Len() int      { return len(q) }
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q Queue) Less(i, j int) bool {
	if q[i].Priority < 0 || q[j].Priority < 0 {
		panic(fmt.Sprintf("job %q has no priority", q[i].Name))
	}
	return q[i].Priority > q[j].Priority
}
func (q *Queue) Push(x any) { *q = append(*q, x.(*Job)) }
func (q *Queue) Pop() any {
	old := *q
	j := old[len(old)-1]
	*q = old[:len(old)-1]
	return j
}
func schedule(jobs []*Job) {
	q := &Queue{}
	for _, j := range jobs {
		heap.Push(q, j)
	}
}`
	panicCells(t, s, decls, []panicCase{
		{`schedule([]*Job{{"build", 2}, {"deploy", -1}})`, []string{`panic: job "deploy" has no priority`, "Cell In[1], line 16, in Queue.Less", "Cell In[1], line 30, in schedule", "Cell In[2], line 1"}},
	})
}

// A function that calls one compiled function at several lines names the
// line of the call that panicked (the marks its body stores before them,
// kernel/check's callmarks.go): Go's frame of patterns is at line 8.
func TestPanicLineOfCompiledCalledTwice(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc patterns() []*regexp.Regexp {\n\ta := regexp.MustCompile(`^\\d+$`)\n\tb := regexp.MustCompile(`[a-z`)\n\tfmt.Print(\"\")\n\treturn []*regexp.Regexp{a, b}\n}"
	panicCells(t, s, decls, []panicCase{
		{"patterns()", []string{"panic: regexp: Compile(`[a-z`): error parsing regexp: missing closing ]: `[a-z`", "Cell In[1], line 8, in patterns", "Cell In[2], line 1"}},
	})
}

// A panic whose value's Error method panics as Go's runtime prints it
// ends as Go's program does: "fatal error: panic while printing panic
// value", with the inner panic's string (or its type), not the value.
func TestPanicWhilePrintingPanicValue(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\ntype E struct{ n int }\n\nfunc (e E) Error() string {\n\tif e.n > 0 {\n\t\tpanic(fmt.Sprintf(\"bad %d\", e.n))\n\t}\n\treturn \"e\"\n}\nfunc boom() {\n\tpanic(E{5})\n}"
	panicCells(t, s, decls, []panicCase{
		{"panic(E{2})", []string{"fatal error: panic while printing panic value: bad 2", "Cell In[2], line 1"}},
		{"panic(E{0})", []string{"panic: e", "Cell In[3], line 1"}},
		{"boom()", []string{"fatal error: panic while printing panic value: bad 5", "Cell In[1], line 12, in boom", "Cell In[4], line 1"}},
	})
}

// A caller's call mark is not read when a frame inside it calls the
// notebook's code: F(0), called by G and returned, stored marks of F's
// body after F(1)'s call of G (Go: F's frame is at line 9).
func TestPanicCallMarkNotStale(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc G(n int) {\n\tif n == 1 {\n\t\tF(0)\n\t\tpanic(fmt.Sprint(\"g \", n))\n\t}\n}\nfunc F(n int) {\n\tG(n)\n\tG(n + 5)\n}"
	panicCells(t, s, decls, []panicCase{
		{"F(1)", []string{"panic: g 1", "Cell In[1], line 6, in G", "Cell In[1], in F", "Cell In[2], line 1"}},
	})
}
