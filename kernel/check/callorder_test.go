package check

import "testing"

// The calls among a call's arguments run before the arguments that are
// no calls are read, as gc orders them (callorder.go): a stack printed
// beside its Pop is printed popped, a map element beside a call that
// sets it holds the new value, len and cap stay in the calls' order; a
// composite literal and a map's struct element (which gc copies where
// they stand) are read before the call; an element whose index check
// goes before the statement is read after the call (the check too); so
// are the elements of a []any literal and the operands of a value sent
// or returned.
// Slices of strings and slices are read in their place, before the
// calls to their right (gc copies them). A map literal's keys and
// values are read in order (gc assigns its
// entries one by one).
func TestCallsBeforeOperands(t *testing.T) {
	runSteps(t,
		step{"type S []string\nfunc (s *S) Pop() string { v := (*s)[len(*s)-1]; *s = (*s)[:len(*s)-1]; return v }\ntype C struct{ n int }\nfunc (c *C) Inc() int { c.n++; return c.n }", ""},
		step{"func main() {\n\tx := 1\n\tf := func() int { x++; return x }\n\tfmt.Println(x, f())\n\ts := S{\"a\", \"b\", \"c\"}\n\tfmt.Println(s, s.Pop(), s)\n\tfmt.Println(len(s), s.Pop(), s[0:len(s)], s)\n\tm := map[string]int{\"k\": 1}\n\tg := func() int { m[\"k\"] = 5; return 0 }\n\tfmt.Println(m[\"k\"], g())\n\tc := C{}\n\tfmt.Println(c, c.Inc(), c.n)\n\tst := S{\"p\", \"q\"}\n\tstr := fmt.Sprint(st, st.Pop())\n\tfmt.Println(str)\n}\nmain()",
			"2 2\n[a b] c [a b]\n2 b [a] [a]\n5 0\n{1} 1 1\n[p]q\n"},
		step{"func more() {\n\ttype P struct{ X, Y int }\n\tx, y := 1, 2\n\tinc := func() int { x++; y++; return x }\n\tfmt.Println(P{x, y}, inc())\n\tm := map[string]P{\"k\": {1, 1}}\n\tset := func() int { m[\"k\"] = P{9, 9}; return 0 }\n\tfmt.Println(m[\"k\"], set())\n\tvar e any = 1\n\tsete := func() int { e = \"two\"; return 0 }\n\tfmt.Println(e, sete())\n\tfl := 1.5\n\tsetf := func() int { fl = 2.5; return 0 }\n\tfmt.Println(fl*2, -fl, setf())\n}\nmore()",
			"{1 2} 2\n{1 1} 0\ntwo 0\n5 -2.5 0\n"},
		step{"type Q []string\nfunc (q *Q) PopFront() string { v := (*q)[0]; *q = (*q)[1:]; return v }\nfunc front() {\n\tq := Q{\"a\", \"b\", \"c\"}\n\tfmt.Println(\"front\", q[0], \"pop\", q.PopFront(), \"len\", len(q), q)\n\tfmt.Println(q[0], q.PopFront(), q[0])\n}\nfront()",
			"front b pop a len 2 [b c]\nc b c\n"},
		step{"func lits() {\n\tst := S{\"a\", \"b\", \"c\"}\n\tlist := []any{st, st.Pop()}\n\tfmt.Println(list...)\n\tch := make(chan string, 1)\n\tch <- fmt.Sprint(st, st.Pop())\n\tfmt.Println(<-ch)\n}\nlits()\nfunc ret(st S) string {\n\treturn fmt.Sprint(st, st.Pop())\n}\nfmt.Println(ret(S{\"x\", \"y\"}))",
			"[a b] c\n[a]b\n[x]y\n"},
		step{"type Counter struct{ n int }\nfunc (c *Counter) Next() int { c.n++; return c.n }\nfunc maps() {\n\tc := Counter{}\n\tm := map[string]any{\"before\": c.n, \"next\": c.Next()}\n\tfmt.Println(m)\n\tmi := map[string]int{\"before\": c.n, \"next\": c.Next(), \"after\": c.n}\n\tfmt.Println(mi)\n\tx := 0\n\tinc := func() int { x++; return x }\n\tmx := map[int]int{x: x, inc(): inc()}\n\tfmt.Println(mx)\n}\nmaps()",
			"map[before:0 next:1]\nmap[after:2 before:1 next:2]\nmap[0:0 1:2]\n"},
		step{"type T struct {\n\ts string\n\tb []int\n}\nfunc (t *T) set() int { t.s = \"cd\"; t.b = []int{9, 9, 9}; return 0 }\nfunc early() {\n\tt := &T{\"ab\", []int{1, 2, 3}}\n\tfmt.Println(t.s[:1], t.s, t.b[1:], t.set())\n\tfmt.Println(t.s, nil, t.set())\n}\nearly()",
			"a cd [2 3] 0\ncd <nil> 0\n"},
		step{"q := S{\"x\", \"y\"}\nfmt.Printf(\"%v %s %v\\n\", q, q.Pop(), q)\nfmt.Println(q, q.Pop(), q)", "[x] y [x]\n[] x []\n"},
	)
}

