package session

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/symbols"
)

// lockedBuffer collects what workers print.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// linkedPool returns a pool whose workers (this test binary, see TestMain)
// load the declarations of a session linked to l.
func linkedPool(l *PoolLink, out *lockedBuffer, n int) *executor.ProcessPool {
	return executor.NewProcessPool(n, executor.WithProcessConfig(linkedConfig(l, out)))
}

func linkedConfig(l *PoolLink, out *lockedBuffer) executor.ProcessConfig {
	return executor.ProcessConfig{
		Command: func() *exec.Cmd {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), workerEnv+"=1")
			return cmd
		},
		Declarations: l.Declarations,
		Globals:      l.Globals,
		Errors:       l.Error,
		Output:       out,
	}
}

// executorSession returns a session with the executor's symbols whose
// process pools (executor's default configuration, restored when the
// test ends) run this test binary's workers linked to it, and its
// output.
func executorSession(t *testing.T, noCheck bool) (*Session, *lockedBuffer) {
	var link PoolLink
	out := &lockedBuffer{}
	executor.SetDefaultProcessConfig(linkedConfig(&link, out))
	t.Cleanup(func() { executor.SetDefaultProcessConfig(executor.ProcessConfig{}) })
	return New(Options{Pool: &link, Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{ExecutorPrelude},
		NamedFuncs: true, Stdout: out, NoCheck: noCheck}), out
}

// A notebook function reaches a pool however the cell passes it: through
// a variable, a slice, a map, another function's parameter.
// (Checked cells are tagged by the lowering, unchecked ones by the
// session's own rewriting.)
func TestPoolFunctionsPassedAsValues(t *testing.T) {
	for _, noCheck := range []bool{false, true} {
		t.Run(fmt.Sprintf("NoCheck=%v", noCheck), func(t *testing.T) { testFunctionValues(t, noCheck) })
	}
}

func testFunctionValues(t *testing.T, noCheck bool) {
	nb, out := executorSession(t, noCheck)
	value(t, nb, `import (
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

func sq(x int) int { return x * x }

func via(p *executor.ProcessPool, f func(int) int) (any, error) { return p.Submit(f, 3).Result() }

var table = map[string]func(int) int{"sq": sq}

func fromTable(p *executor.ProcessPool) (any, error) { return p.Submit(table["sq"], 5).Result() }`, 1)
	got := value(t, nb, `pool := executor.NewProcessPool(1)
f := sq
fs := []func(int) int{sq}
a, err1 := pool.Submit(f, 2).Result()
b, err2 := pool.Submit(fs[0], 4).Result()
c, err3 := via(pool, sq)
d, err4 := fromTable(pool)
k := 2
e := pool.Submit(func(x int) int { return x * k }, 1).Err()
pool.Close()
fmt.Sprint(a, b, c, d, f(6), err1, err2, err3, err4, e != nil)`, 2)
	if got != "4 16 9 25 36 <nil> <nil> <nil> <nil> true" {
		t.Fatalf("got %s\n%s", got, out.String())
	}
}

// A task sees the values the notebook's variables have when it is
// submitted, those its function uses through other functions and methods
// too; initializers that call functions run only in the notebook.
func TestPoolTasksSeeCurrentVariables(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, `import "fmt"

var n = 6

func load() []int {
	fmt.Println("loading")
	return []int{1, 2, 3}
}

var dataset = load()

func pair() (map[string]int, []string) { return map[string]int{"a": 1}, nil }

var limits, names = pair()

type T struct{}

func (T) size() int { return len(dataset) + limits["a"] + len(names) }

func get() int { return n + via() }

func via() int { return T{}.size() }

func plain() int { return 1 }`, 1)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	get := executor.Named("get", func() int { return 0 })
	if v, err := pool.Submit(get).Result(); err != nil || v != 10 {
		t.Fatalf("get() = %v, %v; want 10", v, err)
	}
	value(t, nb, "n = 200\ndataset = append(dataset, 4, 5)\nnames = []string{\"x\"}", 2)
	if v, err := pool.Submit(get).Result(); err != nil || v != 207 {
		t.Fatalf("after the notebook changed them, get() = %v, %v; want 207", v, err)
	}
	if v, err := pool.Submit(executor.Named("plain", func() int { return 0 })).Result(); err != nil || v != 1 {
		t.Fatalf("plain() = %v, %v", v, err)
	}
	if got := strings.Count(out.String(), "loading"); got != 1 {
		t.Fatalf("load ran %d times, want once (in the notebook): %q", got, out.String())
	}
	if names, _ := link.Globals("get"); strings.Join(names, ",") != "dataset,limits,n,names" {
		t.Fatalf("get uses %v", names)
	}
	if names, _ := link.Globals("plain"); len(names) != 0 {
		t.Fatalf("plain uses %v", names)
	}
}

