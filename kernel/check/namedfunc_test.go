package check

import "testing"

// A value of a named function type (an iter.Seq's copy in the notebook;
// here a cell's own Seq) that a method returns, a function returns as a
// method's result (return (&Bag{n}).All()), or a method value or method
// expression holds, called or ranged over: yaegi v0.16.1 took the call
// for a call of a generic function and panicked compiling the cell ("CFG
// post-order panic"); the lowering returns and calls such values as the
// function type they stand for (namedfunc.go).
func TestNamedFuncTypeResults(t *testing.T) {
	runSteps(t,
		step{"type Seq func(yield func(int) bool)\ntype Bag struct{ n int }\nfunc (b *Bag) All() Seq {\n\treturn func(yield func(int) bool) {\n\t\tfor i := range b.n {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nfunc count(n int) Seq { return (&Bag{n}).All() }", ""},
		step{"bag := &Bag{2}\nall := bag.All\nn := 0\nfor range all() {\n\tn++\n}\nfmt.Println(n)", "2\n"},
		step{"f := (*Bag).All\nfor x := range f(&Bag{3}) {\n\tfmt.Print(x)\n}\nfmt.Println()", "012\n"},
		step{"func apply(s Seq) (n int) {\n\ts(func(x int) bool { n += x; return true })\n\treturn n\n}\nfmt.Println(apply(count(3)))", "3\n"},
		step{"type Walker struct{ b *Bag }\nfunc (w Walker) Seq() Seq { return w.b.All() }\nfunc twice(s Seq) Seq { return Seq(func(y func(int) bool) { s(y); s(y) }) }", ""},
		step{"fmt.Println(apply(twice(Walker{&Bag{3}}.Seq())))", "6\n"},
		step{"func sum(n int) (s int) {\n\tfor x := range count(n) {\n\t\ts += x\n\t}\n\tfor x := range bag.All() {\n\t\ts += x * 10\n\t}\n\treturn s\n}\nfmt.Println(sum(4))", "16\n"},
	)
}
