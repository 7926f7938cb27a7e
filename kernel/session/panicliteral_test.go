package session

import (
	"context"
	"testing"
)

// A panic inside a function literal of a function a cell declared names
// the literal as Go does (boom.func1, boom.func1.1 inside it), with the
// function's cell and, for the innermost frame, the line a panic call or
// index check noted or the one place in the literal a runtime error of
// its kind can come from, for a caller's the line of its one call that
// can have made the frame inside it; a function whose first statement
// declares a literal keeps its own frame, and one whose deferred literal
// panicked gets the frame yaegi does not print, at its closing brace.
func TestPanicLineInLiterals(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc boom(xs []int, i int) func() int {\n\ta := 1\n\tf := func() int {\n\t\tfmt.Println(\"in f\")\n\t\tg := func() int { return xs[i] / a }\n\t\treturn g()\n\t}\n\treturn f\n}\nfunc div(d int) {\n\tq := func(n int) int {\n\t\tfmt.Println(\"q\")\n\t\treturn 10 / n\n\t}\n\tfmt.Println(q(d))\n}\nfunc cleanup() {\n\tdefer func() {\n\t\tpanic(\"cleanup failed\")\n\t}()\n\tfmt.Println(\"working\")\n}"
	panicCells(t, s, decls, []panicCase{
		{"boom([]int{1, 2}, 5)()", []string{"panic: runtime error: index out of range [5] with length 2", "Cell In[1], line 7, in boom.func1.1", "Cell In[1], line 8, in boom.func1", "Cell In[2], line 1"}},
		{"div(0)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 15, in div.func1", "Cell In[1], line 17, in div", "Cell In[3], line 1"}},
		{"cleanup()", []string{"panic: cleanup failed", "Cell In[1], line 21, in cleanup.func1", "Cell In[1], line 24, in cleanup", "Cell In[4], line 1"}},
	})
}

// The literal of a cell's func main is main.func1.
func TestPanicLineLiteralInMain(t *testing.T) {
	panicCells(t, New(richOpts()), "", []panicCase{
		{"import \"fmt\"\n\nfunc main() {\n\tratio := func(a, b int) int {\n\t\treturn a / b\n\t}\n\tfmt.Println(ratio(1, 0))\n}", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 5, in main.func1", "Cell In[2], line 7, in main", "Cell In[2]"}},
	})
}

// A literal kept from a version of a function since redefined in another
// cell, with another source, is not named with the new version's cell or
// lines; a function redefined keeps its own frames' names.
func TestPanicLineLiteralRedefined(t *testing.T) {
	s := New(richOpts())
	for i, c := range []string{
		"func mk() func(int) int {\n\treturn func(n int) int {\n\t\treturn 10 / n\n\t}\n}\n\nvar old = mk()\n\nfunc boom() {\n\tpanic(\"one\")\n}",
		"func mk() func(int) int {\n\tx := 1\n\treturn func(n int) int {\n\t\tx++\n\t\treturn 10 / n\n\t}\n}\n\nfunc boom() {\n\tpanic(\"two\")\n}",
	} {
		if _, err := s.Execute(context.Background(), c, i+1); err != nil {
			t.Fatal(err)
		}
	}
	panicCells(t, s, "", []panicCase{
		{"old(0)", []string{"panic: runtime error: integer divide by zero", "in a function literal", "Cell In[2], line 1"}},
		{"mk()(0)", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 5, in mk.func1", "Cell In[3], line 1"}},
		{"boom()", []string{"panic: two", "Cell In[2], line 10, in boom", "Cell In[4], line 1"}},
	})
}
