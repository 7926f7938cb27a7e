package check

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
	"github.com/gofutures/gofutures/symbols"
)

var testImporter = NewImporter()

// notebook runs cells the way the session does, checked and lowered,
// in a yaegi v0.16.1 interpreter.
type notebook struct {
	t   *testing.T
	c   *Checker
	in  lineInterp
	out bytes.Buffer
	n   int
	imp map[string]string
	gen map[string]bool // specialised declarations evaluated
}

func newNotebook(t *testing.T) *notebook {
	nb := &notebook{t: t, c: New(testImporter, Config{}), imp: map[string]string{}, gen: map[string]bool{}}
	nb.in = lineInterp{interp.New(interp.Options{Stdout: &nb.out, Stderr: &nb.out})}
	if err := nb.in.Use(StdSymbols()); err != nil { // (rt.Upgrades, unsafe, as a session's)
		t.Fatal(err)
	}
	if err := nb.in.Use(rt.Symbols()); err != nil {
		t.Fatal(err)
	}
	return nb
}

// lineInterp is an interpreter that gets the per-line checks a source
// calls before it evaluates it, as the session's does.
type lineInterp struct{ *interp.Interpreter }

func (in lineInterp) Eval(src string) (reflect.Value, error) {
	if syms := rt.LineSymbols(src); syms != nil {
		_ = in.Use(syms)
	}
	return in.Interpreter.Eval(src)
}

// check splits src as cell 1 and checks it against the notebook, failing
// the test on an error; nothing runs.
func (nb *notebook) check(src string) *Result {
	nb.t.Helper()
	p, err := cell.Split(src, 1)
	if err != nil {
		nb.t.Fatal(err)
	}
	r, err := nb.c.Check(p)
	if err != nil {
		nb.t.Fatal(err)
	}
	return r
}

// run runs one cell and returns what it printed and the value it shows
// (fmt %v), or the error.
func (nb *notebook) run(src string) (_ string, err error) {
	nb.t.Helper()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaegi crashed: %v", r)
		}
	}()
	nb.n++
	nb.out.Reset()
	p, err := cell.Split(src, nb.n)
	if err != nil {
		return "", err
	}
	r, err := nb.c.Check(p)
	if err != nil {
		return "", err
	}
	if r.Parsed != nil {
		p = r.Parsed
	}
	var imports []Import
	for _, d := range p.Decls {
		if d.Kind == cell.Import {
			imports = append(imports, Import{Name: d.ImportName, Path: d.ImportPath})
		}
	}
	imports = append(imports, r.AutoImports...)
	imports = append(imports, r.GeneratedImports...)
	for _, l := range r.Decls {
		imports = append(imports, l.Imports...)
	}
	if r.Stmts != nil {
		imports = append(imports, r.Stmts.Imports...)
	}
	for _, i := range imports {
		if nb.imp[i.Name] == i.Path {
			continue
		}
		if _, err := nb.in.Eval(i.Source()); err != nil {
			return "", fmt.Errorf("yaegi: %s: %w", i.Source(), err)
		}
		nb.imp[i.Name] = i.Path
	}
	// the cell's declarations and the specialised generic code, in one
	// evaluation (they may refer to each other), as the session does
	var srcs []string
	for _, l := range r.Decls {
		srcs = append(srcs, l.Src)
	}
	for _, d := range r.Generated {
		if !nb.gen[d.Src] {
			nb.gen[d.Src] = true
			srcs = append(srcs, d.Src)
		}
	}
	// after the generated code, as the session evaluates them
	for _, d := range r.Relowered {
		srcs = append(srcs, d.Src)
	}
	// the variables the declarations use: in their evaluation, as the
	// session has them (a type of the cell's in theirs)
	if r.EarlyPrelude != "" && len(srcs) > 0 {
		srcs = append(srcs, r.EarlyPrelude)
	} else if r.EarlyPrelude != "" {
		if _, err := nb.in.Eval(r.EarlyPrelude); err != nil {
			return "", fmt.Errorf("yaegi: %w\n%s", err, r.EarlyPrelude)
		}
	}
	if os.Getenv("CHECK_DUMP") != "" {
		fmt.Fprintln(os.Stderr, strings.Join(srcs, "\n"))
	}
	if len(srcs) > 0 {
		if _, err := nb.in.Eval(strings.Join(srcs, "\n")); err != nil {
			return "", fmt.Errorf("yaegi: %w\n%s", err, strings.Join(srcs, "\n"))
		}
	}
	if os.Getenv("CHECK_DUMP") != "" && r.Stmts != nil {
		fmt.Fprintf(os.Stderr, "prelude: %s\nstmts: %s\n", r.Prelude, r.Stmts.Src)
	}
	if r.Prelude != "" {
		if _, err := nb.in.Eval(r.Prelude); err != nil {
			return "", fmt.Errorf("yaegi: %w\n%s", err, r.Prelude)
		}
	}
	shown := ""
	if r.Stmts != nil {
		v, err := nb.in.Eval(r.Stmts.Src)
		if err != nil {
			if p, ok := err.(interp.Panic); ok && os.Getenv("CHECK_STACK") != "" {
				os.Stderr.Write(p.Stack)
			}
			return nb.out.String(), fmt.Errorf("yaegi: %w\n%s", err, r.Stmts.Src)
		}
		if tr := r.Trailing; tr != nil && tr.Show {
			if tr.ErrVar != "" {
				if e, err := nb.in.Eval(tr.ErrVar); err == nil && !e.IsNil() {
					v = e
				}
			}
			if v.IsValid() && !(tr.IsError && v.IsNil()) {
				shown = fmt.Sprint(v.Interface())
			}
		}
	}
	r.Commit()
	if shown != "" {
		return nb.out.String() + "=> " + shown, nil
	}
	return nb.out.String(), nil
}

