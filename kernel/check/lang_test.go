package check

import "testing"

// Interface values made in a loop or from a variable keep their own
// value (convs.go).
func TestConversionsKeepTheirValue(t *testing.T) {
	runSteps(t,
		step{"type FE struct{ F string }\nfunc (e *FE) Error() string { return e.F }\ntype Shape interface{ Name() string }\nfunc (e *FE) Name() string { return e.F }", ""},
		step{"var errs []error\nfor _, k := range []string{\"a\", \"b\", \"c\"} {\n\terrs = append(errs, &FE{k})\n}\nfmt.Println(errs)", "[a b c]\n"},
		step{"m := map[string]error{}\nfor _, k := range []string{\"a\", \"b\"} {\n\tm[k] = &FE{k}\n}\nfmt.Println(m[\"a\"], m[\"b\"])", "a b\n"},
		step{"fe := &FE{\"a\"}\ne := error(nil)\ne = fe\nfe = &FE{\"b\"}\nfmt.Println(e)", "a\n"},
		step{"var ss []Shape\nfor _, k := range []string{\"x\", \"y\"} {\n\tss = append(ss, &FE{k})\n}\nfmt.Println(ss[0].Name(), ss[1].Name())", "x y\n"},
	)
}

// A struct value converted to an interface a cell declared is a copy:
// a later change of the variable (of a promoted field too) is not seen
// through the interface, in a declaration, a slice, a map, == and type
// switches (yaegi v0.16.1 kept reading the variable).
func TestStructInCellInterfaceIsACopy(t *testing.T) {
	runSteps(t,
		step{"type base struct{ num int }\nfunc (b base) describe() string { return fmt.Sprint(b.num) }\ntype container struct {\n\tbase\n\tstr string\n}\ntype describer interface{ describe() string }", ""},
		step{"func demo() {\n\tco := container{base: base{num: 1}}\n\tvar d describer = co\n\tco.num = 5\n\tfmt.Println(co.describe(), d.describe())\n\tswitch v := d.(type) {\n\tcase base:\n\t\tfmt.Println(\"base\", v)\n\tcase container:\n\t\tfmt.Println(\"container\", v.num)\n\t}\n\tfmt.Printf(\"%v %+v\\n\", d, d)\n\tfmt.Println(d == describer(container{base: base{num: 1}}), d == describer(co))\n\tb := base{1}\n\tds := []describer{b}\n\tm := map[string]describer{\"b\": b}\n\tb.num = 9\n\tfmt.Println(ds[0].describe(), m[\"b\"].describe())\n}\ndemo()",
			"5 1\ncontainer 1\n{{1} } {base:{num:1} str:}\ntrue false\n1 1\n"},
	)
}

// errors.As, errors.Is and errors.AsType find notebook errors, of
// pointer and of struct types, through fmt.Errorf and errors.Join
// (errs.go); compiled values assert to interface literals (gen.go).
func TestErrorChains(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype TE struct{ Op string }\nfunc (e TE) Error() string { return e.Op + \" timed out\" }\nfunc (e TE) Timeout() bool { return true }\ntype NF struct{ Name string }\nfunc (e *NF) Error() string { return e.Name }", ""},
		step{"err := fmt.Errorf(\"op: %w\", TE{\"dial\"})\nvar te TE\nvar tmo interface{ Timeout() bool }\nfmt.Println(err, errors.As(err, &te), te.Op, errors.As(err, &tmo), errors.Is(err, TE{\"dial\"}), errors.Is(err, TE{\"x\"}))", "op: dial timed out true dial true true false\n"},
		step{"j := errors.Join(&NF{\"a\"}, fmt.Errorf(\"w: %w\", TE{\"b\"}))\nnf, ok := errors.AsType[*NF](j)\nte2, ok2 := errors.AsType[TE](j)\nfmt.Println(nf.Name, ok, te2.Op, ok2)", "a true b true\n"},
		step{"u, ok := j.(interface{ Unwrap() []error })\nfmt.Println(ok, len(u.Unwrap()))", "true 2\n"},
		step{"var e error = TE{\"v\"}\nt, ok := e.(TE)\nfmt.Println(e, t.Op, ok)", "v timed out v true\n"},
	)
}

// Errors of two notebook types of one underlying type (type Code int,
// type Other int), which yaegi v0.16.1 asserts to each other, are told
// apart by their text (sameText): errors.As, errors.AsType and errors.Is
// find the one the chain holds.
func TestErrorChainsSameUnderlying(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype Code int\nfunc (c Code) Error() string { return fmt.Sprint(\"code \", int(c)) }\ntype Other int\nfunc (o Other) Error() string { return fmt.Sprint(\"other \", int(o)) }", ""},
		step{"err := fmt.Errorf(\"w: %w\", errors.Join(Other(3), Code(5)))\nvar c Code\nvar o Other\nfmt.Println(errors.As(err, &c), int(c), errors.As(err, &o), int(o))", "true 5 true 3\n"},
		step{"cerr := fmt.Errorf(\"w: %w\", Code(7))\n_, ok := errors.AsType[Other](cerr)\nfmt.Println(ok, errors.Is(cerr, Other(7)), errors.Is(cerr, Code(7)))", "false false true\n"},
	)
}

// A float64 is not a Temp (type Temp float64), though yaegi v0.16.1 gives
// both one reflect type (exactGuard); case error matches errors.
func TestTypeSwitchExact(t *testing.T) {
	runSteps(t,
		step{"type Temp float64\nfunc (t Temp) String() string { return \"T\" }\nfunc what(i any) string {\n\tswitch t := i.(type) {\n\tcase error:\n\t\treturn \"error \" + t.Error()\n\tcase fmt.Stringer:\n\t\treturn \"stringer \" + t.String()\n\tdefault:\n\t\treturn fmt.Sprintf(\"%T\", t)\n\t}\n}", ""},
		step{"for _, v := range []any{Temp(1), 2.5, fmt.Errorf(\"e\")} {\n\tfmt.Println(what(v))\n}", "stringer T\nfloat64\nerror e\n"},
	)
}

// Recovered runtime errors read as Go's and are runtime.Errors
// (rt.Recovered).
func TestRecoveredRuntimeErrors(t *testing.T) {
	runSteps(t,
		step{"import \"runtime\"\ntype T struct{ v int }\nfunc try(f func()) {\n\tdefer func() {\n\t\tr := recover()\n\t\t_, rt := r.(runtime.Error)\n\t\tfmt.Println(r, rt)\n\t}()\n\tf()\n}", ""},
		step{"var p *T\ntry(func() { _ = p.v })\nvar x any = \"s\"\ntry(func() { _ = x.(int) })", "2:18: panic: main.func.func(...)\nruntime error: invalid memory address or nil pointer dereference true\n4:18: panic: main.func.func(...)\ninterface conversion: interface {} is string, not int true\n"},
	)
}

// What recover returns is the value given to panic: assertions on it
// to string, error, a notebook struct or pointer type and a Stringer
// work as in Go (yaegi v0.16.1 returned a reflect.Value of it, which
// asserted to nothing but fmt.Stringer). (The lines "1:67: panic: ..."
// are the interpreter's, on stderr.)
func TestRecoveredValuesAssert(t *testing.T) {
	runSteps(t,
		step{"type S struct{ A int }\nfunc (s S) String() string { return \"S!\" }\ntype P struct{ B int }\nfunc try(name string, f func()) {\n\tdefer func() {\n\t\te := recover()\n\t\t_, isStr := e.(string)\n\t\t_, isErr := e.(error)\n\t\t_, isS := e.(S)\n\t\tp, isP := e.(*P)\n\t\t_, isStringer := e.(fmt.Stringer)\n\t\tfmt.Println(name, isStr, isErr, isS, isP && p.B == 2, isStringer, e)\n\t}()\n\tf()\n}", ""},
		step{"try(\"string\", func() { panic(\"s\") })\ntry(\"errorf\", func() { panic(fmt.Errorf(\"z\")) })\ntry(\"S\", func() { panic(S{1}) })\ntry(\"P\", func() { panic(&P{2}) })\ntry(\"int\", func() { panic(3) })\ntry(\"nilmap\", func() { var m map[string]int; m[\"a\"] = 1 })",
			"1:67: panic: main.func.func.func(...)\nstring true false false false false s\n2:30: panic: main.func.func.func(...)\nerrorf false true false false false z\n3:25: panic: main.func.func.func(...)\nS false false true false true S!\n" +
				"4:25: panic: main.func.func.func(...)\nP false false false true false &{2}\n5:27: panic: main.func.func.func(...)\nint false false false false false 3\n6:28: panic: main.func.func(...)\nnilmap false true false false false assignment to entry in nil map\n"},
	)
}

