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
