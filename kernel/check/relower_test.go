package check

import (
	"testing"

	"github.com/gofutures/gofutures/symbols"
)

// A helper declared before the types it prints or asserts to: its
// lowering is redone when a later cell declares them.
func TestHelpersBeforeTypes(t *testing.T) {
	runSteps(t,
		step{`type Shape interface{ Area() float64 }
func total(xs []any) (t float64) {
	for _, x := range xs {
		if s, ok := x.(Shape); ok {
			t += s.Area()
		}
	}
	return t
}
func str(x any) string {
	if s, ok := x.(fmt.Stringer); ok {
		return s.String()
	}
	return "?"
}
func show(v any) { fmt.Printf("%v %+v\n", v, v) }`, ""},
		step{"type Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s * q.s }\nfunc (q Sq) String() string { return \"sq\" }", ""},
		step{"fmt.Println(total([]any{Sq{2}, 3, Sq{1}}), str(Sq{1}), str(2))\nshow(Sq{3})", "5 sq ?\nsq sq\n"},
		step{"type Money int64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int64(m)) }\ntype pt struct{ x, y int }", ""},
		step{"show(Money(3))\nshow(pt{1, 2})", "$3 $3\n{1 2} {x:1 y:2}\n"},
		// a cell declaring a type that changes nothing for them
		step{"type plain int", ""},
		step{"show(plain(5))\nshow(Sq{1})", "5 5\nsq sq\n"},
	)
}

// Printing calls that spread a slice of operands.
func TestFmtSpreadOperands(t *testing.T) {
	runSteps(t,
		step{"type Sq struct{ s float64 }\nfunc (q Sq) String() string { return \"sq\" }\ntype pt struct{ x int }", ""},
		step{`func p(xs ...any) { fmt.Println(xs...) }
func pr(xs ...any) { fmt.Print(xs...); fmt.Print("\n") }
func logf(format string, args ...any) { fmt.Printf("log: "+format+"\n", args...) }
func wrap(format string, args ...any) error { return fmt.Errorf(format, args...) }`, ""},
		step{`p(Sq{1}, 2, pt{3})
pr(Sq{1}, 2, "x", pt{4})
logf("%v and %+v, %T", Sq{1}, pt{2}, 3)
err := wrap("ctx %v: %w", Sq{1}, io.EOF)
fmt.Println(err, errors.Is(err, io.EOF))`, "sq 2 {3}\nsq 2x{4}\nlog: sq and {x:2}, int\nctx sq: EOF true\n"},
	)
}

// %T in a printing call that spreads its operands names the cell types
// as Go does (yaegi's reflect type printed struct { s float64 ... }),
// the format constant or not (an operand of %T and of another verb is
// left as it is: fmt names yaegi's type).
func TestFmtSpreadTypes(t *testing.T) {
	runSteps(t,
		step{"type Sq struct{ s float64 }\nfunc (q Sq) String() string { return \"sq\" }\ntype pt struct{ x int }\ntype ID int", ""},
		step{`func logf(format string, args ...any) { fmt.Printf("log: "+format+"\n", args...) }
func typed(args ...any) string { return fmt.Sprintf("%T|%v|%T", args...) }`, ""},
		step{`logf("%T %T %T %v %-6T|", Sq{1}, &pt{2}, ID(3), Sq{}, 1.5)
fmt.Println(typed(pt{1}, 2), typed(Sq{}, []pt{}, 1))`, "log: main.Sq *main.pt main.ID sq float64|\nmain.pt|2|%!T(MISSING) main.Sq|[]|int\n"},
	)
}

// Composites of cell types put in an "any" print as Go prints them, also
// in a helper declared before the composite was first converted; one
// that shares its reflect type with another put in an "any" is left as
// it was.
func TestFmtCompositesInAny(t *testing.T) {
	runSteps(t,
		step{"type Money int64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int64(m)) }\ntype pt struct{ x, y int }\ntype Cents int64", ""},
		step{"func show(v any) { fmt.Printf(\"%v %+v\\n\", v, v) }", ""},
		step{"show([]Money{1, 2})\nshow(map[string]pt{\"a\": {1, 2}})\nvar x any = [2]Money{3}\nfmt.Println(x)", "[$1 $2] [$1 $2]\nmap[a:{1 2}] map[a:{x:1 y:2}]\n[$3 $0]\n"},
		step{"show([][]pt{{{5, 6}}})\nshow([]int{7})", "[[{5 6}]] [[{x:5 y:6}]]\n[7] [7]\n"},
		// []Cents and []Money are one type to the interpreter: neither
		// is offered once both went into an "any"
		step{"show([]Cents{8})\nshow([]Money{9})", "[8] [8]\n[9] [9]\n"},
	)
}