// An assertion from an error variable to a notebook type, without ok,
// runs (the lowering's function took an any where its asserter takes an
// error: the cell did not compile); failed, it panics with Go's message,
// the notebook type named as Go names it (yaegi v0.16.1: "not string").
func TestAssertionWithoutOk(t *testing.T) {
	runSteps(t,
		step{"type S struct{ A int }\ntype E string\nfunc (e E) Error() string { return string(e) }\nfunc try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}", ""},
		step{"var err error = E(\"e\")\nfmt.Println(err.(E))\nvar x any = 3\ntry(func() { _ = x.(S) })\ntry(func() { _ = x.(E) })\ntry(func() { _ = x.(*S) })\nerr = fmt.Errorf(\"z\")\ntry(func() { _ = err.(E) })",
			"e\n4:66: panic: main.func.func.func.func(...)\n4:18: panic: main.func.func.func(...)\ninterface conversion: interface {} is int, not main.S\n" +
				"5:68: panic: main.func.func.func.func(...)\n5:18: panic: main.func.func.func(...)\ninterface conversion: interface {} is int, not main.E\n" +
				"6:69: panic: main.func.func.func.func(...)\n6:18: panic: main.func.func.func(...)\ninterface conversion: interface {} is int, not *main.S\n" +
				"8:70: panic: main.func.func.func.func(...)\n8:18: panic: main.func.func.func(...)\ninterface conversion: error is *errors.errorString, not main.E\n"},
	)
}

// A type switch with an init statement and interface cases.
func TestTypeSwitchInit(t *testing.T) {
	runSteps(t,
		step{"func get(i int) any { if i == 0 { return fmt.Errorf(\"e\") }; return i }\nfunc kind(i int) string {\n\tswitch x := get(i); v := x.(type) {\n\tcase error:\n\t\treturn \"error \" + v.Error()\n\tdefault:\n\t\treturn fmt.Sprint(\"other \", v)\n\t}\n}", ""},
		step{"fmt.Println(kind(0), kind(1))\nswitch y := get(0); y.(type) {\ncase error:\n\tfmt.Println(\"err\")\n}", "error e other 1\nerr\n"},
	)
}

// Labeled break and continue out of a range-over-func body.
func TestRangeFuncLabels(t *testing.T) {
	runSteps(t,
		step{"func seq(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}", ""},
		step{"Outer:\nfor i := 0; i < 3; i++ {\n\tfor j := range seq(3) {\n\t\tif j == 1 {\n\t\t\tcontinue Outer\n\t\t}\n\t\tif i == 2 {\n\t\t\tbreak Outer\n\t\t}\n\t\tfmt.Print(i, j, \" \")\n\t}\n}\nfmt.Println()", "0 0 1 0 \n"},
		step{"Own:\nfor j := range seq(5) {\n\tif j == 1 {\n\t\tcontinue Own\n\t}\n\tif j == 3 {\n\t\tbreak Own\n\t}\n\tfmt.Print(j)\n}\nfmt.Println()", "02\n"},
		step{"var fs []func() int\nL:\nfor i := 0; i < 4; i++ {\n\tfor {\n\t\tif i%2 == 1 {\n\t\t\tcontinue L\n\t\t}\n\t\tbreak\n\t}\n\tfs = append(fs, func() int { return i })\n}\nfor _, f := range fs {\n\tfmt.Print(f())\n}\nfmt.Println()", "02\n"},
	)
}

// A goto out of a range-over-func body, to a label after the loop, to
// the loop's own label (the loop starts again) and out of a nested one
// (rangeFunc): the interpreter refused the cell, "label next undefined".
func TestRangeFuncGoto(t *testing.T) {
	runSteps(t,
		step{"func seq(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tdefer func() { stops++ }()\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nvar stops int", ""},
		step{"func scan() string {\n\tout := \"\"\n\ttries := 0\nagain:\n\tfor v := range seq(4) {\n\t\tif v == 2 && tries < 1 {\n\t\t\ttries++\n\t\t\tgoto again\n\t\t}\n\t\tif v == 3 {\n\t\t\tgoto done\n\t\t}\n\t\tout += fmt.Sprint(v)\n\t}\n\tout += \"!\"\ndone:\n\tfor i := range seq(3) {\n\t\tfor j := range seq(3) {\n\t\t\tif i+j == 3 {\n\t\t\t\tgoto end\n\t\t\t}\n\t\t\tout += fmt.Sprint(i, j)\n\t\t}\n\t}\nend:\n\treturn out\n}\nfmt.Println(scan(), stops)", "010120 00 10 21 01 1 5\n"},
	)
}

// A return of several results from a range-over-func body, one of them
// an error: the lowering's "R1, R2 = i, fmt.Errorf(...)" in the yield
// literal left R1 0 in yaegi v0.16.1, and "R1, R2 = i, nil" panicked
// (reflect: New(nil)); from a nest of loops too (the executor's
// for i, v := range it.All() { if ... { return i, nil } }).
func TestRangeFuncReturnsResults(t *testing.T) {
	runSteps(t,
		step{"func nums(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}", ""},
		step{"func withErr() (int, error) {\n\tfor i := range nums(5) {\n\t\tif i > 1 {\n\t\t\treturn i, fmt.Errorf(\"at %d\", i)\n\t\t}\n\t}\n\treturn -1, nil\n}\nfunc withNil() (int, error) {\n\tfor i := range nums(5) {\n\t\tif i > 2 {\n\t\t\treturn i * 10, nil\n\t\t}\n\t}\n\treturn -1, nil\n}\nfunc nested() (int, int, error) {\n\tfor i := range nums(4) {\n\t\tfor j := range nums(4) {\n\t\t\tif i*j == 6 {\n\t\t\t\treturn i, j, nil\n\t\t\t}\n\t\t}\n\t}\n\treturn 0, 0, fmt.Errorf(\"none\")\n}\nfmt.Println(withErr())\nfmt.Println(withNil())\nfmt.Println(nested())", "2 at 2\n30 <nil>\n2 3 <nil>\n"},
	)
}

// Ranging over a string steps over an invalid byte by one, as Go does
// Ranges over functions nested in each other's bodies: continue and
// break to the outer loop's label, to a label two loops out past a
// three-clause loop, and a return from the innermost, each loop stopping
// in turn, its producer's deferred calls run (rangeFunc, rangenest.go:
// the outer label was undefined, "label outer undefined").
func TestRangeFuncNested(t *testing.T) {
	runSteps(t,
		step{"func nums(n int) func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tdefer func() { stops++ }()\n\t\tfor i := range n {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nvar stops int\nfunc pairs() {\nouter:\n\tfor i := range nums(4) {\n\t\tfor j := range nums(4) {\n\t\t\tif j >= i {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t\tif i == 3 {\n\t\t\t\tbreak outer\n\t\t\t}\n\t\t\tfmt.Print(i, j, \" \")\n\t\t}\n\t}\n\tfmt.Println(\"stops\", stops)\n}\nfunc find(want int) (int, int, bool) {\n\tfor i := range nums(5) {\n\t\tfor j := range nums(5) {\n\t\t\tif i*j == want {\n\t\t\t\treturn i, j, true\n\t\t\t}\n\t\t}\n\t}\n\treturn 0, 0, false\n}\nfunc three() string {\n\tout := \"\"\ntop:\n\tfor a := range nums(3) {\n\t\tfor k := 0; k < 2; k++ {\n\t\tmid:\n\t\t\tfor b := range nums(3) {\n\t\t\t\tfor c := range nums(3) {\n\t\t\t\t\tswitch {\n\t\t\t\t\tcase c == 1 && b == 0:\n\t\t\t\t\t\tcontinue mid\n\t\t\t\t\tcase a == 2:\n\t\t\t\t\t\tbreak top\n\t\t\t\t\tcase b == 2:\n\t\t\t\t\t\tcontinue top\n\t\t\t\t\tcase c == 2:\n\t\t\t\t\t\tbreak mid\n\t\t\t\t\t}\n\t\t\t\t\tout += fmt.Sprint(a, k, b, c, \";\")\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n\treturn out\n}", ""},
		step{"pairs()\nfmt.Println(find(6))\nfmt.Println(find(7))\nfmt.Println(three(), stops)", "1 0 2 0 2 1 stops 5\n2 3 true\n0 0 false\n0 0 0 0;0 0 1 0;0 0 1 1;0 1 0 0;0 1 1 0;0 1 1 1;1 0 0 0;1 0 1 0;1 0 1 1;1 1 0 0;1 1 1 0;1 1 1 1; 30\n"},
		// a bare return of named results, from one loop and from a nest
		step{"func first() (n int, _ string, err error) {\n\tfor i := range nums(5) {\n\t\tif i == 2 {\n\t\t\tn = i\n\t\t\terr = fmt.Errorf(\"at %d\", i)\n\t\t\treturn\n\t\t}\n\t}\n\treturn -1, \"\", nil\n}\nfunc sum() (s string) {\n\tfor i := range nums(3) {\n\t\tfor j := range nums(3) {\n\t\t\tif i+j == 3 {\n\t\t\t\ts = fmt.Sprint(i, j)\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n\treturn \"none\"\n}\nfmt.Println(first())\nfmt.Println(sum())", "2  at 2\n1 2\n"},
	)
}

