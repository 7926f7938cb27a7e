package complete

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

func TestReceiverBefore(t *testing.T) {
	for code, want := range map[string]string{
		"time.Now().":                   "time.Now()",
		"x := gcd(Pair{1, 2}).":         "gcd(Pair{1, 2})",
		"fmt.Println(value.":            "value",
		"&Pair{A: 1}.":                  "Pair{A: 1}", // &Pair{}.X is &(Pair{}.X)
		"x := &value.":                  "value",
		"ok&&value.":                    "value",
		`strings.NewReplacer("(", "").`: `strings.NewReplacer("(", "")`,
		"f(x /* ) */).":                 "f(x /* ) */)",
		"f(')').":                       "f(')')",
		"g(1,\n\t2).":                   "g(1,\n\t2)",
		"a.b.":                          "a.b",
		"f(g(x)[0]).":                   "f(g(x)[0])",
		"q := Pair{}\nq.":               "q", // a line's end ends a statement
		"x := f()\n\tq.":                "q",
		"f(a,\n\tb()\n).":               "f(a,\n\tb()\n)",
	} {
		if got := receiverBefore(code, len(code)-1); got != want {
			t.Errorf("receiverBefore(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestExpressionMembers(t *testing.T) {
	p, err := cell.Split(`import (
	"strings"
	tm "time"
)

type Pair struct {
	A, B int
	note string
	*strings.Builder
}

func (p Pair) Sum() int { return p.A + p.B }

func newPair(a, b int) *Pair { return &Pair{A: a, B: b} }

func started() tm.Time { return tm.Now() }

type (
	A struct{ X int }
	B struct{ Y int }
)

func mkB() B { return B{} }

type C struct{ In B }

func (c C) Copy() *C { return &c }`, 1)
	if err != nil {
		t.Fatal(err)
	}
	ty := typer{decls: p.Decls, pkgs: map[string]string{"strings": "strings", "tm": "time"}}
	pair := []string{"A", "B", "Builder", "Sum", "note"}
	for _, expr := range []string{"newPair(1, 2)", `Pair{1, 2, "", nil}`, "&Pair{}", "new(Pair)", "(newPair(1, 2))"} {
		if got := ty.members(expr); !reflect.DeepEqual(got, pair) {
			t.Errorf("%s: %v, want %v", expr, got, pair)
		}
	}
	// standard types: a subset of their members
	for expr, some := range map[string][]string{
		"started()":             {"Add", "Format", "Unix"}, // time.Time via the notebook's import name
		"tm.Now()":              {"Add", "Format", "Unix"},
		"time.Unix(0, 0)":       {"Add", "Format", "Unix"}, // not imported yet
		"strings.NewReplacer()": {"Replace", "WriteString"},
		"tm.NewTimer(0)":        {"C", "Reset", "Stop"}, // a field and methods
	} {
		got := ty.members(expr)
		for _, w := range some {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %v lacks %s", expr, got, w)
			}
		}
	}
	for _, expr := range []string{"B{}", "mkB()"} {
		if got := ty.members(expr); !reflect.DeepEqual(got, []string{"Y"}) {
			t.Errorf("%s (a type of a group): %v", expr, got)
		}
	}
	// variables of known types (what the interpreter reports)
	ty.vars = map[string]string{"c": "C", "pool": "github.com/gofutures/gofutures/executor.ProcessPool", "timer": "time.Timer"}
	for expr, want := range map[string][]string{
		"c.In":        {"Y"},
		"c.Copy().In": {"Y"},
		"c.Copy()":    {"Copy", "In"},
	} {
		if got := ty.members(expr); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v, want %v", expr, got, want)
		}
	}
	if got := ty.members("pool.Submit(f, 1)"); !slices.Contains(got, "Result") || !slices.Contains(got, "Cancel") {
		t.Errorf("pool.Submit(f, 1): %v", got)
	}
	if got := ty.members("timer.C"); got != nil { // a channel has no members
		t.Errorf("timer.C: %v", got)
	}
	ty.vars = nil
	for _, expr := range []string{"unknown()", "value.A", "[]int{1}"} {
		if got := ty.members(expr); got != nil {
			t.Errorf("%s: %v, want nothing", expr, got)
		}
	}
	// a value of a predeclared type has no members (error has Error)
	for expr, want := range map[string][]string{`strings.Repeat("", 1)`: {}, `strings.Cut("", "")`: {},
		"tm.Now().Date()": {}, "new(error)": {"Error"}} {
		if got := ty.members(expr); got == nil || !slices.Equal(got, want) {
			t.Errorf("%s: %#v, want %v", expr, got, want)
		}
	}
}

// gofutures' own packages complete and document from the sources the
// binary carries.
func TestLibraryDocs(t *testing.T) {
	const ex = "github.com/gofutures/gofutures/executor"
	if got := packageMembers(ex); !slices.Contains(got, "NewProcessPool") || !slices.Contains(got, "AsCompleted") {
		t.Errorf("executor members: %v", got)
	}
	if d := packageDoc(ex, "NewProcessPool"); !strings.Contains(d, "func NewProcessPool(maxWorkers int") {
		t.Errorf("NewProcessPool doc: %q", d)
	}
	if got := packageMembers("github.com/gofutures/gofutures/display"); !slices.Contains(got, "NewTaskTable") {
		t.Errorf("display members: %v", got)
	}
	ty := typer{pkgs: map[string]string{"executor": ex}}
	if got := ty.members("executor.NewProcessPool(2)"); !slices.Contains(got, "Submit") || !slices.Contains(got, "Terminate") {
		t.Errorf("ProcessPool members: %v", got)
	}
}
