package session

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func run(t *testing.T, s *Session, code string, count int) (Result, *Error) {
	t.Helper()
	res, err := s.Execute(context.Background(), code, count)
	if err == nil {
		return res, nil
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("cell %d: error %T %v is not *Error", count, err, err)
	}
	return res, e
}

func value(t *testing.T, s *Session, code string, count int) string {
	t.Helper()
	res, e := run(t, s, code, count)
	if e != nil {
		t.Fatalf("cell %d %q: %v %v", count, code, e, e.Traceback)
	}
	if !res.HasValue {
		return "<none>"
	}
	return FormatValue(res.Value)
}

func TestCells(t *testing.T) {
	var out bytes.Buffer
	s := New(Options{Stdout: &out, Stderr: &out})
	steps := []struct{ code, want string }{
		{"1+1", "2"},
		{"import \"fmt\"\nx := 5\nfmt.Println(x)", "<none>"},
		{"import \"fmt\"\nfmt.Sprint(x*2)", "10"},
		{"func f() int { return 1 }\nfunc g() int { return f() * 10 }\ng()", "10"},
		{"func f() int { return 2 }\ng()", "20"}, // caller sees the new f
		{"type T struct{ A int }\nfunc (t T) M() int { return t.A }\nT{3}.M()", "3"},
		{"func (t T) M() int { return t.A * 100 }\nT{3}.M()", "300"}, // method redefined
		{"len(\"abc\")", "3"},
		{"var v = 7\nv", "7"},
		{"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"main ran\")\n}", "<none>"},
		{"2*3", "6"},
		{"import \"errors\"\nfunc check(ok bool) error {\n\tif ok {\n\t\treturn nil\n\t}\n\treturn errors.New(\"bad\")\n}\ncheck(true)", "<none>"},
		{"check(false)", "bad"},
		{"fs := []func(){func() {}}\nfs[0]()", "<none>"},
		{"m := map[int]int{1: 1}\ndelete(m, 1)", "<none>"},
		{"import \"os\"\nos.Getenv(\"HOME\") != \"\"", "true"},
	}
	for i, st := range steps {
		if got := value(t, s, st.code, i+1); got != st.want {
			t.Errorf("cell %d %q = %s, want %s", i+1, st.code, got, st.want)
		}
	}
	if got := strings.Count(out.String(), "main ran"); got != 1 {
		t.Errorf("func main ran %d times:\n%s", got, out.String())
	}
}

func TestErrors(t *testing.T) {
	s := New(Options{})
	run(t, s, "func boom(n int) int {\n\tvar a []int\n\treturn a[n]\n}", 1)
	cases := []struct {
		code, name, tb string
	}{
		{"x := 1\ny := (2 +", "SyntaxError", "Cell In[2], line 2"},
		// columns are the cell's: yaegi's wrapper and the session's edits taken out
		{"\n\nvar q int = \"s\"", "CompileError", "Cell In[3], line 3, column 13: cannot use \"s\" (untyped string constant) as int value in variable declaration"},
		{"var r int = \"s\"", "CompileError", "Cell In[4], line 1, column 13: cannot use"},
		{"z := 1\nw := z + \"a\"", "CompileError", "Cell In[5], line 2, column 6: invalid operation"},
		{"u := 1 + \"a\"", "CompileError", "Cell In[6], line 1, column 6: invalid operation"},
		// a panic's traceback: the function it went through (yaegi does not
		// say where in it), then the top-level statement's line
		{"x := 1\n_ = x\npanic(\"boom\")", "panic", "panic: boom\nCell In[7], line 3"},
		{"\nboom(3)", "panic", "panic: runtime error: index out of range [3] with length 0\nCell In[1], line 3, in boom\nCell In[8], line 2"},
		{"var m map[string]int\nm[\"a\"] = 1", "panic", "panic: assignment to entry in nil map\nCell In[9], line 2"},
		{"var p *struct{ X int }\nn := 0\nn = p.X", "panic", "panic: runtime error: invalid memory address or nil pointer dereference\nCell In[10], line 3\n(yaegi: reflect: call of reflect.Value.Field on zero Value)"},
		// a top-level block runs in a function literal of the session's: not
		// shown; the panic names its own line, nested in the block
		{"for i := 0; i < 3; i++ {\n\tif i == 2 {\n\t\tpanic(\"two\")\n\t}\n}", "panic", "panic: two\nCell In[11], line 3"},
		{"f := func() { boom(1) }\n\nf()", "panic", "Cell In[1], line 3, in boom\nCell In[12], line 1, in main.func1\nCell In[12], line 3"},
		// a block on the line of the user's own function literal
		{"if true {}; func() { panic(\"lit\") }()", "panic", "panic: lit\nCell In[13], line 1, in main.func1\nCell In[13], line 1"},
		{"func main() { boom(2) }", "panic", "Cell In[1], line 3, in boom\nCell In[14], line 1, in main"},
		// a cell cannot break the line markers by naming things like them
		{"gofuturescellline := 1\n_ = gofuturescellline", "CompileError", "gofuturescellline: names that begin with \"gofutures\" are reserved for the kernel"},
		{"x := 1\n  y := x +", "SyntaxError", "Cell In[16], line 2"},
		{"import \"os\"\nos.Exit(3)", "Exit", ""},
		// a path like the standard library's that is none of its
		// packages: refused as go build refuses it
		{"import \"nosuch/pkg\"", "CompileError", "Cell In[18], line 1, column 8: package nosuch/pkg is not in std ("},
	}
	for i, c := range cases {
		_, e := run(t, s, c.code, i+2)
		if e == nil {
			t.Fatalf("%q: no error", c.code)
		}
		if e.Name != c.name || !strings.Contains(strings.Join(e.Traceback, "\n"), c.tb) {
			t.Errorf("%q: %s: %s\n%s\nwant the traceback to contain\n%s", c.code, e.Name, e.Value, strings.Join(e.Traceback, "\n"), c.tb)
		}
	}
	if v := value(t, s, "1+2", 20); v != "3" {
		t.Fatalf("session broken after errors: %s", v)
	}
	if v := value(t, s, "x := 40\nx + 2", 21); v != "42" {
		t.Fatalf("statements after errors: %s", v)
	}
}

