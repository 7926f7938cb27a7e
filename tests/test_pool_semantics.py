"""Process pools from notebook cells behave like the notebook, as
cloudpickle makes CPython's pools behave: each case declares something in
one cell, runs tasks in real worker processes in the next, and checks what
the cell printed. Every case runs twice: with workers compiled from the
notebook's declarations (the default) and with workers that interpret
them (GOFUTURES_POOL_WORKERS=interpreted). Where the two differ on
purpose, a wanted line is a dict by kind of worker."""
import shutil

import pytest

from conftest import execute, start_kernel

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
    # Also when their types are declared in cells.
    "statement variables of notebook types": (
        HEAD + 'type Pt struct{ X, Y int }\npts := []Pt{{1, 2}}\nbyName := map[string]*Pt{"a": {5, 6}}',
        'func sumPts() int {\n\ts := byName["a"].X\n\tfor _, p := range pts {\n\t\ts += p.X * p.Y\n\t}\n\treturn s\n}\n'
        'pool := executor.NewProcessPool(1)\nfmt.Println(pool.Submit(sumPts).Result())\n'
        'pts = append(pts, Pt{3, 4})\nbyName["a"].X = 0\nfmt.Println(pool.Submit(sumPts).Result())\npool.Close()',
        ["7 <nil>", "14 <nil>"], []),
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
    # Values of struct types declared in cells cross inside interface
    # values as themselves (unexported fields too).
    "notebook types inside any": (
        HEAD + 'type Pt struct {\n\tX, Y int\n\ttag  string\n}\n'
        'func flip(v any) any {\n\tp := v.(Pt)\n\treturn Pt{p.Y, p.X, p.tag + "!"}\n}\n'
        'func wrap(n int) any { return []any{Pt{n, n, "w"}, &Pt{tag: "p"}, n} }',
        'pool := executor.NewProcessPool(1)\nv, err := pool.Submit(flip, Pt{1, 2, "t"}).Result()\np, ok := v.(Pt)\n'
        'fmt.Println(p, ok, err)\nw, err := pool.Submit(wrap, 3).Result()\nws := w.([]any)\nq, ok := ws[1].(*Pt)\n'
        'fmt.Println(ws[0], q.tag, ok, ws[2], err)\npool.Close()',
        ["{2 1 t!} true <nil>", "{3 3 w} p true 3 <nil>"], []),
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
    # Also one a var after the cell's statements declares (a statement of
    # the cell, whose variable workers get with the task).
    "sentinel errors declared after statements": (
        HEAD + 'import "errors"\nfloor := 10\nvar ErrLow = errors.New("too low")\n'
        'func atLeast(x int) (int, error) {\n\tif x < floor {\n\t\treturn 0, fmt.Errorf("%d: %w", x, ErrLow)\n\t}\n\treturn x, nil\n}',
        'pool := executor.NewProcessPool(1)\nerr := pool.Submit(atLeast, 3).Err()\nvar low = errors.Is(err, ErrLow)\n'
        'fmt.Println(low, err)\npool.Close()',
        ["true 3: too low"], []),
    # An error of a type declared in a cell crosses as itself: errors.As
    # and errors.AsType find it (pointer and value receivers, wrapped with
    # %w, joined, inside a cell type's own Unwrap), fields and all; and
    # errors.Is compares struct values. (qv, not q: an earlier case's q
    # is a *Pt, and a cell that gives a variable another type reads the
    # ok of an errors.AsType before it wrong, a lowering bug of its own.)
    "errors of notebook types": (
        HEAD + 'import "errors"\n'
        'type NotFound struct{ Key string }\nfunc (e *NotFound) Error() string { return "not found: " + e.Key }\n'
        'type Code struct {\n\tN   int\n\twhy string\n}\nfunc (c Code) Error() string { return fmt.Sprint("code ", c.N) }\n'
        'type Query struct {\n\tQ   string\n\tErr error\n}\n'
        'func (q *Query) Error() string { return q.Q + ": " + q.Err.Error() }\nfunc (q *Query) Unwrap() error { return q.Err }\n'
        'var ErrGone = errors.New("gone")\n'
        'func find(k string) (int, error) { return 0, fmt.Errorf("find: %w", &NotFound{k}) }\n'
        'func code(n int) error {\n\tif n > 1 {\n\t\treturn Code{n, "big"}\n\t}\n\treturn fmt.Errorf("small: %w", Code{n, "small"})\n}\n'
        'func query(q string) error { return &Query{q, errors.Join(ErrGone, &NotFound{"in " + q}, Code{9, "nine"})} }',
        'pool := executor.NewProcessPool(1)\nerr := pool.Submit(find, "k1").Err()\nvar nf *NotFound\n'
        'fmt.Println(errors.As(err, &nf), nf.Key, err)\n'
        'c, ok := errors.AsType[Code](pool.Submit(code, 1).Err())\nfmt.Println(ok, c.N, c.why, errors.Is(pool.Submit(code, 1).Err(), Code{1, "small"}))\n'
        'var big Code\nfmt.Println(errors.As(pool.Submit(code, 2).Err(), &big), big.why)\n'
        'qerr := pool.Submit(query, "q").Err()\nqv, ok := errors.AsType[*Query](qerr)\n'
        'var in *NotFound\nfmt.Println(ok, qv.Q, errors.As(qerr, &in), in.Key, errors.Is(qerr, ErrGone))\n'
        '_, err = pool.Map(find, []string{"a", "b"}, executor.ChunkSize(2))\n'
        'nf, ok = errors.AsType[*NotFound](err)\nfmt.Println(ok, nf.Key)\npool.Close()',
        ["true k1 find: not found: k1", "true 1 small true", "true big", "true q true in q true", "true a"], []),
    # So do errors of cell types that are not structs (yaegi gives them
    # the reflect type of their underlying type): a named int and a named
    # string, wrapped with %w and joined; errors.As and errors.AsType find
    # the worker's value, and errors.Is compares it.
    "errors of named non-struct types": (
        HEAD + 'import "errors"\n'
        'type ErrCode int\nfunc (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }\n'
        'type Msg string\nfunc (m Msg) Error() string { return "msg: " + string(m) }\n'
        'type Other int\nfunc (o Other) Error() string { return fmt.Sprintf("other %d", int(o)) }\n'
        'func failCode(n int) error { return fmt.Errorf("op: %w", ErrCode(n)) }\n'
        'func failMsg(s string) (int, error) { return 0, Msg(s) }\n'
        'func failOther(n int) error { return Other(n) }\n'
        'func failBoth() error { return errors.Join(Msg("a"), fmt.Errorf("w: %w", ErrCode(7))) }',
        'pool := executor.NewProcessPool(1)\nerr := pool.Submit(failCode, 42).Err()\nvar ec ErrCode\n'
        'fmt.Println(errors.As(err, &ec), int(ec), ec == 42, err)\n'
        'mv, ok := errors.AsType[Msg](pool.Submit(failMsg, "hi").Err())\nfmt.Println(ok, string(mv), mv == Msg("hi"))\n'
        'jerr := pool.Submit(failBoth).Err()\nec2, ok2 := errors.AsType[ErrCode](jerr)\nvar mv2 Msg\n'
        'fmt.Println(ok2, int(ec2), errors.As(jerr, &mv2), string(mv2), errors.Is(jerr, ErrCode(7)), errors.Is(jerr, ErrCode(8)))\n'
        'var oc Other\nfmt.Println(errors.As(err, &oc), errors.As(pool.Submit(failOther, 3).Err(), &oc), int(oc), errors.As(pool.Submit(failOther, 4).Err(), &ec), errors.As(fmt.Errorf("x: %w", ErrCode(5)), &oc), errors.Is(pool.Submit(failOther, 7).Err(), ErrCode(7)), errors.Is(pool.Submit(failOther, 7).Err(), Other(7)))\n'
        'pool.Close()',
        ["true 42 true op: code 42", "true hi true", "true 7 true a true false", "false true 3 false false false true"], []),
    # A task's panic names the task's own functions and their cells.
    "panic traceback": (
        HEAD + 'func inner(x int) int {\n\tif x < 0 {\n\t\tpanic("negative")\n\t}\n\treturn x\n}\n'
        'func task(x int) int { return inner(x) + 1 }',
        'pool := executor.NewProcessPool(1)\n_, err := pool.Submit(task, -1).Result()\nfmt.Println(err)\n'
        '_, err = pool.Map(task, []int{1, -1}, executor.ChunkSize(2))\nfmt.Println(err)\npool.Close()',
        # Compiled and interpreted workers know every line (interpreted ones
        # the caller's from the call sites the checker recorded).
        # The whole output, so that no frame of the pool's own is listed.
        [{w: "executor: task panicked: negative\n\tCell In[{n}], line 7, in inner\n\tCell In[{n}], line 11, in task\n"
             "executor: map item 1: executor: task panicked: negative\n\tCell In[{n}], line 7, in inner\n\tCell In[{n}], line 11, in task\n"
          for w in ("compiled", "interpreted")}],
        ["yaegi", "interp.", "runtime."]),
    # A value of a struct type declared in a cell crosses both ways.
    "cell struct types as arguments": (
        HEAD + 'type Shape struct{ W, H float64 }\nfunc area(s Shape) float64 { return s.W * s.H }',
        'pool := executor.NewProcessPool(2)\nfmt.Println(pool.Submit(area, Shape{2, 3}).Result())\n'
        'pool.Close()',
        ["6 <nil>"], []),
    # Struct types of one shape stay apart across the pool (the cells'
    # lowering tags them; a type without fields gets a field to tag).
    "struct types of one shape": (
        HEAD + 'type Dog struct{}\ntype Cat struct{}\ntype Px struct{ X int }\ntype Vx struct{ X int }\n'
        'func name(v any) string {\n\tswitch v.(type) {\n\tcase Dog:\n\t\treturn "dog"\n\tcase Cat:\n\t\treturn "cat"\n'
        '\tcase Px:\n\t\treturn "px"\n\tcase Vx:\n\t\treturn "vx"\n\t}\n\treturn "?"\n}\n'
        'func both(d Dog, v Vx) (Cat, Px) { return Cat{}, Px(v) }',
        'pool := executor.NewProcessPool(1)\n'
        'fmt.Println(pool.Submit(name, Cat{}).Result())\nfmt.Println(pool.Submit(name, Vx{1}).Result())\n'
        'c, _ := pool.Submit(both, Dog{}, Vx{2}).Result()\nfmt.Println(name(c))\npool.Close()',
        ["cat <nil>", "vx <nil>", "cat"], []),
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


