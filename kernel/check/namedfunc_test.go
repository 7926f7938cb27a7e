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

// The same of a return of a call of several results, the first of a
// named function type (return b.Open() in a function returning (Seq,
// error)), and the value then called directly.
func TestNamedFuncTypeTupleReturn(t *testing.T) {
	runSteps(t,
		step{"type Seq func(yield func(int) bool)\ntype Bag struct{ n int }\nfunc (b *Bag) Open() (Seq, error) {\n\treturn func(yield func(int) bool) {\n\t\tfor i := range b.n {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}, nil\n}\nfunc open(b *Bag) (Seq, error) { return b.Open() }\ntype Shelf struct{ bags map[string]*Bag }\nfunc (s Shelf) Get(k string) (Seq, int, error) { s2, err := s.bags[k].Open(); return s2, s.bags[k].n, err }\nfunc get(s Shelf, k string) (Seq, int, error) { return s.Get(k) }", ""},
		step{"func use() int {\n\ts, _ := open(&Bag{3})\n\tn := 0\n\ts(func(x int) bool { n += x; return true })\n\tg, m, _ := get(Shelf{map[string]*Bag{\"a\": {4}}}, \"a\")\n\tg(func(x int) bool { n += x * 10; return true })\n\treturn n + m*100\n}\nfmt.Println(use())", "463\n"},
	)
}

// A value of a named function type with methods returned as an interface
// it implements (a HandlerFunc as a Handler) keeps its type: it is not
// converted to the function type it stands for.
func TestNamedFuncReturnedAsInterface(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype Handler interface{ Serve(string) string }\ntype HandlerFunc func(string) string\nfunc (f HandlerFunc) Serve(p string) string { return f(p) }\nfunc wrap(h Handler) Handler {\n\treturn HandlerFunc(func(p string) string { return \"<\" + h.Serve(p) + \">\" })\n}\nfunc both(h Handler) (Handler, error) { return wrap(h), nil }", ""},
		step{"h := wrap(HandlerFunc(func(p string) string { return p }))\ng, _ := both(h)\nfmt.Println(h.Serve(\"a\"), g.Serve(\"b\"))\nfmt.Printf(\"%T\\n\", g)", "<a> <<b>>\nmain.HandlerFunc\n"},
	)
}