func TestRestore(t *testing.T) {
	s := New(Options{})
	value(t, s, "import \"strings\"\ntype P struct{ N string }\nfunc up(p P) string { return strings.ToUpper(p.N) }\nconst k = 2\nn := 10", 1)
	fresh := New(Options{})
	if notes := fresh.Restore(s.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	if v := value(t, fresh, "up(P{\"go\"}) + strings.Repeat(\"!\", k)", 2); v != "GO!!" {
		t.Fatalf("got %s", v)
	}
	if st := s.State(); st["n"] != 1 {
		t.Fatalf("state %v", st)
	}
}

func TestInterrupt(t *testing.T) {
	s := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan *Error)
	go func() {
		_, err := s.Execute(ctx, "for {}", 1)
		var e *Error
		errors.As(err, &e)
		done <- e
	}()
	cancel()
	if e := <-done; e == nil || e.Name != "KeyboardInterrupt" {
		t.Fatalf("got %v", e)
	}
}

// A declaration that fails to compile leaves no broken function behind.
func TestFailedDeclarations(t *testing.T) {
	s := New(Options{})
	value(t, s, "func f() int { return 1 }\nfunc g() int { return f() + 1 }", 1)
	if _, e := run(t, s, "func f() int { return undefinedThing }", 2); e == nil || e.Name != "CompileError" {
		t.Fatalf("got %v", e)
	}
	if v := value(t, s, "f() + g()", 3); v != "3" {
		t.Fatalf("previous f not restored: %s", v)
	}
	// a cell that does not compile changes nothing: no h
	if _, e := run(t, s, "func h(x int) int { return alsoUndefined + x }", 4); e == nil || e.Value != "undefined: alsoUndefined" {
		t.Fatalf("got %v", e)
	}
	if _, e := run(t, s, "h(1)", 5); e == nil || e.Name != "CompileError" || e.Value != "undefined: h" {
		t.Fatalf("got %v", e)
	}
	// unchecked, yaegi's refusal leaves a stub that says so
	u := New(Options{NoCheck: true})
	run(t, u, "func h(x int) int { return alsoUndefined + x }", 4)
	if _, e := run(t, u, "h(1)", 5); e == nil || !strings.Contains(e.Value, "h did not compile (cell 4)") {
		t.Fatalf("got %v", e)
	}
	if v := value(t, s, "func h(x int) int { return 5 + x }\nh(1)", 6); v != "6" {
		t.Fatalf("fixed h: %s", v)
	}
}

// After a type is redefined (a rebuild), panics still have frames.
func TestTracebackAfterRebuild(t *testing.T) {
	s := New(Options{})
	value(t, s, "type T struct{}\nfunc boom(n int) int {\n\tvar a []int\n\treturn a[n]\n}", 1)
	value(t, s, "type T struct{ X int }", 2)
	_, e := run(t, s, "boom(3)", 3)
	if e == nil || !strings.Contains(strings.Join(e.Traceback, "\n"), "in boom") {
		t.Fatalf("%v", e)
	}
}

// A pool worker's session follows redefinitions, callers included.
func TestWorkerResolverFollowsRedefinitions(t *testing.T) {
	nb := New(Options{})
	r := NewWorkerResolver(Options{})
	call := func(gen uint64) string {
		data, _ := json.Marshal(nb.Decls())
		if err := r.Load(gen, data); err != nil {
			t.Fatal(err)
		}
		fn, err := r.Lookup("task")
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(fn.Call([]reflect.Value{reflect.ValueOf(21)})[0].Interface())
	}
	value(t, nb, "func helper(x int) int { return x }\nfunc task(x int) int { return helper(x) }", 1)
	if got := call(1); got != "21" {
		t.Fatalf("got %s", got)
	}
	value(t, nb, "func helper(x int) int { return 2 * x }", 2)
	if got := call(2); got != "42" {
		t.Fatalf("worker kept the old helper: %s", got)
	}
}

