package session

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/symbols"
)

// cellCase is a cell and what it prints and shows ("=> value"), or the
// error it fails with ("error: Name: Value").
type cellCase struct{ code, want string }

// runCells runs cases in one session (one per fault and feature of
// issue 13: cells are Go) and reports each that differs.
func runCells(t *testing.T, opts Options, cases []cellCase) *Session {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	s := New(opts)
	for i, c := range cases {
		out.Reset()
		res, err := s.Execute(context.Background(), c.code, i+1)
		got := out.String()
		if err != nil {
			e := err.(*Error)
			got += "error: " + e.Name + ": " + e.Value
		} else if res.HasValue {
			v, _ := res.Bundle.Data["text/plain"].(string)
			got += "=> " + v
		}
		if got != c.want {
			t.Errorf("cell %d:\n%s\ngot  %q\nwant %q", i+1, c.code, got, c.want)
		}
	}
	return s
}

func richOpts() Options {
	return Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude, ExecutorPrelude},
		RichValues: true, NamedFuncs: true}
}

// Group 1: today's Go.
func TestCellsTodaysGo(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfor i := range 3 {\n\tfmt.Print(i)\n}\nvar n int64 = 2\nfor range n {\n\tfmt.Print(\"x\")\n}", "012xx"},
		{"fmt.Println(min(3, 1, 2), max(2.5, 1), min(\"b\", \"a\"))", "1 2.5 a\n"},
		{"m := map[string]int{\"a\": 1}\ns := []int{1, 2}\nclear(m)\nclear(s)\nfmt.Println(len(m), s)", "0 [0 0]\n"},
		{"var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}", "012"},
		{"import \"sync\"\nvar wg sync.WaitGroup\nres := make([]int, 3)\nfor i := range 3 {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); res[i] = i * 10 }()\n}\nwg.Wait()\nres", "=> [0 10 20]"},
		{"func Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\nMap([]int{1, 2}, func(x int) string { return fmt.Sprint(x * 2) })", "=> [2 4]"},
		{"func count(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nfor i := range count(10) {\n\tif i == 3 {\n\t\tbreak\n\t}\n\tfmt.Print(i)\n}", "012"},
	})
}

// Group 2: wrong results without an error.
func TestCellsRightResults(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nc := make(chan int)\ndone := make(chan bool)\ngo func() {\n\tfor i := 0; i < 3; i++ {\n\t\tc <- i\n\t}\n\tclose(done)\n}()\nn := 0\nL:\nfor {\n\tselect {\n\tcase v := <-c:\n\t\tn += v\n\tcase <-done:\n\t\tbreak L\n\t}\n}\nn", "=> 3"},
		{"var x any = fmt.Errorf(\"e\")\nswitch v := x.(type) {\ncase int:\n\tfmt.Println(\"int\", v)\ncase error:\n\tfmt.Println(\"error\", v)\ndefault:\n\tfmt.Println(\"default\")\n}", "error e\n"},
		{"e := x.(error)\ne.Error()", "=> e"},
		{"import \"errors\"\ntype MyErr struct{ Code int }\nfunc (e *MyErr) Error() string { return fmt.Sprint(\"code \", e.Code) }\nerr := fmt.Errorf(\"wrapped: %w\", &MyErr{42})\nvar target *MyErr\nerrors.As(err, &target)", "=> true"},
		{"target.Code", "=> 42"},
		{"type Rect struct{ W, H float64 }\nfmt.Printf(\"%T %T\\n\", Rect{}, &Rect{})", "main.Rect *main.Rect\n"},
		{"type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\nCelsius(31.5)", "=> 31.5°C"},
	})
}

