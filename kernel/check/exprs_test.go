package check

import "testing"

// A case of several expressions is taken when any of them holds, not only
// the first, with and without a switch condition, evaluated in order
// (caseLists).
func TestCaseOfSeveralExpressions(t *testing.T) {
	runSteps(t,
		step{"import \"unicode\"\nfunc kind(r rune) string {\n\tswitch {\n\tcase r == 'x':\n\t\treturn \"x\"\n\tcase unicode.IsLetter(r), unicode.IsSpace(r):\n\t\treturn \"letter or space\"\n\t}\n\treturn \"other\"\n}", ""},
		step{"fmt.Println(kind('a'), kind(' '), kind('!'), kind('x'))", "letter or space letter or space other x\n"},
		step{"a, b := false, true\nswitch n := 2; {\ncase a, b && n == 2:\n\tfmt.Println(\"second\")\n\tfallthrough\ncase a:\n\tfmt.Println(\"fell\")\ndefault:\n\tfmt.Println(\"none\")\n}", "second\nfell\n"},
		step{"func id(n int) int { fmt.Print(\"id\", n, \" \"); return n }\nfunc pick(n int) string {\n\tswitch n {\n\tcase id(1), id(2), 3:\n\t\treturn \"low\"\n\tcase 4, 5:\n\t\treturn \"mid\"\n\t}\n\treturn \"high\"\n}", ""},
		step{"fmt.Println(pick(2), pick(3), pick(5), pick(9))", "id1 id2 id1 id2 id1 id2 id1 id2 low low mid high\n"},
	)
}

// The constant left operand of a shift by a variable takes the type the
// shift has in its context (Perm, uint64), as Go gives it
// (shiftOperand); yaegi v0.16.1 made it an int.
func TestShiftOfConstantTakesContextType(t *testing.T) {
	runSteps(t,
		step{"type Perm uint8\nfunc (p Perm) Has(i int) bool { return p&(1<<i) != 0 }", ""},
		step{"p := Perm(5)\nfmt.Println(p.Has(0), p.Has(1), p.Has(2))", "true false true\n"},
		step{"var n uint = 40\nbig := []uint64{1 << n, 3 << (n + 1)}\nfmt.Println(big)", "[1099511627776 6597069766656]\n"},
		step{"k := 3\nq := Perm(1) | 1<<k\nfmt.Println(q, q.Has(3), q&^(1<<k))", "9 true 1\n"},
	)
}

// Compiled errors behind a notebook error's Unwrap are found by
// errors.As, errors.Unwrap returns what a notebook error's Unwrap does,
// and errors.Is compares two struct errors of value receivers by value
// (errs.go).
func TestErrorChainsThroughNotebookErrors(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"errors\"\n\t\"strconv\"\n)\ntype VE struct{ Err error }\nfunc (e *VE) Error() string { return \"ve: \" + e.Err.Error() }\nfunc (e *VE) Unwrap() error { return e.Err }\ntype QE struct{ Q string; Code int }\nfunc (q QE) Error() string { return q.Q }", ""},
		step{"_, perr := strconv.Atoi(\"x1\")\nerr := fmt.Errorf(\"outer: %w\", &VE{fmt.Errorf(\"bad: %w\", perr)})\nne := (*strconv.NumError)(nil)\nfmt.Println(errors.As(err, &ne), ne.Num)", "true x1\n"},
		step{"ve := &VE{perr}\nfmt.Println(errors.Unwrap(ve) == perr, errors.Unwrap(errors.Unwrap(err)) != nil, errors.Unwrap(perr) == strconv.ErrSyntax)", "true true true\n"},
		step{"fmt.Println(errors.Is(QE{\"a\", 1}, QE{\"a\", 1}), errors.Is(QE{\"a\", 1}, QE{\"a\", 2}), errors.Is(fmt.Errorf(\"w: %w\", QE{\"b\", 3}), QE{\"b\", 3}))", "true false true\n"},
	)
}

// -x, ^x and !x returned or assigned to an interface keep their value
// (unaryConv).
func TestUnaryToInterface(t *testing.T) {
	runSteps(t,
		step{"func neg(a any) any { return -a.(int) }\nfunc named() (r any) {\n\tx := 3\n\tr = ^x\n\treturn\n}", ""},
		step{"b, x := true, 5\nvar e any\ne = !b\nfmt.Println(e)\ne = -x\nfmt.Println(e, neg(4), named())", "false\n-5 -4 -4\n"},
	)
}

