package check

import (
	"regexp"
	"testing"
)

// min and max order negative zero below positive zero, as Go's builtins
// do: min(0.0, -0.0) is -0.0 and max(-0.0, 0.0) is 0.0, whatever the
// order of the arguments; a NaN still wins.
func TestMinMaxNegativeZero(t *testing.T) {
	runSteps(t,
		step{"z, nz := 0.0, math.Copysign(0, -1)\nfmt.Println(1/min(z, nz), 1/min(nz, z), 1/max(nz, z), 1/max(z, nz))\nfmt.Println(1/min(z, z, nz), 1/max(nz, nz, z), math.IsNaN(min(nz, math.NaN(), z)), math.IsNaN(max(math.NaN(), z)))\nvar f32 float32 = 0\nfmt.Println(1/min(f32, -f32), 1/max(-f32, f32))", "-Inf -Inf +Inf +Inf\n-Inf +Inf true true\n-Inf +Inf\n"},
	)
}

// clear on a map removes every key, NaN keys included (which delete
// cannot reach: NaN != NaN).
func TestClearMapNaNKeys(t *testing.T) {
	runSteps(t,
		step{"m := map[float64]string{math.NaN(): \"a\", 1: \"b\"}\nm[math.NaN()] = \"c\"\nclear(m)\nfmt.Println(len(m))\ntype key struct{ f float64 }\nk := map[key]int{{math.NaN()}: 1, {2}: 2}\nclear(k)\nfmt.Println(len(k))\nvar a map[any]int = map[any]int{math.NaN(): 1, \"s\": 2}\nclear(a)\nfmt.Println(len(a))", "0\n0\n0\n"},
	)
}

// A type an earlier cell declared as an alias of an instance of a
// notebook generic (type Distances = Series[Meters]) is mono's copy in the
// interpreter; what the lowering writes of it (%T's function here) names
// the copy, not Series[Meters], which made yaegi instantiate the generic
// itself (and fail on its lowered min: "too many arguments").
func TestAliasOfGenericInstanceLaterCell(t *testing.T) {
	runSteps(t,
		step{"type Meters float64\nfunc (m Meters) String() string { return fmt.Sprintf(\"%.1fm\", float64(m)) }", ""},
		step{"type Series[T ~float64] struct{ Points []T }\nfunc (s Series[T]) Range() (T, T) {\n\tlo, hi := s.Points[0], s.Points[0]\n\tfor _, p := range s.Points {\n\t\tlo, hi = min(lo, p), max(hi, p)\n\t}\n\treturn lo, hi\n}\ntype Distances = Series[Meters]", ""},
		step{"func f() {\n\trun := Distances{Points: []Meters{2, 1, 3}}\n\tlo, hi := run.Range()\n\tfmt.Printf(\"%T %v %v %v\\n\", run, run.Points, lo, hi)\n}\nf()", "main.Series[main.Meters] [2.0m 1.0m 3.0m] 1.0m 3.0m\n"},
	)
}

// An iterator that calls yield after the loop body stopped it (break,
// return, a branch out of nested loops), or after the loop ended, panics
// with Go's runtime errors; one that honours false runs as before.
func TestRangeFuncContinuedIteration(t *testing.T) {
	runStepsNoFrames(t,
		step{"func bad(yield func(int) bool) {\n\tyield(1)\n\tyield(2)\n}\nvar saved func(int) bool\nfunc keep(yield func(int) bool) { saved = yield; yield(7) }\nfunc try(f func()) {\n\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n\tf()\n}", ""},
		step{"try(func() {\n\tfor x := range bad {\n\t\tfmt.Println(\"got\", x)\n\t\tbreak\n\t}\n})\ntry(func() {\n\tfind := func() int {\n\t\tfor x := range bad {\n\t\t\treturn x\n\t\t}\n\t\treturn 0\n\t}\n\tfmt.Println(find())\n})\ntry(func() {\nouter:\n\tfor x := range bad {\n\t\tfor y := range bad {\n\t\t\tfmt.Println(x, y)\n\t\t\tcontinue outer\n\t\t}\n\t}\n})\ntry(func() {\n\tfor x := range keep {\n\t\tfmt.Println(\"kept\", x)\n\t}\n\tsaved(8)\n})\ntry(func() {\n\tn := 0\n\tfor x := range bad {\n\t\tn += x\n\t}\n\tfmt.Println(\"sum\", n)\n})",
			"got 1\nrecovered: runtime error: range function continued iteration after function for loop body returned false\n" +
				"recovered: runtime error: range function continued iteration after function for loop body returned false\n" +
				"1 1\nrecovered: runtime error: range function continued iteration after function for loop body returned false\n" +
				"kept 7\nrecovered: runtime error: range function continued iteration after whole loop exit\n" +
				"sum 3\nrecovered: <nil>\n"},
	)
}

