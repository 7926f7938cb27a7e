"""Third-party modules, %go magics and %%compile cells through the kernel.

Modules come from a file-system GOPROXY written here (the offline and error
cases) and one from the real module proxy. GOFUTURES_CACHE is shared by the
tests of this file, so a program built once is reused where the same
imports come again (as a restarted kernel reuses it).
"""
import io
import json
import os
import tempfile
import time
import zipfile

import pytest

from conftest import drain, execute, start_ready

GREET = '''// Package kgreet greets.
package kgreet

// Word is how kgreet says hello.
const Word = %(word)r

// Hello greets name.
func Hello(name string) string { return Word + ", " + name }

// Map is generic: not in the export table.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
'''

KGEN = '''// Package kgen has generic functions and types only.
package kgen

import "fmt"

// Map returns f of each element and its index.
func Map[T, U any](xs []T, f func(T, int) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x, i)
	}
	return out
}

// Pair is a key and its value.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// NewPair makes a Pair: its type arguments are inferred.
func NewPair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

// String writes p as key=value.
func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Deref returns *p.
func Deref[T any](p *T) T { return *p }
'''

NEEDC = '''package kneedc

// #include <stdlib.h>
import "C"

// Abs is C's abs.
func Abs(x int) int { return int(C.abs(C.int(x))) }
'''

KUNSAFE = '''// Package kunsafe has a generic function a copy cannot have.
package kunsafe

import "unsafe"

// Size is the size of a T.
func Size[T any]() uintptr {
	var x T
	return unsafe.Sizeof(x)
}
'''

# path, version, files. Their content must not change without a new
# version: the go command keeps them in the shared module cache.
MODULES = [
    ("example.net/kgreet", "v1.0.0", {"kgreet.go": GREET.replace("%(word)r", '"hello"')}),
    ("example.net/kgreet", "v1.1.0", {"kgreet.go": GREET.replace("%(word)r", '"hi"')}),
    ("example.net/kneedc", "v1.0.0", {"kneedc.go": NEEDC}),
    ("example.net/kgen", "v1.0.0", {"kgen.go": KGEN}),
    ("example.net/kunsafe", "v1.0.0", {"kunsafe.go": KUNSAFE}),
]

GCD = """func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	low := a
	if b < low {
		low = b
	}
	for i := low; i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}
"""


def write_proxy(root):
    versions = {}
    for path, version, files in MODULES:
        vdir = os.path.join(root, path, "@v")
        os.makedirs(vdir, exist_ok=True)
        gomod = "module %s\n\ngo 1.21\n" % path
        with open(os.path.join(vdir, version + ".mod"), "w") as f:
            f.write(gomod)
        with open(os.path.join(vdir, version + ".info"), "w") as f:
            json.dump({"Version": version, "Time": "2026-01-01T00:00:00Z"}, f)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("%s@%s/go.mod" % (path, version), gomod)
            for name, data in files.items():
                z.writestr("%s@%s/%s" % (path, version, name), data)
        with open(os.path.join(vdir, version + ".zip"), "wb") as f:
            f.write(buf.getvalue())
        versions.setdefault(path, []).append(version)
    for path, vs in versions.items():
        with open(os.path.join(root, path, "@v", "list"), "w") as f:
            f.write("\n".join(vs) + "\n")
    return "file://" + root


@pytest.fixture(scope="module")
def module_env():
    tmp = tempfile.mkdtemp(prefix="gofutures-modules-")
    proxy = write_proxy(os.path.join(tmp, "proxy"))
    env = dict(os.environ)
    env.update({
        "GOFUTURES_CACHE": os.path.join(tmp, "cache"),
        "GOPROXY": proxy,
        "GOSUMDB": "off",
        "GONOSUMDB": "example.net",
        "GOFLAGS": "-mod=mod",
    })
    yield env
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)


def start(env, session, **extra):
    km, kc = start_ready(dict(env, JPY_SESSION_NAME=session, **extra))
    drain(kc, 0.1)
    return km, kc


@pytest.fixture
def kernel_with(module_env):
    started = []

    def make(session, **extra):
        km, kc = start(module_env, session, **extra)
        started.append((km, kc))
        return km, kc

    yield make
    for km, kc in started:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)