// A failed v, ok := x.(T) leaves v T's zero value, also where v held
// something before (commaOkAssert).
func TestFailedAssertionZeroes(t *testing.T) {
	runSteps(t,
		step{"for _, r := range []any{\"a\", 1, 2.5} {\n\ts, ok := r.(string)\n\tn, ok2 := r.(int)\n\tfmt.Printf(\"%q %v %d %v\\n\", s, ok, n, ok2)\n}", "\"a\" true 0 false\n\"\" false 1 true\n\"\" false 0 false\n"},
		step{"var err error = fmt.Errorf(\"e\")\ns, ok := any(\"x\").(string)\ns, ok = any(err).(string)\nfmt.Printf(\"%q %v\\n\", s, ok)", "\"\" false\n"},
	)
}

// x.(T) on a value of an interface declared in a cell, to a cell type
// that implements it (typeAssert).
func TestAssertFromCellInterface(t *testing.T) {
	runSteps(t,
		step{"type Writer interface{ Write(s string) }\ntype Rec struct{ N int }\nfunc (r *Rec) Write(s string) { r.N += len(s) }\ntype PE struct{}\nfunc (*PE) Error() string { return \"pe\" }", ""},
		step{"var w Writer = &Rec{}\nw.Write(\"abc\")\nr := w.(*Rec)\nvar err error = &PE{}\nfmt.Println(r.N, err.(*PE).Error())", "3 pe\n"},
	)
}

// Calls of builtins and receives among several values returned or
// assigned at once go where they belong (valueParens).
func TestBuiltinsAmongSeveralValues(t *testing.T) {
	runSteps(t,
		step{"type E struct{ N int }\nfunc snap(es []E) (names []string, slow []E) {\n\tnames = append(names, \"a\")\n\treturn names, append([]E(nil), es...)\n}\nfunc grow(x []int) ([]int, []int) { return x, append(x, 1) }\nfunc size(s []int) (string, int) { return \"n\", len(s) }", ""},
		step{"fmt.Println(snap([]E{{1}}))\nfmt.Println(grow([]int{5}))\nfmt.Println(size([]int{1, 2}))", "[a] [{1}]\n[5] [5 1]\nn 2\n"},
		step{"s := []int{1, 2}\nx, n := \"a\", len(s)\nx, n = \"b\", cap(s[:1])\nfmt.Println(x, n)\np, q := []int{0}, len(s)\nfmt.Println(p, q)", "b 2\n[0] 2\n"},
		step{"func recv(ch chan int) (int, int) {\n\tv, w := <-ch, 1\n\treturn v * w, <-ch\n}", ""},
		step{"ch := make(chan int, 3)\nch <- 5\nch <- 6\nch <- 7\nfmt.Println(recv(ch))\nv, w := <-ch, 1\nfmt.Println(v, w)", "5 6\n7 1\n"},
	)
}

// A struct literal assigned to a named result is what the function
// returns, also from a deferred function literal, and one assigned to a
// variable of an enclosing function stays there (litParens).
func TestStructLiteralToNamedResult(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ R, C int }\nfunc find(rows []string) (n int, start Point) {\n\tfor r, line := range rows {\n\t\tfor c, ch := range []byte(line) {\n\t\t\tif ch == 'S' {\n\t\t\t\tstart = Point{r, c}\n\t\t\t}\n\t\t}\n\t\tn++\n\t}\n\treturn\n}\nfunc both() (n int, s Point) {\n\tn, s = 1, Point{1, 2}\n\treturn\n}\nfunc safe() (p Point) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tp = Point{-1, -1}\n\t\t}\n\t}()\n\tpanic(\"x\")\n}", ""},
		step{"fmt.Println(find([]string{\"..\", \".S\"}))\nfmt.Println(both())\nfmt.Println(safe())", "2 {1 1}\n1 {1 2}\n{-1 -1}\n"},
		step{"func capture() Point {\n\tvar p Point\n\tset := func() { p = Point{3, 3} }\n\tset()\n\treturn p\n}\nfmt.Println(capture())", "{3 3}\n"},
	)
}

