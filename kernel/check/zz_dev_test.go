package check

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

func TestZZLowerSize(t *testing.T) {
	if os.Getenv("DEV") == "" {
		t.Skip()
	}
	c := New(testImporter, Config{})
	var decls strings.Builder
	for i := range 20 {
		fmt.Fprintf(&decls, "type T%d struct{ a, b int; next *T%d; tags map[string]T%d; err error }\n", i, i, i)
		fmt.Fprintf(&decls, "func (t T%d) String() string { return \"t\" }\n", i)
		fmt.Fprintf(&decls, "type E%d struct{ code int }\nfunc (e *E%d) Error() string { return \"e\" }\n", i, i)
	}
	p, _ := cell.Split("import \"fmt\"\n"+decls.String(), 1)
	r, err := c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	r.Commit()
	p, _ = cell.Split("var err error\nfmt.Printf(\"%v %+v %d\\n\", T1{a: 1}, []*T2{nil}, err)\n", 2)
	r, err = c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(len(r.Stmts.Src), r.Stmts.Src)
}