BUILD = 300  # seconds a cell that builds a program may take (a cold build cache)


def ok(cell):
    assert cell.status == "ok", (cell.error, cell.stderr)
    return cell


def failed(cell, ename, *words):
    assert cell.status == "error", (cell.result, cell.stdout)
    assert cell.error["ename"] == ename, cell.error
    text = cell.error["evalue"] + "\n".join(cell.error["traceback"])
    for w in words:
        assert w in text, (w, text)
    return cell


def displays(cell):
    """The build displays of a cell: (msg_type, display_id, text)."""
    out = []
    for m in cell.msgs:
        t = m["header"]["msg_type"]
        if t in ("display_data", "update_display_data"):
            c = m["content"]
            out.append((t, c.get("transient", {}).get("display_id"), c["data"]["text/plain"]))
    return out


def test_module_from_local_proxy_declarations_survive(kernel_with):
    km, kc = kernel_with("local-proxy")
    ok(execute(kc, "func twice(n int) int { return 2 * n }\ntype Point struct{ X, Y int }\nx := 41"))
    c = ok(execute(kc, 'import "example.net/kgreet"\n\nkgreet.Hello("jupyter")', timeout=BUILD))
    assert c.result == "hi, jupyter"
    shown = displays(c)
    assert shown and shown[0][0] == "display_data", shown
    ids = {d[1] for d in shown}
    assert len(ids) == 1 and None not in ids, shown  # one display, updated in place
    assert "kgreet" in shown[-1][2], shown
    if len(shown) > 1:
        assert all(t == "update_display_data" for t, _, _ in shown[1:]), shown
    assert "did not come back" not in shown[-1][2], shown
    # declarations and values came across
    assert ok(execute(kc, "twice(21)")).result == "42"
    assert ok(execute(kc, "x + 1")).result == "42"
    assert ok(execute(kc, "Point{1, 2}.Y")).result == "2"
    # the generic function is reported, not silently missing
    assert "generic Map" in shown[-1][2], shown

    # %go get pins a version: the running program is rebuilt with it
    c = ok(execute(kc, "%go get example.net/kgreet@v1.0.0", timeout=BUILD))
    assert ok(execute(kc, 'kgreet.Hello("again")')).result == "hello, again"
    mod = ok(execute(kc, "%go mod")).result
    assert "example.net/kgreet v1.0.0" in mod, mod
    assert ok(execute(kc, "twice(5)")).result == "10"

    # a generic function with its type arguments written out: compiled in
    c = ok(execute(kc, 'import "fmt"\n\nfmt.Sprint(kgreet.Map[int, string]([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))', timeout=BUILD))
    assert c.result == "[1 4 9]", c.result
    assert "instantiate" in displays(c)[-1][2], displays(c)
    assert ok(execute(kc, "twice(8)")).result == "16"
    # inferred type arguments: the checker finds the instantiation, compiled in
    assert ok(execute(kc, "kgreet.Map([]int{1}, func(i int) int { return -i })", timeout=BUILD)).result == "[-1]"
    # a type of a cell as type argument: specialised from the module's source
    assert ok(execute(kc, "kgreet.Map[Point, int]([]Point{{1, 2}}, func(p Point) int { return p.X + p.Y })")).result == "[3]"
    # the module reaches process-pool workers (the same program)
    c = ok(execute(kc, '''import (
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

func greetTask(name string) string { return kgreet.Hello(name) }

pool := executor.NewProcessPool(1)
r, err := pool.Submit(greetTask, "worker").Result()
pool.Close()
fmt.Sprint(r, " ", err)''', timeout=120))
    assert c.result == "hello, worker <nil>", (c.result, c.error)