// A struct with an interface embedded has its methods: asserting a value
// of the interface to another interface it satisfies, and a type switch
// on it, compile and run (viaEmbeddedIface).
func TestAssertToStructEmbeddingInterface(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() float64 }\ntype Named interface {\n\tShape\n\tName() string\n}\ntype Rect struct{ W, H float64 }\nfunc (r Rect) Area() float64 { return r.W * r.H }\ntype Labeled struct {\n\tShape\n\tLabel string\n}\nfunc (l Labeled) Name() string { return l.Label }", ""},
		step{"var s Shape = Labeled{Rect{1, 2}, \"u\"}\nn, ok := s.(Named)\nfmt.Println(s.Area(), n.Name(), ok)\nswitch v := s.(type) {\ncase Rect:\n\tfmt.Println(\"rect\", v)\ndefault:\n\tfmt.Println(\"other\", v)\n}", "2 u true\nother {{1 2} u}\n"},
	)
}

// A struct value with a pointer-receiver method promoted through an
// embedded pointer implements the interface: a type switch and
// assertions from the interface to it compile and run (viaEmbeddedIface).
func TestAssertToStructEmbeddingPointer(t *testing.T) {
	runSteps(t,
		step{"type Base struct{ N int }\nfunc (b *Base) Inc() { b.N++ }\ntype D struct {\n\t*Base\n\tM int\n}\ntype Incer interface{ Inc() }", ""},
		step{"var i Incer = D{&Base{1}, 2}\ni.Inc()\nswitch v := i.(type) {\ncase *Base:\n\tfmt.Println(\"base\")\ncase D:\n\tfmt.Println(\"D\", v.N, v.M)\n}\nd, ok := i.(D)\n_, isBase := i.(*Base)\nfmt.Println(d.N, ok, isBase, i.(D).M)", "D 2 2\n2 true false 2\n"},
	)
}

// A bare return gives the named results this call set, not what an
// earlier call from the same place in a loop set (zeroResults).
func TestNamedResultsStartZero(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype P struct{ A int }\nfunc parse(s string) (k string, p P, err error) {\n\tdefer func() {}()\n\tif s == \"c\" {\n\t\terr = errors.New(\"missing\")\n\t\treturn\n\t}\n\tk, p.A = s, 1\n\treturn\n}\nfunc (p P) get(s string, new *int) (k string, _ int) {\n\tif s == \"c\" {\n\t\treturn\n\t}\n\treturn s, 1\n}", ""},
		step{"for _, s := range []string{\"a\", \"c\"} {\n\tk, p, err := parse(s)\n\tk2, _ := P{}.get(s, nil)\n\tfmt.Printf(\"%q %v %v %q\\n\", k, p, err, k2)\n}", "\"a\" {1} <nil> \"a\"\n\"\" {0} missing \"\"\n"},
	)
}

// Ranging over a pointer to an array with a value (rangeArrayPtr).
func TestRangeArrayPointer(t *testing.T) {
	runSteps(t,
		step{"arr := [3]int{1, 2, 3}\npa := &arr\nfor i, v := range pa {\n\tpa[i] = v * 10\n\tif i == 0 {\n\t\tpa[1] = 7\n\t}\n}\nfor _, v := range pa {\n\tfmt.Print(v, \" \")\n}\nvar k, w int\nfor k, w = range pa {\n}\nfmt.Println(arr, k, w)", "10 70 30 [10 70 30] 2 30\n"},
	)
}

// Ranging over a pointer to an array held in a function's variable: yaegi
// v0.16.1 keeps its copy of the array in the frame slot before the key,
// which was the pointer's ("reflect: call of reflect.Value.Elem on array
// Value" at the next p[i]); the pointer is not evaluated (its length is a
// constant), so a nil one ranges too.
func TestRangeArrayPointerLocal(t *testing.T) {
	runSteps(t,
		step{"func scale(k int) [3]int {\n\tp := &[...]int{1, 2, 3}\n\tfor i := range p {\n\t\tp[i] *= k\n\t}\n\tsum := 0\n\tfor i, v := range p {\n\t\tsum += i * v\n\t}\n\tvar last int\n\tfor last = range p {\n\t}\n\tvar np *[2]string\n\tfor j := range np {\n\t\tlast += j\n\t}\n\tfor range p {\n\t\tsum++\n\t}\n\tfmt.Println(sum, last)\n\treturn *p\n}", ""},
		step{"fmt.Println(scale(10))", "83 3\n[10 20 30]\n"},
	)
}

