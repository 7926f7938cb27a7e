package session

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
)

// panicCells runs decls as cell 1, then each call as a cell of its own,
// and checks the traceback of the panic it raises.
func panicCells(t *testing.T, s *Session, decls string, cases []panicCase) {
	t.Helper()
	if decls != "" {
		if _, err := s.Execute(context.Background(), decls, 1); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cases {
		_, err := s.Execute(context.Background(), c.code, i+2)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: no panic: %v", c.code, err)
			continue
		}
		if !slices.Equal(e.Traceback, c.want) {
			t.Errorf("%s: traceback\n%q, want\n%q", c.code, e.Traceback, c.want)
		}
	}
}

type panicCase struct {
	code string
	want []string
}

// Index and slice bounds panics inside a function declared in a cell
// name their line (the per-line checks, rt.IndexL7), in a function
// called from another cell, and in a chain of calls (whose callers name
// the line of their call).
func TestPanicLineIndexAndSlice(t *testing.T) {
	s := New(richOpts())
	decls := "func get(a []int, i int) int {\n\tx := 1\n\treturn a[i] + x\n}\nfunc cut(a []int, n int) []int {\n\tx := 1\n\t_ = x\n\treturn a[:n]\n}\nfunc outer(a []int) int {\n\ty := 2\n\treturn get(a, y) * y\n}"
	panicCells(t, s, decls, []panicCase{
		{"get(nil, 3)", []string{"panic: runtime error: index out of range [3] with length 0", "Cell In[1], line 3, in get", "Cell In[2], line 1"}},
		{"x := []int{1}\ncut(x, 2)", []string{"panic: runtime error: slice bounds out of range [:2] with capacity 1", "Cell In[1], line 8, in cut", "Cell In[3], line 2"}},
		{"outer([]int{1})", []string{"panic: runtime error: index out of range [2] with length 1", "Cell In[1], line 3, in get", "Cell In[1], line 12, in outer", "Cell In[4], line 1"}},
	})
}

// Runtime errors the interpreter raises itself inside a cell's function
// name the line when the function has one place they can come from, or
// by the marks the lowering stores when it has several (TestPanicLineMarks),
// and, when a compiled function raised the error, the line of the one
// call of it (url.Values.Set).
func TestPanicLineSites(t *testing.T) {
	s := New(richOpts())
	decls := `import "net/url"

func write() {
	var m map[string]int
	m["a"] = 1
}
func div(a, b int) int {
	x := 1
	return a/b + x
}
func assert(v any) int {
	x := 1
	return v.(int) + x
}
func send() {
	c := make(chan int, 1)
	close(c)
	c <- 1
}
func closeNil() {
	var c chan int
	close(c)
}
func closeTwice() {
	c := make(chan int)
	close(c)
	close(c)
}
func set(v url.Values, direct bool) {
	if direct {
		v["a"] = nil
	}
	v.Set("a", "b")
}
func constIndex(a []int) int {
	n := 0
	return a[2] + n
}`
	panicCells(t, s, decls, []panicCase{
		{"write()", []string{"panic: assignment to entry in nil map", "Cell In[1], line 5, in write", "Cell In[2], line 1"}},
		{"div(1, 0)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 9, in div", "Cell In[3], line 1"}},
		{"assert(\"s\")", []string{"panic: interface conversion: interface {} is string, not int", "Cell In[1], line 13, in assert", "Cell In[4], line 1"}},
		{"send()", []string{"panic: send on closed channel", "Cell In[1], line 18, in send", "Cell In[5], line 1"}},
		{"closeNil()", []string{"panic: close of nil channel", "Cell In[1], line 22, in closeNil", "Cell In[6], line 1"}},
		{"closeTwice()", []string{"panic: close of closed channel", "Cell In[1], line 27, in closeTwice", "Cell In[7], line 1"}},
		{"set(nil, false)", []string{"panic: assignment to entry in nil map", "Cell In[1], line 33, in set", "Cell In[8], line 1"}},
		{"constIndex([]int{1})", []string{"panic: runtime error: index out of range [2] with length 1", "Cell In[1], line 37, in constIndex", "Cell In[9], line 1"}},
	})
}