def test_inferred_generics_of_a_module(kernel_with):
    km, kc = kernel_with("inferred")
    ok(execute(kc, "func twice(n int) int { return 2 * n }\nx := 41"))
    ok(execute(kc, 'import "example.net/kgen"', timeout=BUILD))
    # a generic function called with its type arguments inferred: the cell
    # is refused until a program with the instantiation runs it, once
    c = ok(execute(kc, '''import "fmt"

words := kgen.Map([]int{1, 2, 3}, func(x int, i int) string { return fmt.Sprint(i, ":", x*x) })
fmt.Println("ran", len(words))
words''', timeout=BUILD))
    assert c.stdout == "ran 3\n", c.stdout
    assert c.result == "[0:1 1:4 2:9]", c.result
    assert "instantiate example.net/kgen.Map[int, string]" in displays(c)[-1][2], displays(c)
    assert ok(execute(kc, "x + twice(1)")).result == "43"
    # the same instantiation again: no build
    c = ok(execute(kc, "kgen.Map([]int{4}, func(x int, _ int) string { return fmt.Sprint(x) })"))
    assert c.result == "[4]" and displays(c) == [], (c.result, displays(c))
    # a generic type instantiated through its constructor, with its methods
    c = ok(execute(kc, 'p := kgen.NewPair("answer", 42)\nboxed := any(p)\np.Val + 0', timeout=BUILD))
    assert c.result == "42", c.result
    assert ok(execute(kc, "p.String()")).result == "answer=42"
    assert ok(execute(kc, "p.Key + \"!\"")).result == "answer!"
    # in a function declared in a cell, in a loop
    c = ok(execute(kc, '''func lens(ws []string) []int {
	return kgen.Map(ws, func(w string, _ int) int { return len(w) })
}

total := 0
for _, n := range lens(words) {
	total += n
}
total''', timeout=BUILD))
    assert c.result == "9", c.result
    # p, of the compiled Pair[string, int], came across that program switch
    assert "did not come back" not in displays(c)[-1][2], displays(c)
    assert ok(execute(kc, "p.String()")).result == "answer=42"
    assert ok(execute(kc, "fmt.Sprint(boxed)")).result == "answer=42"
    # a function using an instantiation runs in a process-pool worker
    c = ok(execute(kc, '''import "github.com/gofutures/gofutures/executor"

func squares(n int) string {
	return fmt.Sprint(kgen.Map(make([]int, n), func(_ int, i int) int { return i * i }))
}

pool := executor.NewProcessPool(1)
r, err := pool.Submit(squares, 4).Result()
pool.Close()
fmt.Sprint(r, " ", err)''', timeout=BUILD))
    assert c.result == "[0 1 4 9] <nil>", (c.result, c.error)
    # a type of a %%compile cell can be a type argument
    ok(execute(kc, "%%compile\ntype Celsius float64\n", timeout=BUILD))
    c = ok(execute(kc, "fmt.Sprint(kgen.Map([]Celsius{1.5}, func(c Celsius, _ int) Celsius { return c * 2 }))", timeout=BUILD))
    assert c.result == "[3]", c.result
    assert "kgen.Map[cells.Celsius, cells.Celsius]" in displays(c)[-1][2], displays(c)
    # a type declared in a cell cannot be compiled in: the generics are
    # specialised from the module's source instead, generic types with
    # their methods too
    c = ok(execute(kc, "type local struct{ n int }\nkgen.Map([]local{{1}}, func(l local, _ int) int { return l.n })"))
    assert c.result == "[1]" and displays(c) == [], (c.result, displays(c))
    assert ok(execute(kc, 'lp := kgen.NewPair(local{7}, "seven")\nlp.String() + fmt.Sprint(lp.Key.n)')).result == "{7}=seven7"
    assert ok(execute(kc, 'var pairs []kgen.Pair[string, local]\npairs = append(pairs, kgen.NewPair("k", local{2}))\npairs[0].Val.n')).result == "2"
    # a copy that needs package unsafe: refused, saying what to do instead
    ok(execute(kc, 'import "example.net/kunsafe"', timeout=BUILD))
    failed(execute(kc, "kunsafe.Size[local]()"), "InterpreterError", "needs package unsafe", "%%compile")
    assert ok(execute(kc, "x")).result == "41"
    # a build that fails (the compiler refuses the instantiation that the
    # type checker accepted) changes nothing
    failed(execute(kc, '''func marker() int { return 1 }

y := 5
x = 0
huge := (*[1 << 40][1 << 30]byte)(nil)
kgen.Deref(huge)''', timeout=BUILD), "CompileError", "larger than address space")
    failed(execute(kc, "marker()"), "CompileError", "undefined: marker")
    failed(execute(kc, "y"), "CompileError", "undefined: y")
    assert ok(execute(kc, "x")).result == "41"
    assert ok(execute(kc, "p.String() + fmt.Sprint(lens([]string{\"ab\"}))")).result == "answer=42[2]"