// Group 3: a cell that fails to compile changes nothing; declarations
// are replayed in an order that resolves.
func TestCellsFailureChangesNothing(t *testing.T) {
	s := runCells(t, Options{}, []cellCase{
		{"data := []int{1, 2}", ""},
		{"data := []string{\"x\"}\nfresh := 1\nundefinedName", "error: CompileError: undefined: undefinedName"},
		{"data", "=> [1 2]"},
		{"fresh", "error: CompileError: undefined: fresh"},
		{"type T struct{}\nfunc (T) M() int { return helper() }\nfunc helper() int { return 7 }\nT{}.M()", "=> 7"},
	})
	fresh := New(Options{})
	if notes := fresh.Restore(s.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	if v := value(t, fresh, "T{}.M()", 6); v != "7" {
		t.Fatalf("after a restore: %s", v)
	}
}

// Group 4: errors read like Go's.
func TestCellsGoErrors(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"y := x + 1", "error: CompileError: undefined: x"},
		{"import \"strconv\"\nn := strconv.Atoi(\"1\") + 1", "error: CompileError: multiple-value strconv.Atoi(\"1\") (value of type (int, error)) in single-value context"},
		{"func sign(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}", "error: CompileError: missing return"},
		{"a := []int{1, 2}\ni := 5\na[i]", "error: panic: runtime error: index out of range [5] with length 2"},
		{"str := \"abc\"\nstr[1:i]", "error: panic: runtime error: slice bounds out of range [:5] with length 3"},
		{"var fn func()\nfn()", "error: panic: runtime error: invalid memory address or nil pointer dereference"},
		{"type Shape interface{ Area() float64 }\ntype Circle struct{ R float64 }\nfunc (c Circle) Area() float64 { return 3 * c.R }\nvar s Shape = Circle{1}\ns.(*Circle)", "error: panic: interface conversion: main.Shape is main.Circle, not *main.Circle"},
	})
}

// Trailing values, automatic imports, unused names, the interpreter's
// faults.
func TestCellsValuesAndImports(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"strconv.Atoi(\"12\")", "=> 12"},
		{"strconv.Atoi(\"x\")", "=> strconv.Atoi: parsing \"x\": invalid syntax"},
		{"import \"github.com/gofutures/gofutures/executor\"\npool := executor.NewThreadPool(2)\nf := pool.Submit(func(x int) int { return x * 2 }, 21)\nf.Result()", "=> 42"},
		{"type Celsius float64\nCelsius(31.5)", "=> 31.5"},
		{"strings.ToUpper(\"go\")", "=> GO"},
		{"import \"os\"\nunused := 1", ""},
		{"import \"weak\"\nx := 1\np := weak.Make(&x)", "error: InterpreterError: the cell is valid Go, but the interpreter (yaegi v0.16.1) cannot run it: cannot use generic standard-library code here: specialise weak.Make[int]: unsafe.Pointer: needs package unsafe"},
		{"import \"unique\"\nunique.Make(\"a\").Value()", "=> a"},
	})
}

// A trailing value of notebook types prints as fmt.Println would in Go:
// the String methods of elements and fields, no field in a type without
// fields; a value with renderers of its own keeps them.
func TestCellsTrailingPrintsAsGo(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Temp float64\nfunc (t Temp) String() string { return fmt.Sprintf(\"%.1f°C\", float64(t)) }\ntemps := []Temp{1, 2}\ntemps", "=> [1.0°C 2.0°C]"},
		{"map[string]Temp{\"in\": 21}", "=> map[in:21.0°C]"},
		{"type Dog struct{}\ntype Animal interface{ Sound() string }\nfunc (Dog) Sound() string { return \"woof\" }\nvar a Animal = Dog{}\na.(Dog)", "=> {}"},
		{"a", "=> {}"},
		{"type Pair struct{ T Temp; D *Dog }\nPair{T: 3}", "=> {3.0°C <nil>}"},
		{"Temp(4)", "=> 4.0°C"},
		{"type V struct{ X, Y int }\nfunc (v *V) String() string { return fmt.Sprintf(\"<%d,%d>\", v.X, v.Y) }\nV{1, 2}", "=> {1 2}"},
		{"&V{1, 2}", "=> <1,2>"},
		{"[]*V{{3, 4}, nil}", "=> [<3,4> <nil>]"},
		{"type Page struct{ N int }\nfunc (p Page) HTML() string { return \"<b>page</b>\" }\n[]Page{{1}}", "=> [{1}]"},
		// in an any inside a composite (yaegi's record of the value was shown)
		{"[]any{Temp(5), 3}", "=> [5.0°C 3]"},
		{"map[string]any{\"k\": Pair{T: 6}}", "=> map[k:{6.0°C <nil>}]"},
	})
}

// The note of an automatic import, and the traceback of a compile error.
func TestCellsNotesAndTraceback(t *testing.T) {
	s := New(Options{})
	res, err := s.Execute(context.Background(), "strings.Repeat(\"ab\", 2)", 1)
	if err != nil || len(res.Notes) != 1 || res.Notes[0] != `imported "strings" automatically` {
		t.Fatalf("%v %v", res.Notes, err)
	}
	_, err = s.Execute(context.Background(), "x := 1\ny := \"s\" + x\nz := w", 2)
	e := err.(*Error)
	tb := strings.Join(e.Traceback, "\n")
	if !strings.Contains(tb, "Cell In[2], line 2, column 6: invalid operation: \"s\" + x (mismatched types untyped string and int)") ||
		!strings.Contains(tb, "Cell In[2], line 3, column 6: undefined: w") {
		t.Fatal(tb)
	}
}