WORKERS = ["compiled", "interpreted"]


@pytest.fixture(scope="module", params=WORKERS)
def pool_kernel(request):
    """One kernel per kind of worker, shared by the cases (each declares
    its own names; pools are closed at the end of each case), so that
    workers also load a notebook of many declarations. "{n}" in a wanted
    line is the number of the case's cell of declarations."""
    env = {"GOFUTURES_POOL_WORKERS": "interpreted"} if request.param == "interpreted" else {}
    for km, kc in start_kernel(**env):
        yield request.param, kc


@pytest.mark.parametrize("case", list(CASES))
def test_pool_semantics(pool_kernel, case):
    workers, kc = pool_kernel
    decls, run, want, unwanted = CASES[case]
    d = execute(kc, decls)
    assert d.status == "ok", (d.error, d.stdout, d.stderr)
    c = execute(kc, run, timeout=180)
    out = c.stdout + c.stderr
    assert c.status == "ok", (c.error, out)
    n = d.reply["content"]["execution_count"]
    for w in want:
        if isinstance(w, dict):  # the whole output, by kind of worker
            w = w[workers].replace("{n}", str(n))
            assert out == w, (w, out)
            continue
        assert w.replace("{n}", str(n)) in out, (w, out)
    for u in unwanted:
        assert u not in out, (u, out)
    if workers == "compiled":
        # Nothing fell back to interpreted workers.
        assert "workers interpret" not in out, out