type step struct{ src, want string }

func runSteps(t *testing.T, steps ...step) {
	t.Helper()
	newNotebook(t).steps(t, steps...)
}

// steps runs the cells of steps one after the other in nb, each against
// its want (an error's message after "error: ").
func (nb *notebook) steps(t *testing.T, steps ...step) {
	t.Helper()
	for i, s := range steps {
		got, err := nb.run(s.src)
		if err != nil {
			got = "error: " + err.Error()
		}
		if got != s.want {
			t.Errorf("cell %d:\n%s\ngot  %q\nwant %q", i+1, s.src, got, s.want)
		}
	}
}

func TestErrorsChangeNothing(t *testing.T) {
	runSteps(t,
		step{`data := []int{1, 2}`, ""},
		step{"data := []int{3}\nfmt.Println(undefinedName)", "error: 2:13: undefined: undefinedName"},
		step{`fmt.Println(data)`, "[1 2]\n"},
		step{"x := 1\ny := \"s\" + x", "error: 2:6: invalid operation: \"s\" + x (mismatched types untyped string and int)"},
		step{`fmt.Println(x)`, "error: 1:13: undefined: x"},
		step{"var z int\nfunc h() string { return z }", "error: 2:26: cannot use z (variable of type int) as string value in return statement"},
		step{`z`, "error: 1:1: undefined: z"},
	)
}

func TestUnusedIsNoError(t *testing.T) {
	runSteps(t,
		step{"import \"os\"\nunused := 3\nvar also, more = 1, 2", ""},
		step{`unused + also + more`, "=> 6"},
	)
}

// A local variable not used is go build's error, in a function and in a
// block of the cell's statements; the cell changes nothing.
func TestUnusedLocalIsError(t *testing.T) {
	runSteps(t,
		step{"func h() {\n\tv := 3\n}", "error: 2:2: declared and not used: v"},
		step{"n := 1\nfor i := range 3 {\n\tvar w = i\n}", "error: 3:6: declared and not used: w"},
		step{"n", "error: 1:1: undefined: n"},
		step{"go func() { x, err := strconv.Atoi(\"1\"); _ = err }()", "error: 1:13: declared and not used: x"},
		step{"if v := 2; true {\n}", "error: 1:4: declared and not used: v"},
	)
}

