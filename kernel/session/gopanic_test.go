package session

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

// goPanicCells runs cells whose last one starts a goroutine that panics
// and returns the error the session hands over (Options.GoPanic).
func goPanicCells(t *testing.T, cells ...string) *Error {
	t.Helper()
	got := make(chan *Error, 1)
	s := New(Options{GoPanic: func(e *Error) { got <- e }})
	for i, c := range cells[:len(cells)-1] {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatalf("cell %d: %v %v", i+1, e, e.Traceback)
		}
	}
	last := cells[len(cells)-1]
	go func() { _, _ = s.Execute(t.Context(), last, len(cells)) }()
	select {
	case e := <-got:
		return e
	case <-time.After(20 * time.Second):
		t.Fatal("no goroutine's panic was handed over")
		return nil
	}
}

// A goroutine's panic reads as a cell's: the value as Go prints it, then
// the goroutine, then its frames innermost first with cells and lines: a
// notebook function's, a literal of the cell's statements (running or
// ended), a literal of a function, a method's; started by a go statement
// of a method (of a value, of an interface), of a function value, of a
// generic function's instance; and the goroutines the standard library
// starts with a cell's function: sync.WaitGroup.Go's (Go 1.26 re-panics
// what it panicked with, "[recovered, repanicked]", without calling
// Done) and context.AfterFunc's.
func TestGoPanicFrames(t *testing.T) {
	worker := "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}"
	for _, c := range []struct {
		name  string
		cells []string
		value string
		want  []string
	}{
		{"literal of running statements", []string{worker, "x := 3\ndone := make(chan bool)\ngo func() { defer close(done); worker(5) }()\n<-done"},
			"runtime error: index out of range [5] with length 0",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 3, in main.func1"}},
		{"notebook function", []string{worker, "go worker(7)\nselect {}"},
			"runtime error: index out of range [7] with length 0",
			[]string{"Cell In[1], line 3, in worker"}},
		{"literal of a function", []string{worker, "func start() {\n\tgo func() {\n\t\tworker(2)\n\t}()\n}", "start()\nselect {}"},
			"runtime error: index out of range [2] with length 0",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 3, in start.func1"}},
		{"method", []string{"type box struct{ m map[string]int }\nfunc (b *box) put(k string) {\n\tb.m[k] = 1\n}", "b := &box{}\ngo func() {\n\tb.put(\"k\")\n}()\nselect {}"},
			"assignment to entry in nil map",
			[]string{"Cell In[1], line 3, in box.put", "Cell In[2], line 3, in main.func1"}},
		{"method of a value", []string{"type box struct{ m map[string]int }\nfunc (b *box) put(k string) {\n\tb.m[k] = 1\n}", "var b box\ngo b.put(\"k\")\nselect {}"},
			"assignment to entry in nil map",
			[]string{"Cell In[1], line 3, in box.put"}},
		{"method of an interface", []string{"type box struct{ m map[string]int }\nfunc (b box) put(k string) {\n\tb.m[k] = 1\n}\ntype putter interface{ put(string) }", "var p putter = box{}\ngo p.put(\"k\")\nselect {}"},
			"assignment to entry in nil map",
			[]string{"Cell In[1], line 3, in box.put"}},
		{"function value", []string{worker, "f := worker\ngo f(4)\nselect {}"},
			"runtime error: index out of range [4] with length 0",
			[]string{"Cell In[1], line 3, in worker"}},
		{"generic function", []string{"func work[T any](n int) {\n\tvar s []T\n\t_ = s[n]\n}", "go work[string](6)\nselect {}"},
			"runtime error: index out of range [6] with length 0",
			// (named as Go names it, at the line of the generic declaration)
			[]string{"Cell In[1], line 3, in work[...]"}},
		{"literal of time.AfterFunc", []string{worker, "import \"time\"\ntime.AfterFunc(time.Millisecond, func() {\n\tworker(9)\n})\nselect {}"},
			"runtime error: index out of range [9] with length 0",
			[]string{"Cell In[1], line 3, in worker", "Cell In[2], line 3, in main.func1"}},
		{"package function", []string{"import \"regexp\"\ngo regexp.MustCompile(\"(\")\nselect {}"},
			"regexp: Compile(`(`): error parsing regexp: missing closing ): `(`", nil},
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

// checkGoPanic reports where e, a goroutine's panic handed over, is not
// a panic of value with the goroutine's header and the frames want.
func checkGoPanic(t *testing.T, e *Error, value string, want []string) {
	t.Helper()
	if e.Name != "panic" || e.Value != value || len(e.Traceback) < 2 || e.Traceback[0] != "panic: "+value ||
		!regexp.MustCompile(`^goroutine [0-9]+ \[running\]:$`).MatchString(e.Traceback[1]) ||
		strings.Join(e.Traceback[2:], "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: %s\n%s\nwant frames\n%s", e.Name, e.Value, strings.Join(e.Traceback, "\n"), strings.Join(want, "\n"))
	}
}

// A goroutine's panic recovered in the goroutine, or its normal end,
// hands nothing over.
func TestGoPanicRecovered(t *testing.T) {
	got := make(chan *Error, 1)
	s := New(Options{GoPanic: func(e *Error) { got <- e }})
	// (each cell waits for its goroutine: one running while the next
	// cell is evaluated races with it in yaegi's frames)
	if v := value(t, s, "done := make(chan string)\ngo func() {\n\tdefer func() { done <- recover().(string) }()\n\tpanic(\"caught\")\n}()\n<-done", 1); v != "caught" {
		t.Errorf("got %s", v)
	}
	if v := value(t, s, "go func() { done <- \"ok\" }()\n<-done", 2); v != "ok" {
		t.Errorf("got %s", v)
	}
	select {
	case e := <-got:
		t.Errorf("handed over: %v %v", e, e.Traceback)
	case <-time.After(50 * time.Millisecond):
	}
	if n := s.goLive.Load(); n != 0 {
		t.Errorf("%d goroutines of go statements still counted", n)
	}
}

// os.Exit in a goroutine a cell started ends Go's program at once: the
// session hands over an Exit, and no deferred call of the goroutine runs.
func TestGoExit(t *testing.T) {
	var out lockedBuffer
	got := make(chan *Error, 1)
	s := New(Options{Stdout: &out, GoPanic: func(e *Error) { got <- e }})
	go func() {
		_, _ = s.Execute(t.Context(), "import (\"fmt\"; \"os\")\ngo func() {\n\tdefer fmt.Println(\"deferred\")\n\tos.Exit(3)\n}()\nselect {}", 1)
	}()
	select {
	case e := <-got:
		var exit *ExitError
		if e.Name != "Exit" || e.Value != "os.Exit(3) called" || !errors.As(e.Cause, &exit) || exit.Code != 3 {
			t.Errorf("%+v", e)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no Exit handed over")
	}
	time.Sleep(50 * time.Millisecond)
	if strings.Contains(out.String(), "deferred") {
		t.Errorf("a deferred call ran: %q", out.String())
	}
}

// The check after each cell for a goroutine unwinding a panic (read
// from the goroutine profile, each stack once: the text of every
// goroutine's stack took seconds with thousands waiting) sees one
// blocked in a deferred call of a panicking goroutine among thousands
// waiting. (One cell: goroutines running while a cell is evaluated race
// with it in yaegi's frames.)
func TestGoPanickingUnwinding(t *testing.T) {
	s := New(Options{GoPanic: func(e *Error) {}})
	cell := "wait, block := make(chan bool), make(chan bool)\nfor range 5000 {\n\tgo func() { <-wait }()\n}\n" +
		"go func() {\n\tdefer func() { <-block }()\n\tpanic(\"x\")\n}()"
	if _, e := run(t, s, cell, 1); e != nil {
		t.Fatal(e)
	}
	// (the goroutine may not have run yet on a loaded machine: its
	// panic is seen once it unwinds)
	deadline := time.Now().Add(20 * time.Second)
	for {
		start := time.Now()
		maybe, dying := s.goPanicking()
		t.Logf("the check took %v", time.Since(start))
		if maybe && !dying {
			return
		}
		if dying || time.Now().After(deadline) {
			t.Fatalf("a goroutine unwinding a panic in a deferred call: maybe %v, dying %v", maybe, dying)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
