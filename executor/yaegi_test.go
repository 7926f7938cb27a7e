package executor_test

import (
	"bytes"
	"github.com/gofutures/gofutures/internal/testutil"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gofutures/gofutures/symbols"
)

// gcdCell is the seed tutorial's gcd, as a cell.
const gcdCell = testutil.GCDCell

const numbersCell = `numbers := [][2]int{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}`

// newCellInterp returns an interpreter set up as the kernel sets one up,
// with the executor importable, and its output buffer.
func newCellInterp(t *testing.T) (*interp.Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	i := interp.New(interp.Options{Stdout: &out, Stderr: &out})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(symbols.Symbols); err != nil {
		t.Fatal(err)
	}
	return i, &out
}

func evalCells(t *testing.T, i *interp.Interpreter, cells ...string) {
	t.Helper()
	for _, c := range cells {
		if _, err := i.Eval(c); err != nil {
			t.Fatalf("cell %q: %v", c, err)
		}
	}
}

// TestCellSeed runs the seed tutorial as notebook cells in a real yaegi
// interpreter.
func TestCellSeed(t *testing.T) {
	i, out := newCellInterp(t)
	evalCells(t, i,
		`import "fmt"`,
		`import "time"`,
		`import "github.com/gofutures/gofutures/executor"`,
		gcdCell,
		numbersCell,
		`pool := executor.NewThreadPool(2)`,
		`results, err := pool.Map(gcd, numbers)`,
		`fmt.Println(results, err)`,
		// Each cell below waits for the tasks it starts. A cell that
		// returns while an interpreted function still runs on a worker
		// works, but yaegi v0.16.1 then races with itself (the next Eval
		// writes the root frame's done channel that the running
		// function's newFrame reads without a lock): fine in a notebook,
		// flagged by -race.
		`f := pool.Submit(gcd, numbers[0]); v, err := f.Result()`,
		`fmt.Println(v, err)`,
		// Iteration that works in yaegi: iterator objects with Next.
		`it := pool.MapIter(gcd, numbers, executor.ChunkSize(2)); for it.Next() { fmt.Print(it.Value(), " ") }`,
		`fmt.Println(it.Err())`,
		`var fs []*executor.Future`,
		`sum := 0`,
		// yaegi loses := variables declared in top-level loop bodies (#1053).
		`var r interface{}`,
		`for _, n := range numbers { fs = append(fs, pool.Submit(gcd, n)) }
ac := executor.AsCompleted(fs, executor.Timeout(time.Minute))
for ac.Next() { r, _ = ac.Future().Result(); sum += r.(int) }`,
		`fmt.Println("as completed:", sum, ac.Err())`,
		`done, notDone := executor.Wait(fs, executor.AllCompleted)`,
		`fmt.Println("wait:", len(done), len(notDone))`,
		`pool.Shutdown(true, false)`,
		`pool.Shutdown(true, false)`,
		`fmt.Println(pool.Submit(gcd, numbers[0]).Err())`,
	)
	want := "[1 5 1 5 2 3] <nil>\n1 <nil>\n1 5 1 5 2 3 <nil>\nas completed: 17 <nil>\nwait: 6 0\n" +
		"executor: cannot schedule new futures after shutdown\n"
	if got := out.String(); got != want {
		t.Fatalf("cell output\n%s\nwant\n%s", got, want)
	}
	res, err := i.Eval(`fmt.Sprint(results)`)
	if err != nil || res.String() != "[1 5 1 5 2 3]" {
		t.Fatalf("results = %v, %v", res, err)
	}
}

// TestCellBadInput checks that misuse from a cell gives clear errors, not
// reflect panics.
func TestCellBadInput(t *testing.T) {
	i, out := newCellInterp(t)
	evalCells(t, i,
		`import "fmt"`,
		`import "errors"`,
		`import "github.com/gofutures/gofutures/executor"`,
		gcdCell,
		numbersCell,
		`pool := executor.NewThreadPool(2)`,
		`fmt.Println(pool.Submit(gcd, "1963309").Err())`,
		`fmt.Println(pool.Submit(gcd, numbers[0], numbers[1]).Err())`,
		`fmt.Println(pool.Submit(executor.Named("gcd", gcd), 3).Err())`,
		`fmt.Println(pool.Submit(nil).Err())`,
		`_, err := pool.Map(gcd, []string{"a"})`,
		`fmt.Println(err)`,
		`fmt.Println(pool.Submit(func(x float64) float64 { return x / 2 }, 3).Result())`,
		`fmt.Println(pool.Submit(func() (int, error) { return 0, fmt.Errorf("cell error") }).Err())`,
		`func explode() { var m map[string]int; m["x"] = 1 }`,
		`_, err = pool.Submit(explode).Result()`,
		`var pe *executor.PanicError`,
		`fmt.Println(errors.As(err, &pe))`,
		`pool.Close()`,
	)
	for _, want := range []string{
		"executor: fn func([2]int) int: argument 0: have string, want [2]int\n",
		"executor: fn func([2]int) int: got 2 arguments, want 1 (func([2]int) int)\n",
		"executor: gcd: argument 0: have int, want [2]int\n",
		"executor: fn: function is nil\n",
		"executor: map item 0: executor: fn func([2]int) int: argument 0: have string, want [2]int\n",
		"1.5 <nil>\n",
		"cell error\n",
		"true\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestCellObserverAndClose: interpreted types implement Observer, and the
// defer idiom works inside cell functions.
func TestCellObserverAndClose(t *testing.T) {
	i, out := newCellInterp(t)
	evalCells(t, i,
		`import "fmt"`,
		`import "sync"`,
		`import "github.com/gofutures/gofutures/executor"`,
		gcdCell,
		numbersCell,
		`type counter struct { mu sync.Mutex; n map[string]int }`,
		`func (c *counter) OnEvent(e executor.Event) { c.mu.Lock(); c.n[e.Kind.String()]++; c.mu.Unlock() }`,
		`c := &counter{n: map[string]int{}}`,
		`func run() []interface{} {
	pool := executor.NewThreadPool(2, executor.WithObserver(c))
	defer pool.Close()
	r, _ := pool.Map(gcd, numbers)
	return r
}`,
		`fmt.Println(run(), c.n["submitted"], c.n["started"], c.n["finished"])`,
	)
	if got, want := out.String(), "[1 5 1 5 2 3] 6 6 6\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
