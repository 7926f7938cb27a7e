"""Cells are Go (issue 13), through the real kernel and interpreter process:
every cell type-checked before it runs, refused with go build's message
when it does not compile (changing nothing), and lowered into what the
interpreter runs as Go would."""
import pytest

from conftest import execute

# (cell, stdout, shown value); each list runs in one kernel, in order.
TODAYS_GO = [
    ('import "fmt"\nfor i := range 3 {\n\tfmt.Print(i)\n}', "012", None),
    ("fmt.Println(min(3, 1, 2), max(2.5, 1))\nm := map[string]int{\"a\": 1}\nclear(m)\nlen(m)", "1 2.5\n", "0"),
    ("var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\n"
     "for _, f := range fs {\n\tf()\n}", "012", None),
    ("func Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n"
     "\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n"
     "Map([]int{1, 2}, func(x int) string { return fmt.Sprint(x * 2) })", "", "[2 4]"),
    ("func count(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n"
     "\t\tfor i := 0; i < n && yield(i); i++ {\n\t\t}\n\t}\n}\n"
     "for i := range count(10) {\n\tif i == 3 {\n\t\tbreak\n\t}\n\tfmt.Print(i)\n}", "012", None),
]

RIGHT_RESULTS = [
    ('import "fmt"\nc := make(chan int)\ndone := make(chan bool)\ngo func() {\n\tfor i := 0; i < 3; i++ {\n'
     "\t\tc <- i\n\t}\n\tclose(done)\n}()\nn := 0\nL:\nfor {\n\tselect {\n\tcase v := <-c:\n\t\tn += v\n"
     "\tcase <-done:\n\t\tbreak L\n\t}\n}\nn", "", "3"),
    ('var x any = fmt.Errorf("e")\nswitch x.(type) {\ncase error:\n\tfmt.Println("error")\ndefault:\n'
     '\tfmt.Println("default")\n}', "error\n", None),
    ('import "errors"\ntype MyErr struct{ Code int }\nfunc (e *MyErr) Error() string { return "my" }\n'
     'err := fmt.Errorf("w: %w", &MyErr{42})\nvar target *MyErr\nfmt.Println(errors.As(err, &target), target.Code)',
     "true 42\n", None),
    ('type Rect struct{ W, H float64 }\nfmt.Printf("%T\\n", Rect{})', "main.Rect\n", None),
    ('type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }\n'
     "Celsius(31.5)", "", "31.5°C"),
    ('import "strconv"\nstrconv.Atoi("12")', "", "12"),
    # a var after the cell's first statement runs in its place, as in
    # Go's main, and stays a notebook variable
    ("var q []float64\nq = append(q, 2)\nvar z any = q\nvar (\n\tn = len(q)\n\tzero int\n)\nfmt.Println(z, n, zero)",
     "[2] 1 0\n", None),
    ("func zq() any { return z }\nq = append(q, 3)\nvar z any = q\nfmt.Sprint(zq())", "", "[2 3]"),
]

# fmt prints values of cell types as Go does (Go's names, String and Error
# at every depth), through the lowering's rt.Fmt.
FMT = [
    ('import "fmt"\ntype point struct{ x, y int }\np := point{1, 2}\nfmt.Printf("%v %+v %#v %T\\n", p, p, p, &p)',
     "{1 2} {x:1 y:2} main.point{x:1, y:2} *main.point\n", None),
    ('type Color int\nfunc (c Color) String() string { return [...]string{"Red", "Green"}[c] }\n'
     "fmt.Println([]Color{1, 0}, map[Color]int{1: 2}, struct{ C Color }{1})", "[Green Red] map[Green:2] {Green}\n", None),
    ('fmt.Printf("%d %s %x %q\\n", Color(1), Color(1), Color(0), []Color{0})', '1 Green 526564 ["Red"]\n', None),
    ('type NotFound struct{ key string }\nfunc (e *NotFound) Error() string { return "no " + e.key }\n'
     'var err error = &NotFound{"k"}\nfmt.Println(err)\nfmt.Printf("%v|%+v\\n", fmt.Errorf("wrap: %v", err), []error{err})',
     "no k\nwrap: no k|[no k]\n", None),
    ('type P struct{ X int }\nfunc (p *P) String() string { return "P!" }\nfmt.Println(P{1}, &P{2})\n'
     "var cp *Color\nfmt.Println(cp)", "{1} P!\n<nil>\n", None),
    ('type W struct{ c Color; C Color }\nfmt.Printf("%v %+v\\n", W{1, 1}, W{0, 0})\ntype key struct{ a, b int }\n'
     'fmt.Println(map[key]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})', "{1 Green} {c:0 C:Red}\nmap[{1 2}:z {1 9}:y {2 1}:x]\n", None),
    ('xs := []any{Color(1), point{3, 4}, 5}\nfmt.Printf("%v %+v\\n", xs, xs)', "[Green {3 4} 5] [Green {x:3 y:4} 5]\n", None),
    ('func show(ps []point) string { return fmt.Sprintf("%+v", ps) }', "", None),
    ("fmt.Println(show([]point{{1, 2}}))", "[{x:1 y:2}]\n", None),
]