// A function calling one declared below it in the same cell is restored.
func TestRestoreForwardReference(t *testing.T) {
	s := New(Options{})
	value(t, s, "func a() int { return b() + 1 }\nfunc b() int { return 41 }", 1)
	fresh := New(Options{})
	if notes := fresh.Restore(s.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	if v := value(t, fresh, "a()", 2); v != "42" {
		t.Fatalf("got %s", v)
	}
}

// A worker's batch function of a notebook function loops over calls in
// the interpreter: results by index, a stop at the first error or panic.
func TestWorkerResolverBatch(t *testing.T) {
	nb := New(Options{})
	value(t, nb, `import "errors"

type Pair struct{ A, B int }

func div(p Pair) (q int, err error) {
	if p.B == 0 {
		return 0, errors.New("division by zero")
	}
	if p.B < 0 {
		panic("negative")
	}
	return p.A / p.B, nil
}

func count(n int) {}
func sum(xs ...int) int { return 0 }
func first[T any](xs []T) T { return xs[0] }`, 1)
	r := NewWorkerResolver(Options{})
	data, _ := json.Marshal(nb.Decls())
	if err := r.Load(1, data); err != nil {
		t.Fatal(err)
	}
	div, _ := r.Lookup("div")
	b, err := r.LookupBatch("div")
	if err != nil {
		t.Fatal(err)
	}
	pt := div.Type().In(0)
	want := []reflect.Type{reflect.TypeFor[*int](), reflect.TypeFor[int](), reflect.SliceOf(pt), reflect.TypeFor[[]int](), reflect.TypeFor[[]error]()}
	if b.Type().NumIn() != len(want) {
		t.Fatalf("batch type %s", b.Type())
	}
	for i, w := range want {
		if b.Type().In(i) != w {
			t.Fatalf("batch type %s: parameter %d is %s, want %s", b.Type(), i, b.Type().In(i), w)
		}
	}
	run := func(pairs ...[2]int) (int, []int, []error, any) {
		args := reflect.MakeSlice(reflect.SliceOf(pt), len(pairs), len(pairs))
		for i, p := range pairs {
			args.Index(i).Field(0).SetInt(int64(p[0]))
			args.Index(i).Field(1).SetInt(int64(p[1]))
		}
		n, res, errs := 0, make([]int, len(pairs)), make([]error, len(pairs))
		var panicked any
		func() {
			defer func() { panicked = recover() }()
			b.Call([]reflect.Value{reflect.ValueOf(&n), reflect.ValueOf(len(pairs)), args, reflect.ValueOf(res), reflect.ValueOf(errs)})
		}()
		return n, res, errs, panicked
	}
	if n, res, _, p := run([2]int{8, 2}, [2]int{9, 3}); n != 2 || fmt.Sprint(res) != "[4 3]" || p != nil {
		t.Fatalf("n %d res %v panic %v", n, res, p)
	}
	if n, _, errs, _ := run([2]int{8, 2}, [2]int{1, 0}, [2]int{9, 3}); n != 1 || fmt.Sprint(errs[1]) != "division by zero" {
		t.Fatalf("error: n %d errs %v", n, errs)
	}
	if n, _, _, p := run([2]int{8, 2}, [2]int{1, -1}, [2]int{9, 3}); n != 1 || !strings.Contains(fmt.Sprint(p), "negative") {
		t.Fatalf("panic: n %d panic %v", n, p)
	}
	if b, err := r.LookupBatch("count"); err != nil || b.Type().String() != "func(*int, int, []int)" {
		t.Fatalf("count: %v %v", b, err)
	}
	for _, name := range []string{"sum", "first", "missing"} {
		if _, err := r.LookupBatch(name); err == nil {
			t.Errorf("%s: a batch function, want none", name)
		}
	}
}

// Types reports the types of statement variables for the kernel's
// completion: compiled named types by import path, notebook types by the
// composite literal that made them or by the checker's type, predeclared
// types by name.
func TestTypes(t *testing.T) {
	s := New(Options{})
	value(t, s, "import \"time\"\ntype Pair struct{ A int }\ntm := time.NewTimer(time.Hour)\np := Pair{}\nn := 3\nd := time.Second", 1)
	want := map[string]string{"tm": "time.Timer", "p": "Pair", "d": "time.Duration", "n": "int"}
	if got := s.Types(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Types() = %v, want %v", got, want)
	}
}

// defer works inside functions, func main of a cell included, once.
func TestDeferInMain(t *testing.T) {
	var out bytes.Buffer
	s := New(Options{Stdout: &out})
	value(t, s, "import \"fmt\"\nfunc main() {\n\tdefer fmt.Println(\"D\")\n\tfmt.Println(\"body\")\n}", 1)
	value(t, s, "fmt.Println(\"next\")", 2)
	if out.String() != "body\nD\nnext\n" {
		t.Fatalf("output %q", out.String())
	}
}
