package check

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A cell that breaks an earlier declaration is checked again without it:
// what calls that declaration breaks in turn, and a use in the cell is an
// error that says why the declaration is gone.
func TestBrokenDeclarationsCascade(t *testing.T) {
	nb := newNotebook(t)
	if _, err := nb.run(`import "fmt"
type Temp float64
func (t Temp) String() string { return fmt.Sprintf("%.1f", float64(t)) }
func label(t Temp) string { return "temp " + t.String() }`); err != nil {
		t.Fatal(err)
	}
	p, err := cell.Split("type Temp struct{ V float64 }", 2)
	if err != nil {
		t.Fatal(err)
	}
	r, err := nb.c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range r.Broken {
		names = append(names, strings.Join(b.Decl.Names, ","))
	}
	if got := strings.Join(names, " "); got != "Temp.String label" {
		t.Errorf("broken: %q, want the method and the function calling it", got)
	}

	// a method of another type of that name is no use of the removed one
	p, err = cell.Split("type Other struct{}\ntype Temp struct{ V float64 }\nvar o Other\nx := o.String()", 2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = nb.c.Check(p); err == nil || strings.Contains(err.Error(), "no longer compiles") {
		t.Errorf("error: %v", err)
	}

	p, err = cell.Split("type Temp struct{ V float64 }\nx := label(Temp{1})", 2)
	if err != nil {
		t.Fatal(err)
	}
	_, err = nb.c.Check(p)
	want := "undefined: label (func label, cell 1, no longer compiles with this cell: line 4, column 48: t.String undefined (type Temp has no field or method String))"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error: %v\nwant it to hold: %s", err, want)
	}
}
