package check

import "testing"

// A deferred function literal made in a loop keeps the variables of its
// own iteration, a body's and the loop's (yaegi v0.16.1 made it when the
// deferred call ran: every call saw the last iteration's), and its
// arguments are still evaluated at the defer. One that recovers is left
// as it is (made elsewhere, its recover saw no panic).
func TestDeferredLiteralsInLoop(t *testing.T) {
	runSteps(t,
		step{"type R struct{ n string }\nfunc run(names []string) (log []string) {\n\tfor _, n := range names {\n\t\tr := &R{n}\n\t\tdefer func() { log = append(log, r.n) }()\n\t}\n\treturn nil\n}\nfmt.Println(run([]string{\"a\", \"b\", \"c\"}))", "[c b a]\n"},
		step{"func loopVar() (out []int) {\n\tfunc() {\n\t\tfor i := 0; i < 3; i++ {\n\t\t\tdefer func(k int) { out = append(out, i*10+k) }(i)\n\t\t}\n\t}()\n\treturn\n}\nfmt.Println(loopVar())", "[22 11 0]\n"},
		step{"func guarded(xs []int) (n int) {\n\tfor _, x := range xs {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\tn = x\n\t\t\t}\n\t\t}()\n\t}\n\tpanic(\"boom\")\n}\nfmt.Println(guarded([]int{4, 5, 6}))", "6\n"},
	)
}

// A deferred call of a function value calls the function the value held
// at the defer statement (yaegi v0.16.1 read the variable when the call
// ran: the function assigned later, or nil): deferStmt.
func TestDeferFunctionValueAtDefer(t *testing.T) {
	runSteps(t,
		step{"type job struct{ done func(string) }\nvar hook = func() { fmt.Println(\"first hook\") }\nfunc run() {\n\tf := func(s string) { fmt.Println(\"first f\", s) }\n\tdefer f(\"bound\")\n\tf = func(s string) { fmt.Println(\"second f\", s) }\n\tj := job{done: func(s string) { fmt.Println(\"first done\", s) }}\n\tdefer j.done(\"j\")\n\tj.done = nil\n\tdefer hook()\n\thook = nil\n\tg := func() { fmt.Println(\"first g\") }\n\tdefer g()\n\tg = func() { fmt.Println(\"second g\") }\n}\nrun()", "first g\nfirst hook\nfirst done j\nfirst f bound\n"},
	)
}

// The arguments and the receiver of a call deferred in a loop are
// evaluated at each defer statement (deferStmt): yaegi v0.16.1 kept an
// expression's value (i*10, s+"!", a call's result, a composite) in a
// slot of the frame that the next iteration overwrote, so every deferred
// call saw the last iteration's; a loop of goto statements too.
func TestDeferInLoopEvaluatesArguments(t *testing.T) {
	runSteps(t,
		step{"type P struct{ n int }\nfunc (p P) Show(tag string) { fmt.Println(\"S\", tag, p.n) }\nfunc twice(n int) int { fmt.Println(\"twice\", n); return n * 2 }\nfunc f() {\n\tvar n uint = 2\n\tfor i := range 3 {\n\t\tdefer fmt.Println(\"D\", i*10, 1<<n+uint(i))\n\t}\n\tfor _, s := range []string{\"x\", \"y\"} {\n\t\tdefer func(t string, k int64) { fmt.Println(\"C\", t, k) }(s+\"!\", 1<<n)\n\t}\n\tps := []P{{1}, {2}}\n\tfor i := range ps {\n\t\tdefer ps[i].Show(fmt.Sprint(\"#\", i))\n\t}\n\tfor i := 0; i < 2; i++ {\n\t\tdefer fmt.Println(\"T\", twice(i), []int{i}, P{i})\n\t}\n}", ""},
		step{"f()", "twice 0\ntwice 1\nT 2 [1] {1}\nT 0 [0] {0}\nS #1 2\nS #0 1\nC y! 4\nC x! 4\nD 20 6\nD 10 5\nD 0 4\n"},
		step{"func (p *P) Add(k int) { p.n += k }\nfunc Gen[T any](v T, tags ...string) { fmt.Println(\"gen\", v, tags) }\nfunc g() {\n\tcs := []P{{1}, {2}}\n\tnames := []string{\"a\", \"b\", \"c\"}\n\tlogf := func(format string, args ...any) { fmt.Printf(format+\"\\n\", args...) }\n\tfor i := range 2 {\n\t\tp := &cs[i]\n\t\tdefer p.Show(names[i])\n\t\tdefer cs[i].Add(i * 100)\n\t\tdefer Gen(names[i], names[i:]...)\n\t\tdefer logf(\"%d-%s\", i*3, names[i+1])\n\t}\n\tcs[0].n, cs[1].n = 50, 60\n}", ""},
		step{"g()", "3-c\ngen b [b c]\nS b 2\n0-b\ngen a [a b c]\nS a 1\n"},
		step{"func h() {\n\ti := 0\nloop:\n\tdefer fmt.Println(\"goto\", i*100)\n\ti++\n\tif i < 3 {\n\t\tgoto loop\n\t}\n}\nh()", "goto 200\ngoto 100\ngoto 0\n"},
	)
}

// A deferred call that is no function literal (a function, a method, in
// a loop or not) and panics is caught by its wrapper like a literal's
// (planDefers, deferMaker): the function's other deferred calls run and
// one registered earlier recovers the panic (yaegi v0.16.1 ended the
// deferred calls there and the cell with the panic).
func TestDeferredCallPanicsRecoveredEarlier(t *testing.T) {
	runStepsNoFrames(t,
		step{"type Res struct{ name string }\nfunc (r *Res) Close(fail bool) {\n\tfmt.Println(\"close\", r.name)\n\tif fail {\n\t\tpanic(\"close failed: \" + r.name)\n\t}\n}\nfunc risky(name string) { panic(\"risky \" + name) }\nfunc f() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"recovered: %v\", r)\n\t\t}\n\t}()\n\tdefer fmt.Println(\"cleanup runs\")\n\tdefer risky(\"db\")\n\treturn nil\n}\nfunc process(names []string) (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"recovered: %v\", r)\n\t\t}\n\t}()\n\trs := make([]Res, len(names))\n\tfor i, n := range names {\n\t\trs[i] = Res{n + \"!\"}\n\t\tdefer rs[i].Close(n == \"b\")\n\t}\n\treturn fmt.Errorf(\"work failed\")\n}", ""},
		step{"fmt.Println(f())\nfmt.Println(process([]string{\"a\", \"b\", \"c\"}))", "cleanup runs\nrecovered: risky db\nclose c!\nclose b!\nclose a!\nrecovered: close failed: b!\n"},
		step{"func pair() (string, int) { return \"p\", 2 }\nfunc show(s string, n int) { fmt.Println(\"show\", s, n) }\nfunc spread() {\n\tdefer func() { fmt.Println(\"rec\", recover()) }()\n\tdefer show(pair())\n\tdefer risky(\"x\")\n}\nspread()", "show p 2\nrec risky x\n"},
	)
}
