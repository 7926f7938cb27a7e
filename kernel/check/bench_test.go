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
	c := New(testImporter)
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