def test_compile_gcd_called_from_later_cells(kernel_with):
    km, kc = kernel_with("compile")
    ok(execute(kc, "var numbers = [][2]int{{1963309, 2265973}, {1879675, 2493670}}"))
    c = ok(execute(kc, "%%compile\n" + GCD, timeout=BUILD))
    assert "compiled: gcd" in displays(c)[-1][2], displays(c)
    assert ok(execute(kc, "gcd([2]int{1963309, 2265973})")).result == "1"
    assert ok(execute(kc, "gcd([2]int{12, 18})")).result == "6"
    # an interpreted function calls the compiled one
    ok(execute(kc, """func gcdAll(pairs [][2]int) []int {
	out := []int{}
	for _, p := range pairs {
		out = append(out, gcd(p))
	}
	return out
}"""))
    assert ok(execute(kc, "gcdAll([][2]int{{12, 18}, {100, 75}})")).result == "[6 25]"
    # a second compiled cell uses the first, a type and a method
    ok(execute(kc, "%%compile\n\ntype Pair struct{ A, B int }\n\nfunc (p Pair) GCD() int { return gcd([2]int{p.A, p.B}) }\n", timeout=BUILD))
    assert ok(execute(kc, "Pair{21, 14}.GCD()")).result == "7"
    assert ok(execute(kc, "gcdAll(numbers)")).result == "[1 5]"
    # process-pool workers are compiled with the compiled cells in them:
    # a %%compile function and an interpreted one that calls it, as tasks
    c = ok(execute(kc, 'import "github.com/gofutures/gofutures/executor"\n'
                   'pool := executor.NewProcessPool(2)\nout, err := pool.Map(gcd, numbers)\n'
                   'all, err2 := pool.Submit(gcdAll, numbers).Result()\npool.Close()\n'
                   'fmt.Sprint(out, err, all, err2)', timeout=BUILD))
    assert c.result == "[1 5] <nil> [1 5] <nil>", (c.result, c.stdout, c.stderr)
    assert "workers interpret" not in c.stdout + c.stderr, c.stdout + c.stderr
    # a compiled cell may not use interpreted declarations: said clearly
    c = failed(execute(kc, "%%compile\nfunc bad() []int {\n\treturn gcdAll(nil)\n}\n", timeout=BUILD),
               "CompileError", "In[", ":3:", "gcdAll is declared in an interpreted cell")
    # a compile error is mapped to the cell's line
    failed(execute(kc, "%%compile\n\nfunc worse() int {\n\treturn \"x\"\n}\n", timeout=BUILD),
           "CompileError", ":4:9:")
    # nothing was lost
    assert ok(execute(kc, "gcdAll([][2]int{{9, 6}})")).result == "[3]"
    # redefining a compiled function: the new version is used
    ok(execute(kc, "%%compile\nfunc gcd(pair [2]int) int { return -1 }\n", timeout=BUILD))
    assert ok(execute(kc, "Pair{21, 14}.GCD()")).result == "-1"
    # the last definition wins, interpreted or compiled, across later builds
    ok(execute(kc, "func gcd(pair [2]int) int { return -2 }"))
    ok(execute(kc, "%%compile\nfunc sq(x int) int { return x * x }\n", timeout=BUILD))
    assert ok(execute(kc, "gcd([2]int{4, 6})")).result == "-2"
    assert ok(execute(kc, "sq(9)")).result == "81"
    # a compiled cell run again edited, without one of its functions: the
    # function it keeps is the new one, the one it lost stays (it was "A
    # redeclared in this block")
    ok(execute(kc, '%%compile\nimport "fmt"\n\nfunc pa() string { return fmt.Sprint("a1") }\n\nfunc pb() string { return "b1" }\n', timeout=BUILD))
    ok(execute(kc, '%%compile\nimport "fmt"\n\nfunc pa() string { return fmt.Sprint("a2") }\n', timeout=BUILD))
    assert ok(execute(kc, "pa() + pb()")).result == "a2b1"
    # a compiled cell's variable is its compiled code's: a cell using it is told so
    ok(execute(kc, "%%compile\nvar calls int\n\nfunc counted() int { calls++; return calls }\n", timeout=BUILD))
    assert ok(execute(kc, "counted()")).result == "1"
    failed(execute(kc, "calls + 1"), "CompileError", "undefined: calls (a variable of a %%compile cell")


