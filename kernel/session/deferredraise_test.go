package session

import "testing"

// A deferred builtin that panics as its function returns (defer
// close(ch) on a channel the body closed): Go's traceback has the
// function's frame at its closing brace, which yaegi v0.16.1 does not
// print, and its caller's at the call.
func TestPanicDeferredCloseFrame(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc produce(ch chan int, n int) {\n\tdefer close(ch)\n\tfor i := range n {\n\t\tch <- i\n\t}\n\tclose(ch)\n}\n\nfunc run() {\n\tch := make(chan int, 5)\n\tproduce(ch, 3)\n\tfmt.Println(len(ch))\n}"
	panicCells(t, s, decls, []panicCase{
		{"run()", []string{"panic: close of closed channel", "Cell In[1], line 9, in produce", "Cell In[1], line 13, in run", "Cell In[2], line 1"}},
		{"ch := make(chan int, 5)\nproduce(ch, 1)", []string{"panic: close of closed channel", "Cell In[1], line 9, in produce", "Cell In[3], line 2"}},
	})
}