@pytest.mark.parametrize("pool_kernel", ["compiled"], indirect=True)
def test_compiled_workers(pool_kernel):
    """Tasks run compiled, in a program built once per set of
    declarations; a redefinition is built before the next task."""
    workers, kc = pool_kernel
    d = execute(kc, HEAD + 'import "runtime"\n'
                'func where() string {\n\t_, file, line, _ := runtime.Caller(0)\n\treturn fmt.Sprint(file, ":", line, " v1")\n}')
    assert d.status == "ok", d.error
    c = execute(kc, 'pool := executor.NewProcessPool(2)\nfmt.Println(pool.Submit(where).Result())', timeout=180)
    assert c.status == "ok", (c.error, c.stdout, c.stderr)
    n = d.reply["content"]["execution_count"]
    # A compiled function knows its cell's file and line; yaegi's do not.
    assert f"In[{n}]:7 v1 <nil>" in c.stdout, c.stdout + c.stderr
    r = execute(kc, 'func where() string {\n\t_, file, line, _ := runtime.Caller(0)\n\treturn fmt.Sprint(file, ":", line, " v2")\n}')
    assert r.status == "ok", r.error
    m = r.reply["content"]["execution_count"]
    c = execute(kc, 'fmt.Println(pool.Submit(where).Result())\npool.Close()', timeout=180)
    out = c.stdout + c.stderr
    assert f"In[{m}]:2 v2 <nil>" in out and "workers interpret" not in out, out


def test_declarations_that_do_not_build(tmp_path):
    """Where the compiled workers do not build (here: a go command whose
    builds fail, with a message at a cell's line), the pool says why in
    one line and its workers interpret: the tasks still run, and the
    notebook loses nothing."""
    real = shutil.which("go")
    assert real, "the go command is needed"
    fake = tmp_path / "go"
    fake.write_text('#!/bin/sh\nif [ "$1" = build ]; then echo "In[1]:5:2: no builds today" >&2; exit 1; fi\n'
                    'exec %s "$@"\n' % real)
    fake.chmod(0o755)
    for km, kc in start_kernel(GOFUTURES_GO=str(fake)):
        d = execute(kc, HEAD + "var base = 40\nfunc plus(x int) int { return base + x }")
        assert d.status == "ok", d.error
        c = execute(kc, 'pool := executor.NewProcessPool(2)\nfmt.Println(pool.Map(plus, []int{1, 2}))\n'
                    'base = 0\nfmt.Println(pool.Submit(plus, 5).Result())\npool.Close()', timeout=120)
        out = c.stdout + c.stderr
        assert c.status == "ok", (c.error, out)
        assert "[41 42] <nil>" in out and "5 <nil>" in out, out
        lines = [l for l in out.splitlines() if "workers interpret" in l]
        assert len(lines) == 1, out
        assert "no compiled workers: the notebook's declarations did not build: In[1]:5:2: no builds today" in lines[0], out
