package session

import "testing"

// The goroutines the standard library starts with a cell's function,
// which panics: sync.WaitGroup.Go's (Go 1.25; Go 1.26's re-panics what
// the function panicked with, "[recovered, repanicked]", without calling
// Done) and context.AfterFunc's read as a go statement's.
func TestGoPanicOfLibraryGoroutines(t *testing.T) {
	worker := "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}"
	for _, c := range []struct {
		name  string
		cells []string
		value string
		want  []string
	}{
		{"sync.WaitGroup.Go", []string{worker, "import \"sync\"\nvar wg sync.WaitGroup\nwg.Go(func() {\n\tworker(8)\n})\nwg.Wait()"},
			"runtime error: index out of range [8] with length 0 [recovered, repanicked]",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 4, in main.func1"}},
		{"sync.WaitGroup.Go of a pointer's", []string{worker, "import \"sync\"\ntype group struct{ wg sync.WaitGroup }\ng := &group{}\ng.wg.Go(func() { worker(1) })\ng.wg.Wait()"},
			"runtime error: index out of range [1] with length 0 [recovered, repanicked]",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 4, in main.func1"}},
		{"context.AfterFunc", []string{worker, "import \"context\"\nctx, cancel := context.WithCancel(context.Background())\ncontext.AfterFunc(ctx, func() {\n\tworker(9)\n})\ncancel()\nselect {}"},
			"runtime error: index out of range [9] with length 0",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 4, in main.func1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkGoPanic(t, goPanicCells(t, c.cells...), c.value, c.want)
		})
	}
}