def test_compiled_generic_functions(kernel_with):
    """An exported generic function of a %%compile cell is called from
    later cells with its type arguments inferred (also a cell's own
    compiled type), and its generic type instantiated, through
    instantiations compiled in."""
    km, kc = kernel_with("compile-generics")
    ok(execute(kc, "%%compile\nimport \"cmp\"\n\ntype Pair struct{ A, B int }\n\n"
               "func MaxOf[T cmp.Ordered](xs ...T) T {\n\tm := xs[0]\n\tfor _, x := range xs {\n\t\tm = max(m, x)\n\t}\n\treturn m\n}\n\n"
               "func Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n"
               "\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\n"
               "func Sum[N int | float64](xs ...N) (s N) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\n"
               "func Swap[T any](p [2]T) [2]T { return [2]T{p[1], p[0]} }\n\n"
               "func Sums(ps []Pair) []int { return Map(ps, func(p Pair) int { return p.A + p.B }) }\n\n"
               "func total[N cmp.Ordered](xs []N) (s N) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\n"
               "type Stack[T any] struct{ items []T }\n\n"
               "func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\n"
               "func (s *Stack[T]) Len() int { return len(s.items) }\n", timeout=BUILD))
    c = ok(execute(kc, 'words := Map([]int{1, 22, 333}, func(x int) string { return fmt.Sprint(x) })\n'
                   'fmt.Println(words, len(words[2]), Sum(1.5, 2.5), Sum(1, 2, 3), Swap([2]string{"a", "b"}))', timeout=BUILD))
    assert c.stdout == "[1 22 333] 3 4 6 [b a]\n", (c.stdout, c.stderr)
    # compiled types as type arguments, and the instances already built
    c = ok(execute(kc, 'fmt.Println(Map([]Pair{{1, 2}}, func(p Pair) int { return p.A * 10 }), Sums([]Pair{{3, 4}}))', timeout=BUILD))
    assert c.stdout == "[10] [7]\n", (c.stdout, c.stderr)
    # a generic type of a %%compile cell, instantiated in a cell
    c = ok(execute(kc, 's := &Stack[int]{}\ns.Push(3)\ns.Push(4)\nvar names Stack[string]\nnames.Push("go")\n'
                   'fmt.Println(s.Len(), names.Len())', timeout=BUILD))
    assert c.stdout == "2 1\n", (c.stdout, c.stderr)
    # statements that run in a function literal: the notebook variables
    # they declare are declared first with the instances' types (spelled
    # Stack[string], the model's alias, they were undefined to the
    # interpreter: "constant definition loop")
    c = ok(execute(kc, 'k := 0\nfor i := range 3 {\n\tk += i\n}\nt := Stack[string]{}\nt.Push("x")\n'
                   'var u Stack[int]\nu.Push(k)\nfmt.Println(t.Len(), u.Len(), k)', timeout=BUILD))
    assert c.stdout == "1 1 3\n", (c.stdout, c.stderr)
    # a constraint of another package in the signature
    c = ok(execute(kc, 'fmt.Println(MaxOf(3, 9, 2), MaxOf("a", "c"))', timeout=BUILD))
    assert c.stdout == "9 c\n", (c.stdout, c.stderr)
    # an unexported one
    c = ok(execute(kc, 'fmt.Println(total([]int{1, 2, 3}), total([]string{"a", "b"}))', timeout=BUILD))
    assert c.stdout == "6 ab\n", (c.stdout, c.stderr)


