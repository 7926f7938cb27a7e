package check

import "testing"

// A label named like a variable, a parameter, a package-level variable
// or function runs: yaegi v0.16.1 said "label start not defined" or
// crashed ("CFG post-order panic"); the lowering renames such a label,
// also where a range over a function's or a select's lowering branches
// to it, and in a statement cell.
func TestLabelNamedLikeVariable(t *testing.T) {
	runSteps(t,
		step{"func f() int {\n\ti := 0\n\tvar start int\nstart:\n\tif i < 3 {\n\t\ti++\n\t\tstart += i\n\t\tgoto start\n\t}\n\treturn start\n}\nfmt.Println(f())", "6\n"},
		step{"var top = 5\nfunc a() int {\n\ti := 0\ntop:\n\tif i < 3 {\n\t\ti++\n\t\tgoto top\n\t}\n\treturn i + top\n}\nfmt.Println(a())", "8\n"},
		step{"func b(p int) int {\n\ti := 0\np:\n\tif i < 3 {\n\t\ti++\n\t\tgoto p\n\t}\n\treturn i + p\n}\nfmt.Println(b(1))", "4\n"},
		step{"func c() int {\n\tn := 0\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tfor outer := 0; outer < 3; outer++ {\n\t\t\tn++\n\t\t\tif outer == 1 {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t}\n\t}\n\treturn n\n}\nfmt.Println(c())", "6\n"},
		step{"func loop() int { return 7 }\nfunc e() int {\n\ti := 0\nloop:\n\tif i < 3 {\n\t\ti++\n\t\tgoto loop\n\t}\n\treturn i + loop()\n}\nfmt.Println(e())", "10\n"},
		step{"func seq(yield func(int) bool) {\n\tfor i := range 3 {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\nfunc h() int {\n\tx := 0\nx:\n\tfor i := range seq {\n\t\tfor j := range seq {\n\t\t\tif j == 1 {\n\t\t\t\tcontinue x\n\t\t\t}\n\t\t\tx += i*10 + j\n\t\t}\n\t}\n\treturn x\n}\nfmt.Println(h())", "30\n"},
		step{"func sel() int {\n\tch := make(chan int, 5)\n\tfor i := range 5 {\n\t\tch <- i\n\t}\n\tclose(ch)\n\tn := 0\nn:\n\tfor {\n\t\tselect {\n\t\tcase v, ok := <-ch:\n\t\t\tif !ok {\n\t\t\t\tbreak n\n\t\t\t}\n\t\t\tn += v\n\t\t}\n\t}\n\treturn n\n}\nfmt.Println(sel())", "10\n"},
		step{"k := 0\nk:\nif k < 4 {\n\tk++\n\tgoto k\n}\nfmt.Println(k)", "4\n"},
		// a goto out of a range over a function's body to a label after
		// the loop (the loop is lowered before the label is reached)
		step{"func w() { done := 1; _ = done }\nfunc scan() string {\n\tfor v := range seq {\n\t\tif v == 1 {\n\t\t\tgoto done\n\t\t}\n\t}\n\treturn \"none\"\ndone:\n\treturn \"one\"\n}\nfmt.Println(scan())", "one\n"},
	)
}
