"""Process pools from notebook cells behave like the notebook, as
cloudpickle makes CPython's pools behave: each case declares something in
one cell, runs tasks in real worker processes in the next, and checks what
the cell printed. The table does not depend on how workers run the code
(interpreted today), so that other kinds of worker can run it too."""
import pytest

from conftest import execute

HEAD = 'import (\n\t"fmt"\n\t"github.com/gofutures/gofutures/executor"\n)\n'

CASES = {
    # A task sees the values the notebook's variables have now, not the
    # declared ones, also through functions and methods it calls.
    "current variables": (
        HEAD + 'var n = 6\nvar scale = map[string]int{"x": 1}\n'
        'type T struct{}\nfunc (T) factor() int { return scale["x"] }\n'
        'func get() int { return n * T{}.factor() }',
        'pool := executor.NewProcessPool(2)\nfmt.Println(pool.Submit(get).Result())\n'
        'n = 200\nfmt.Println(pool.Submit(get).Result())\n'
        'scale["x"] = 3\nout, err := pool.Map(get)\nfmt.Println(pool.Submit(get).Result())\n_, _ = out, err\npool.Close()',
        ["6 <nil>", "200 <nil>", "600 <nil>"], []),
    # Names set by statements reach workers too, with their current values.
    "statement variables": (
        HEAD + 'data := []float64{1.5, 2.5}\nk := 10',
        'func at(i int) float64 { return data[i] * float64(k) }\n'
        'pool := executor.NewProcessPool(1)\nfmt.Println(pool.Submit(at, 1).Result())\n'
        'data = append(data, 4)\nk = 2\nfmt.Println(pool.Submit(at, 2).Result())\npool.Close()',
        ["25 <nil>", "8 <nil>"], []),
    # var dataset = load() runs once, in the notebook.
    "initializers run once": (
        HEAD + 'func load() []int {\n\tfmt.Println("loading")\n\treturn []int{1, 2, 3}\n}\n'
        'var dataset = load()\nfunc size(extra int) int { return len(dataset) + extra }',
        'pool := executor.NewProcessPool(2)\nout, err := pool.Map(size, []int{0, 10})\nfmt.Println(out, err)\npool.Close()',
        ["[3 13] <nil>"], ["loading"]),
    # A method calling a function declared after it, and a function
    # calling a method declared after it.
    "declarations in any order": (
        HEAD + 'type P struct{ A int }\nfunc (p P) M() int { return later(p.A) + p.N() }\n'
        'func later(x int) int { return x * 2 }\nfunc (p P) N() int { return 1 }\nfunc run(a int) int { return P{a}.M() }',
        'pool := executor.NewProcessPool(1)\nfmt.Println(pool.Submit(run, 4).Result())\npool.Close()',
        ["9 <nil>"], ["index out of range"]),
    # A top-level function reaches the pool however it is passed; only a
    # true closure is refused, saying why.
    "functions however passed": (
        HEAD + 'func sq(x int) int { return x * x }\nfunc cube(x int) int { return x * x * x }\n'
        'func runAll(pool *executor.ProcessPool, fn func(int) int, x int) (any, error) { return pool.Submit(fn, x).Result() }\n'
        'var table = map[string]func(int) int{"sq": sq}',
        'pool := executor.NewProcessPool(1)\nf := sq\nfs := []func(int) int{sq, cube}\n'
        'fmt.Println(pool.Submit(f, 3).Result())\nfmt.Println(pool.Submit(fs[1], 2).Result())\n'
        'fmt.Println(runAll(pool, cube, 3))\nfmt.Println(pool.Submit(table["sq"], 4).Result())\n'
        'fmt.Println(f(5), fs[0](6))\n'
        'k := 2\nfmt.Println(pool.Submit(func(x int) int { return x * k }, 1).Err())\npool.Close()',
        ["9 <nil>", "8 <nil>", "27 <nil>", "16 <nil>", "25 36", "closures and method values cannot be sent"], []),
    # Values cross exactly: NaN, ±Inf, 64-bit integers in an any, []byte,
    # time.Time, nil apart from empty.
    "values round-trip exactly": (
        HEAD + 'import (\n\t"math"\n\t"time"\n)\n'
        'type Rec struct {\n\tF    []float64\n\tU    uint64\n\tI    int64\n\tB, N []byte\n\tM    map[string]int\n\tAt   time.Time\n\tAny  any\n}\n'
        'func same(r Rec) Rec { return r }\nfunc sameAny(v any) any { return v }',
        'pool := executor.NewProcessPool(1)\n'
        'at := time.Date(2026, 11, 30, 1, 2, 3, 4, time.UTC)\n'
        'r := Rec{F: []float64{math.NaN(), math.Inf(1), math.Inf(-1)}, U: math.MaxUint64, I: math.MinInt64, B: []byte{}, At: at, Any: uint64(1<<63 + 1)}\n'
        'v, err := pool.Submit(same, r).Result()\nback := v.(Rec)\n'
        'fmt.Println(back.F, back.U, back.I, back.B != nil, back.N == nil, back.M == nil, back.At.Equal(at), back.Any, err)\n'
        'a, err := pool.Submit(sameAny, int64(1<<62+1)).Result()\nfmt.Printf("%T %v %v\\n", a, a, err)\n'
        'pool.Close()',
        ["[NaN +Inf -Inf] 18446744073709551615 -9223372036854775808 true true true true 9223372036854775809 <nil>",
         "int64 4611686018427387905 <nil>"], []),
    # An error a task returns keeps its identity for errors.Is where the
    # notebook declared it.
    "sentinel errors": (
        HEAD + 'import "errors"\nvar ErrNeg = errors.New("negative")\n'
        'func check(x int) (int, error) {\n\tif x < 0 {\n\t\treturn 0, fmt.Errorf("check %d: %w", x, ErrNeg)\n\t}\n\treturn x, nil\n}\n'
        'func bare() error { return ErrNeg }',
        'pool := executor.NewProcessPool(1)\nerr := pool.Submit(check, -1).Err()\nfmt.Println(errors.Is(err, ErrNeg), err)\n'
        'fmt.Println(errors.Is(pool.Submit(bare).Err(), ErrNeg), errors.Is(pool.Submit(check, 1).Err(), ErrNeg))\n'
        'out, err := pool.Map(check, []int{1, -2}, executor.ChunkSize(2))\nfmt.Println(errors.Is(err, ErrNeg), out)\npool.Close()',
        ["true check -1: negative", "true false", "true [1]"], []),
    # A task's panic names the task's own functions and their cells.
    "panic traceback": (
        HEAD + 'func inner(x int) int {\n\tif x < 0 {\n\t\tpanic("negative")\n\t}\n\treturn x\n}\n'
        'func task(x int) int { return inner(x) + 1 }',
        'pool := executor.NewProcessPool(1)\n_, err := pool.Submit(task, -1).Result()\nfmt.Println(err)\n'
        '_, err = pool.Map(task, []int{1, -1}, executor.ChunkSize(2))\nfmt.Println(err)\npool.Close()',
        ["executor: task panicked: negative\n\tCell In[1], line 7, in inner\n\tCell In[1], in task\n",
         "map item 1: executor: task panicked: negative\n\tCell In[1], line 7, in inner\n\tCell In[1], in task\n"], ["yaegi", "interp."]),
    # A task that loops forever or crashes fails alone; the pool goes on.
    "bad tasks fail alone": (
        HEAD + 'import (\n\t"os"\n\t"time"\n)\n'
        'func spin() int {\n\tfor {\n\t}\n}\nfunc die() int { os.Exit(3); return 0 }\n'
        'func deep(n int) int { return deep(n+1) + 1 }\nfunc ok(x int) int { return x }',
        'pool := executor.NewProcessPool(1, executor.WithTaskTimeout(time.Second))\n'
        'fmt.Println(pool.Submit(spin).Err())\nfmt.Println(pool.Submit(die).Err())\n'
        'fmt.Println(pool.Submit(ok, 5).Result())\npool.Close()\n'
        'other := executor.NewProcessPool(1)\nfmt.Println(other.Submit(deep, 0).Err())\n'
        'fmt.Println(other.Submit(ok, 6).Result())\nother.Close()',
        ["task timeout (1s) exceeded", "exit status 3", "5 <nil>", "(deep): fatal error: stack overflow", "6 <nil>"], []),
}


@pytest.mark.parametrize("case", list(CASES))
def test_pool_semantics(kernel, case):
    km, kc = kernel
    decls, run, want, unwanted = CASES[case]
    d = execute(kc, decls)
    assert d.status == "ok", (d.error, d.stdout, d.stderr)
    c = execute(kc, run, timeout=120)
    out = c.stdout + c.stderr
    assert c.status == "ok", (c.error, out)
    for w in want:
        assert w in out, (w, out)
    for u in unwanted:
        assert u not in out, (u, out)
