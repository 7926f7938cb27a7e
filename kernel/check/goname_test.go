package check

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A value of an instance of a notebook's generic type in an interface is
// named as Go names it by %T, fmt's reports and failed assertions, not
// by the name of the copy the cells run (main.mainꞏPairꞏstringꞏint).
func TestGenericInstanceNames(t *testing.T) {
	runSteps(t,
		step{"type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\ntype Box[T any] struct{ V T }\ntype Meters float64", ""},
		step{"var p any = Pair[string, Meters]{\"x\", 5}\nvar b any = Box[[]int]{}\nfmt.Printf(\"%T %T %T\\n\", p, b, Box[Pair[int, bool]]{})", "main.Pair[string,main.Meters] main.Box[[]int] main.Box[main.Pair[int,bool]]\n"},
		step{"func show(v any) { fmt.Printf(\"%T|\", v) }\nshow(p)\nshow(&b)\nvar s fmt.Stringer\n_, ok := p.(fmt.Stringer)\nfmt.Println(ok, s == nil)", "main.Pair[string,main.Meters]|*interface {}|false true\n"},
	)
}

// A restored notebook (the session's log, with the copies its cells
// generated, seeded into a new Checker) still knows what Go calls the
// copies the log declares.
func TestGenericInstanceNamesSeeded(t *testing.T) {
	c1 := New(testImporter, Config{})
	var log []*cell.Decl
	for i, src := range []string{
		"type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}",
		"var p any = Pair[string, int]{\"x\", 5}",
	} {
		p, err := cell.Split(src, i+1)
		if err != nil {
			t.Fatal(err)
		}
		r, err := c1.Check(p)
		if err != nil {
			t.Fatal(err)
		}
		r.Commit()
		log = append(log, r.Generated...)
	}
	named := false
	for _, d := range log {
		named = named || d.GoName == "main.Pair[string,int]"
	}
	if !named {
		t.Fatal("no generated declaration is the copy of Pair[string, int] named main.Pair[string,int]")
	}
	c := New(testImporter, Config{})
	c.Seed(append(c1.Decls(), log...))
	c.SeedVars(c1.Vars())
	p, err := cell.Split(`fmt.Printf("%T\n", p)`, 3)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	if r.Stmts == nil || !strings.Contains(r.Stmts.Src, `"main.Pair[string,int]"`) || strings.Contains(r.Stmts.Src, `"main.mainꞏ`) {
		t.Fatalf("lowered:\n%v", r.Stmts)
	}
}

// A function declared before a cell makes the first copy of an instance
// of a generic type is lowered again with it, as for a type a cell
// declares: it names the instance and prints it through its String
// method (it printed struct { … }, or panicked in yaegi: "reflect.Set:
// value of type string is not assignable to type struct { Lo string; Hi
// string }").
func TestGenericInstanceLaterThanFunction(t *testing.T) {
	runSteps(t,
		step{"type Range[T int | string] struct{ Lo, Hi T }\n\nfunc (r Range[T]) String() string { return fmt.Sprintf(\"[%v..%v]\", r.Lo, r.Hi) }", ""},
		step{"func describe(v any) string { return fmt.Sprintf(\"%T=%v\", v, v) }", ""},
		step{"z := Range[int]{3, 4}\ndescribe(z)", "=> main.Range[int]=[3..4]"},
		step{"describe(z)", "=> main.Range[int]=[3..4]"},
		step{"describe(Range[string]{\"a\", \"b\"})", "=> main.Range[string]=[a..b]"},
		step{"var items = []any{Range[int]{1, 9}, &Range[string]{}}\nfmt.Println(describe(items[0]), describe(items[1]))", "main.Range[int]=[1..9] *main.Range[string]=[..]\n"},
	)
}

// An instance of a notebook's generic error type goes to compiled code
// in the error box, as a notebook error type does: errors.As finds it
// through fmt.Errorf's %w (it was false).
func TestGenericErrorAs(t *testing.T) {
	runSteps(t,
		step{"type Rejected[T any] struct{ Value T }\n\nfunc (r Rejected[T]) Error() string { return fmt.Sprintf(\"rejected %v\", r.Value) }", ""},
		step{"var r Rejected[int]\nerr := fmt.Errorf(\"w: %w\", Rejected[int]{42})\nfmt.Println(errors.As(err, &r), r.Value, err)", "true 42 w: rejected 42\n"},
		step{"func explain(err error) string {\n\tvar r Rejected[string]\n\tif errors.As(err, &r) {\n\t\treturn \"string \" + r.Value\n\t}\n\treturn \"other: \" + err.Error()\n}", ""},
		step{"fmt.Println(explain(fmt.Errorf(\"w: %w\", Rejected[string]{\"x\"})), explain(Rejected[int]{1}), errors.Is(err, Rejected[int]{42}))", "string x other: rejected 1 true\n"},
	)
}

// A value of an instance of a notebook's generic struct type with
// methods, in an interface of a compiled package (fmt.Stringer), is the
// struct: %T names the instance and an assertion back to it succeeds
// (yaegi v0.16.1's wrapper held the struct's last field: %T printed int
// for a Two[int], and s.(Two[int]) failed).
func TestGenericInstanceInCompiledInterface(t *testing.T) {
	runSteps(t,
		step{"type Two[T any] struct{ A, B T }\n\nfunc (t Two[T]) String() string { return fmt.Sprint(\"two\", t.A) }", ""},
		step{"var s fmt.Stringer = Two[int]{1, 2}\nt2, ok := s.(Two[int])\nfmt.Printf(\"%T %v %v %v\\n\", s, t2, ok, s)\nvar ps fmt.Stringer = &Two[string]{\"a\", \"b\"}\nfmt.Printf(\"%T %v\\n\", ps, ps)", "main.Two[int] two1 true two1\n*main.Two[string] twoa\n"},
		step{"func wrap(x Two[bool]) fmt.Stringer { return x }\nfmt.Printf(\"%T %v\\n\", wrap(Two[bool]{true, false}), wrap(Two[bool]{true, false}))", "main.Two[bool] twotrue\n"},
	)
}