// (rangeString).
func TestRangeString(t *testing.T) {
	runSteps(t,
		step{"for i, r := range \"a\\xffb\" {\n\tfmt.Print(i, \":\", r, \" \")\n}\nn := 0\nfor range \"héllo\" {\n\tn++\n}\nvar fs []func() int\nfor i := range \"ab\" {\n\tfs = append(fs, func() int { return i })\n}\nfmt.Println(n, fs[0](), fs[1]())", "0:97 1:65533 2:98 5 0 1\n"},
	)
}

// An operator's result assigned to an interface field of a compiled
// struct (compiledFieldConv).
func TestCompiledFieldOperator(t *testing.T) {
	runSteps(t,
		step{"import \"container/ring\"\nr := ring.New(3)\nfor i := 0; i < r.Len(); i++ {\n\tr.Value = i * i\n\tr = r.Next()\n}\nr.Do(func(v any) { fmt.Print(v, \" \") })\nr.Value = -r.Value.(int)\nfmt.Println(r.Value)", "0 1 4 0\n"},
	)
}

// A method promoted from an embedded interface field (promoted).
func TestPromotedFromInterface(t *testing.T) {
	runSteps(t,
		step{"type R interface{ Read() string }\ntype B struct{}\nfunc (*B) Read() string { return \"b\" }\ntype L struct {\n\tR\n\tn int\n}\nfunc (l *L) Write() { l.n++ }", ""},
		step{"l := &L{R: &B{}}\nl.Write()\nf := l.Read\nfmt.Println(l.Read(), f(), l.n)", "b b 1\n"},
	)
}