// A method value of a method promoted through an embedded pointer binds
// the field's value when it is evaluated, as Go does (embeddedPath).
func TestPromotedMethodValue(t *testing.T) {
	runSteps(t,
		step{"type Base struct{ Name string }\nfunc (b *Base) Rename(n string) { b.Name = n }\nfunc (b Base) Describe() string { return \"#\" + b.Name }\ntype User struct{ *Base }\ntype Admin struct {\n\tUser\n\tLevel int\n}", ""},
		step{"ad := Admin{User{&Base{\"ann\"}}, 1}\ndescribe := ad.Describe\nrename := ad.Rename\nrename(\"boss\")\nfmt.Println(describe(), ad.Describe(), ad.Name)", "#ann #boss boss\n"},
	)
}

// Functions, methods and function literals with unnamed parameters run
// (unnamedParams).
func TestUnnamedParameters(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype Store interface{ Set(key, val string) error }\ntype readOnly struct{ Store }\nfunc (readOnly) Set(string, string) error { return errors.New(\"read-only\") }\nfunc ignore(string, ...int) error { return errors.New(\"ignored\") }", ""},
		step{"var s Store = readOnly{}\nlit := func(string) error { return errors.New(\"lit\") }\nfmt.Println(s.Set(\"k\", \"v\"), ignore(\"a\", 1, 2), lit(\"x\"))", "read-only ignored lit\n"},
	)
}

// v, ok := x.(I) of a nil interface value to an interface of compiled
// code (error, fmt.Stringer, io.Writer) is I's nil and false, as in Go:
// yaegi v0.16.1 panicked ("reflect: call of reflect.Value.Type on zero
// Value"); to a cell's interface it already was. (x.(I) without ok:
// kernel/session's TestNilInterfaceAssertPanics.)
func TestNilInterfaceCommaOkAssert(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() float64 }\nfunc isErr(v any) bool { _, ok := v.(error); return ok }", ""},
		step{"var r any\ne, ok := r.(error)\ns, ok2 := r.(fmt.Stringer)\nvar er error\nw, ok3 := er.(interface{ Write([]byte) (int, error) })\nsh, ok4 := r.(Shape)\nfmt.Println(e, ok, s, ok2, w, ok3, sh, ok4, isErr(nil), isErr(fmt.Errorf(\"x\")))",
			"<nil> false <nil> false <nil> false <nil> false false true\n"},
	)
}

// nil spread into a variadic parameter (f(nil...)) is a nil slice of the
// parameter's type (spreadNil): yaegi v0.16.1 crashed compiling the call
// ("CFG post-order panic"), for a function a cell declared and a
// compiled one alike.
func TestSpreadOfNil(t *testing.T) {
	runSteps(t,
		step{"func count(xs ...int) int { return len(xs) }\ntype Bag struct{ items []string }\nfunc (b *Bag) Add(s ...string) { b.items = append(b.items, s...) }", ""},
		step{"fmt.Println(count(nil...), count(1, 2))\nvar b Bag\nb.Add(nil...)\nb.Add(\"a\")\nfmt.Println(b.items, len(append([]int{1}, nil...)))\nfmt.Println(nil...)\nf := count\nfmt.Println(f(nil...))", "0 2\n[a] 1\n\n0\n"},
	)
}

// A comma-ok assertion of a nil interface value to an interface type
// fails with the type's zero value (commaOkAssert): yaegi v0.16.1
// crashed returning the value a failed assertion left ("reflect: call
// of reflect.Value.Type on zero Value"), the everyday recover pattern
// r := recover(); err, ok := r.(error) when nothing panicked.
func TestCommaOkAssertOfNilToInterface(t *testing.T) {
	runStepsNoFrames(t,
		step{"import \"runtime\"\nfunc try(f func()) {\n\tdefer func() {\n\t\tr := recover()\n\t\t_, isRuntime := r.(runtime.Error)\n\t\terr, ok := r.(error)\n\t\tfmt.Println(err, ok, isRuntime)\n\t}()\n\tf()\n}", ""},
		step{"try(func() {})\ntry(func() { panic(fmt.Errorf(\"x\")) })\nvar r any\n_, ok := r.(fmt.Stringer)\ns, ok2 := r.(interface{ Error() string })\nfmt.Println(ok, s == nil, ok2)", "<nil> false false\nx true false\nfalse true false\n"},
	)
}