// panicFrame matches a line yaegi prints to stderr for each frame a panic
// unwinds (the session takes them for its traceback).
var panicFrame = regexp.MustCompile(`(?m)^\d+:\d+: panic: .*\(\.\.\.\)\n`)

// runStepsNoFrames is runSteps for cells whose panics, recovered, unwind
// several frames: what they print without yaegi's frame lines.
func runStepsNoFrames(t *testing.T, steps ...step) {
	t.Helper()
	nb := newNotebook(t)
	for i, s := range steps {
		got, err := nb.run(s.src)
		if err != nil {
			got = "error: " + err.Error()
		}
		if got = panicFrame.ReplaceAllString(got, ""); got != s.want {
			t.Errorf("cell %d:\n%s\ngot  %q\nwant %q", i+1, s.src, got, s.want)
		}
	}
}

// A defer in the body of a range over a function runs when the function
// the loop is in returns (in reverse order, after the loop and what
// follows it), with its function and arguments evaluated at the defer;
// also from nested loops, with a return from the body, and when the
// function panics.
func TestRangeFuncBodyDefers(t *testing.T) {
	runStepsNoFrames(t,
		step{"func seq(yield func(int) bool) {\n\tfor i := range 3 {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\ntype box struct{ n int }\nfunc (b *box) show(tag string) { fmt.Println(tag, b.n) }", ""},
		step{"func process() {\n\tdefer fmt.Println(\"process done\")\n\tfor x := range seq {\n\t\tdefer fmt.Println(\"deferred\", x)\n\t\tfmt.Println(\"body\", x)\n\t}\n\tfmt.Println(\"after loop\")\n}\nprocess()",
			"body 0\nbody 1\nbody 2\nafter loop\ndeferred 2\ndeferred 1\ndeferred 0\nprocess done\n"},
		step{"func args() (out string) {\n\tb := &box{}\n\tn := 0\n\tfor x := range seq {\n\t\tn += 10\n\t\tdefer b.show(fmt.Sprint(\"n=\", n))\n\t\tdefer func(v int) { out += fmt.Sprint(v, \";\") }(x * n)\n\t\tb = &box{x}\n\t}\n\treturn \"r:\"\n}\nfmt.Println(args())",
			"n=30 1\nn=20 0\nn=10 0\nr:60;20;0;\n"},
		step{"func nested() int {\n\tfor x := range seq {\n\t\tfor y := range seq {\n\t\t\tdefer fmt.Println(\"pair\", x, y)\n\t\t\tif y == 1 {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t\tif x == 1 {\n\t\t\treturn x\n\t\t}\n\t}\n\treturn -1\n}\nfmt.Println(\"nested\", nested())",
			"pair 1 1\npair 1 0\npair 0 1\npair 0 0\nnested 1\n"},
		step{"func boom() {\n\tdefer func() { fmt.Println(\"recovered\", recover()) }()\n\tfor x := range seq {\n\t\tdefer fmt.Println(\"unwound\", x)\n\t\tif x == 1 {\n\t\t\tpanic(\"stop\")\n\t\t}\n\t}\n}\nboom()",
			"unwound 1\nunwound 0\nrecovered stop\n"},
	)
}

// json's omitzero asks a field type's IsZero method (of T, or of *T for
// an addressable copy; a nil pointer is zero), which yaegi's types lack:
// a struct that is not the zero value but says it is zero is left out,
// and a zero value whose IsZero says no is kept.
func TestJSONOmitzeroIsZeroMethod(t *testing.T) {
	runSteps(t,
		step{"type Window struct{ W, H int }\nfunc (w *Window) IsZero() bool { return w == nil || w.W*w.H == 0 }\ntype Money struct {\n\tCents    int64\n\tCurrency string\n}\nfunc (m Money) IsZero() bool { return m.Currency == \"\" }\ntype Count int\nfunc (c Count) IsZero() bool { return c < 0 }\ntype Doc struct {\n\tWin   *Window `json:\"win,omitzero\"`\n\tW2    Window  `json:\"w2,omitzero\"`\n\tPrice Money   `json:\"price,omitzero\"`\n\tN     Count   `json:\"n,omitzero\"`\n\tName  string  `json:\"name,omitzero\"`\n}", ""},
		step{"for _, d := range []Doc{{}, {Win: &Window{0, 3}, W2: Window{1, 0}, Price: Money{Cents: 5}, N: -1}, {Win: &Window{2, 3}, W2: Window{2, 2}, Price: Money{0, \"EUR\"}, N: 0, Name: \"x\"}} {\n\tb, err := json.Marshal(d)\n\tfmt.Println(string(b), err)\n}",
			"{\"n\":0} <nil>\n{} <nil>\n{\"win\":{\"W\":2,\"H\":3},\"w2\":{\"W\":2,\"H\":2},\"price\":{\"Cents\":0,\"Currency\":\"EUR\"},\"n\":0,\"name\":\"x\"} <nil>\n"},
	)
}

