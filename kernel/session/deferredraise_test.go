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

// A function that returns by a return statement runs its deferred calls
// there: Go's frame of it, when one of them panics, is at that line, not
// at its closing brace (a deferred method call, a deferred literal); of
// several, the one its marks say ran (kernel/check's exitmarks.go), as
// its closing brace.
func TestPanicDeferredAtReturnLine(t *testing.T) {
	buf := "type Buf struct{ n, limit int }\n\nfunc (b *Buf) Flush() {\n\tif b.n > b.limit {\n\t\tpanic(\"flush\")\n\t}\n}\n\n"
	panicCells(t, New(richOpts()), buf+"func emit(b *Buf, k int) int {\n\tdefer b.Flush()\n\tb.n += k\n\treturn b.n\n}", []panicCase{
		{"emit(&Buf{limit: 1}, 2)", []string{"panic: flush", "Cell In[1], line 5, in Buf.Flush", "Cell In[1], line 12, in emit", "Cell In[2], line 1"}},
	})
	panicCells(t, New(richOpts()), buf+"func emit(b *Buf, k int) int {\n\tdefer func() {\n\t\tb.Flush()\n\t}()\n\tb.n += k\n\treturn b.n\n}", []panicCase{
		{"emit(&Buf{limit: 1}, 2)", []string{"panic: flush", "Cell In[1], line 5, in Buf.Flush", "Cell In[1], line 11, in emit.func1", "Cell In[1], line 14, in emit", "Cell In[2], line 1"}},
	})
	panicCells(t, New(richOpts()), buf+"func emit(b *Buf, k int) int {\n\tdefer b.Flush()\n\tif k < 0 {\n\t\treturn 0\n\t}\n\tb.n += k\n\treturn b.n\n}", []panicCase{
		{"emit(&Buf{limit: 1}, 2)", []string{"panic: flush", "Cell In[1], line 5, in Buf.Flush", "Cell In[1], line 15, in emit", "Cell In[2], line 1"}},
	})
	panicCells(t, New(richOpts()), buf+"func each(b *Buf, ks ...int) {\n\tdefer b.Flush()\n\tfor _, k := range ks {\n\t\tif k < 0 {\n\t\t\treturn\n\t\t}\n\t\tb.n += k\n\t}\n}", []panicCase{
		{"each(&Buf{limit: 1}, 1, 1, -1)", []string{"panic: flush", "Cell In[1], line 5, in Buf.Flush", "Cell In[1], line 13, in each", "Cell In[2], line 1"}},
		{"each(&Buf{limit: 1}, 1, 1)", []string{"panic: flush", "Cell In[1], line 5, in Buf.Flush", "Cell In[1], line 17, in each", "Cell In[3], line 1"}},
	})
}

// A function with exit marks keeps its marks of the line running for
// what panics in a return statement (a division by zero of one of two
// returns): they are in variables of their own.
func TestPanicExitMarksKeepSiteMarks(t *testing.T) {
	decls := "var notes int\n\nfunc note() { notes++ }\n\nfunc div(a, b, c int) int {\n\tdefer note()\n\tif a > 0 {\n\t\treturn a / b\n\t}\n\treturn a / c\n}"
	panicCells(t, New(richOpts()), decls, []panicCase{
		{"div(-1, 1, 0)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 10, in div", "Cell In[2], line 1"}},
		{"div(1, 0, 1)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 8, in div", "Cell In[3], line 1"}},
	})
}
