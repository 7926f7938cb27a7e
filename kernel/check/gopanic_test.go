package check

import (
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// goPanics is the compiled package a test notebook's go statements call
// (Config.GoPanic): the values their goroutines ended with.
type goPanics struct {
	mu     sync.Mutex
	live   int
	ended  []string
	change chan struct{}
}

func (g *goPanics) start() { g.mu.Lock(); g.live++; g.mu.Unlock() }

func (g *goPanics) panicked(v any) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.live--
	g.ended = append(g.ended, fmt.Sprint(v))
	g.change <- struct{}{}
}

// wait waits for n calls of GoPanic.
func (g *goPanics) wait(t *testing.T, n int) {
	t.Helper()
	for range n {
		select {
		case <-g.change:
		case <-time.After(20 * time.Second):
			t.Fatal("a goroutine did not call GoPanic")
		}
	}
}

// goPanicNotebook returns a notebook whose go statements call g.
func goPanicNotebook(t *testing.T, g *goPanics) *notebook {
	nb := newNotebook(t)
	nb.c = New(testImporter, Config{GoPanic: "gopanictest.GoPanic", GoStart: "gopanictest.GoStart"})
	// (yaegi prints the frames of a panic on stderr, from the goroutine:
	// not into the buffer the test reads)
	nb.in = lineInterp{interp.New(interp.Options{Stdout: &nb.out, Stderr: io.Discard})}
	if err := nb.in.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := nb.in.Use(rt.Symbols()); err != nil {
		t.Fatal(err)
	}
	if err := nb.in.Use(interp.Exports{"gopanictest/gopanictest": {
		"GoPanic": reflect.ValueOf(g.panicked), "GoStart": reflect.ValueOf(g.start)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := nb.in.Eval(`import gopanictest "gopanictest"`); err != nil {
		t.Fatal(err)
	}
	return nb
}

// The call of a go statement runs in a literal that recovers the panic
// that ends the goroutine and hands it to Config.GoPanic (nil when it
// returned): a literal's call, a notebook function's and a package's;
// the arguments are evaluated at the go statement, variadic ones too.
func TestGoStatementPanics(t *testing.T) {
	g := &goPanics{change: make(chan struct{}, 10)}
	nb := goPanicNotebook(t, g)
	// (the goroutines print nothing: they send what they made, which
	// the cell prints in order, before it ends)
	if out, err := nb.run(`import (
	"sort"
	"strings"
)

var made = make(chan string, 10)

func join(sep string, parts ...string) {
	if len(parts) == 0 {
		panic("no parts")
	}
	made <- strings.Join(parts, sep)
}

type T struct{ n int }

func (t T) show() { fmt.Println("T", t.n) }`); err != nil || out != "" {
		t.Fatal(out, err)
	}
	out, err := nb.run(`i := 1
words := []string{"a", "b"}
go join("-", words...)
go join("+", "x", fmt.Sprint(i))
go func(n int) { made <- fmt.Sprint("lit ", n) }(i)
i = 2
got := []string{<-made, <-made, <-made}
sort.Strings(got)
fmt.Println(got)
go join(",")
go func() { var m map[string]int; m["x"] = 1 }()`)
	if err != nil || out != "[a-b lit 1 x+1]\n" {
		t.Fatalf("%q %v", out, err)
	}
	g.wait(t, 5)
	g.mu.Lock()
	ended := strings.Join(g.ended, "|")
	g.mu.Unlock()
	for _, w := range []string{"no parts", "assignment to entry in nil map", "<nil>"} {
		if !strings.Contains(ended, w) {
			t.Errorf("goroutines ended with %q, not %q", ended, w)
		}
	}
	r := nb.check("go T{3}.show()\ngo strings.ToUpper(\"x\")")
	var gen []string
	for _, d := range r.Generated {
		gen = append(gen, d.Src)
	}
	wrappers := strings.Join(gen, "\n")
	if src := r.Stmts.Src; !strings.Contains(src, "(T{3})") || !strings.Contains(wrappers, "gofuturesR.show() }") || !strings.Contains(wrappers, "gopanictest.GoPanic(recover())") {
		t.Errorf("lowered:\n%s\nwrappers:\n%s", src, wrappers)
	}
}

// The call of a go statement of a method, of a function value or of a
// generic function runs in the recovering literal too, with Go's
// evaluation at the go statement: the receiver (its address, for a
// pointer method of an addressable value; a copy of what a pointer
// points to, for a value method; an interface value), the function
// value, the arguments.
func TestGoStatementCalleePanics(t *testing.T) {
	g := &goPanics{change: make(chan struct{}, 20)}
	nb := goPanicNotebook(t, g)
	if out, err := nb.run(`var made = make(chan string, 20)

type acc struct{ n int }

func (a *acc) add(k int) { a.n += k; made <- fmt.Sprint("add ", a.n) }

func (a acc) val(gate chan bool) { <-gate; made <- fmt.Sprint("val ", a.n) }

func (a acc) work(gate chan bool) { <-gate; made <- fmt.Sprint("work ", a.n) }

func (a *acc) boom(m map[string]int) { m["x"] = a.n }

type outer struct {
	name string
	acc
}

type worker interface{ work(gate chan bool) }

type hooks struct{ cb func(string) }

func pair[T any](x, y T) { made <- fmt.Sprint("pair ", x, y) }

func fail[T any](x T) { panic(fmt.Sprint("fail ", x)) }`); err != nil || out != "" {
		t.Fatal(out, err)
	}
	out, err := nb.run(`a := acc{n: 1}
go a.add(2)
fmt.Println(<-made, a.n)
p := &acc{n: 5}
gate := make(chan bool)
go p.val(gate)
p.n = 6
close(gate)
fmt.Println(<-made)
o := outer{name: "o"}
go o.add(3)
fmt.Println(<-made, o.n)
var w worker = acc{n: 8}
gate = make(chan bool)
go w.work(gate)
w = nil
close(gate)
fmt.Println(<-made)
gate = make(chan bool)
f := func(s string) { <-gate; made <- "f " + s }
go f("x")
f = nil
close(gate)
fmt.Println(<-made)
h := hooks{cb: func(s string) { made <- "cb " + s }}
go h.cb("y")
fmt.Println(<-made)
go pair[int](1, 2)
fmt.Println(<-made)
go pair("a", "b")
fmt.Println(<-made)
var nilMap map[string]int
go p.boom(nilMap)
go fail(4)
fail2 := func() { panic("value") }
go fail2()`)
	want := "add 3 3\nval 5\nadd 3 3\nwork 8\nf x\ncb y\npair 1 2\npair ab\n"
	if err != nil || out != want {
		t.Fatalf("%q %v", out, err)
	}
	g.wait(t, 11)
	g.mu.Lock()
	ended := strings.Join(g.ended, "|")
	g.mu.Unlock()
	for _, w := range []string{"assignment to entry in nil map", "fail 4", "value"} {
		if !strings.Contains(ended, w) {
			t.Errorf("goroutines ended with %q, not %q", ended, w)
		}
	}
	if n := strings.Count(ended, "<nil>"); n != 8 {
		t.Errorf("%d goroutines ended normally through GoPanic (%q), not 8", n, ended)
	}
	// a compiled type's method, a method promoted through an embedded
	// pointer, a parenthesized method, a method expression, in a generic
	// function (left as they were)
	out, err = nb.run(`import "sync"

type inner struct{ *acc }

func (a acc) show(gate chan bool) { <-gate; made <- fmt.Sprint("show ", a.n) }

func spawn[T any](f func(T), x T) { go f(x) }`)
	if err != nil || out != "" {
		t.Fatal(out, err)
	}
	out, err = nb.run(`var mu sync.Mutex
mu.Lock()
go mu.Unlock()
mu.Lock()
in := inner{&acc{n: 10}}
go in.add(1)
fmt.Println(<-made)
go (in.add)(2)
fmt.Println(<-made)
gate = make(chan bool)
go acc.show(acc{n: 20}, gate)
close(gate)
fmt.Println(<-made)
spawn(func(s string) { made <- s }, "spawned")
fmt.Println(<-made)`)
	if err != nil || out != "add 11\nadd 13\nshow 20\nspawned\n" {
		t.Fatalf("%q %v", out, err)
	}
	g.wait(t, 3)
	r := nb.check("go (in.add)(3)\nspawn(func(int) {}, 1)")
	if src := r.Stmts.Src; strings.Contains(strings.Split(src, "\n")[0], "GoStart") {
		t.Errorf("lowered:\n%s", src)
	}
}

// The function given to time.AfterFunc (a literal, a function value) runs
// in a goroutine the timer starts, in a literal that recovers the panic
// that ends it and hands it to Config.GoPanic (nil when it returned), on
// the line where it is given.
func TestAfterFuncPanics(t *testing.T) {
	g := &goPanics{change: make(chan struct{}, 10)}
	nb := goPanicNotebook(t, g)
	out, err := nb.run(`import "time"

done := make(chan string)
time.AfterFunc(time.Millisecond, func() { done <- "fired" })
fmt.Println(<-done)
f := func() { done <- "value" }
time.AfterFunc(time.Millisecond, f)
fmt.Println(<-done)
tm := time.AfterFunc(time.Millisecond, func() {
	var m map[string]int
	m["x"] = 1
})
_ = tm`)
	if err != nil || out != "fired\nvalue\n" {
		t.Fatalf("%q %v", out, err)
	}
	g.wait(t, 3)
	g.mu.Lock()
	ends := slices.Clone(g.ended)
	g.mu.Unlock()
	// (in any order: the second timer's goroutine may report its end
	// after the third's panic)
	slices.Sort(ends)
	if ended := strings.Join(ends, "|"); ended != "<nil>|<nil>|assignment to entry in nil map" {
		t.Errorf("goroutines ended with %q", ended)
	}
	r := nb.check("time.AfterFunc(time.Second, func() {\n\tfmt.Println()\n})")
	if lines := strings.Split(r.Stmts.Src, "\n"); len(lines) < 2 || !strings.Contains(lines[0], "GoStart") || !strings.Contains(lines[1], "fmt.Println()") {
		t.Errorf("lowered:\n%s", r.Stmts.Src)
	}
}

// A go statement whose call takes another call's results (go f(g()))
// runs: of a literal and of a notebook function, in the recovering
// literal; of a function value and a method, as it was (the wrapper took
// g's results after f: "cannot use func() (main.C,error) as type main.C").
func TestGoStatementTupleArgument(t *testing.T) {
	g := &goPanics{change: make(chan struct{}, 10)}
	nb := goPanicNotebook(t, g)
	if out, err := nb.run("import \"sort\"\ntype C int\nfunc (c C) String() string { return fmt.Sprintf(\"<%d>\", int(c)) }\nfunc two() (C, error) { return 5, nil }\nvar made = make(chan string, 10)\nfunc put(c C, err error) { made <- fmt.Sprint(\"put \", c, err) }\ntype S struct{}\nfunc (S) put(c C, err error) { made <- fmt.Sprint(\"S \", c, err) }"); err != nil || out != "" {
		t.Fatal(out, err)
	}
	out, err := nb.run("go func(c C, e error) { made <- fmt.Sprint(\"lit \", c, e) }(two())\ngo put(two())\nf := put\ngo f(two())\ngo S{}.put(two())\ngot := []string{<-made, <-made, <-made, <-made}\nsort.Strings(got)\nfmt.Println(got)")
	if err != nil || out != "[S <5> <nil> lit <5> <nil> put <5> <nil> put <5> <nil>]\n" {
		t.Fatalf("%q %v", out, err)
	}
	g.wait(t, 2)
}