// A worker declares variables whose initializers call functions with
// their types and no initializer.
func TestWorkerDeclsDropInitializers(t *testing.T) {
	nb := New(Options{})
	value(t, nb, `import "time"
func load() []int { return nil }
func two() (int, error) { return 0, nil }
var a = load()
var b, err = two()
var c = time.Now()
var d int = len(load())
var e = 5
var f = &struct{ A int }{len(load())}
var g = []func() []int{load}`, 1)
	got := map[string]string{}
	for _, d := range workerDecls(nb.Decls(), nb.typeText, map[string]bool{"g": true}) {
		if d.Kind == "var" {
			got[strings.Join(d.Names, ",")] = strings.Join(strings.Fields(d.Src), " ")
		}
	}
	want := map[string]string{"a": "var a []int", "b,err": "var (b int; err error)", "c": "var c time.Time",
		"d": "var d int", "e": "var e = 5", "f": "var f *struct{ A int }",
		"g": "var g = []func() []int{(func() []int)(load)}"} // (the lowering's conversion of a function value, funcvalues.go)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
}

// An error a task returns matches the notebook's sentinel errors it
// matched in the worker.
func TestPoolSentinelErrors(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, `import (
	"errors"
	"fmt"
)

var ErrNeg = errors.New("negative")

func check(x int) (int, error) {
	if x < 0 {
		return 0, fmt.Errorf("check %d: %w", x, ErrNeg)
	}
	return x, nil
}`, 1)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	err := pool.Submit(executor.Named("check", func(int) (int, error) { return 0, nil }), -1).Err()
	v, _ := nb.Eval("ErrNeg")
	sentinel := v.Interface().(error)
	if !errors.Is(err, sentinel) || err.Error() != "check -1: negative" {
		t.Fatalf("%v does not match the notebook's ErrNeg", err)
	}
}

// A task's panic carries the notebook functions it went through, with the
// cells that declared them.
func TestPoolPanicTraceback(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, "func inner(x int) int {\n\tif x < 0 {\n\t\tpanic(\"negative\")\n\t}\n\treturn x\n}", 1)
	value(t, nb, "func task(x int) int {\n\treturn inner(x) + 1\n}", 2)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	task := executor.Named("task", func(int) int { return 0 })
	for _, chunk := range []int{1, 2} {
		_, err := pool.Map(task, []int{1, -1}, executor.ChunkSize(chunk))
		var pe *executor.PanicError
		if !errors.As(err, &pe) {
			t.Fatalf("chunk %d: %v", chunk, err)
		}
		if got := strings.Join(pe.Traceback, "; "); got != "Cell In[1], line 3, in inner; Cell In[2], line 2, in task" {
			t.Errorf("chunk %d: traceback %q\n%v", chunk, got, err)
		}
	}
}

// A task's runtime error names its line in the worker too: an index
// check's, and the one map write of a function.
func TestPoolPanicLine(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, "func get(i int) int {\n\ta := []int{1}\n\treturn a[i]\n}\nfunc write(k string) int {\n\tvar m map[string]int\n\tm[k] = 1\n\treturn 0\n}", 1)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	for _, c := range []struct {
		fn   executor.NamedFunc
		arg  any
		want string
	}{
		{executor.Named("get", func(int) int { return 0 }), 2, "Cell In[1], line 3, in get"},
		{executor.Named("write", func(string) int { return 0 }), "k", "Cell In[1], line 7, in write"},
	} {
		err := pool.Submit(c.fn, c.arg).Err()
		var pe *executor.PanicError
		if !errors.As(err, &pe) {
			t.Fatalf("%v: %v", c.want, err)
		}
		if got := strings.Join(pe.Traceback, "; "); got != c.want {
			t.Errorf("traceback %q, want %q\n%v", got, c.want, err)
		}
	}
}

// Names set by statements (data := ...) that functions use reach workers
// too, declared and given their current values.
func TestPoolStatementVariables(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, "data := []int{1, 2, 3}\nk := 10", 1)
	value(t, nb, "func at(i int) int { return data[i] * k }", 2)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	at := executor.Named("at", func(int) int { return 0 })
	if v, err := pool.Submit(at, 2).Result(); err != nil || v != 30 {
		t.Fatalf("at(2) = %v, %v\n%s", v, err, out.String())
	}
	value(t, nb, "data = append(data, 7)\nk = 2", 3)
	if v, err := pool.Submit(at, 3).Result(); err != nil || v != 14 {
		t.Fatalf("at(3) = %v, %v\n%s", v, err, out.String())
	}
}