// A package the checker cannot see (from Options.Symbols): the notebook
// runs unchecked from then on, rather than refusing what it cannot know.
func TestCellsUncheckedPackage(t *testing.T) {
	extra := interp.Exports{"example.com/extra/extra": {"Hello": reflect.ValueOf(func() string { return "hi" })}}
	runCells(t, Options{Symbols: []interp.Exports{extra}}, []cellCase{
		{"n := 1\nn", "=> 1"},
		{"m := undefinedName", "error: CompileError: undefined: undefinedName"},
		{"import \"example.com/extra\"\nx := extra.Hello()", ""},
		{"x + \"!\"", "=> hi!"},
		{"n", "=> 1"},
	})
}

// func main with a type of its own that generic standard-library code
// uses: run as a program is, twice (the same cell again keeps the
// interpreter: the hoisted type is declared as it was), and changed.
func TestCellsMainWithLocalTypes(t *testing.T) {
	prog := "import (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\ttype score struct {\n\t\tname string\n\t\tpts  int\n\t}\n\tss := []score{{\"b\", 1}, {\"a\", 3}}\n\tslices.SortFunc(ss, func(x, y score) int { return y.pts - x.pts })\n\tfmt.Printf(\"%v %T\\n\", ss, ss[0])\n}"
	runCells(t, richOpts(), []cellCase{
		{prog, "[{a 3} {b 1}] main.score\n"},
		{prog, "[{a 3} {b 1}] main.score\n"},
		{strings.Replace(prog, "y.pts - x.pts", "x.pts - y.pts", 1), "[{b 1} {a 3}] main.score\n"},
		{strings.Replace(strings.Replace(prog, "name string", "who  string", 1), "%v %T", "%+v %T", 1), "[{who:a pts:3} {who:b pts:1}] main.score\n"},
	})
}

// Functions declared before see a notebook variable or constant that a
// later cell declares anew (yaegi gives it new storage, or binds a
// constant's value, when it compiles the function): x := v of a variable
// the notebook has is x = v, and the functions that use one declared
// anew are evaluated again.
func TestCellsRedeclaredValuesSeenByFunctions(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"y := 1", ""},
		{"func gy() int { return y }", ""},
		{"y := 2\ngy()", "=> 2"},
		{"y = 3\ngy()", "=> 3"},
		{"y, z := 4, 5\ngy() + z", "=> 9"},
		{"if true { y := 100; _ = y }\nw, err := strconv.Atoi(\"6\")\nv, err := strconv.Atoi(\"7\")\ngy() + w + v", "=> 17"},
		{"for i := range 3 { y += i }\ngy()", "=> 7"},
		{"const limit = 3\nfunc under(n int) bool { return n < limit }\nunder(2)", "=> true"},
		{"const limit = 1\nunder(2)", "=> false"},
		{"var counter int\nfunc bump() int { counter++; return counter }\nbump()", "=> 1"},
		{"var counter = 10\nbump()", "=> 11"},
		{"counter", "=> 11"},
		{"var total int = 100\nfunc get() int { return total }", ""},
		{"total := 7\nget()", "=> 7"},
		{"import \"time\"\nd := time.Second", ""},
		{"func secs() float64 { return d.Seconds() }", ""},
		{"d := 2 * time.Second\nsecs()", "=> 2"},
	})
}

// A constant declared anew reaches the functions and methods declared
// before that use it in a constant expression (the lowering wrote in its
// value: they kept the old one), a method by a fresh interpreter.
func TestCellsRedeclaredConstInExpressions(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"const rate = 0.25\ntype Order struct{ Sub float64 }\nfunc (o Order) Total() float64 { return o.Sub * (1 + rate) }\n" +
			"func price(n float64) float64 { return n * (1 + rate) }\nfunc show() { fmt.Println(price(100), Order{100}.Total()) }\nshow()", "125 125\n"},
		{"const rate = 0.5\nshow()", "150 150\n"},
	})
}