func TestAutoImport(t *testing.T) {
	nb := newNotebook(t)
	p, _ := cell.Split(`strings.ToUpper("go")`, 1)
	r, err := nb.c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.AutoImports) != 1 || r.AutoImports[0].Path != "strings" || len(r.Notes) != 1 {
		t.Fatalf("auto imports %v notes %v", r.AutoImports, r.Notes)
	}
	runSteps(t, step{`strings.ToUpper("go")`, "=> GO"}, step{`rand.Intn(1)`, "=> 0"})
}

func TestRedeclaration(t *testing.T) {
	runSteps(t,
		step{"func f() int { return 1 }\nfunc g() int { return f() + 1 }", ""},
		step{"func f() string { return \"s\" }", ""}, // g no longer compiles: dropped
		step{"f()", "=> s"},
		step{"g()", "error: 1:1: undefined: g"},
		step{"type T struct{ A int }\nt := T{1}", ""},
		step{"t.A", "=> 1"},
	)
}

func TestRangeInt(t *testing.T) {
	runSteps(t,
		step{"func f() { for i := range 3 { fmt.Print(i) }; var n int64 = 2; for range n { fmt.Print(\"x\") } }\nf()", "012xx"},
	)
}

func TestMinMaxClear(t *testing.T) {
	runSteps(t,
		step{"a, b := 3.5, 2.0\nfmt.Println(min(a, b), max(1, 7, 3), min(\"b\", \"a\"))", "2 7 a\n"},
		step{"const c = max(2, 9)\nm := map[string]int{\"a\": 1}\ns := []int{1, 2}\nclear(m)\nclear(s)\nfmt.Println(c, len(m), s)", "9 0 [0 0]\n"},
	)
}

func TestLoopVars(t *testing.T) {
	runSteps(t,
		step{`func f() {
	var fs []func()
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
		fs = append(fs, func() { fmt.Print(i) })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() { fmt.Print(v) })
	}
	for _, f := range fs {
		f()
	}
}
f()`, "02ab"},
	)
}

func TestGenericInference(t *testing.T) {
	runSteps(t,
		step{`func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}`, ""},
		step{`Map([]int{1, 2}, func(x int) string { return fmt.Sprint(x * 2) })`, "=> [2 4]"},
	)
}

func TestRangeFunc(t *testing.T) {
	runSteps(t,
		step{`func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}
func firstOver(n int) int {
	for i := range count(10) {
		if i > n {
			return i
		}
	}
	return -1
}`, ""},
		step{"func f() { for i := range count(5) { if i == 1 { continue }; if i == 3 { break }; fmt.Print(i) } }\nf()\nfirstOver(4)", "02=> 5"},
	)
}

func TestTrailing(t *testing.T) {
	runSteps(t,
		step{`strconv.Atoi("12")`, "=> 12"},
		step{`strconv.Atoi("x")`, `=> strconv.Atoi: parsing "x": invalid syntax`},
		step{"type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }", ""},
		step{`Celsius(31.5)`, "=> 31.5°C"},
		step{`fmt.Println("hi")`, "hi\n"},
	)
}

func TestSyntaxError(t *testing.T) {
	nb := newNotebook(t)
	_, err := nb.run("x := 1\ny := )")
	if err == nil || !strings.Contains(err.Error(), "2:") {
		t.Fatalf("got %v", err)
	}
}

func TestInterfaces(t *testing.T) {
	runSteps(t,
		step{"var x any = fmt.Errorf(\"e\")\nswitch v := x.(type) { case int: fmt.Println(\"int\", v); case error: fmt.Println(\"error\", v); default: fmt.Println(\"default\") }", "error e\n"},
		step{"type E struct{}\nfunc (E) Error() string { return \"E!\" }\nvar y any = E{}", ""},
		step{"e, ok := y.(error)\nfmt.Println(ok, e)\nfunc() { switch y.(type) { case fmt.Stringer: fmt.Println(\"stringer\"); case error: fmt.Println(\"error\") } }()", "true E!\nerror\n"},
		step{"fmt.Println(y.(error))", "E!\n"},
	)
}

