package session

import (
	"testing"
)

// A panic inside a function literal of a cell's top-level statements
// names the literal as Go names those of main's body (main.func1,
// main.func1.1 inside it), with the cell that made it and, for the
// innermost frame, the one place in it a runtime error of its kind can
// come from or the line a panic call noted, for a caller's (the top-level
// statement's too) the line of its one call that can have made the frame
// inside it (Go's line of func(){...}() is its closing one): a literal kept
// in a variable and called from a later cell, a deferred one, one
// called where it is made.
func TestPanicLineStmtLiterals(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import \"fmt\"", []panicCase{
		{"div := func(a, b int) int {\n\treturn a / b\n}\nfmt.Println(div(1, 0))", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 2, in main.func1", "Cell In[2], line 4"}},
		{"x := 1\nset := func() {\n\tvar m map[int]int\n\tm[x] = 1\n}\nset()", []string{"panic: assignment to entry in nil map", "Cell In[3], line 4, in main.func1", "Cell In[3], line 6"}},
		{"fmt.Println(\"before\")\n_ = div(4, 0)", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 2, in main.func1", "Cell In[4], line 2"}},
	})
	for _, c := range []panicCase{
		{"g := func(n int) int {\n\th := func() int { return 10 / n }\n\treturn h()\n}\nfor i := 0; i < 2; i++ {\n\tfmt.Println(g(i))\n}", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 2, in main.func1.1", "Cell In[2], line 3, in main.func1", "Cell In[2], line 6"}},
		{"defer func() {\n\tfmt.Println(\"deferred\")\n\tpanic(\"in defer\")\n}()\nfmt.Println(\"body\")", []string{"panic: in defer", "Cell In[2], line 3, in main.func1", "Cell In[2], line 5"}},
		{"func() {\n\tpanic(\"now\")\n}()", []string{"panic: now", "Cell In[2], line 2, in main.func1", "Cell In[2], line 3"}},
		{"fmt.Println(func(n int) int { return 10 / n }(0))", []string{"panic: runtime error: integer divide by zero", "Cell In[2], line 1, in main.func1", "Cell In[2], line 1"}},
	} {
		panicCells(t, New(richOpts()), "import \"fmt\"", []panicCase{c})
	}
}

// A literal of a cell's statements whose frame could as well be one an
// earlier cell's statements made and kept (every evaluation's positions
// start at line 1), or one of a package-level variable's, gets no name
// nor line: none is guessed.
func TestPanicLineStmtLiteralsUnsure(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "f := func(n int) int {\n\treturn 10 / n\n}", []panicCase{
		{"g := func(n int) int {\n\treturn 10 / n\n}\ng(0)", []string{"panic: runtime error: integer divide by zero", "in a function literal", "Cell In[2], line 4"}},
	})
	s = New(richOpts())
	panicCells(t, s, "var v = func() {}", []panicCase{
		{"g := func(n int) int {\n\treturn 10 / n\n}\ng(0)", []string{"panic: runtime error: integer divide by zero", "in a function literal", "Cell In[2], line 4"}},
	})
	// a package-level variable's literal, called by statements that run
	// as written (not in kernel/check's function literal): its frame is
	// no wrapper's
	panicCells(t, New(richOpts()), "var vf = func(n int) int {\n\treturn 10 / n\n}", []panicCase{
		{"vf(0)", []string{"panic: runtime error: integer divide by zero", "in a function literal", "Cell In[2], line 1"}},
	})
}