func TestPreload(t *testing.T) {
	if err := Preload(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// A function literal handed to compiled code in a loop keeps its own
// iteration (funcLit).
func TestFuncLitToCompiled(t *testing.T) {
	runSteps(t,
		step{"import \"sync\"\nvar wg sync.WaitGroup\ndone := make([]bool, 4)\nfor i := 0; i < 4; i++ {\n\twg.Go(func() { done[i] = true })\n}\nwg.Wait()\nfmt.Println(done)", "[true true true true]\n"},
	)
}

// A function literal made in a loop and run on other goroutines while
// the loop makes the next one (markLoopLits): under -race, the
// interpreter's write-back of the literal's slot raced with the next
// iteration's read about once in 150 runs.
func TestFuncLitInLoop(t *testing.T) {
	for range 20 {
		runSteps(t,
			step{"import \"sync\"\nvar wg sync.WaitGroup\ndone := make([]int, 8)\nfor i := range 8 {\n\tf := func() { done[i] = i }\n\twg.Go(f)\n}\nwg.Wait()\nfor i := 0; i < 8; i++ {\n\tfs := []func(){func() { done[i] += 10 }}\n\twg.Go(fs[0])\n\twg.Wait()\n}\nfmt.Println(done)", "[10 11 12 13 14 15 16 17]\n"},
		)
	}
}

// Generic type aliases (aliasInstance, genericAliasDecl).
func TestGenericAlias(t *testing.T) {
	runSteps(t,
		step{"type Pair[A, B any] struct {\n\tFirst  A\n\tSecond B\n}\ntype StringPair[B any] = Pair[string, B]\ntype Set[T comparable] = map[T]struct{}\ntype IntSet = Set[int]", ""},
		step{"p := StringPair[int]{\"age\", 30}\ns := IntSet{3: {}}\nfmt.Printf(\"%v %T %d\\n\", p, p, len(s))", "{age 30} main.Pair[string,int] 1\n"},
	)
}

// A generic of the notebook used with a type declared in a function (a
// priority queue of a local job type) runs: the interpreter instantiates
// it (kernel/cell/mono left it alone; it refused the cell, "type job is
// declared inside a function", as it must for generic standard-library
// code).
func TestGenericWithLocalType(t *testing.T) {
	runSteps(t,
		step{"type PQ[T any] struct {\n\tdata []T\n\tless func(a, b T) bool\n}\nfunc NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }\nfunc (q *PQ[T]) Push(v T) { q.data = append(q.data, v) }\nfunc (q *PQ[T]) Len() int { return len(q.data) }\nfunc demo() {\n\ttype job struct{ name string }\n\tq := NewPQ(func(a, b job) bool { return a.name < b.name })\n\tq.Push(job{\"x\"})\n\tfmt.Println(q.Len(), q.data)\n}", ""},
		step{"demo()", "1 [{x}]\n"},
	)
}

// Goroutines running one select statement at once each select on their
// own channels (selectStmt): the interpreter's select kept its cases in
// one slice per statement, so workers received each other's values.
func TestSelectConcurrent(t *testing.T) {
	runSteps(t,
		step{"type pair struct{ id, v int }\nfunc worker(id int, in <-chan int, out chan<- pair, quit <-chan struct{}) {\n\tfor {\n\t\tselect {\n\t\tcase v, ok := <-in:\n\t\t\tif !ok {\n\t\t\t\treturn\n\t\t\t}\n\t\t\tout <- pair{id, v}\n\t\tcase <-quit:\n\t\t\treturn\n\t\t}\n\t}\n}\nfunc relay(in <-chan int, out chan<- int) {\n\tvar v int\nL:\n\tfor {\n\t\tselect {\n\t\tcase v = <-in:\n\t\t\tif v < 0 {\n\t\t\t\tbreak L\n\t\t\t}\n\t\tcase out <- v * 2:\n\t\t}\n\t}\n\tclose(out)\n}", ""},
		step{"const n, m = 8, 200\nquit := make(chan struct{})\nout := make(chan pair)\nins := make([]chan int, n)\nfor id := range n {\n\tins[id] = make(chan int)\n\tgo worker(id, ins[id], out, quit)\n}\nfor k := range m {\n\tfor id := range n {\n\t\tgo func() { ins[id] <- id*1000 + k }()\n\t}\n}\nwrong := 0\nfor range n * m {\n\tp := <-out\n\tif p.v/1000 != p.id {\n\t\twrong++\n\t}\n}\nclose(quit)\nfmt.Println(\"misdelivered:\", wrong)", "misdelivered: 0\n"},
		step{"rin, rout := make(chan int), make(chan int)\ngo relay(rin, rout)\nrin <- 21\nfmt.Println(<-rout)\nrin <- -1\n_, ok := <-rout\nfor ok {\n\t_, ok = <-rout\n}\nfmt.Println(\"closed\")", "42\nclosed\n"},
	)
}

// Receives and map lookups with ok among a cell's statements, also with
// the value dropped (commaOK, blankRecv): yaegi panicked with "nil type"
// at the top level and failed on _, ok = <-c.
func TestCommaOK(t *testing.T) {
	runSteps(t,
		step{"rin := make(chan int, 1)\nrin <- 1\n_, ok := <-rin\nfmt.Println(ok)", "true\n"},
		step{"m := map[string]int{\"a\": 1}\nmv, mok := m[\"a\"]\nfmt.Println(mv, mok)\nrin <- 2\nv, ok := <-rin\nfmt.Println(v, ok)", "1 true\n2 true\n"},
		step{"close(rin)\nv, ok = <-rin\n_, mok = m[\"b\"]\nfmt.Println(v, ok, mok)", "0 false false\n"},
	)
}

// Several values assigned at once, one a composite literal
// (parallelLits): yaegi lost the others.
func TestParallelLiterals(t *testing.T) {
	runSteps(t,
		step{"type Code struct{ N int }\nfunc pair() (Code, bool) {\n\tc, ok := Code{1}, true\n\treturn c, ok\n}", ""},
		step{"c, ok := pair()\nd, n := Code{2}, 7\nvar e, f = [2]int{1, 2}, 3.5\nm, s := map[int]int{1: 2}, \"s\"\nfmt.Println(c, ok, d, n, e, f, m, s)\nvar x float64\nx, d = 2, Code{N: 3}\nfmt.Println(x, d)\nlist, count := []Code{{N: 4}, {N: 5}}, len(\"abc\")\nfmt.Println(len(list), count)", "{1} true {2} 7 [1 2] 3.5 map[1:2] s\n2 {3}\n2 3\n"},
	)
}

// Interface values of a notebook interface compare as Go compares them
// (ifaceEqual).
func TestInterfaceEquality(t *testing.T) {
	runSteps(t,
		step{"type geometry interface{ area() float64 }\ntype circle struct{ r float64 }\nfunc (c circle) area() float64 { return c.r }\ntype rect struct{ w, h float64 }\nfunc (r *rect) area() float64 { return r.w * r.h }", ""},
		step{"var g geometry = circle{5}\np := &rect{1, 2}\ngp := geometry(p)\nfmt.Println(g == geometry(circle{5}), g != circle{5}, g == circle{4}, gp == p, gp == &rect{1, 2}, g == nil, g != gp)", "true false false true false false true\n"},
	)
}

// A top-level var after the cell's first statement is the statement it
// would be in Go's main, in its place (A Tour of Go's var img
// image.Image = m), a group too; one before the statement that declares
// what it uses is Go's error, and a group there keeps the notebook's
// reason (hintStmtVars).
func TestVarFromStatements(t *testing.T) {
	runSteps(t,
		step{"p := 2\nvar gp = p * 2\nfmt.Println(gp)", "4\n"},
		step{"var q = 1\nfmt.Println(q)", "1\n"},
		step{"type Image struct{ w int }\nm := Image{3}\nvar img fmt.Stringer = nil\nvar x, y float64 = float64(m.w), 2\nvar a, b = m.w, \"s\"\nfmt.Println(img == nil, x/y, a, b)", "true 1.5 3 s\n"},
		step{"fmt.Println(gp, x, a, b)", "4 3 3 s\n"},
		step{"var late = early * 2\nearly := 1", "error: 1:12: undefined: early"},
		step{"r := 2\nvar (\n\tgr = r * 2\n\tgz float64\n)\nfmt.Println(gr, gz)", "4 0\n"},
		step{"var (\n\tlate2 = r2\n)\nr2 := 1", "error: 2:10: undefined: r2 (r2 is declared by this cell's statements, which run after its declarations: a var before a cell's first statement is a declaration of the notebook; declare it after the statement that declares r2, or declare r2 in an earlier cell)"},
	)
}

// A function sees the variables the statements beside it declare, as it
// sees those of earlier cells' statements (the notebook's variables):
// they are declared first (Result.EarlyPrelude), and set by the
// statements; also a variable of a type the cell declares (type ID int
// beside ids := []ID{1, 2}: declared before the type, it was undefined).
func TestFuncSeesItsCellsVariables(t *testing.T) {
	runSteps(t,
		step{"p := 2\nfunc f() int { return p }\nf()", "=> 2"},
		step{"p = 5\nf()", "=> 5"},
		step{"type ID int\nids := []ID{1, 2}\nfunc first() ID { return ids[0] }\nfmt.Println(first(), ids)", "1 [1 2]\n"},
	)
}

// A cell type named like the type parameter of the generic standard
// library it instantiates (errors.AsType[E error]) is the argument, not a
// local the copy renames (mono's isTypeParam).
func TestTypeNamedLikeTypeParam(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype E struct{ s string }\nfunc (e E) Error() string { return e.s }", ""},
		step{"var err error = fmt.Errorf(\"w: %w\", E{\"x\"})\ne, ok := errors.AsType[E](err)\nfmt.Println(e.s, ok)", "x true\n"},
	)
}

// An untyped constant shifted by a variable amount has the type of its
// place (a uint64 in w & (1 << bit)): yaegi made it an int and panicked
// in reflect. The bit vector of a well-known Go book's IntSet.
func TestShiftOfUntypedConstant(t *testing.T) {
	runSteps(t,
		step{"w := []uint64{0}\nbit := uint(3)\nw[0] |= 1 << bit\nfmt.Println(w)", "[8]\n"},
		step{"fmt.Println(w[0]&(1<<bit) != 0)", "true\n"},
		step{"var word uint64 = 8\nj := 3\nfmt.Println(word&(1<<uint(j)) != 0)", "true\n"},
		step{"func has(ws []uint64, x int) bool {\n\tword, bit := x/64, uint(x%64)\n\treturn word < len(ws) && ws[word]&(1<<bit) != 0\n}\nfunc add(ws []uint64, x int) {\n\tws[x/64] |= 1 << uint(x%64)\n}", ""},
		step{"ws := []uint64{0, 0}\nadd(ws, 70)\nfmt.Println(ws, has(ws, 70), has(ws, 3))", "[0 64] true false\n"},
		step{"var u8 uint8 = 1\nvar s uint = 2\nfmt.Println(u8<<s, int64(1)<<s, 1<<s, uint8(1<<s))", "4 4 4 4\n"},
	)
}

// return <-ch: yaegi v0.16.1 panicked on a result that is a bare receive
// (a well-known book's bank: func Balance() int { return <-balances }).
func TestReturnReceive(t *testing.T) {
	runSteps(t,
		step{"var ch = make(chan int, 9)\ntype P struct{ A int }\nvar pc = make(chan P, 2)\nfunc plus() int { return <-ch + 1 }\nfunc two() (int, error) { return <-ch, nil }\nfunc wrap() string { return fmt.Sprint(<-ch) }\nfunc st() P { return <-pc }\nfunc lit() int { f := func() int { return <-ch }; return f() }\nfunc local() int { c := make(chan int, 1); c <- 4; return <-c }\nfunc named() (n int) { c := make(chan int, 1); c <- 3; return (<-c) }", ""},
		step{"ch <- 5\nfmt.Println(plus())", "6\n"},
		step{"ch <- 6\nfmt.Println(two())", "6 <nil>\n"},
		step{"ch <- 7\nfmt.Println(wrap())", "7\n"},
		step{"pc <- P{8}\nfmt.Println(st())", "{8}\n"},
		step{"ch <- 9\nfmt.Println(lit(), local(), named())", "9 4 3\n"},
		// the cell's trailing receive, shown: the statements run in a
		// function literal (a goroutine in the cell) that returns it
		step{"c := make(chan int)\ngo func() { c <- 42 }()\n<-c", "=> 42"},
		step{"go func() { pc <- P{10} }()\n<-pc", "=> {10}"},
	)
}

// A receive assigned to an element, a field or a pointer's target, and in
// the other places a value goes: yaegi v0.16.1 stored a zero for
// s[1] = <-ch, p.A = <-ch and *q = <-ch.
func TestReceiveAssigned(t *testing.T) {
	runSteps(t,
		step{`var ch = make(chan int, 20)
type P struct{ A int }
var m = map[string]int{}
var s = make([]int, 3)
var p P
func f1() int { var x int; x = <-ch; return x }
func f2() int { m["a"] = <-ch; return m["a"] }
func f3() int { s[1] = <-ch; return s[1] }
func f4() int { p.A = <-ch; return p.A }
func f5() int { c2 := make(chan int, 1); c2 <- <-ch; return <-c2 + 0 }
func f6() bool { b := make(chan bool, 1); b <- true; if <-b { return true }; return false }
func f7() int { var a any = 5; return a.(int) }
func f8() int { return m["a"] }
func f9() (int, bool) { v, ok := <-ch; return v, ok }
func f10() int { x := 0; x += <-ch; return x }
func f11() []int { return []int{<-ch, <-ch} }
func f12() P { return P{<-ch} }
func f13() int { ptr := new(int); *ptr = <-ch; return *ptr }
func f14() any { return <-ch }
func f15() error { e := make(chan error, 1); e <- nil; return <-e }
`, ""},
		step{"for i := range 20 { ch <- i }\nfmt.Println(f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8(), f10())", "0 1 2 3 4 true 5 1 5\n"},
		step{"arr := []int{0, 0}\nq := &P{}\narr[0] = <-ch\nq.A = <-ch\nfmt.Println(arr, *q)\nfunc() {\n\tselect {\n\tcase arr[1] = <-ch:\n\t}\n}()\nfmt.Println(arr)", "[6 0] {7}\n[6 8]\n"},
		step{"fmt.Println(f9())\nfmt.Println(f11(), f12(), f13(), f14(), f15())", "9 true\n[10 11] {12} 13 14 <nil>\n"},
	)
}

// == and switch on an "any" holding a notebook type's value, against the
// value, a notebook interface or another "any": yaegi's "any" holds its
// own record of such a value, which == never found equal; a notebook type
// of a basic underlying type is told from that type by its name.
func TestAnyEquality(t *testing.T) {
	runSteps(t,
		step{`type Shape interface{ Area() float64 }
type Sq float64
func (s Sq) Area() float64 { return float64(s * s) }
type Ci struct{ R float64 }
func (c Ci) Area() float64 { return c.R }
type Color int
func (c Color) String() string { return [...]string{"red", "green"}[c] }
const (
	Red Color = iota
	Green
)
`, ""},
		step{"var a any = Sq(2)\nvar s Shape = Sq(2)\nvar c Shape = Ci{1}\nfmt.Println(a == s, s == Sq(2), a == Sq(2), s == Shape(Sq(3)), c == Ci{1}, any(c) == a, a == 2.0, a != Sq(2))\nshapes := []Shape{Sq(1), Ci{2}}\nfor _, x := range shapes { fmt.Print(x == Shape(Sq(1)), x == Shape(Ci{2}), \" \") }\nfmt.Println()", "true true true false true false false false\ntrue false false true \n"},
		step{"var v any = Green\nswitch v {\ncase Red:\n\tfmt.Println(\"red\")\ncase Green:\n\tfmt.Println(\"green\")\ndefault:\n\tfmt.Println(\"?\")\n}\nvar b, b2 any = Sq(3), Sq(3)\nfmt.Println(b == b2, v == any(1), v == Color(1), any(1) == any(1), v != nil)", "green\ntrue false true true true\n"},
	)
}

// A pointer to a notebook type put in an "any" is still that pointer
// (yaegi issue 1675: test[0] == b was false, test[0] printed yaegi's
// record of it).
func TestPointerInAny(t *testing.T) {
	runSteps(t,
		step{"type basic struct{ n int }\nfunc (b *basic) Run() {\n\ttest := []any{b}\n\tfmt.Println(test[0] == b)\n\tfmt.Println(b, test[0])\n}", ""},
		step{"b := &basic{}\nb.Run()\nx := any(b)\nfmt.Println(x == b, x == any(&basic{}), x != nil)", "true\n&{0} &{0}\ntrue false true\n"},
	)
}

// A nil pointer of a notebook error type returned as an error is a
// non-nil error, as the Go FAQ warns (yaegi made it a nil error).
func TestTypedNilError(t *testing.T) {
	runSteps(t,
		step{"type T struct{ n int }\nfunc (t *T) String() string { return \"T\" }\ntype MyErr struct{}\nfunc (*MyErr) Error() string { return \"e\" }\nfunc mayFail(fail bool) error { var p *MyErr; if fail { p = &MyErr{} }; return p }", ""},
		step{"var p *T\nvar a any = p\nvar s fmt.Stringer = p\nfmt.Println(a != nil)\n_ = s\nvar pe *MyErr\nvar e error = pe\nfmt.Println(e != nil, mayFail(false) != nil)\nerr := mayFail(false)\nfmt.Println(err)\nfmt.Printf(\"%v %T\\n\", err, err)", "true\ntrue true\ne\ne *main.MyErr\n"},
	)
}

// append(s, x...) and append(s, x) with any and interface{} spelled
// either way: yaegi ignores the ... and guesses from the element types,
// which it took for two (yaegi issue 1414 is the other half).
func TestAppendAnySpellings(t *testing.T) {
	runSteps(t,
		step{"ra := []any{8, 9}\nri := []interface{}{8, 9}\na := []interface{}{}\na = append(a, ra...)\nc := []any{}\nc = append(c, ri...)\nvar e []any\ne = append(e, ri...)\nh := append([]interface{}(nil), ra...)\nfmt.Println(len(a), len(c), len(e), len(h))\narr := make([]interface{}, 0)\narr = append(arr, []any{1, 2, 3})\narr = append(arr, ra...)\nfmt.Println(len(arr), arr)\nfunc Keys[K comparable, V any](m map[K]V) []K { var out []K; for k := range m { out = append(out, k) }; return out }\nfmt.Println(Keys(map[string]any{\"a\": 1}))", "2 2 2 2\n3 [[1 2 3] 8 9]\n[a]\n"},
	)
}

// for k, v = range x assigns to variables declared outside the loop
// (yaegi v0.16.1 assigned nothing over slices, arrays, maps and
// channels): the last element found is the program's.
func TestRangeAssign(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\nvar q Point\nfor _, q = range []struct{ X, Y int }{{1, 2}, {3, 4}} {\n}\nfmt.Println(q)", "{3 4}\n"},
		step{"type P struct{ X int }\nfunc last(xs []P) (p P) {\n\tfor _, p = range xs {\n\t\tif p.X > 5 {\n\t\t\tbreak\n\t\t}\n\t}\n\treturn\n}", ""},
		step{"var k, v int\nfor k = range []int{5, 6, 7} {\n}\nfmt.Println(k)\nfor k, v = range [3]int{5, 6, 7} {\n}\nfmt.Println(k, v)\nvar mk string\nvar mv int\nfor mk, mv = range map[string]int{\"a\": 1} {\n}\nfmt.Println(mk, mv)\nch := make(chan int, 2)\nch <- 1\nch <- 2\nclose(ch)\nfor v = range ch {\n}\nfmt.Println(v)\narr := [2]int{}\nfor arr[0], arr[1] = range []int{8, 9} {\n}\nfor _, _ = range arr {\n}\nvar n int\nfor _, n = range []int{3, 4} {\n\tif n == 3 {\n\t\tcontinue\n\t}\n}\nfmt.Println(arr, n, last([]P{{1}, {7}, {2}}))", "2\n2 7\na 1\n2\n[1 9] 4 {7}\n"},
	)
}

