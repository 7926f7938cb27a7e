package check

import (
	"fmt"
	"io"
	"reflect"
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

// goPanicNotebook returns a notebook whose go statements call g.
func goPanicNotebook(t *testing.T, g *goPanics) *notebook {
	nb := newNotebook(t)
	nb.c = New(testImporter, Config{GoPanic: "gopanictest.GoPanic"})
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
// A method's call is left as it was.
func TestGoStatementPanics(t *testing.T) {
	g := &goPanics{change: make(chan struct{}, 10)}
	nb := goPanicNotebook(t, g)
	wait := func(n int) {
		for range n {
			select {
			case <-g.change:
			case <-time.After(20 * time.Second):
				t.Fatal("a goroutine did not call GoPanic")
			}
		}
	}
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
	wait(5)
	g.mu.Lock()
	ended := strings.Join(g.ended, "|")
	g.mu.Unlock()
	for _, w := range []string{"no parts", "assignment to entry in nil map", "<nil>"} {
		if !strings.Contains(ended, w) {
			t.Errorf("goroutines ended with %q, not %q", ended, w)
		}
	}
	r := nb.check("go T{3}.show()\ngo strings.ToUpper(\"x\")")
	if src := r.Stmts.Src; !strings.Contains(src, "go T{3}.show()") || !strings.Contains(src, "gopanictest.GoPanic(recover())") {
		t.Errorf("lowered:\n%s", src)
	}
}
