package session

import "testing"

// A step literal whose panic a deferred literal of the method it was
// passed to recovered before panicking again: the step literal's frame
// (yaegi prints it first, as its panic unwound) comes after the
// deferred literal's, at the line its check noted; the deferred
// literal's is at its panic, the method's at its call of the step.
// Go's "[recovered, repanicked]" when the value is the same; a wrapped
// value, from a deferred literal inside a literal of the method, with
// that literal's frame (yaegi prints none for it) at its call of the
// step, and the method's at its call of that literal.
func TestPanicHeldStepLiteral(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\ntype Guard struct{}\n\nfunc (g Guard) Run(f func()) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"recovered\")\n\t\t\tpanic(r)\n\t\t}\n\t}()\n\tf()\n}\n\nfunc (g Guard) Each(fs []func()) {\n\tfor i, f := range fs {\n\t\tfunc() {\n\t\t\tdefer func() {\n\t\t\t\tif r := recover(); r != nil {\n\t\t\t\t\tpanic(fmt.Errorf(\"step %d: %v\", i, r))\n\t\t\t\t}\n\t\t\t}()\n\t\t\tf()\n\t\t}()\n\t}\n}"
	panicCells(t, s, decls, []panicCase{
		{"func main() {\n\txs := []int{1}\n\ti := 3\n\tGuard{}.Run(func() { fmt.Println(xs[i]) })\n}", []string{
			"panic: runtime error: index out of range [3] with length 1 [recovered, repanicked]",
			"Cell In[1], line 9, in Guard.Run.func1", "Cell In[2], line 4, in main.func1",
			"Cell In[1], line 12, in Guard.Run", "Cell In[2], line 4, in main", "Cell In[2]"}},
		{"func main() {\n\txs := []int{1}\n\ti := 3\n\tGuard{}.Each([]func(){func() {}, func() { fmt.Println(xs[i]) }})\n}", []string{
			"panic: runtime error: index out of range [3] with length 1 [recovered]\n\tpanic: step 1: runtime error: index out of range [3] with length 1",
			"Cell In[1], line 20, in Guard.Each.func1.1", "Cell In[3], line 4, in main.func2",
			"Cell In[1], line 23, in Guard.Each.func1", "Cell In[1], line 24, in Guard.Each", "Cell In[3], line 4, in main", "Cell In[3]"}},
	})
}

// A step literal of a later cell's function whose panic a deferred
// literal of an earlier cell's recovers before panicking anew, at a line
// of the same number as the step's: the step's frame is held after the
// deferred literal's (whose panic call the noted line is), and the
// function that deferred it is at its call of the step.
func TestPanicHeldLiteralSameLineOtherCell(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc runStep(name string, f func() int) (n int) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(fmt.Sprintf(\"step %s: %v\", name, r))\n\t\t}\n\t}()\n\treturn f()\n}"
	panicCells(t, s, decls, []panicCase{
		{"func run(i int) int {\n\tdata := []int{3, 1, 2}\n\tx := 1\n\t_ = x\n\t_ = i\n\treturn runStep(\"s\", func() int { return data[i] })\n}\n\nrun(5)", []string{
			"panic: runtime error: index out of range [5] with length 3 [recovered]\n\tpanic: step s: runtime error: index out of range [5] with length 3",
			"Cell In[1], line 6, in runStep.func1", "Cell In[2], line 6, in run.func1", "Cell In[1], line 9, in runStep", "Cell In[2], line 6, in run", "Cell In[2], line 9"}},
	})
}