// Constant expressions have Go's values: yaegi v0.16.1 converted the
// operands of an untyped integer expression to the variable's or
// result's type first (var y float64 = 1 / 3 was 0.333…, 10 / 4 * 2 was
// 5, var c complex128 = 1 / 2 did not run); the lowering writes the
// values go/types computed.
func TestConstantExpressions(t *testing.T) {
	runSteps(t,
		step{"const third = 1 / 3\nfunc r() float64 { return 1 / 2 }\ntype T struct{ F float64 }\ntype Weekday int\nconst (\n\tSun Weekday = iota\n\tMon\n)", ""},
		step{`var y float64 = 1 / 3
z := 2.0 * (7 / 2)
var w float64 = third
var q float64 = 10 / 4 * 2
x := 'a' + 1
fmt.Printf("%v %v %v %v %T %v\n", y, z, w, q, x, x)
var h float64 = 1 << 62 / 3
fmt.Println(h, 7/2*2.0, 1/2+0.5, float32(1)/3)
const big = 1 << 100
fmt.Println(big>>98, float64(big))
var u uint8 = 255
fmt.Println(u+1, ^uint8(0), -7/2, -7%3, 7.0/2)
fmt.Println(len("héllo") / 2 * 1.0)
y = 1 / 2
var m = map[string]float64{"a": 1 / 2}
fmt.Println(y, r(), T{1 / 2}, []float64{3 / 2}, m, math.Sqrt(1/2))
var c complex128 = 1 / 2
var g float32 = 5 / 2
y += 5 / 2
fmt.Println(c, g, y, 1/2 == 0, Mon+1, "a"+"b", 'x'-1, time.Second*3/2)
fmt.Printf("%T %T\n", Mon+1, 'x'-1)`, `0 6 0 4 int32 98
1.5372286728091292e+18 6 0.5 0.33333334
4 1.2676506002282294e+30
0 255 -3 -1 3.5
3
0 0 {0} [1] map[a:0] 0
(0+0i) 2 2 true 2 ab 119 1.5s
main.Weekday int32
`},
		// an untyped float's exact value converted to an integer type
		step{"x := int64(1e18 + 1)\nfmt.Println(x, int(1e18+1)-int(1e18))", "1000000000000000001 1\n"},
	)
}

