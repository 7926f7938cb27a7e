package display_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/display"
)

type base struct{ ID int }

type person struct {
	base
	Name   string
	Age    int
	secret string
}

func TestTable(t *testing.T) {
	people := []person{{base{1}, "Ada", 36, "x"}, {base{2}, "Linus", 54, "y"}}
	b := display.Table(people)
	want := "   ID   Name  Age\n" +
		"0   1    Ada   36\n" +
		"1   2  Linus   54"
	if got := b.String(); got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
	h := b.Data[display.MIMEHTML].(string)
	for _, s := range []string{"<th>ID</th><th>Name</th><th>Age</th>", "<tr><th>1</th><td>2</td><td>Linus</td><td>54</td></tr>"} {
		if !strings.Contains(h, s) {
			t.Errorf("html lacks %q:\n%s", s, h)
		}
	}
	if strings.Contains(h, "secret") || strings.Contains(h, "base") {
		t.Errorf("unexported field shown:\n%s", h)
	}
}

func TestTableShapes(t *testing.T) {
	for _, c := range []struct {
		name string
		rows any
		want string
	}{
		{"maps", []map[string]any{{"b": 2, "a": 1}, {"c": "x"}}, "   a  b  c\n0  1  2\n1        x"},
		{"map of rows", map[string][]int{"y": {3, 4}, "x": {1}}, "   0  1\nx  1\ny  3  4"},
		{"scalars", [2]float64{1.5, 2}, "   value\n0    1.5\n1      2"},
		{"pointers", &[]*person{{Name: "A"}, nil}, "   ID  Name  Age\n0   0     A    0\n1"},
		{"interfaces", []any{person{Name: "A"}, 7, nil}, "   ID  Name  Age  value\n0   0     A    0\n1                     7\n2"},
		{"empty", []person{}, "0 rows × 0 columns"},
		{"values without exported fields", []error{errors.New("x"), nil}, "   value\n0      x\n1"},
	} {
		if got := display.Table(c.rows).String(); got != c.want {
			t.Errorf("%s:\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
	if b := display.Table(42); !b.IsError() || !strings.Contains(b.String(), "display.Table: table: rows of type int") {
		t.Errorf("a table of an int: %v", b)
	}
	if b := display.Table(nil); !b.IsError() {
		t.Errorf("a table of nil: %v", b)
	}
}

func TestTableLong(t *testing.T) {
	rows := make([]int, 1000)
	for i := range rows {
		rows[i] = i * i
	}
	b := display.Table(rows)
	lines := strings.Split(b.String(), "\n")
	if len(lines) != 1+5+1+5+2 || strings.Join(strings.Fields(lines[6]), " ") != "… …" || lines[len(lines)-1] != "1000 rows × 1 column" {
		t.Errorf("a long table:\n%s", b)
	}
	if h := b.Data[display.MIMEHTML].(string); strings.Count(h, "<tr>") != 11 || !strings.Contains(h, "<p>1000 rows × 1 column</p>") {
		t.Errorf("html of a long table:\n%s", h)
	}
	long := strings.Repeat("é", 80)
	if got := display.Table([]string{long}).String(); !strings.HasSuffix(got, strings.Repeat("é", 49)+"…") {
		t.Errorf("a long cell: %q", got)
	}
}

func ExampleTable() {
	type city struct {
		Name       string
		Population int
	}
	fmt.Println(display.Table([]city{{"Lagos", 15_388_000}, {"Oslo", 709_000}}))
	// Output:
	//     Name  Population
	// 0  Lagos    15388000
	// 1   Oslo      709000
}

// A map's rows are in the order fmt prints its keys, for keys of any
// comparable type: structs field by field, arrays element by element,
// an interface's keys by value within a type (they were ordered by their
// text: {10 0} before {2 1}, 10 before 9).
func TestTableMapKeyOrder(t *testing.T) {
	type k struct{ A, B int }
	for _, c := range []struct {
		name   string
		rows   any
		labels []string
	}{
		{"struct keys", map[k]int{{2, 1}: 1, {1, 9}: 2, {10, 0}: 3, {2, 0}: 4}, []string{"{1 9}", "{2 0}", "{2 1}", "{10 0}"}},
		{"array keys", map[[2]int]int{{10, 1}: 1, {9, 2}: 2}, []string{"[9 2]", "[10 1]"}},
		{"interface keys", map[any]int{10: 1, 9: 2, 100: 3}, []string{"9", "10", "100"}},
	} {
		var got []string
		for _, l := range strings.Split(display.Table(c.rows).String(), "\n")[1:] {
			// the label: the line up to the spaces before the one column
			l = strings.TrimRight(l, " ")
			got = append(got, strings.TrimRight(l[:strings.LastIndex(l, "  ")], " "))
		}
		if strings.Join(got, "|") != strings.Join(c.labels, "|") {
			t.Errorf("%s: rows %q, want %q (fmt: %v)", c.name, got, c.labels, c.rows)
		}
	}
}

// A pointer (or interface) that leads back to itself ends: Table followed
// pointers and interfaces without end, and hung.
func TestTableSelfReference(t *testing.T) {
	var x any
	x = &x
	done := make(chan display.Bundle, 2)
	go func() { done <- display.Table([]any{x}); done <- display.Table(x) }()
	for range 2 {
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("display.Table of a self-referencing pointer did not return")
		}
	}
}