// A function literal deferred in the body of a range over a function
// recovers the enclosing function's panic, as in Go: the function returns
// its results as the deferred calls left them; a panic no deferred call
// recovers goes on.
func TestRangeFuncBodyDeferRecovers(t *testing.T) {
	runStepsNoFrames(t,
		step{"func seq(yield func(int) bool) {\n\tfor i := range 3 {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\nfunc safeSum(bad int) (total int, err error) {\n\tdefer fmt.Println(\"safeSum returns\")\n\tfor x := range seq {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\terr = fmt.Errorf(\"recovered at %d: %v\", x, r)\n\t\t\t}\n\t\t}()\n\t\tif x == bad {\n\t\t\tpanic(\"bad item\")\n\t\t}\n\t\ttotal += x\n\t}\n\treturn total, nil\n}\nfunc idx(i int) (s string) {\n\ta := []int{1}\n\tfor x := range seq {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\ts = fmt.Sprint(x, \" \", r)\n\t\t\t}\n\t\t}()\n\t\t_ = a[i+x]\n\t}\n\treturn \"ok\"\n}\nfunc notMine() {\n\tfor x := range seq {\n\t\tdefer func() { fmt.Println(\"cleanup\", x) }()\n\t\tif x == 1 {\n\t\t\tpanic(\"boom\")\n\t\t}\n\t}\n}", ""},
		step{"fmt.Println(safeSum(2))\nfmt.Println(safeSum(5))\nfmt.Println(idx(0))\nfunc() {\n\tdefer func() { fmt.Println(\"outer\", recover()) }()\n\tnotMine()\n}()",
			"safeSum returns\n1 recovered at 2: bad item\nsafeSum returns\n3 <nil>\n1 runtime error: index out of range [1] with length 1\ncleanup 1\ncleanup 0\nouter boom\n"},
	)
}

// An iterator that recovers the panic of the loop body and returns
// normally makes the loop panic where it is with Go's runtime error;
// one that calls yield again after recovering it panics in that call;
// one that lets the panic go on, or recovers it and panics again, is as
// before; continue (of the loop, or of an outer one from a nested loop)
// and a body that ends leave the loop ready for the next call.
func TestRangeFuncRecoveredBodyPanic(t *testing.T) {
	runStepsNoFrames(t,
		step{"func guarded(yield func(int) bool) {\n\tdefer func() { fmt.Println(\"iterator recovered:\", recover()) }()\n\tfor i := range 3 {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\n" +
			"func again(yield func(int) bool) {\n\tfunc() {\n\t\tdefer func() { recover() }()\n\t\tyield(1)\n\t}()\n\tyield(2)\n}\n" +
			"func repanic(yield func(int) bool) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(fmt.Sprint(\"again: \", r))\n\t\t}\n\t}()\n\tyield(1)\n}\n" +
			"func count(yield func(int) bool) {\n\tfor i := range 3 {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\n" +
			"func try(f func()) {\n\tdefer func() {\n\t\tr := recover()\n\t\tif r == nil {\n\t\t\tfmt.Println(\"recovered: none\")\n\t\t\treturn\n\t\t}\n\t\t_, isRuntime := r.(runtime.Error)\n\t\tfmt.Println(\"recovered:\", r, isRuntime)\n\t}()\n\tf()\n}", ""},
		step{"try(func() {\n\tfor x := range guarded {\n\t\tfmt.Println(\"body\", x)\n\t\tif x == 1 {\n\t\t\tpanic(\"boom\")\n\t\t}\n\t}\n\tfmt.Println(\"after the loop\")\n})\n" +
			"try(func() {\n\tfor x := range again {\n\t\tpanic(x)\n\t}\n})\n" +
			"try(func() {\n\tfor x := range repanic {\n\t\tpanic(x)\n\t}\n})\n" +
			"try(func() {\n\tfor x := range count {\n\t\tif x == 2 {\n\t\t\tpanic(\"plain\")\n\t\t}\n\t}\n})\n" +
			"try(func() {\n\tn := 0\nouter:\n\tfor x := range guarded {\n\t\tfor y := range count {\n\t\t\tif y == 1 {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t\tif x == 1 {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tn += 10*x + y\n\t\t}\n\t}\n\tfmt.Println(\"n\", n)\n})",
			"body 0\nbody 1\niterator recovered: boom\nrecovered: runtime error: range function recovered a loop body panic and did not resume panicking true\n" +
				"recovered: runtime error: range function continued iteration after loop body panic true\n" +
				"recovered: again: 1 false\n" +
				"recovered: plain false\n" +
				"iterator recovered: <nil>\nn 20\nrecovered: none\n"},
	)
}