// Types declared inside functions as type arguments of generic standard
// library code (mono's copies, declared at the top level, must name
// them): the cell is checked again with them declared at its top level
// (hoist.go), and they print as Go prints local types.
func TestLocalTypesInGenericCode(t *testing.T) {
	runSteps(t,
		step{`func g() {
	type point struct{ x, y int }
	ps := []point{{2, 1}, {1, 2}}
	slices.SortFunc(ps, func(a, b point) int { return a.x - b.x })
	fmt.Println(ps, slices.Index(ps, point{2, 1}))
	m := map[point]int{{1, 2}: 3}
	fmt.Println(slices.Collect(maps.Keys(m)))
	fmt.Printf("%T %v %+v %#v\n", ps[0], ps[0], ps[0], ps[0])
	var a any = ps
	fmt.Printf("%T\n", a)
}
g()`, "[{1 2} {2 1}] 1\n[{1 2}]\nmain.point {1 2} {x:1 y:2} main.point{x:1, y:2}\n[]main.point\n"},
		step{`func f() {
	type (
		kv  struct{ k string; v int }
		kvs []kv
	)
	xs := kvs{{"a", 2}, {"b", 1}}
	sort.Slice(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
	fmt.Println(xs, slices.ContainsFunc(xs, func(e kv) bool { return e.v == 1 }))
}
f()`, "[{b 1} {a 2}] true\n"},
		// in the cell's statements, and the same name in two functions
		step{"for i := range 2 {\n\ttype pair struct{ a, b int }\n\tps := []pair{{i, 1}, {0, 0}}\n\tslices.SortFunc(ps, func(x, y pair) int { return cmp.Compare(x.a, y.a) })\n\tfmt.Println(ps)\n}", "[{0 1} {0 0}]\n[{0 0} {1 1}]\n"},
		step{"func h() []string {\n\ttype point struct{ name string }\n\tps := []point{{\"b\"}, {\"a\"}}\n\tslices.SortFunc(ps, func(a, b point) int { return strings.Compare(a.name, b.name) })\n\treturn []string{ps[0].name, fmt.Sprintf(\"%T\", ps[0])}\n}\nh()", "=> [a main.point]"},
		step{"g()\nf()", "[{1 2} {2 1}] 1\n[{1 2}]\nmain.point {1 2} {x:1 y:2} main.point{x:1, y:2}\n[]main.point\n[{b 1} {a 2}] true\n"},
		// the same declaration in two blocks of a function: two types
		step{"func g2() {\n\t{\n\t\ttype pt struct{ x int }\n\t\tps := []pt{{2}, {1}}\n\t\tslices.SortFunc(ps, func(a, b pt) int { return a.x - b.x })\n\t\tfmt.Println(ps)\n\t}\n\t{\n\t\ttype pt struct{ x int }\n\t\tps := []pt{{3}, {1}}\n\t\tslices.SortFunc(ps, func(a, b pt) int { return a.x - b.x })\n\t\tfmt.Println(ps)\n\t}\n}\ng2()", "[{1} {2}]\n[{1} {3}]\n"},
		// a local type of a local constant's length stays local: the error says why
		step{"func k() {\n\tconst n = 2\n\ttype grid [n]int\n\tfmt.Println(slices.Max([]grid{{1, 2}}[:1][0][:]))\n\tfmt.Println(slices.Index([]grid{{1, 2}}, grid{1, 2}))\n}", "error: 5:14: cannot use generic standard-library code here: type grid is declared inside a function; a generic standard-library function can use it only if it is declared at the top level"},
	)
}

// Local types as type arguments of the notebook's own generics, beside
// the standard library's.
func TestLocalTypesInNotebookGenerics(t *testing.T) {
	runSteps(t,
		step{"func Max[T cmp.Ordered](xs []T) T { m := xs[0]; for _, x := range xs { m = max(m, x) }; return m }\ntype Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }", ""},
		step{"func run() {\n\ttype score int\n\ttype job struct{ name string; s score }\n\tfmt.Println(Max([]score{3, 9, 2}))\n\tvar st Stack[job]\n\tst.Push(job{\"a\", 1})\n\tfmt.Printf(\"%v %T\\n\", st.items, st.items)\n\tjs := []job{{\"b\", 2}, {\"a\", 1}}\n\tslices.SortFunc(js, func(x, y job) int { return int(x.s - y.s) })\n\tfmt.Println(js)\n}\nrun()", "9\n[{a 1}] []main.job\n[{a 1} {b 2}]\n"},
	)
}

// Generic types declared inside functions (yaegi has none: they are
// declared at the top level, hoist.go), and local types inside the type
// arguments of an instance, which Go prints with the number it gives
// the program's local types in the order of the source (·N).
func TestLocalGenericTypes(t *testing.T) {
	runSteps(t,
		step{"type Box[T any] struct{ V T }\nfunc first() any {\n\ttype a struct{ n int }\n\ttype al = int\n\treturn Box[a]{a{1}}\n}", ""},
		step{`func main() {
	type Opt[T any] struct {
		V  T
		OK bool
	}
	type d struct{ q int }
	o := Opt[d]{d{2}, true}
	fmt.Printf("%+v %T %T %T\n", o, o, Box[Opt[int]]{}, first())
	var x any = Box[Opt[string]]{Opt[string]{"s", true}}
	fmt.Printf("%v %T %T\n", x, x, Box[struct{ q, Q int }]{})
	m := map[Opt[int]]int{{1, true}: 2}
	fmt.Println(m[Opt[int]{1, true}], len(m))
}
main()`, "{V:{q:2} OK:true} main.Opt[main.d·3] main.Box[main.Opt[int]·2] main.Box[main.a·1]\n{{s true}} main.Box[main.Opt[string]·2] main.Box[struct { main.q int; Q int }]\n2 1\n"},
		// one that names its function's type parameter or constant is
		// refused as the interpreter's fault, naming it
		step{"func G[T any](x T) any {\n\ttype R[U any] struct{ A T; B U }\n\treturn R[string]{x, \"s\"}\n}", "error: 2:7: generic type R, declared inside a function, names what only the function sees (a type parameter or a constant of it): yaegi v0.16.1 has no local generic types, and the lowering declares one at the top level only when it names nothing local"},
		// a cell run again keeps its local types' numbers
		step{"func f() any { type q struct{}; return Box[q]{} }\nfmt.Printf(\"%T\\n\", f())", "main.Box[main.q·4]\n"},
		step{"func f() any { type q struct{}; return Box[q]{} }\nfmt.Printf(\"%T\\n\", f())", "main.Box[main.q·4]\n"},
	)
}

// An assignment of several values with a call or nil going to an
// interface variable keeps the other values (yaegi v0.16.1 dropped them,
// or panicked on nil): parallelIfaceConvs.
func TestParallelAssignToInterfaces(t *testing.T) {
	runSteps(t,
		step{"func f() {\n\tvar n int\n\tvar err error\n\tn, err = 4, errors.New(\"e\")\n\tfmt.Println(n, err)\n\terr, n = errors.New(\"f\"), 5\n\tfmt.Println(n, err)\n\tvar s string\n\ts, err = \"a\", errors.New(\"x\")\n\tfmt.Println(s, err)\n\tvar q int\n\tvar st fmt.Stringer\n\tq, st = 6, nil\n\tfmt.Println(q, st)\n\tm, e2 := 7, fmt.Errorf(\"g\")\n\tfmt.Println(m, e2)\n}\nf()", "4 e\n5 f\na x\n6 <nil>\n7 g\n"},
		step{"func g() (int, error) { return 4, errors.New(\"e\") }\nfunc h() (s string, err error) { s, err = \"h\", fmt.Errorf(\"i\"); return }\nfmt.Println(g())\nfmt.Println(h())\nvar a int\nvar b error\na, b = 8, errors.New(\"j\")\nfmt.Println(a, b)", "4 e\nh i\n8 j\n"},
	)
}