// So in a cell's top-level statements, in a case, a goroutine, a
// deferred literal and a generic function.
func TestCallsBeforeOperandsAnywhere(t *testing.T) {
	runSteps(t,
		step{"type S []string\nfunc (s *S) Pop() string { v := (*s)[len(*s)-1]; *s = (*s)[:len(*s)-1]; return v }\nst := S{\"a\", \"b\", \"c\"}\nfmt.Println(st, st.Pop())\nx := fmt.Sprint(st, st.Pop())\nfmt.Println(x)", "[a b] c\n[a]b\n"},
		step{"st = S{\"a\", \"b\", \"c\"}\nfor i := range 2 {\n\tswitch i {\n\tcase 1:\n\t\tfmt.Println(i, st, st.Pop())\n\t}\n}\ndone := make(chan bool)\ngo func() { fmt.Println(st, st.Pop()); done <- true }()\n<-done\nfunc() { defer func() { fmt.Println(st, st.Pop()) }() }()", "1 [a b] c\n[a] b\n[] a\n"},
		step{"func Show[T any](s *[]T, pop func() T) { fmt.Println(*s, pop()) }\nv := []int{1, 2}\nShow(&v, func() int { x := v[len(v)-1]; v = v[:len(v)-1]; return x })\nfmt.Println(v)", "[1] 2\n[1]\n"},
		step{"y := 5\nbump := func() int { y++; return y }\nfmt.Println(y, bump())", "6 6\n"},
	)
}

// A call on the left of an assignment (an index's) or in a send's
// channel runs before the calls of the right side, as Go orders them:
// callsFirst leaves such a statement.
func TestCallsFirstLeftSideCalls(t *testing.T) {
	runSteps(t,
		step{"type S []string\nfunc (s *S) Pop() string { fmt.Println(\"pop\"); v := (*s)[len(*s)-1]; *s = (*s)[:len(*s)-1]; return v }\nfunc key() string { fmt.Println(\"key\"); return \"k\" }\nch := make(chan string, 1)\nfunc getCh() chan string { fmt.Println(\"ch\"); return ch }", ""},
		step{"func f() {\n\tst := S{\"a\", \"b\", \"c\"}\n\tm := map[string]string{}\n\tm[key()] = fmt.Sprint(st, st.Pop(), st)\n\tfmt.Println(m)\n\tgetCh() <- fmt.Sprint(st, st.Pop(), st)\n\tfmt.Println(<-ch)\n}\nf()",
			"key\npop\nmap[k:[a b]c[a b]]\nch\npop\n[a]b[a]\n"},
	)
}
