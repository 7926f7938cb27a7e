package session

import "testing"

// A runtime error in a cell's func main, which has several places a
// panic of its kind can come from, names the line of the one in the
// top-level statement that was running (each calls a marker, once); a
// func main that defers a call (run after its last statement), or a
// statement holding several places, names the line by the marks stored
// before the statements holding the places of the kinds marks tell
// (kernel/check's sitemarks.go), a nil dereference's too.
func TestPanicLineInMain(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import \"fmt\"\n\ntype U struct{ Name string }\n\nvar hook func(string)", []panicCase{
		{"func main() {\n\tu := &U{\"ann\"}\n\tfmt.Println(u.Name)\n\tu = nil\n\tfmt.Println(u.Name)\n}", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[2], line 5, in main", "Cell In[2]", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
		{"func main() {\n\tch := make(chan int, 2)\n\tch <- 1\n\tclose(ch)\n\tch <- 2\n}", []string{"panic: send on closed channel", "Cell In[3], line 5, in main", "Cell In[3]"}},
		{"func main() {\n\tfmt.Println(\"calling\")\n\thook(\"ok\")\n}", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[4], line 3, in main", "Cell In[4]", "(yaegi: reflect.Value.Call: call of nil function)"}},
		{"func main() {\n\tdefer fmt.Println(\"done\")\n\tch := make(chan int, 2)\n\tch <- 1\n\tclose(ch)\n\tch <- 2\n}", []string{"panic: send on closed channel", "Cell In[5], line 6, in main", "Cell In[5]"}},
		{"func main() {\n\tch := make(chan int, 2)\n\tch <- 1\n\tclose(ch)\n\tfor i := 0; i < 2; i++ {\n\t\tch <- i\n\t\tch <- i\n\t}\n}", []string{"panic: send on closed channel", "Cell In[6], line 6, in main", "Cell In[6]"}},
		{"func main() {\n\tdefer fmt.Println(\"done\")\n\tu := &U{\"ann\"}\n\tfmt.Println(u.Name)\n\tu = nil\n\tfmt.Println(u.Name)\n}", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[7], line 6, in main", "Cell In[7]", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
	})
}

// A nil func value a declared function calls, its one place of the kind,
// names its line (reflect's panic, which the interpreter's call raised).
func TestPanicLineNilFuncCall(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "var cb func(string)\n\nfunc fire() {\n\tx := 1\n\tcb(\"x\")\n\t_ = x\n}", []panicCase{
		{"fire()", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[1], line 5, in fire", "Cell In[2], line 1", "(yaegi: reflect.Value.Call: call of nil function)"}},
	})
}