def run_all(kc, cells):
    for code, stdout, value in cells:
        c = execute(kc, code)
        assert c.status == "ok", (code, c.error)
        assert c.stdout == stdout, (code, c.stdout)
        assert c.result == value, (code, c.result)


def test_todays_go(kernel):
    km, kc = kernel
    run_all(kc, TODAYS_GO)


def test_right_results(kernel):
    km, kc = kernel
    run_all(kc, RIGHT_RESULTS)


def test_a_cell_that_does_not_compile_changes_nothing(kernel):
    km, kc = kernel
    assert execute(kc, "data := []int{1, 2}").status == "ok"
    c = execute(kc, 'data := []string{"x"}\nfresh := 1\nundefinedName')
    assert c.status == "error"
    assert c.error["ename"] == "CompileError" and c.error["evalue"] == "undefined: undefinedName"
    assert "Cell In[2], line 3, column 1: undefined: undefinedName" in "\n".join(c.error["traceback"])
    assert execute(kc, "data").result == "[1 2]"
    c = execute(kc, "fresh")
    assert c.status == "error" and c.error["evalue"] == "undefined: fresh"


@pytest.mark.parametrize("code,message", [
    ("y := x + 1", "undefined: x"),
    ('import "strconv"\nn := strconv.Atoi("1") + 1',
     'multiple-value strconv.Atoi("1") (value of type (int, error)) in single-value context'),
    ("func sign(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}", "missing return"),
])
def test_errors_read_like_go(kernel, code, message):
    km, kc = kernel
    c = execute(kc, code)
    assert c.status == "error" and c.error["ename"] == "CompileError"
    assert c.error["evalue"] == message


def test_runtime_panic_reads_like_go(kernel):
    km, kc = kernel
    c = execute(kc, "a := []int{1, 2}\ni := 5\na[i]")
    assert c.status == "error"
    assert c.error["evalue"] == "runtime error: index out of range [5] with length 2"
    assert "Cell In[1], line 3" in "\n".join(c.error["traceback"])


def test_auto_import_and_unused(kernel):
    km, kc = kernel
    c = execute(kc, 'strings.ToUpper("go")')
    assert c.status == "ok" and c.result == "GO"
    assert 'note: imported "strings" automatically' in c.stderr
    c = execute(kc, 'import "os"\nunused := 1')
    assert c.status == "ok", c.error


def test_interpreter_fault_is_named(kernel):
    km, kc = kernel
    # weak.Make needs package unsafe, which the interpreter lacks
    c = execute(kc, 'import "weak"\nx := 1\np := weak.Make(&x)')
    assert c.status == "error" and c.error["ename"] == "InterpreterError"
    assert "the cell is valid Go, but the interpreter" in c.error["evalue"]
    assert execute(kc, "1+1").result == "2"


def test_declarations_replayed_in_order_after_a_crash(kernel):
    km, kc = kernel
    c = execute(kc, "type T struct{}\nfunc (T) M() int { return helper() }\nfunc helper() int { return 7 }")
    assert c.status == "ok", c.error
    c = execute(kc, "func down(n int) int { return down(n+1) + 1 }\ndown(0)")
    assert c.error["ename"] == "InterpreterDied"
    c = execute(kc, "T{}.M()")
    assert c.status == "ok" and c.result == "7", c.error