func TestErrorsAsIs(t *testing.T) {
	runSteps(t,
		step{"type MyErr struct{ C int }\nfunc (e *MyErr) Error() string { return \"my\" }\ntype Code int\nfunc (c Code) Error() string { return \"code\" }\nvar ErrCode = Code(7)", ""},
		step{"err := fmt.Errorf(\"w: %w\", &MyErr{3})\nvar t *MyErr\nfmt.Println(errors.As(err, &t), t.C)", "true 3\n"},
		step{"err2 := fmt.Errorf(\"w: %w\", ErrCode)\nfmt.Println(errors.Is(err2, ErrCode), errors.Is(err2, Code(8)), errors.Is(err2, err))", "true false false\n"},
		step{"var c Code\nfmt.Println(errors.As(err2, &c), int(c))", "true 7\n"},
	)
}

func TestPercentT(t *testing.T) {
	runSteps(t,
		step{"type Rect struct{ W int }\nvar s fmt.Stringer\nvar a any = &Rect{}\nfmt.Printf(\"%T %T %d %T %T\\n\", Rect{}, []Rect{}, 3, a, 1.5)", "main.Rect []main.Rect 3 *main.Rect float64\n"},
	)
}

func TestLabeledBreakSelect(t *testing.T) {
	runSteps(t,
		step{`func f() int {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
		close(done)
	}()
	n := 0
L:
	for {
		select {
		case v := <-c:
			n += v
		case <-done:
			break L
		}
	}
	return n
}`, ""},
		step{"f()", "=> 3"},
	)
}

func TestIndexPanic(t *testing.T) {
	runSteps(t,
		step{"a := []int{1, 2}\ni := 5\nfunc() { defer func() { fmt.Println(recover()) }(); _ = a[i] }()\nfunc() { defer func() { fmt.Println(recover()) }(); _ = \"ab\"[i-2] }()\ns := 0\nfor j := range a { s += a[j] }\na[i-4]+s", "runtime error: index out of range [5] with length 2\nruntime error: index out of range [3] with length 2\n=> 5"},
		step{"func() { defer func() { fmt.Println(recover()) }(); fmt.Println(a[1:i]) }()\nfmt.Println(a[:1], a[i-4:])", "runtime error: slice bounds out of range [:5] with capacity 2\n[1] [2]\n"},
	)
}

// A full slice expression of a slice out of bounds: Go's runtime errors
// (yaegi v0.16.1: "reflect.Value.Slice3: slice index out of bounds").
func TestSlice3Panic(t *testing.T) {
	try := func(expr string) string {
		return "func() { defer func() { fmt.Println(recover()) }(); _ = " + expr + " }()\n"
	}
	runSteps(t,
		step{"s := make([]int, 4, 8)\nm, h, l, neg := 9, 6, 3, -1\nb := byte(2)",
			""},
		step{try("s[0:4:m]") + try("s[0:h:5]") + try("s[l:b:5]") + try("s[:h:5]") + try("s[neg:2:5]") + "fmt.Println(len(s[1:h:8]), cap(s[b:h:m-1]))",
			"runtime error: slice bounds out of range [::9] with capacity 8\n" +
				"runtime error: slice bounds out of range [:6:5]\n" +
				"runtime error: slice bounds out of range [3:2:]\n" +
				"runtime error: slice bounds out of range [:6:5]\n" +
				"runtime error: slice bounds out of range [-1::]\n" +
				"5 6\n"},
	)
}

