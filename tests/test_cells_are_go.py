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
    c = execute(kc, 'import "time"\ngo func() { panic("bang") }()\ntime.Sleep(2 * time.Second)')
    assert c.error["ename"] == "InterpreterDied"
    c = execute(kc, "T{}.M()")
    assert c.status == "ok" and c.result == "7", c.error