// A named composite type of cell types (type Shelf []*Jar) is its
// underlying type once in an "any" (yaegi v0.16.1 gives it no reflect
// type of its own): its elements print as Go prints them, by their
// methods, also in a helper declared before the types; %T names the
// underlying type (KNOWN_DIFFERENCES.md, 475). One with methods is a
// type of its own there, which fmt is handed as the cell types it holds.
func TestFmtNamedCompositesInAny(t *testing.T) {
	runSteps(t,
		step{"func show(v any) { fmt.Printf(\"%v %+v\\n\", v, v) }", ""},
		step{"type Jar struct{ Spice string }\nfunc (j *Jar) String() string { return \"jar of \" + j.Spice }\ntype Shelf []*Jar\ntype Rack map[string]Shelf\ntype Row [2]Jar\ntype Crate []*Jar\nfunc (c Crate) Len() int { return len(c) }", ""},
		step{"s := Shelf{{\"mace\"}}\nshow(s)\nshow(Rack{\"top\": s})\nvar x any = Row{{\"a\"}, {\"b\"}}\nfmt.Println(x)\nshow(Crate{{\"dill\"}})", "[jar of mace] [jar of mace]\nmap[top:[jar of mace]] map[top:[jar of mace]]\n[{a} {b}]\n[jar of dill] [jar of dill]\n"},
		// one reflect type: Bills and Sums (without methods) are
		// []int64, which Money's String would print wrongly
		step{"type Money int64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int64(m)) }\ntype Cents int64\ntype Bills []Money\nfunc (b Bills) N() int { return len(b) }\ntype Sums []Cents", ""},
		step{"show(Bills{1})\nshow(Sums{2})\nshow([]Cents{3})", "[$1] [$1]\n[2] [2]\n[3] [3]\n"},
		// elements of an interface type: the candidates of "any" are
		// not sought again while they are sought
		step{"type Bag []any\nfunc (b Bag) N() int { return len(b) }\nshow(Bag{Money(4), 5})\nfmt.Println(Bag{Money(6)})", "[$4 5] [$4 5]\n[$6]\n"},
	)
}

// A composite of cell types returned as an "any" (func g() any { return
// []P{...} }) is one put in an "any" too: it prints as Go prints it.
func TestFmtCompositesReturnedAsAny(t *testing.T) {
	runSteps(t,
		step{"type P struct{ s string }\nfunc g() any { return []P{{\"x\"}} }\nfunc h() (any, error) { return map[string]P{\"k\": {\"y\"}}, nil }", ""},
		step{"v, _ := h()\nfmt.Printf(\"%+v %T %+v\\n\", g(), g(), v)", "[{s:x}] []main.P map[k:{s:y}]\n"},
	)
}

// A function handed to compiled code as an "any" (an executor's task)
// is called by reflection there, which returns its results in
// interfaces: composites of cell types among its results print as Go
// prints them.
func TestFmtCompositesFromFuncResults(t *testing.T) {
	nb := newNotebook(t)
	if err := nb.in.Use(symbols.Symbols); err != nil {
		t.Fatal(err)
	}
	nb.steps(t,
		step{"import \"github.com/gofutures/gofutures/executor\"\ntype Inv struct{ N int }\nfunc (i Inv) String() string { return fmt.Sprintf(\"inv%d\", i.N) }", ""},
		step{"func mk() map[int]Inv { return map[int]Inv{1: {1}} }", ""},
		step{"pool := executor.NewThreadPool(1)\nv, _ := pool.Submit(mk).Result()\nw, _ := pool.Submit(func() []Inv { return []Inv{{2}} }).Result()\nfmt.Println(v, w)", "map[1:inv1] [inv2]\n"},
	)
}