// A switch's init statement runs before its tag is evaluated
// (switchInitTag), with reflect.Value's methods in the tag (reflect's own
// example), labels and a tag of a notebook interface type too.
func TestSwitchInitBeforeTag(t *testing.T) {
	runSteps(t,
		step{"import \"reflect\"\nfor _, v := range []any{\"hi\", 42} {\n\tswitch v := reflect.ValueOf(v); v.Kind() {\n\tcase reflect.String:\n\t\tfmt.Println(\"string\", v.String())\n\tcase reflect.Int:\n\t\tfmt.Println(\"int\", v.Int())\n\t}\n}", "string hi\nint 42\n"},
		step{"var m int\nswitch m = 3; m + 1 {\ncase 4:\n\tfmt.Println(\"four\", m)\ndefault:\n\tfmt.Println(\"default\")\n}", "four 3\n"},
		step{"func f() string {\nL:\n\tfor i := range 3 {\n\t\tswitch n := i * 2; n + 1 {\n\t\tcase 3:\n\t\t\tbreak L\n\t\tdefault:\n\t\t\tfmt.Print(n, \" \")\n\t\t}\n\t}\n\tfmt.Println()\nS:\n\tswitch n := 5; n * 2 {\n\tcase 10:\n\t\tfor {\n\t\t\tbreak S\n\t\t}\n\t}\n\treturn \"done\"\n}\nfmt.Println(f())", "0 \ndone\n"},
		step{"type Shape interface{ Area() int }\ntype Sq struct{ s int }\nfunc (q Sq) Area() int { return q.s * q.s }\nfunc pick(k int) Shape { return Sq{k} }\nswitch k := 2; pick(k) {\ncase Sq{1}:\n\tfmt.Println(\"one\")\ncase Sq{2}:\n\tfmt.Println(\"two\")\n}", "two\n"},
	)
}

// errors.As calls a notebook error's As method for a compiled target
// (errors' own example, As_custom_match): compiled errors.As saw only
// yaegi's wrapper, which has no As.
func TestErrorsAsMethodCompiledTarget(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"errors\"\n\t\"io/fs\"\n)\ntype MyAsError struct{ err string }\nfunc (e MyAsError) Error() string { return e.err }\nfunc (m MyAsError) As(target any) bool {\n\tpe, ok := target.(**fs.PathError)\n\tif !ok {\n\t\treturn false\n\t}\n\t*pe = &fs.PathError{Op: \"custom\", Path: \"/\", Err: errors.New(m.err)}\n\treturn true\n}", ""},
		step{"var err error = MyAsError{\"an error\"}\nvar pathErr *fs.PathError\nok := errors.As(err, &pathErr)\nfmt.Println(ok, pathErr)\nvar perr *fs.PathError\nfmt.Println(errors.As(fmt.Errorf(\"w: %w\", err), &perr), perr)", "true custom /: an error\ntrue custom /: an error\n"},
	)
}

// Elided literals of pointers in a compiled package's named map type
// (io/fs's examples: fstest.MapFS{"file.txt": {}}) run (elidedPointers):
// yaegi v0.16.1 crashed compiling them.
func TestElidedPointersCompiledNamed(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"io/fs\"\n\t\"testing/fstest\"\n)\nfsys := fstest.MapFS{\"a.txt\": {}, \"dir/b.go\": {Data: []byte(\"hi\")}}\nm, _ := fs.Glob(fsys, \"dir/*.go\")\nb, _ := fs.ReadFile(fsys, \"dir/b.go\")\nfmt.Println(m, string(b), len(fsys))", "[dir/b.go] hi 2\n"},
	)
}

// A switch on an interface value with cases of other types compares
// what the interface holds with each case converted to the interface,
// as Go does (yaegi v0.16.1 converted the tag to the case's type:
// "reflect.Value.Convert: value of type interface {} cannot be converted
// to type int"): ifaceCases.
func TestSwitchOnInterfaceValue(t *testing.T) {
	runSteps(t,
		step{"func kind(v any) string {\n\tswitch v {\n\tcase \"x\":\n\t\treturn \"x\"\n\tcase 3, uint8(4):\n\t\treturn fmt.Sprint(\"three or four \", v)\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn \"other\"\n}\nfunc sec(s fmt.Stringer) bool {\n\tswitch n := 1; s {\n\tcase time.Duration(n) * time.Second:\n\t\treturn true\n\t}\n\treturn false\n}", ""},
		step{"fmt.Println(kind(3), kind(uint8(3)), kind(uint8(4)), kind(4), kind(\"x\"), kind(nil), kind(2.5))\nfmt.Println(sec(time.Second), sec(time.Minute))", "three or four 3 other three or four 4 other x nil other\ntrue false\n"},
	)
}

// A switch with an init statement and a tag that is not a name
// evaluates the tag after the init (yaegi v0.16.1 never evaluated it: the
// cases were compared with a zero): switchInitTag.
func TestSwitchInitAndTag(t *testing.T) {
	runSteps(t,
		step{"func pick(x int) string {\n\tswitch x := x + 4; x * 2 {\n\tcase 10:\n\t\treturn fmt.Sprint(\"ten \", x)\n\tcase 0:\n\t\treturn \"zero\"\n\t}\n\treturn fmt.Sprint(\"other \", x)\n}\nfunc word(ws []string) (n int) {\nL:\n\tswitch i := 1; ws[i] {\n\tcase \"b\":\n\t\tn = 1\n\t\tbreak L\n\tdefault:\n\t\tn = 2\n\t}\n\treturn n + 10\n}", ""},
		step{"fmt.Println(pick(1), pick(-4), pick(3), word([]string{\"a\", \"b\"}), word([]string{\"a\", \"c\"}))", "ten 5 zero other 3 11 12\n"},
	)
}

// A switch whose default clause is not the last tests the cases in the
// order written (yaegi v0.16.1 swapped the default with the last clause,
// so that switch { default: ...; case n > 5: ...; case n > 0: ... } took
// n > 0 for 10): defaultLast.
func TestSwitchDefaultFirst(t *testing.T) {
	runSteps(t,
		step{"var seen []int\nfunc at(v int) int { seen = append(seen, v); return v }\nfunc size(n int) string {\n\tswitch {\n\tdefault:\n\t\treturn \"none\"\n\tcase n > 5:\n\t\treturn \"big\"\n\tcase n > 0:\n\t\treturn \"small\"\n\t}\n}\nfunc which(n int) string {\n\tswitch n {\n\tcase at(1):\n\t\treturn \"one\"\n\tdefault:\n\t\treturn \"other\"\n\tcase at(2), at(3):\n\t\treturn \"two-three\"\n\tcase at(4):\n\t\treturn \"four\"\n\t}\n}", ""},
		step{"fmt.Println(size(10), size(3), size(-1))\nfmt.Println(which(1), which(3), which(4), which(9), seen)", "big small none\none two-three four other [1 1 2 3 1 2 3 4 1 2 3 4]\n"},
		step{"type both struct{}\nfunc (both) Error() string { return \"e\" }\nfunc (both) String() string { return \"s\" }\nfunc kind(v any) string {\n\tswitch x := v.(type) {\n\tdefault:\n\t\treturn \"other\"\n\tcase error:\n\t\treturn \"error \" + x.Error()\n\tcase fmt.Stringer:\n\t\treturn \"stringer\"\n\t}\n}\nfmt.Println(kind(both{}), kind(time.Second), kind(1))", "error e stringer other\n"},
		step{"func k2(v any) string {\n\tswitch w := v.(type) {\n\tdefault:\n\t\treturn \"d\"\n\tcase int:\n\t\treturn fmt.Sprint(\"i\", w+1)\n\tcase string, []int:\n\t\treturn \"s\"\n\t}\n}\nfmt.Println(k2(1), k2(\"a\"), k2([]int{}), k2(2.5))", "i2 s s d\n"},
	)
}