// Slicing a string, an array, a pointer to an array, and s[lo:], out of
// bounds: Go's runtime errors (yaegi v0.16.1: "reflect.Value.Slice:
// string slice index out of bounds", or its reflect panics).
func TestSlicePanic(t *testing.T) {
	try := func(expr string) string {
		return "func() { defer func() { fmt.Println(recover()) }(); _ = " + expr + " }()\n"
	}
	runSteps(t,
		step{"str := \"abc\"\nhi, lo := 10, 2\narr := [3]int{1, 2, 3}\np := &arr\ns := []int{1, 2}\nfunc sub(s string, i, j int) string { return s[i:j] }", ""},
		step{try("str[1:hi]") + try("str[hi:]") + try("arr[lo:hi]") + try("p[hi:]") + try("s[hi:]") + "fmt.Println(str[lo:], p[lo:], sub(\"héllo\", 1, 3))",
			"runtime error: slice bounds out of range [:10] with length 3\n" +
				"runtime error: slice bounds out of range [10:3]\n" +
				"runtime error: slice bounds out of range [:10] with length 3\n" +
				"runtime error: slice bounds out of range [10:3]\n" +
				"runtime error: slice bounds out of range [10:2]\n" +
				"c [3] é\n"},
		// indexes of other integer types; Go's message for an array's
		step{"var b byte = 2\nvar u uint = 10\n" + try("arr[:u]") + "fmt.Println(str[b:], arr[b:], s[:b], str[:b], p[b:])",
			"runtime error: slice bounds out of range [:10] with length 3\nc [3] [1 2] ab [3]\n"},
	)
}

// An index of an expression with an assertion, which the check
// evaluates again, panics with Go's message too (yaegi's was "reflect:
// slice index out of range"), assigned to as well, and a slice of one.
func TestIndexPanicAsserted(t *testing.T) {
	runSteps(t,
		step{"func nth(a []any) (v any) { defer func() { if r := recover(); r != nil { v = r } }(); return a[0].([]int)[a[1].(int)] }\nfunc cut(a []any) (v any) { defer func() { if r := recover(); r != nil { v = r } }(); return a[0].([]int)[1:a[1].(int)] }", ""},
		step{"fmt.Println(nth([]any{[]int{1, 2, 3}, 1}))\nfmt.Println(nth([]any{[]int{1, 2, 3}, 5}))\nfmt.Println(cut([]any{[]int{1, 2, 3}, 2}))\nfmt.Println(cut([]any{[]int{1, 2, 3}, 4}))", "2\nruntime error: index out of range [5] with length 3\n[2]\nruntime error: slice bounds out of range [:4] with capacity 3\n"},
		step{"var v any = []int{1, 2}\nv.([]int)[1] = 7\nv.([]int)[0]++\nfmt.Println(v)\ni := 2\nfunc() { defer func() { fmt.Println(recover()) }(); v.([]int)[i] = 1 }()\nvar m = map[string]any{\"s\": \"ab\"}\nfunc() { defer func() { fmt.Println(recover()) }(); fmt.Println(m[\"s\"].(string)[i]) }()", "[2 7]\nruntime error: index out of range [2] with length 2\nruntime error: index out of range [2] with length 2\n"},
	)
}

func TestOrder(t *testing.T) {
	p, err := cell.Split("type T struct{}\nfunc (T) M() int { return helper() }\nfunc helper() int { return k }\nconst k = 3\nimport \"fmt\"", 1)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range Order(p.Decls) {
		names = append(names, strings.Join(d.Names, ","))
	}
	if got := strings.Join(names, " "); got != "fmt T k helper T.M" {
		t.Fatalf("order %s", got)
	}
}

func TestGenerics(t *testing.T) {
	runSteps(t,
		step{`type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
type Number interface{ ~int | ~float64 }
func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}`, ""},
		step{"s := &Stack[string]{}\ns.Push(\"a\")\ns.Push(\"b\")\nv, ok := s.Pop()\nfmt.Println(v, ok, Sum(1, 2, 3), Sum(1.5, 2))\nFilter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })", "b true 6 3.5\n=> [2 4]"},
	)
}

func TestOwnPackages(t *testing.T) {
	nb := newNotebook(t)
	if err := nb.in.Use(symbols.Symbols); err != nil {
		t.Fatal(err)
	}
	steps := []step{
		{"import \"github.com/gofutures/gofutures/executor\"\nimport \"github.com/gofutures/gofutures/display\"\npool := executor.NewThreadPool(2)\nf := pool.Submit(func(x int) int { return x * 2 }, 21)", ""},
		{"f.Result()", "=> 42"},
		{"pool.Submitt(nil)", "error: 1:6: pool.Submitt undefined (type *executor.ThreadPool has no field or method Submitt)"},
		{"b := display.HTML(\"<b>x</b>\")\n_ = b", ""},
	}
	nb.steps(t, steps...)
}

