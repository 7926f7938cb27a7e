package check

import "testing"

// TestGlobalInit: a package-level variable initialized from one an
// earlier cell declared, or set by statements, has that value (yaegi
// alone refuses the first, "variable definition loop", and reads the
// second as zero).
func TestGlobalInit(t *testing.T) {
	runSteps(t,
		step{"var dataset = []int{7, 8}\ntype P struct{ X int }\nvar p = P{3}", ""},
		step{"var first = dataset[0]", ""},
		step{"first", "=> 7"},
		step{"var total int = len(dataset) + p.X", ""},
		step{"total", "=> 5"},
		step{"data := []int{4}", ""},
		step{"var d0 = data[0] * 10", ""},
		step{"d0", "=> 40"},
		step{"var q = &p\nvar same = q.X == p.X", ""},
		step{"same", "=> true"},
	)
}

// TestGlobalInitSeveral: the same with several names (values, or a call
// of several results) and in groups, where yaegi alone refused two
// initializers reading one variable of an earlier cell; blank names and
// specs that read none stay as they are.
func TestGlobalInitSeveral(t *testing.T) {
	runSteps(t,
		step{"x := 5\nfunc divmod(a, b int) (int, int) { return a / b, a % b }", ""},
		step{"var c, d int = x, x + 1", ""},
		step{"var (\n\te = x\n\tf, g = x, 2\n\th = 3\n)\nvar _, k = x, x * 2\nvar q, r = divmod(x, 3)", ""},
		step{"fmt.Println(c, d, e, f, g, h, k, q, r)", "5 6 5 5 2 3 10 1 2\n"},
	)
}

// TestGlobalInitSameCell: declarations of several names, and groups,
// that read only variables of their own cell are left to the
// interpreter, which initializes them after the variables they read
// even when those come later (made functions of, they read them unset:
// s2 = s1 was 0, and n2 took n1's value).
func TestGlobalInitSameCell(t *testing.T) {
	runSteps(t,
		step{"var (\n\ts2 = s1\n\ts3 = s1\n\ts1 = 3\n)\nvar n1, n2 = 1, len(names)\nvar names = []string{\"a\", \"b\"}", ""},
		step{"fmt.Println(s2, s3, n1, n2)", "3 3 1 2\n"},
	)
}

// TestStmtVarParamNames: a variable a cell's statements declare, of a
// function type whose parameters are named as package-level variables
// (eq := func(a, b any) bool beside var a, b), is declared at package
// level without the parameters' names (yaegi took them for the
// variables: "variable definition loop").
func TestStmtVarParamNames(t *testing.T) {
	runSteps(t,
		step{"type Err string\n\nfunc (e Err) Error() string { return string(e) }", ""},
		step{"var e error = Err(\"x\")\nvar a, b any = e, e\neq := func(a, b any) bool { return a == b }\nfmt.Println(eq(a, b), eq(e, Err(\"y\")))", "true false\n"},
		step{"fmt.Println(eq(1, 1))", "true\n"},
	)
}

// TestInitOrderThroughCalls: a variable whose initializer calls a
// function or method that reads a variable declared after it is
// initialized after that one, as Go does (yaegi alone does not look into
// functions: total and v were 0).
func TestInitOrderThroughCalls(t *testing.T) {
	runSteps(t,
		step{"var total = sum()\n\nfunc sum() int { return len(items) }\n\nvar items = []int{1, 2}\n\nvar v = T{}.m()\n\ntype T struct{}\n\nfunc (T) m() int { return len(w) }\n\nvar w = []int{1}", ""},
		step{"fmt.Println(total, v)", "2 1\n"},
	)
}

// TestInitOrderEarlierCell: initializers that read a variable of an
// earlier cell (made functions by globalInit) still wait for the
// variables of their cell they read (a was x + 0, m2 was 0), and a
// declaration of several values is initialized value by value.
func TestInitOrderEarlierCell(t *testing.T) {
	runSteps(t,
		step{"var x = 5", ""},
		step{"var a = b + x\nvar b = x * 2\nvar m1, m2 = x, len(names2)\nvar names2 = []string{\"a\", \"b\", \"c\"}", ""},
		step{"fmt.Println(a, b, m1, m2)", "15 10 5 3\n"},
		step{"var names3 = []string{\"a\", \"b\", \"c\"}\nvar m3, m4 = x, len(names3)", ""},
		step{"fmt.Println(m3, m4)", "5 3\n"},
	)
}

// TestInitOrderSideEffects: initializers run in Go's order: by
// dependency, then the earliest declared first (yaegi ran p3 before p1,
// and r1 before r2's dependencies), blank ones too.
func TestInitOrderSideEffects(t *testing.T) {
	runSteps(t,
		step{"func say(s string, v int) int { fmt.Println(s); return v }", ""},
		step{"var p1 = say(\"p1\", p2)\nvar p2 = say(\"p2\", 1)\nvar p3 = say(\"p3\", 2)", "p2\np1\np3\n"},
		step{"var (\n\t_      = say(\"b1\", q1)\n\tr1, r2 = say(\"r1\", r3), say(\"r2\", 0)\n\tr3     = say(\"r3\", 3)\n\tq1     = say(\"q1\", 0)\n)", "r2\nr3\nr1\nq1\nb1\n"},
	)
}

// TestInitOrderResults: a declaration of several names from one call
// is initialized after what the call reads, and before what reads its
// names (yaegi refused pair declared after it, and does not wait for
// a variable of such a declaration: k3 was x + 0).
func TestInitOrderResults(t *testing.T) {
	runSteps(t,
		step{"var x = 5", ""},
		step{"var k1, k2 = pair()\nvar k3 = k2 + x\n\nfunc pair() (int, int) { return k4, k4 + 1 }\n\nvar k4 = 9\nvar _, k5 = pair()", ""},
		step{"fmt.Println(k1, k2, k3, k4, k5)", "9 10 15 9 10\n"},
	)
}

// TestInitOrderLaterFunc: a declaration of several names from one call
// of a function the cell declares after it (yaegi refused it: "2
// variables but g returns 0 values"), and the variables that read them.
func TestInitOrderLaterFunc(t *testing.T) {
	runSteps(t,
		step{"var c, d = g()\nfunc g() (int, int) { return 3, 4 }", ""},
		step{"fmt.Println(c, d)", "3 4\n"},
		step{"var s = a + 1\nvar a, b = f()\nfunc f() (int, int) { return 1, 2 }", ""},
		step{"fmt.Println(s, a, b)", "2 1 2\n"},
		step{"var e, f2 = h()\nvar s2 = len(e)\nfunc h() (string, int) { return \"ab\", 4 }", ""},
		step{"fmt.Println(e, f2, s2)", "ab 4 2\n"},
	)
}

// TestGlobalInitIterType: the function made of an initializer returns
// an iter.Seq as the function type it stands for (yaegi v0.16.1 has no
// package iter).
func TestGlobalInitIterType(t *testing.T) {
	runSteps(t,
		step{"var xs = []int{1, 2}", ""},
		step{"var sq = slices.Values(xs)\nvar sq2 = maps.All(mm)\nvar mm = map[string]int{\"a\": 1}", ""},
		step{"for v := range sq {\n\tfmt.Println(v)\n}\nfor k, v := range sq2 {\n\tfmt.Println(k, v)\n}", "1\n2\na 1\n"},
	)
}