def test_errors_keep_the_kernel_and_the_notebook(kernel_with):
    km, kc = kernel_with("errors")
    ok(execute(kc, "func keep() string { return \"kept\" }"))
    failed(execute(kc, 'import "example.net/nope"', timeout=BUILD), "ModuleNotFound", "example.net/nope")
    failed(execute(kc, "%go get example.net/kgreet@v9.9.9", timeout=BUILD), "VersionNotFound", "v9.9.9")
    # older than the kernel's own: said so (the go command tried to downgrade gofutures)
    failed(execute(kc, "%go get github.com/google/uuid@v1.0.0", timeout=BUILD), "VersionNotFound",
           "github.com/google/uuid@v1.0.0 is older than v1.6.0, the version of github.com/google/uuid the kernel itself is built with")
    failed(execute(kc, 'import "example.net/a b"'), "ImportError", "not allowed")
    failed(execute(kc, "%go frobnicate"), "UsageError", "%go get")
    failed(execute(kc, "%%compile\nx := 1\n"), "CompileError", "declarations only")
    assert ok(execute(kc, "keep()")).result == "kept"


def test_offline_and_cgo(kernel_with):
    km, kc = kernel_with("offline", GOPROXY="off")
    ok(execute(kc, "func keep() int { return 7 }"))
    failed(execute(kc, 'import "example.net/other/pkg"', timeout=BUILD), "ModuleOffline", "GOPROXY", "GOFLAGS=-mod=mod")
    assert ok(execute(kc, "keep()")).result == "7"
    km, kc = kernel_with("cgo", CC="/nonexistent/cc", CGO_ENABLED="1")
    failed(execute(kc, 'import "example.net/kneedc"', timeout=BUILD), "NeedsCgo", "C compiler")
    assert ok(execute(kc, "1 + 1")).result == "2"


def real_proxy():
    """The environment of the user's module proxy (the fixture's is a local one)."""
    env = {k: v for k, v in os.environ.items() if k.startswith("GOPROXY") or k in ("GOFLAGS", "GOSUMDB", "GONOSUMDB")}
    return {"GOPROXY": env.get("GOPROXY", "https://proxy.golang.org,direct"), "GOSUMDB": env.get("GOSUMDB", "sum.golang.org"),
            "GOFLAGS": env.get("GOFLAGS", ""), "GONOSUMDB": env.get("GONOSUMDB", "")}


def test_real_module_and_cached_restart(kernel_with, module_env):
    real = real_proxy()
    km, kc = kernel_with("humanize", **real)
    # what the real proxy says about what it lacks
    failed(execute(kc, 'import "github.com/dustin/go-humanize/nosuchpkg"', timeout=BUILD), "ModuleNotFound", "nosuchpkg")
    failed(execute(kc, "%go get github.com/dustin/go-humanize@v9.9.9", timeout=BUILD), "VersionNotFound", "v9.9.9")
    code = 'import "github.com/dustin/go-humanize"\n\nhumanize.Bytes(82854982)'
    c = ok(execute(kc, code, timeout=BUILD))
    assert c.result == "83 MB"
    first = displays(c)[-1][2]
    km.shutdown_kernel(now=True)
    # a kernel started again with the same imports needs no build
    km, kc = kernel_with("humanize", **real)
    t0 = time.monotonic()
    c = ok(execute(kc, code, timeout=BUILD))
    took = time.monotonic() - t0
    assert c.result == "83 MB"
    assert "from the cache" in displays(c)[-1][2], (first, displays(c))
    print("first import: %s; again after a restart: %.3f s" % (first, took))