// The lines stay after the interpreter is rebuilt from the declarations
// log (a crash), and in a process-pool worker, which loads the log.
func TestPanicLineRestoredAndWorker(t *testing.T) {
	nb := New(richOpts())
	decls := "func get(a []int, i int) int {\n\tx := 1\n\treturn a[i] + x\n}\nfunc write() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}"
	if _, err := nb.Execute(context.Background(), decls, 1); err != nil {
		t.Fatal(err)
	}
	fresh := New(richOpts())
	if notes := fresh.Restore(nb.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	panicCells(t, fresh, "", []panicCase{
		{"get(nil, 3)", []string{"panic: runtime error: index out of range [3] with length 0", "Cell In[1], line 3, in get", "Cell In[2], line 1"}},
		{"write()", []string{"panic: assignment to entry in nil map", "Cell In[1], line 7, in write", "Cell In[3], line 1"}},
	})

	w := NewWorkerResolver(richOpts())
	data, err := json.Marshal(nb.Decls())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Load(1, data); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		fn   string
		args []reflect.Value
		want string
	}{
		{"get", []reflect.Value{reflect.ValueOf([]int(nil)), reflect.ValueOf(3)}, "Cell In[1], line 3, in get"},
		{"write", nil, "Cell In[1], line 7, in write"},
	} {
		f, err := w.Lookup(c.fn)
		if err != nil {
			t.Fatal(err)
		}
		var tb []string
		func() {
			// as the executor does: the traceback is asked for while
			// the panicking frames are on the stack
			defer func() { tb = w.Traceback(recover()) }()
			f.Call(c.args)
		}()
		if len(tb) != 1 || tb[0] != c.want {
			t.Errorf("%s: worker traceback %q, want %q", c.fn, tb, c.want)
		}
	}
}

// A line noted for a panic a cell recovered is not another panic's with
// the same message (here a compiled function's: the line of its call).
func TestPanicLineRecoveredForgotten(t *testing.T) {
	s := New(richOpts())
	decls := "import \"unicode/utf8\"\n\nfunc safe(a []int, i int) (v int) {\n\tdefer func() { recover() }()\n\treturn a[i]\n}\nfunc encode(p []byte) int {\n\tx := 1\n\treturn utf8.EncodeRune(p, 'x') + x\n}"
	panicCells(t, s, decls, []panicCase{
		{"safe(nil, 0)\nencode(nil)", []string{"panic: runtime error: index out of range [0] with length 0", "Cell In[1], line 9, in encode", "Cell In[2], line 2"}},
	})
}

// A frame yaegi names like a function literal of f, with no frame of f
// after it, may be a literal f returned: it gets the literal's line, not
// one of f's (the division in f's own body).
func TestPanicLineNotInReturnedLiteral(t *testing.T) {
	s := New(richOpts())
	decls := "func makeDiv() func(int) int {\n\td := 0\n\t_ = 10 / (d + 1)\n\treturn func(x int) int { return x / d }\n}"
	panicCells(t, s, decls, []panicCase{
		{"f := makeDiv()\nf(1)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 4, in makeDiv.func1", "Cell In[2], line 2"}},
	})
}

// A panic in a statement nested in a cell's top-level statement names
// its own line when it noted one (an index check, a panic call).
func TestPanicLineNestedStatement(t *testing.T) {
	s := New(richOpts())
	// line 4 of a literal cell 1's statements made is no line of cell
	// 4's: it is the literal's; cell 4's is the one call in the statement
	// running that can have made its frame
	panicCells(t, s, "f := func(a []int, i int) int {\n\ty := i\n\n\treturn a[y]\n}", []panicCase{
		{"a := []int{1}\nfor i := range 3 {\n\tif i > 0 {\n\t\ta[i]++\n\t}\n}", []string{"panic: runtime error: index out of range [1] with length 1", "Cell In[2], line 4"}},
		{"for i := range 3 {\n\tif i > 1 {\n\t\tpanic(i)\n\t}\n}", []string{"panic: 2", "Cell In[3], line 3"}},
		{"x := 5\nif x > 0 {\n\tf(nil, x)\n\tx++\n\tx++\n}", []string{"panic: runtime error: index out of range [5] with length 0", "Cell In[1], line 4, in main.func1", "Cell In[4], line 3"}},
	})
}

