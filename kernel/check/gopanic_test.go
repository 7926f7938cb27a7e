package check

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
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
	if out, err := nb.run(`import "strings"

func join(sep string, parts ...string) {
	if len(parts) == 0 {
		panic("no parts")
	}
	fmt.Println(strings.Join(parts, sep))
}

type T struct{ n int }

func (t T) show() { fmt.Println("T", t.n) }`); err != nil || out != "" {
		t.Fatal(out, err)
	}
	out, err := nb.run(`done := make(chan bool)
i := 1
words := []string{"a", "b"}
go join("-", words...)
go join("+", "x", fmt.Sprint(i))
go func(n int) { fmt.Println("lit", n); done <- true }(i)
i = 2
<-done
go join(",")
go func() { var m map[string]int; m["x"] = i }()`)
	if err != nil {
		t.Fatal(err)
	}
	wait(5)
	g.mu.Lock()
	ended := strings.Join(g.ended, "|")
	g.mu.Unlock()
	for _, w := range []string{"a-b", "x+1", "lit 1"} {
		if !strings.Contains(nb.out.String()+out, w) {
			t.Errorf("output %q lacks %q", nb.out.String()+out, w)
		}
	}
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
