package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// notebook200 returns 20 cells of 10 lines each: types, methods, funcs
// and statements that use what cells before declared.
func notebook200() []string {
	var cells []string
	for i := range 20 {
		var b strings.Builder
		fmt.Fprintf(&b, "type T%d struct{ A, B int }\n", i)
		fmt.Fprintf(&b, "func (t T%d) Sum() int { return t.A + t.B }\n", i)
		fmt.Fprintf(&b, "func f%d(xs []int) (int, error) {\n", i)
		fmt.Fprintf(&b, "\ts := 0\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n")
		fmt.Fprintf(&b, "\treturn s + T%d{1, 2}.Sum(), nil\n}\n", i)
		fmt.Fprintf(&b, "v%d, _ := f%d([]int{%d, 2})\n", i, i, i)
		fmt.Fprintf(&b, "fmt.Println(strings.Repeat(\"x\", v%d%%5))", i)
		cells = append(cells, b.String())
	}
	return cells
}

func BenchmarkCheck200(b *testing.B) {
	c := New(testImporter, Config{})
	cells := notebook200()
	for i, src := range cells[:19] {
		p, err := cell.Split(src, i+1)
		if err != nil {
			b.Fatal(err)
		}
		r, err := c.Check(p)
		if err != nil {
			b.Fatal(err)
		}
		r.Commit()
	}
	p, err := cell.Split(cells[19], 20)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexLoop measures what checked indexing costs an interpreted
// loop: the same loop over a slice, lowered (sub-benchmark "checked") and
// as written.
func BenchmarkIndexLoop(b *testing.B) {
	src := "func sum(a []int) int {\n\ts := 0\n\tfor i := 0; i < len(a); i++ {\n\t\ts += a[i]\n\t}\n\treturn s\n}"
	for _, lowered := range []bool{false, true} {
		name := "plain"
		if lowered {
			name = "checked"
		}
		b.Run(name, func(b *testing.B) {
			nb := newNotebook(&testing.T{})
			code := src
			if lowered {
				p, _ := cell.Split(src, 1)
				r, err := nb.c.Check(p)
				if err != nil {
					b.Fatal(err)
				}
				code = r.Decls[0].Src
				for _, i := range r.Decls[0].Imports {
					if _, err := nb.in.Eval(i.Source()); err != nil {
						b.Fatal(err)
					}
				}
			}
			if _, err := nb.in.Eval(code); err != nil {
				b.Fatal(err)
			}
			if _, err := nb.in.Eval("var a = make([]int, 1000)"); err != nil {
				b.Fatal(err)
			}
			f, err := nb.in.Eval("sum")
			if err != nil {
				b.Fatal(err)
			}
			sum := f.Interface().(func([]int) int)
			a := make([]int, 1000)
			for b.Loop() {
				sum(a)
			}
		})
	}
}

// BenchmarkCheckTrivial is the checker's share of a trivial cell.
func BenchmarkCheckTrivial(b *testing.B) {
	c := New(testImporter, Config{Marker: "m.At"})
	p, _ := cell.Split("import \"fmt\"\nfmt.Sprint(1)", 1)
	r, err := c.Check(p)
	if err != nil {
		b.Fatal(err)
	}
	r.Commit()
	p, _ = cell.Split("1+1", 2)
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}