// A nil pointer dereference (yaegi's reflect panic on a zero Value)
// names the line when the function has one place that may dereference:
// *p, a selection through a pointer or on an interface, an index of a
// pointer to an array; or, with several, the line its mark names (two's
// x.f, p dereferenced on the line before).
func TestPanicLineNil(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\ntype T struct {\n\tf    int\n\tnext *T\n}\n\nfunc (t T) V() int { return t.f }\nfunc two(p *T) int {\n\tx := p.next\n\treturn p.f + x.f\n}\nfunc viaValue(p *T) int {\n\tx := 1\n\treturn p.V() + x\n}\nfunc ifaceNil(s fmt.Stringer) string {\n\tx := \"\"\n\treturn s.String() + x\n}\nfunc arr(p *[3]int, i int) int {\n\tx := 0\n\treturn p[i] + x\n}"
	const nilDeref = "panic: runtime error: invalid memory address or nil pointer dereference"
	panicCells(t, s, decls, []panicCase{
		{"two(&T{})", []string{nilDeref, "Cell In[1], line 11, in two", "Cell In[2], line 1", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
		{"viaValue(nil)", []string{nilDeref, "Cell In[1], line 15, in viaValue", "Cell In[3], line 1", "(yaegi: reflect: call of reflect.Value.Set on zero Value)"}},
		{"ifaceNil(nil)", []string{nilDeref, "Cell In[1], line 19, in ifaceNil", "Cell In[4], line 1", "(yaegi: reflect: Method on nil interface value)"}},
		{"arr(nil, 1)", []string{nilDeref, "Cell In[1], line 23, in arr", "Cell In[5], line 1", "(yaegi: reflect: call of reflect.Value.Len on zero Value)"}},
	})
}

// A method's frame (yaegi names it by the method's name only) names its
// type and cell, and its line as a function's; not when a function or
// another method has that name too.
func TestPanicLineMethod(t *testing.T) {
	s := New(richOpts())
	decls := "type T struct{ f int }\n\nfunc (t *T) Get() int {\n\tx := 1\n\treturn t.f + x\n}\n\ntype Sq struct{ d int }\n\nfunc (s Sq) Area() int {\n\treturn 10 / s.d\n}\nfunc Area(r int) int {\n\treturn 10 / r\n}"
	panicCells(t, s, decls, []panicCase{
		{"var p *T\np.Get()", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[1], line 5, in T.Get", "Cell In[2], line 2", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
		{"Sq{}.Area()", []string{"panic: runtime error: integer divide by zero", "Cell In[1], in Area", "Cell In[3], line 1"}},
	})
}

// Nor is a line noted for a panic compiled code recovered (fmt, of a
// String method) another panic's with the same message.
func TestPanicLineCompiledRecoveredIgnored(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"fmt\"\n\t\"unicode/utf8\"\n)\n\ntype S struct {\n\ta []int\n\ti int\n}\n\nfunc (s S) String() string { return fmt.Sprint(s.a[s.i]) }\nfunc encode(p []byte) int {\n\tx := 1\n\treturn utf8.EncodeRune(p, 'x') + x\n}"
	panicCells(t, s, decls, []panicCase{
		{"fmt.Println(S{nil, 0})\nencode(nil)", []string{"panic: runtime error: index out of range [0] with length 0", "Cell In[1], line 14, in encode", "Cell In[2], line 2"}},
	})
}

// A failed assertion the lowering checks (a cell struct type in a cell
// interface) names the assertion's line, in a function or a cell's
// statements, with no frame of the lowering's function literal.
func TestPanicLineAssertion(t *testing.T) {
	s := New(richOpts())
	decls := "type Shape interface{ Area() float64 }\ntype Circle struct{ R float64 }\nfunc (c Circle) Area() float64 { return 3 * c.R }\nvar s Shape = Circle{1}\nfunc conv(s Shape) *Circle {\n\tfmt.Println(\"x\")\n\treturn s.(*Circle)\n}\nfunc outer() { conv(s) }"
	panicCells(t, s, "import \"fmt\"\n"+decls, []panicCase{
		{"x := 1\n_ = x\ns.(*Circle)", []string{"panic: interface conversion: main.Shape is main.Circle, not *main.Circle", "Cell In[2], line 3"}},
		{"conv(s)", []string{"panic: interface conversion: main.Shape is main.Circle, not *main.Circle", "Cell In[1], line 8, in conv", "Cell In[3], line 1"}},
		{"outer()", []string{"panic: interface conversion: main.Shape is main.Circle, not *main.Circle", "Cell In[1], line 8, in conv", "Cell In[1], line 10, in outer", "Cell In[4], line 1"}},
	})
}

// A function with several lines of a kind of runtime error names the
// line that raised it by the mark the lowering stores before it (a
// literal's by its own); a mark a function it called stored since (its
// tag is another's) leaves the line out rather than name a wrong one, as
// does a loop writing maps on several lines, which stores no marks.
func TestPanicLineMarks(t *testing.T) {
	s := New(richOpts())
	decls := `func two(a, b map[string]int) {
	a["x"]++
	b["y"] = 1
}
func loop(a, b map[string]int) {
	for _, k := range []string{"x", "y"} {
		a[k]++
		b[k] = 1
	}
}
func g(a, b map[string]int) int {
	a["g"] = 1
	b["g"] = 2
	return 3
}
func h(a, b map[string]int) {
	a["h"] = g(b, b)
	b["h"] = 1
}
func lit(x int) func(int) int {
	return func(y int) int {
		q := x / y
		return q + x%y
	}
}`
	panicCells(t, s, decls, []panicCase{
		{"two(map[string]int{}, nil)", []string{"panic: assignment to entry in nil map", "Cell In[1], line 3, in two", "Cell In[2], line 1"}},
		{"two(nil, nil)", []string{"panic: assignment to entry in nil map", "Cell In[1], line 2, in two", "Cell In[3], line 1"}},
		{"h(nil, map[string]int{})", []string{"panic: assignment to entry in nil map", "Cell In[1], in h", "Cell In[4], line 1"}},
		{"lit(7)(0)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 22, in lit.func1", "Cell In[5], line 1"}},
		{"loop(map[string]int{}, nil)", []string{"panic: assignment to entry in nil map", "Cell In[1], in loop", "Cell In[6], line 1"}},
	})
}

// A panic a compiled function raised names the line of the function's
// call of it (Go's runtime names the function: strings.Repeat, a method
// math/big.(*Int).Quo), among calls of other compiled functions; a send
// on a closed channel in a select (the lowering's rt.Select) names the
// select's send.
func TestPanicLineCompiledCallee(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"fmt\"\n\t\"math/big\"\n\t\"strings\"\n)\n\nfunc pad(s string, w int) string {\n\tfmt.Println(s)\n\treturn s + strings.Repeat(\" \", w-len(s))\n}\nfunc quo(a, b int64) *big.Int {\n\tfmt.Print()\n\treturn new(big.Int).Quo(big.NewInt(a), big.NewInt(b))\n}\nfunc offer(ch chan int) bool {\n\tselect {\n\tcase ch <- 1:\n\t\treturn true\n\tdefault:\n\t\treturn false\n\t}\n}"
	panicCells(t, s, decls, []panicCase{
		{"pad(\"abc\", 1)", []string{"panic: strings: negative Repeat count", "Cell In[1], line 9, in pad", "Cell In[2], line 1"}},
		{"quo(1, 0)", []string{"panic: division by zero", "Cell In[1], line 13, in quo", "Cell In[3], line 1"}},
		{"ch := make(chan int)\nclose(ch)\noffer(ch)", []string{"panic: send on closed channel", "Cell In[1], line 17, in offer", "Cell In[4], line 3"}},
	})
}

// A function calling itself has a frame for each call, as Go's
// traceback does, a function literal too.
func TestPanicLineRecursion(t *testing.T) {
	s := New(richOpts())
	decls := "func fact(n int) int {\n\tif n == 0 {\n\t\tvar m map[int]int\n\t\tm[0] = 1\n\t}\n\treturn n * fact(n-1)\n}"
	panicCells(t, s, decls, []panicCase{
		{"fact(2)", []string{"panic: assignment to entry in nil map", "Cell In[1], line 4, in fact", "Cell In[1], line 6, in fact", "Cell In[1], line 6, in fact", "Cell In[2], line 1"}},
	})
}

// A panic's value of several lines (errors.Join's error, a string)
// prints as Go's runtime prints it: a tab after each newline.
func TestPanicValueLinesIndented(t *testing.T) {
	s := New(richOpts())
	decls := "import \"errors\"\n\nfunc must(err error) {\n\tif err != nil {\n\t\tpanic(err)\n\t}\n}\nfunc say(s string) { panic(s) }"
	panicCells(t, s, decls, []panicCase{
		{"must(errors.Join(errors.New(\"a\"), errors.New(\"b\")))", []string{"panic: a\n\tb", "Cell In[1], line 5, in must", "Cell In[2], line 1"}},
		{"say(\"x\\ny\")", []string{"panic: x\n\ty", "Cell In[1], line 8, in say", "Cell In[3], line 1"}},
	})
}

// A method's frame, of a name two types' methods have, is the one whose
// source has a statement where yaegi's frame is.
func TestPanicLineMethodOfSharedName(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\ntype Handler interface{ Handle(n int) string }\ntype Doubler struct{}\n\nfunc (Doubler) Handle(n int) string { return fmt.Sprint(n * 2) }\n\ntype Limit struct{ max int }\n\nfunc (l Limit) Handle(n int) string {\n\tif n > l.max {\n\t\tpanic(fmt.Sprintf(\"limit %d exceeded by %d\", l.max, n))\n\t}\n\treturn \"ok\"\n}"
	panicCells(t, s, decls, []panicCase{
		{"var h Handler = Limit{10}\nh.Handle(50)", []string{"panic: limit 10 exceeded by 50", "Cell In[1], line 12, in Limit.Handle", "Cell In[2], line 2"}},
	})
}

// panic(nil) (Go 1.21's *runtime.PanicNilError) names its line.
func TestPanicLineNilValue(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "func check(ok bool) {\n\tif !ok {\n\t\tpanic(nil)\n\t}\n}", []panicCase{
		{"check(false)", []string{"panic: panic called with nil argument", "Cell In[1], line 3, in check", "Cell In[2], line 1"}},
	})
}

// A deferred literal that panics again with what it recovered: the
// frame of the first panic (step's) and of the function whose literal it
// is (run's, at its call of step) have their lines, as in Go.
func TestPanicLineRepanicInDeferred(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc step(n int) int {\n\tif n == 3 {\n\t\tpanic(fmt.Sprintf(\"bad step %d\", n))\n\t}\n\treturn n * 2\n}\n\nfunc run(n int) (out int) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(fmt.Errorf(\"run(%d): %v\", n, r))\n\t\t}\n\t}()\n\treturn step(n)\n}"
	panicCells(t, s, decls, []panicCase{
		{"run(3)", []string{"panic: bad step 3 [recovered]\n\tpanic: run(3): bad step 3", "Cell In[1], line 13, in run.func1", "Cell In[1], line 5, in step", "Cell In[1], line 16, in run", "Cell In[2], line 1"}},
	})
}

// A frame of a literal the lowering made in a function (an index of a
// call's result, checked in one), the function's own frame after it, is
// none of Go's: the function's frame has the line.
func TestPanicLineLoweringLiteralFrame(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import \"strings\"\n\nfunc charAfter(s, sep string) rune {\n\ti := strings.Index(s, sep)\n\treturn []rune(s)[i+len(sep)]\n}", []panicCase{
		{"charAfter(\"ab=\", \"=\")", []string{"panic: runtime error: index out of range [3] with length 3", "Cell In[1], line 5, in charAfter", "Cell In[2], line 1"}},
	})
}

// A slice of a call's result, checked in a literal of the lowering, the
// function's own frame after it: the function's frame has the line.
func TestPanicLineSliceOfCallResult(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import \"strings\"\n\nfunc fields(line string) []string {\n\treturn strings.Split(line, \",\")\n}\n\nfunc columns(line string) []string {\n\treturn fields(line)[1:4]\n}", []panicCase{
		{"columns(\"id,name,age\")", []string{"panic: runtime error: slice bounds out of range [:4] with capacity 3", "Cell In[1], line 8, in columns", "Cell In[2], line 1"}},
	})
}

// A method expression passed as a function value (the lowering's
// literal forwarding to the method) has no frame of its own: Go calls
// the method.
func TestPanicLineMethodExpressionValue(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "type Account struct{ Balance int }\n\nfunc (a *Account) Deposit(n int) { a.Balance += n }\n\nfunc apply(a *Account, op func(*Account, int)) {\n\top(a, 1)\n}\n\nfunc run() {\n\tvar p *Account\n\tapply(p, (*Account).Deposit)\n}", []panicCase{
		{"run()", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[1], line 3, in Account.Deposit", "Cell In[1], line 6, in apply", "Cell In[1], line 11, in run", "Cell In[2], line 1", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
	})
}

// A method value made in a function that returned (the lowering's
// literal binding the receiver, forwarding to the method) has no frame
// of its own, nor of the function that made it.
func TestPanicLineMethodValueFrame(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "type Counter struct{ n int }\n\nfunc (c *Counter) Next() int {\n\tc.n++\n\treturn c.n\n}\n\nfunc makeNext(c *Counter) func() int { return c.Next }\n\nfunc run() {\n\tg := makeNext(nil)\n\tg()\n}", []panicCase{
		{"run()", []string{"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[1], line 4, in Counter.Next", "Cell In[1], line 12, in run", "Cell In[2], line 1", "(yaegi: reflect: call of reflect.Value.Field on zero Value)"}},
	})
}

// A declared function deferred by another (defer guard(task)) that
// recovers and panics again: the frame of the function that deferred it,
// which yaegi does not print, is at the panic whose deferred calls ran.
func TestPanicLineDeferredNamedGuard(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import \"fmt\"\n\nfunc guard(task string) {\n\tif r := recover(); r != nil {\n\t\tfmt.Println(\"failed:\", r)\n\t\tpanic(r)\n\t}\n}\n\nfunc process(task string, items map[string]int) int {\n\tdefer guard(task)\n\treturn 100 / items[task]\n}\n\nfunc run() {\n\tfmt.Println(process(\"b\", map[string]int{}))\n}", []panicCase{
		{"run()", []string{"panic: runtime error: integer divide by zero [recovered, repanicked]", "Cell In[1], line 6, in guard", "Cell In[1], line 12, in process", "Cell In[1], line 16, in run", "Cell In[2], line 1"}},
	})
}

// A panic of compiled code (sync/atomic comparing two values of a cell's
// uncomparable struct type) or of reflect (a map of any key given one)
// names the cell's type as Go does, in Go's words.
func TestPanicCompiledNamesCellTypes(t *testing.T) {
	s := New(richOpts())
	decls := "import (\"fmt\"; \"sync/atomic\")\ntype Config struct{ Vals []int }\nvar _ = fmt.Sprint"
	panicCells(t, s, decls, []panicCase{
		{"var v atomic.Value\nv.Store(Config{})\nv.CompareAndSwap(Config{}, Config{})",
			[]string{"panic: runtime error: comparing uncomparable type main.Config", "Cell In[2], line 3"}},
		{"m := map[any]int{}\nm[Config{}] = 1",
			[]string{"panic: runtime error: hash of unhashable type main.Config", "Cell In[3], line 2"}},
	})
}

// A key of interface type whose dynamic type has no hash (a slice) panics
// in the interpreter's map index, assignment or delete: the line is the
// one place of them in the function, or the one its marks say ran.
func TestPanicLineUnhashableKey(t *testing.T) {
	s := New(richOpts())
	decls := `type Cache struct{ m map[any]int }

func (c *Cache) Hit(k any) int {
	c.m[k]++
	return c.m[k]
}
func drop(m map[any]bool, k any) {
	m["x"] = true
	delete(m, k)
}`
	panicCells(t, s, decls, []panicCase{
		{"c := &Cache{m: map[any]int{}}\nc.Hit(1)\nc.Hit([]int{1})", []string{"panic: runtime error: hash of unhashable type []int", "Cell In[1], line 4, in Cache.Hit", "Cell In[2], line 3"}},
		{"drop(map[any]bool{}, []string{})", []string{"panic: runtime error: hash of unhashable type []string", "Cell In[1], line 9, in drop", "Cell In[3], line 1"}},
	})
}