def test_fmt_prints_cell_types_like_go(kernel):
    km, kc = kernel
    run_all(kc, FMT)


def test_fmt_of_cell_types_after_a_crash(kernel):
    """The functions the lowering declares for fmt are in the log: a
    replayed notebook prints as before, and new cells still check."""
    km, kc = kernel
    c = execute(kc, 'import "fmt"\ntype pair struct{ k string; v int }\nfunc (p pair) String() string { return p.k }\n'
                    'func dump(ps []pair) { fmt.Printf("%v %+v\\n", ps, ps[0]) }')
    assert c.status == "ok", c.error
    assert execute(kc, 'dump([]pair{{"a", 1}})').stdout == "[a] a\n"
    c = execute(kc, "func down(n int) int { return down(n+1) + 1 }\ndown(0)")
    assert c.error["ename"] == "InterpreterDied"
    c = execute(kc, 'dump([]pair{{"b", 2}})\nfmt.Printf("%#v\\n", struct{ p pair }{})')
    assert c.status == "ok", c.error
    assert c.stdout == "[b] b\nstruct { p main.pair }{p:main.pair{k:\"\", v:0}}\n", c.stdout
    assert "no longer compiles" not in c.stderr, c.stderr


def test_fmt_of_cell_types_in_pool_workers(kernel):
    """A task function that prints a cell type runs in a worker, which
    replays the functions the lowering declared for fmt."""
    km, kc = kernel
    c = execute(kc, 'import (\n\t"fmt"\n\t"github.com/gofutures/gofutures/executor"\n)\n'
                    'type level int\nfunc (l level) String() string { return [...]string{"low", "high"}[l] }\n'
                    'type reading struct{ name string; lv level }\n'
                    'func describe(n int) string { return fmt.Sprintf("%+v %v", reading{"r", level(n)}, []level{level(n)}) }')
    assert c.status == "ok", c.error
    c = execute(kc, "pool := executor.NewProcessPool(1)\nr, err := pool.Submit(describe, 1).Result()\nfmt.Println(r, err)")
    assert c.status == "ok", c.error
    assert c.stdout == "{name:r lv:1} [high] <nil>\n", c.stdout


def test_a_program_without_arguments(kernel):
    """Cells, and the functions a process pool's workers run, see what a
    program run without arguments sees: os.Args of one element, flag.Parse
    with no arguments left."""
    km, kc = kernel
    c = execute(kc, 'import (\n\t"flag"\n\t"fmt"\n\t"os"\n\t"github.com/gofutures/gofutures/executor"\n)\n'
                    'verbose := flag.Bool("v", false, "verbose")\nflag.Parse()\n'
                    'fmt.Println(len(os.Args), flag.NArg(), *verbose)\n'
                    'func nargs(int) int { return len(os.Args) }')
    assert c.status == "ok", c.error
    assert c.stdout == "1 0 false\n", c.stdout
    c = execute(kc, "pool := executor.NewProcessPool(1)\nr, err := pool.Submit(nargs, 0).Result()\nfmt.Println(r, err)")
    assert c.status == "ok", c.error
    assert c.stdout == "1 <nil>\n", c.stdout


def test_package_unsafe(kernel):
    """unsafe's sizes are gc's constants; its functions work on cells'
    values (kernel/check's unsafecalls.go)."""
    km, kc = kernel
    c = execute(kc, 'import (\n\t"fmt"\n\t"unsafe"\n)\ntype H struct {\n\tOK bool\n\tN int32\n\tName string\n}\n'
                    'b := []byte("hi")\nf := 1.5\n'
                    'fmt.Println(unsafe.Sizeof(H{}), unsafe.Offsetof(H{}.Name), unsafe.String(&b[0], 2), *(*uint64)(unsafe.Pointer(&f)))')
    assert c.status == "ok", c.error
    assert c.stdout == "24 8 hi 4609434218613702656\n", c.stdout
