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
