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