// A type switch lowered for notebook types and interfaces tests a nil
// value against the cases before case nil (the asserters of the cases
// above it, yaegi v0.16.1 panicked: "reflect: call of reflect.Value.Type
// on zero Value").
func TestTypeSwitchNilBeforeNilCase(t *testing.T) {
	runSteps(t,
		step{"type BS float64\nfunc (b BS) String() string { return \"bs\" }\nfunc kind(v any) string {\n\tswitch t := v.(type) {\n\tcase *int:\n\t\treturn \"ptr\"\n\tcase BS:\n\t\treturn \"bs\"\n\tcase fmt.Stringer:\n\t\treturn \"stringer \" + t.String()\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn \"other\"\n}\nfmt.Println(kind(nil), kind(BS(1)), kind(time.Second), kind(2))", "nil bs stringer 1s other\n"},
	)
}

// A nil pointer of a notebook error type in an error (the box holds it)
// is found by errors.As, an assertion and a type switch, and asserts to
// a notebook interface its type implements.
func TestTypedNilErrorAssertsBack(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype MyErr struct{ Code int }\nfunc (e *MyErr) Error() string { return fmt.Sprintf(\"code %d\", e.Code) }\nfunc (e *MyErr) Coded() bool { return e != nil }\ntype coder interface{ Coded() bool }\nfunc mayFail() error {\n\tvar e *MyErr\n\treturn e\n}", ""},
		step{"err := mayFail()\nvar me *MyErr\nfmt.Println(err == nil, errors.As(err, &me), me == nil)\np, ok := err.(*MyErr)\nfmt.Println(p == nil, ok)\nswitch v := err.(type) {\ncase *MyErr:\n\tfmt.Println(\"MyErr\", v == nil)\ndefault:\n\tfmt.Println(\"other\")\n}\nc, ok := err.(coder)\nfmt.Println(ok, c != nil && !c.Coded())", "false true true\ntrue true\nMyErr true\ntrue true\n"},
	)
}

// Generic aliases in a group beside other types, and over several lines
// (genericAliasDecl): the interpreter refused the group, "undefined:
// Pair", and the lines after such a declaration stay the cell's.
func TestGenericAliasGroup(t *testing.T) {
	runSteps(t,
		step{"type Pair[A, B any] struct {\n\tFirst  A\n\tSecond B\n}\ntype (\n\tNamed[V any] = Pair[string, V]\n\tScored       = Named[float64]\n\tIDs[T any]   = map[string]T; Count = int\n)\ntype Table[T any] = struct {\n\tRows []T\n}", ""},
		step{"n := Named[int]{\"a\", 1}\ns := Scored{\"b\", 2.5}\nids := IDs[Count]{\"x\": 3}\ntb := Table[Scored]{Rows: []Scored{s}}\nfmt.Printf(\"%v %+v %T %T %d %v\\n\", n, s, n, s, ids[\"x\"], len(tb.Rows))", "{a 1} {First:b Second:2.5} main.Pair[string,int] main.Pair[string,float64] 3 1\n"},
	)
}

// Closures made in a three-clause loop's condition or post statement,
// and addresses taken there, see the iteration's own variable, a copy
// of the last iteration's made before the post statement, as in Go 1.22
// (headerLoop): they saw the one variable of the whole loop.
func TestLoopHeaderCaptures(t *testing.T) {
	runSteps(t,
		step{"func header() {\n\tvar conds []func() int\n\tfor i := 0; len(conds) < 3 && func() bool { conds = append(conds, func() int { return i }); return true }(); i++ {\n\t\ti++\n\t}\n\tvar posts []func() int\n\tfor i, j := 0, 10; i < 3; i, posts = i+1, append(posts, func() int { return i*100 + j }) {\n\t\tif i == 1 {\n\t\t\tj++\n\t\t\tcontinue\n\t\t}\n\t}\n\tvar ptrs []*int\n\tfor k := 0; k < 3; {\n\t\tptrs = append(ptrs, &k)\n\t\tk++\n\t}\n\tvar seen []*int\n\tfor n := 5; len(seen) < 3 && func(p *int) bool { seen = append(seen, p); return true }(&n); n-- {\n\t}\n\tfor _, f := range append(conds, posts...) {\n\t\tfmt.Print(f(), \" \")\n\t}\n\tfor _, p := range append(ptrs, seen...) {\n\t\tfmt.Print(*p, \" \")\n\t}\n\tfmt.Println()\n}\nheader()", "1 3 5 111 211 311 1 2 3 5 4 3 \n"},
	)
}

// Instances of generic aliases inside other types (Table[Named[Version]]
// of type Table[T any] = struct{ Rows []T }, List[Named[int]], a
// parameter's type) are spelled as what they stand for at any depth
// (mono.Unalias): the alias inside was left by its name, which the
// interpreter does not know ("constant definition loop"); and an
// instance spelled through an alias is the copy of the type it stands
// for (List[ID] of type ID = int is List[int]).
func TestGenericAliasNested(t *testing.T) {
	runSteps(t,
		step{"type Pair[A, B any] struct {\n\tKey A\n\tVal B\n}\ntype Named[V any] = Pair[string, V]\ntype Table[T any] = struct {\n\tTitle string\n\tRows  []T\n}\ntype Version struct{ Major int }\ntype List[T any] struct{ items []T }\nfunc (l *List[T]) Add(v T) { l.items = append(l.items, v) }\ntype Set[T comparable] = map[T]bool", ""},
		step{"func report() Table[Named[Version]] {\n\tt := Table[Named[Version]]{Title: \"x\"}\n\tt.Rows = append(t.Rows, Named[Version]{\"a\", Version{1}})\n\treturn t\n}\nfmt.Println(report())", "{x [{a {1}}]}\n"},
		step{"var l List[Named[int]]\nl.Add(Named[int]{\"k\", 2})\nm := map[string]Named[int]{}\nm[\"z\"] = l.items[0]\ns := Set[Named[int]]{l.items[0]: true}\nfunc keyOf(p Table[Named[int]]) []Named[int] { return p.Rows }\nfmt.Println(l.items, m, len(s), keyOf(Table[Named[int]]{Rows: l.items}))\nfmt.Printf(\"%T %T\\n\", l, s)", "[{k 2}] map[z:{k 2}] 1 [{k 2}]\nmain.List[main.Pair[string,int]] map[main.Pair[string,int]]bool\n"},
		step{"type ID = int\nfunc mk() List[ID] { var l List[ID]; l.Add(3); return l }\nvar x any = mk()\n_, ok := x.(List[int])\nvar b List[int] = mk()\nfmt.Println(ok, b.items)", "true [3]\n"},
	)
}

// A value the body sets before it leaves the loop by break, return or an
// outer loop's continue is what the header's closures see, as in Go
// (the body worked on a copy, written back only at its end and before
// its own continue: 2 for 100).
func TestLoopHeaderCapturesExits(t *testing.T) {
	runSteps(t,
		step{"func exits() {\n\tvar fs []func() int\n\tfor i := 0; func() bool { fs = append(fs, func() int { return i }); return true }(); i++ {\n\t\tif i == 2 {\n\t\t\ti = 100\n\t\t\tbreak\n\t\t}\n\t}\n\tfmt.Print(fs[len(fs)-1](), \" \")\n\tvar gs []func() int\n\tfunc() {\n\t\tfor i := 0; func() bool { gs = append(gs, func() int { return i }); return true }(); i++ {\n\t\t\tif i == 1 {\n\t\t\t\ti = 50\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}()\n\tfmt.Print(gs[len(gs)-1](), \" \")\n\tvar hs []func() int\nouter:\n\tfor k := 0; k < 2; k++ {\n\t\tfor i := 0; func() bool { hs = append(hs, func() int { return i + k*1000 }); return true }(); i++ {\n\t\t\tswitch {\n\t\t\tcase i == 1:\n\t\t\t\ti = 7\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t}\n\t}\n\tfor _, h := range hs {\n\t\tfmt.Print(h(), \" \")\n\t}\n\tvar ks []func() int\n\tfor i := 0; func() bool { ks = append(ks, func() int { return i }); return i < 3 }(); {\n\t\ti += 2\n\t\tif i > 10 {\n\t\t\tbreak\n\t\t}\n\t}\n\tfor _, k := range ks {\n\t\tfmt.Print(k(), \" \")\n\t}\n\tfmt.Println()\n}\nexits()", "100 50 0 7 1000 1007 2 4 4 \n"},
	)
}