// An assignment (=) of several values, some of them calls of functions
// or methods, assigns every one (valueParens): yaegi v0.16.1 assigned
// only the calls' results, the other destinations kept what they held
// (f.Kind, f.Msg = "error", err.Error() left Kind as it was).
func TestCallsAmongSeveralValuesAssigned(t *testing.T) {
	runSteps(t,
		step{"type F struct{ Kind, Msg string }\nfunc g() string { return \"g\" }\nfunc n() int { return 5 }\nfunc classify(err error) (f F) {\n\tf.Kind, f.Msg = \"error\", err.Error()\n\treturn\n}", ""},
		step{"var a, b string\nvar i, j int\na, b = \"k\", g()\ni, j = n(), 1\nfmt.Println(a, b, i, j)\nx := 9\ni, j = x, n()\nfmt.Println(i, j)\ni, j = n(), n()+1\nfmt.Println(i, j)\ns := []int{0, 0}\ns[0], s[1] = 3, n()\nfmt.Println(s, classify(fmt.Errorf(\"e\")))\nprev, cur := 0, 1\nfor range 5 {\n\tprev, cur = cur, max(prev+cur, n())\n}\nfmt.Println(prev, cur)",
			"k g 5 1\n9 5\n5 6\n[3 5] {error e}\n17 28\n"},
	)
}

// v, ok = m[k] and v, ok := m[k] of a key the map lacks set v to the
// zero value (commaOkIndex): yaegi v0.16.1 left v as it was, in a loop
// the value of the last key found.
func TestCommaOkIndexOfMissingKey(t *testing.T) {
	runSteps(t,
		step{"type P struct{ N int }\nm := map[string]int{\"x\": 4}\nps := map[string]P{\"a\": {1}}\na := 1\nvar ok bool\na, ok = m[\"zz\"]\nfmt.Println(a, ok)\nfor _, k := range []string{\"x\", \"y\"} {\n\tv, found := m[k]\n\tp, _ := ps[k+\"\"]\n\tq := ps[\"a\"]\n\tfmt.Println(v, found, p, q)\n}\nvar p P\np, ok = ps[\"a\"]\np, ok = ps[\"b\"]\nfmt.Println(p, ok)",
			"0 false\n4 true {0} {1}\n0 false {0} {1}\n{0} false\n"},
	)
}

// A method value among several values assigned at once is assigned with
// the others (valueParens): the lowering makes it a call, and yaegi
// assigned that call's result alone.
func TestMethodValueAmongSeveralValuesAssigned(t *testing.T) {
	runSteps(t,
		step{"type T struct{ n int }\nfunc (t T) Get() int { return t.n }", ""},
		step{"t := T{9}\nvar g func() int\na := 2\ng, a = t.Get, t.Get()\nfmt.Println(g(), a)\ng, a = t.Get, 5\nfmt.Println(g(), a)", "9 9\n9 5\n"},
	)
}

// nil among several values assigned at once, to a slice, a map, a
// pointer or a named slice type (out, err = nil, fmt.Errorf(...) in a
// deferred recover), is converted to the destination's type
// (parallelIfaceConvs): yaegi v0.16.1 panicked ("reflect: New(nil)").
func TestNilAmongSeveralValuesAssigned(t *testing.T) {
	runSteps(t,
		step{"type M [][]float64\nfunc g() error { return fmt.Errorf(\"e\") }\nfunc f() (m M, err error) {\n\tvar s []int\n\tvar n int\n\tvar p *int\n\tvar mp map[string]int\n\ts, n = nil, 5\n\tfmt.Println(s == nil, n)\n\tp, n = nil, 6\n\tmp, n = nil, len(s)\n\tfmt.Println(p == nil, mp == nil, n)\n\tm, err = nil, g()\n\treturn\n}", ""},
		step{"fmt.Println(f())", "true 5\ntrue true 0\n[] e\n"},
	)
}