def test_real_generic_module(kernel_with):
    km, kc = kernel_with("samber-lo", **real_proxy())
    ok(execute(kc, "%go get github.com/samber/lo@v1.53.0", timeout=BUILD))
    c = ok(execute(kc, '''import (
	"strconv"

	"github.com/samber/lo"
)

lo.Map([]int{1, 2, 3}, func(x int, _ int) string { return strconv.Itoa(x * 2) })''', timeout=BUILD))
    assert c.result == "[2 4 6]", c.result
    # a generic type through its constructor (lo.Tuple2[string, int])
    assert ok(execute(kc, 't := lo.T2("a", 1)\nt.A + strconv.Itoa(t.B)', timeout=BUILD)).result == "a1"
    # nested inferred calls, one cell, one build
    c = ok(execute(kc, "lo.Sum(lo.Uniq([]int{3, 3, 4}))", timeout=BUILD))
    assert c.result == "7", c.result
    assert "lo.Sum[int]" in displays(c)[-1][2] and "lo.Uniq[int, []int]" in displays(c)[-1][2], displays(c)
    assert ok(execute(kc, "t.B")).result == "1"
    # a cell's own types as type arguments: lo's generics specialised
    # from its source (no build), calling compiled lo where they can
    ok(execute(kc, 'import "fmt"\n\ntype Person struct {\n\tName string\n\tAge  int\n}\n\n'
                   'people := []Person{{"Ann", 30}, {"Bob", 17}, {"Cid", 30}}'))
    c = ok(execute(kc, 'adults := lo.Filter(people, func(p Person, _ int) bool { return p.Age >= 18 })\n'
                   'lo.Map(adults, func(p Person, _ int) string { return p.Name })'))
    assert c.result == "[Ann Cid]", c.result
    assert displays(c) == [], displays(c)  # nothing built
    # to a cell type, GroupBy, SumBy, KeyBy, Uniq
    ok(execute(kc, "type Tag struct{ Who string }"))
    assert ok(execute(kc, 'fmt.Sprint(lo.Map(people, func(p Person, _ int) Tag { return Tag{p.Name} }))')).result == "[{Ann} {Bob} {Cid}]"
    assert ok(execute(kc, 'byAge := lo.GroupBy(people, func(p Person) int { return p.Age })\n'
                      'fmt.Sprint(len(byAge), byAge[30])')).result == "2 [{Ann 30} {Cid 30}]"
    assert ok(execute(kc, 'lo.SumBy(people, func(p Person) int { return p.Age })')).result == "77"
    assert ok(execute(kc, 'lo.KeyBy(people, func(p Person) string { return p.Name })["Bob"].Age')).result == "17"
    assert ok(execute(kc, 'len(lo.Uniq(append(people, people[0])))')).result == "3"
    # a generic type of lo with a cell type, its methods, in a variable
    c = ok(execute(kc, 'pair := lo.T2(people[1], 2)\nfmt.Sprint(pair.A.Name, pair.B)'))
    assert c.result == "Bob2", c.result
    assert ok(execute(kc, "a, b := pair.Unpack()\nfmt.Sprint(a.Age + b)")).result == "19"
    assert ok(execute(kc, "var none lo.Tuple2[Person, int]\nnone.A.Name == \"\"")).result == "true"
    # in a function declared in a cell
    ok(execute(kc, "func names(ps []Person) []string {\n\treturn lo.Map(ps, func(p Person, _ int) string { return p.Name })\n}"))
    assert ok(execute(kc, "names(people[:2])")).result == "[Ann Bob]"
    # the compiled ones still work alongside
    assert ok(execute(kc, "lo.Sum(lo.Uniq([]int{3, 3, 4})) + t.B")).result == "8"


def test_interrupt_during_a_build(kernel_with):
    km, kc = kernel_with("interrupt")
    ok(execute(kc, "func keep() int { return 3 }"))
    msg_id = kc.execute("%%compile\nfunc cube(x int) int { return x * x * x }\n")
    # interrupt when the progress display says the program is being linked
    deadline = time.monotonic() + BUILD
    while True:
        m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if m["parent_header"].get("msg_id") != msg_id or m["header"]["msg_type"] not in ("display_data", "update_display_data"):
            continue
        if "build program" in m["content"]["data"]["text/plain"]:
            break
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=60)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
    drain(kc)
    assert ok(execute(kc, "keep()")).result == "3"
    ok(execute(kc, "%%compile\nfunc cube(x int) int { return x * x * x }\n", timeout=BUILD))
    assert ok(execute(kc, "cube(3)")).result == "27"