// A generic function or a generic type's method declared anew reaches
// the functions and methods declared before that use an instance of it
// (they called the copy of the instance their cell made, which kept the
// old body), a method by a fresh interpreter.
func TestCellsRedeclaredGenerics(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"func Clamp[T int | float64](x, lo, hi T) T { return max(lo, min(x, hi)) }\ntype Meter struct{ V float64 }\n" +
			"func (m Meter) Safe() float64 { return Clamp(m.V, 0, 10) }\nfunc safe(v float64) float64 { return Clamp(v, 0, 10) }\n" +
			"type Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n" +
			"func fill(n int) []int { s := &Stack[int]{}; for i := range n { s.Push(i) }; return s.items }\n" +
			"fmt.Println(Meter{42}.Safe(), safe(42), fill(2))", "10 10 [0 1]\n"},
		{"func Clamp[T int | float64](x, lo, hi T) T { return max(lo, min(x, hi-1)) }\nfmt.Println(Meter{42}.Safe(), safe(42), Clamp(5, 0, 3))", "9 9 2\n"},
		{"func (s *Stack[T]) Push(v T) { s.items = append(s.items, v, v) }\nfmt.Println(fill(2))", "[0 0 1 1]\n"},
	})
}

// A function sees a variable its cell's statements declare of a type the
// cell declares (the variable declared in the declarations' evaluation:
// before them, the type was undefined: "constant definition loop").
func TestCellsFuncSeesCellVariableOfCellType(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"type Item struct{ Name string }\nitems := []Item{{\"a\"}, {\"b\"}}\nfunc find(n string) (Item, bool) {\n\tfor _, it := range items {\n\t\tif it.Name == n {\n\t\t\treturn it, true\n\t\t}\n\t}\n\treturn Item{}, false\n}\nfmt.Println(find(\"b\"))", "{b} true\n"},
		{"items = append(items, Item{\"c\"})\nfmt.Println(find(\"c\"))", "{c} true\n"},
	})
}

// A function literal made in a function that defers calls, called in the
// deferred phase (cleanup := func() {...}; defer cleanup(), a call in a
// deferred function, a deferred compiled call of one): yaegi v0.16.1
// hung, the frame's lock held by its deferred calls.
func TestCellsDeferredCallsOfLiterals(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfunc f() {\n\tcleanup := func() { fmt.Println(\"clean\") }\n\tdefer cleanup()\n\tfmt.Println(\"body\")\n}\nf()", "body\nclean\n"},
		{"func g() (n int) {\n\tadd := func(k int) { n += k }\n\tdefer func() { add(5) }()\n\tn = 1\n\treturn n\n}\ng()", "=> 6"},
		{"import \"sort\"\nfunc h() []int {\n\txs := []int{3, 1, 2}\n\tdefer sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })\n\treturn xs\n}\nh()", "=> [1 2 3]"},
		{"done := func() { fmt.Println(\"cell done\") }\ndefer done()\nfmt.Println(\"cell\")", "cell\ncell done\n"},
	})
}

// A function declared beside the statements that declare the variables
// it uses (scale := 2; func scaled(n int) int { return n * scale }): the
// variables are declared first and the statements set them, as in a
// later cell. A var declaration initialized from them is the statement
// it is in Go's main; in a group, it keeps its error and hint.
func TestCellsFuncBesideItsVariables(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"scale := 2\nfunc scaled(n int) int { return n * scale }\nscaled(5)", "=> 10"},
		{"scale = 3\nscaled(5)", "=> 15"},
		{"scale := 4\nscaled(5)", "=> 20"},
		{"import \"strings\"\nwords := strings.Fields(\"a b c\")\nlimit := 2\nfunc firstWords() []string { return words[:limit] }\nfirstWords()", "=> [a b]"},
		{"x := 1\nfunc useY() int { return y }\ny := x + 1\nuseY()", "=> 2"},
		{"func bad() int { return nope }", "error: CompileError: undefined: nope"},
	})
	runCells(t, richOpts(), []cellCase{
		{"count := 3\nvar total = count * 2\nfunc twice() int { return total * 2 }", ""},
		{"count + twice()", "=> 15"},
		{"var (\n\tlate = early\n)\nearly := 1", "error: CompileError: undefined: early (early is declared by this cell's statements, which run after its declarations: a var before a cell's first statement is a declaration of the notebook; declare it after the statement that declares early, or declare early in an earlier cell)"},
		{"early", "error: CompileError: undefined: early"},
	})
}

// A notebook variable named new (or len, cap) leaves the session's own
// code working: the registration of types declared after it (which
// spelled *new(T): the interpreter's process died compiling a call of a
// string) and the lowering's checks.
func TestCellsBuiltinNamedVariables(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nnew := fmt.Sprint(\"a\")\ncap := len(new) + 9", ""},
		{"type P struct{ X int }\nfunc tail(xs []int) []int { return xs[1:] }\nfmt.Println(tail([]int{1, 2}), new, cap, P{3})", "[2] a 10 {3}\n"},
	})
}