func TestMoreLowerings(t *testing.T) {
	runSteps(t,
		step{"type R struct{ n string }\nfunc (r *R) Close() { fmt.Println(\"close\", r.n) }\nfunc work() {\n\ta := &R{\"a\"}\n\tdefer a.Close()\n\ta = &R{\"b\"}\n\tdefer a.Close()\n\tfor i := 0; i < 3; i++ {\n\t\tdefer fmt.Println(\"deferred\", i)\n\t}\n\tx := 1\n\tdefer fmt.Println(\"x =\", x)\n\tx = 2\n}\nwork()",
			"x = 1\ndeferred 2\ndeferred 1\ndeferred 0\nclose b\nclose a\n"},
		step{"func recv() int {\n\tin := make(chan int, 1)\n\tin <- 5\n\tvar i int\n\tvar ok bool\n\tselect {\n\tcase i, ok = <-in:\n\t}\n\tfmt.Println(ok)\n\treturn i\n}\nrecv()", "true\n=> 5"},
		step{"p := new(\"gopher\")\nq := new(42)\nfmt.Println(*p, *q)", "gopher 42\n"},
		step{"type Counter struct{ n int }\nfunc (c Counter) Add(d int) int { return c.n + d }\nf := Counter.Add\nf(Counter{1}, 2)", "=> 3"},
		step{"func (c *Counter) Inc() { c.n++ }\nc := &Counter{}\nfrozen := c.Add\nc.Inc()\nfmt.Printf(\"%d %d %T\\n\", frozen(0), c.Add(0), Counter.Add)", "0 1 func(main.Counter, int) int\n"},
		step{"func first() string {\n\ta := make(chan string, 1)\n\ta <- \"x\"\n\tchs := []<-chan string{a}\n\tfor _, c := range chs {\n\t\tfmt.Println(<-c)\n\t}\n\treturn \"y\"\n}\nfirst()", "x\n=> y"},
		step{"type ByteSize float64\nconst (\n\tSun = iota\n\t_\n\tTue\n)\nconst (\n\t_ = iota\n\tKB ByteSize = 1 << (10 * iota)\n\tMB\n)\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n)\nfmt.Println(KB, MB, A, B, C, D, Tue)", "1024 1.048576e+06 0 0 1 10 2\n"},
		step{"func kind(x any) string {\n\tswitch x.(type) {\n\tcase int, int64:\n\t\treturn \"integer\"\n\tcase error:\n\t\treturn \"error\"\n\t}\n\treturn \"other\"\n}\nkind(int64(7)) + kind(fmt.Errorf(\"e\"))", "=> integererror"},
	)
}

// main() in a later cell, or in the statements of the cell declaring it,
// calls the notebook's func main (renamed cell.MainName so that it runs
// once, with its cell).
func TestMainCalledAgain(t *testing.T) {
	runSteps(t,
		step{"var runs int\nfunc main() {\n\truns++\n\tfmt.Println(\"main\", runs)\n}", ""},
		step{"main()\nmain()", "main 1\nmain 2\n"},
		step{"func helper() { main() }\nhelper()\nfmt.Println(runs)", "main 3\n3\n"},
		step{"main(3)", "error: 1:6: too many arguments in call to main\n\thave (number)\n\twant ()"},
		step{"func main() {}\nfunc main() {}", "error: 2:6: main redeclared in this block\n\tCell In[5], line 1, column 6: other declaration of main"},
		step{"fmt.Println(reflect.TypeOf(nil), reflect.TypeOf(error(nil)))", "<nil> <nil>\n"},
	)
}

// func main with arguments, results or type parameters is go build's
// error, at its place.
func TestMainSignature(t *testing.T) {
	runSteps(t,
		step{"func main() int { return 1 }", "error: 1:6: func main must have no arguments and no return values"},
		step{"func main(x int) {}", "error: 1:6: func main must have no arguments and no return values"},
		step{"func main[T any]() {}", "error: 1:11: func main must have no type parameters"},
	)
}
