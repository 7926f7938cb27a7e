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
