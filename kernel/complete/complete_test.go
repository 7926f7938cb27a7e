package complete

import (
	"slices"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// notebook is a namespace as a supervisor would report it after a cell
// that imports, declares and sets a variable.
func notebook(t *testing.T) Namespace {
	t.Helper()
	p, err := cell.Split(`import (
	"strings"
	tm "time"
)

// Pair holds two numbers.
type Pair struct {
	// A is the first.
	A, B int
}

// Sum adds the pair's numbers.
func (p Pair) Sum() int { return p.A + p.B }

// gcd is Euclid's algorithm.
func gcd(a, b int) int { return a }

const limit = 10`, 3)
	if err != nil {
		t.Fatal(err)
	}
	return Namespace{
		Decls:   p.Decls,
		Vars:    []string{"counter", "pr", "sb"},
		Members: map[string][]string{"sb": {"Len", "String", "WriteString"}},
		Types:   map[string]string{"sb": "*strings.Builder", "pr": "Pair"},
	}
}

func TestCompleteNames(t *testing.T) {
	ns := notebook(t)
	code := "x := g"
	c := Complete(ns, code, len(code))
	if !slices.Contains(c.Matches, "gcd") || !slices.Contains(c.Matches, "goto") || !slices.Contains(c.Matches, "go") {
		t.Errorf("matches for g: %v", c.Matches)
	}
	if c.CursorStart != 5 || c.CursorEnd != 6 {
		t.Errorf("cursor %d-%d, want 5-6", c.CursorStart, c.CursorEnd)
	}
	kinds := map[string]string{}
	for _, m := range c.Types {
		kinds[m.Text] = m.Type
		if m.Start != 5 || m.End != 6 {
			t.Errorf("match %+v: want start 5 end 6", m)
		}
	}
	if kinds["gcd"] != "func" || kinds["goto"] != "keyword" {
		t.Errorf("kinds %v", kinds)
	}
	for code, want := range map[string]string{"co": "counter", "li": "limit", "t": "tm", "Pa": "Pair", "app": "append"} {
		if c := Complete(ns, code, len(code)); !slices.Contains(c.Matches, want) {
			t.Errorf("Complete(%q) = %v, want %s among them", code, c.Matches, want)
		}
	}
	// Cursors count code points, not bytes.
	code = "s := \"é\"; gc"
	if c := Complete(ns, code, len([]rune(code))); !slices.Equal(c.Matches, []string{"gcd"}) || c.CursorEnd != len([]rune(code)) {
		t.Errorf("after a non-ASCII string: %+v", c)
	}
	if c := Complete(Namespace{}, "zzz", 3); len(c.Matches) != 0 || c.Matches == nil || c.Types == nil {
		t.Errorf("no matches must be empty lists, not nil: %+v", c)
	}
}

func TestCompleteMembers(t *testing.T) {
	ns := notebook(t)
	for code, want := range map[string][]string{
		"tm.Sin":        {"Since"}, // a package by its import name
		"strings.ToU":   {"ToUpper", "ToUpperSpecial"},
		"sort.Ints":     {"Ints", "IntsAreSorted"}, // a standard package not imported yet
		"sb.Wri":        {"WriteString"},           // a variable's members as reported
		"Pair{1, 2}.S":  {"Sum"},                   // a composite literal's type
		"tm.Now().Unix": {"Unix", "UnixMicro", "UnixMilli", "UnixNano"},
		"unknownVar.Su": {"Sum"}, // unknown type: every notebook method
	} {
		c := Complete(ns, code, len(code))
		if !slices.Equal(c.Matches, want) {
			t.Errorf("Complete(%q) = %v, want %v", code, c.Matches, want)
		}
	}
}

func TestInspect(t *testing.T) {
	ns := notebook(t)
	code := "gcd(1, 2)"
	got := Inspect(ns, code, 1) // inside the name
	if !strings.Contains(got, "func gcd(a, b int) int") || !strings.Contains(got, "// gcd is Euclid's algorithm.") ||
		!strings.Contains(got, "(declared in cell 3)") {
		t.Errorf("Inspect gcd = %q", got)
	}
	if got := Inspect(ns, "tm.Since", 5); !strings.Contains(got, "func Since(t Time) Duration") {
		t.Errorf("Inspect tm.Since = %q", got)
	}
	if got := Inspect(ns, "strings.Fields", 8); !strings.Contains(got, "func Fields(s string) []string") {
		t.Errorf("Inspect strings.Fields = %q", got)
	}
	// members of values: a notebook type's method and field, a standard
	// type's method
	if got := Inspect(ns, "pr.Sum()", 4); !strings.Contains(got, "func (p Pair) Sum() int") ||
		!strings.Contains(got, "// Sum adds the pair's numbers.") {
		t.Errorf("Inspect pr.Sum = %q", got)
	}
	if got := Inspect(ns, "pr.A", 4); !strings.Contains(got, "field A int of Pair") || !strings.Contains(got, "// A is the first.") {
		t.Errorf("Inspect pr.A = %q", got)
	}
	if got := Inspect(ns, "Pair{1, 2}.Sum", 12); !strings.Contains(got, "func (p Pair) Sum() int") {
		t.Errorf("Inspect Pair{1, 2}.Sum = %q", got)
	}
	if got := Inspect(ns, "sb.WriteString", 6); !strings.Contains(got, "func (b *Builder) WriteString(s string) (int, error)") {
		t.Errorf("Inspect sb.WriteString = %q", got)
	}
	if got := Inspect(ns, "pr.Nope", 5); got != "" {
		t.Errorf("Inspect of an unknown member = %q, want nothing", got)
	}
	if got := Inspect(ns, "nothing", 3); got != "" {
		t.Errorf("Inspect of an unknown name = %q, want nothing", got)
	}
}

// The names kernel/check and mono declare for a notebook (a type of a
// function declared at the top level, a specialised copy) are not
// offered.
func TestCompleteLeavesHiddenNamesOut(t *testing.T) {
	p, err := cell.Split("type pointꞏlocalꞏ1f2e3d4c struct{ x int }\nfunc slicesꞏSortꞏint(x []int) {}\nfunc pick() {}", 4)
	if err != nil {
		t.Fatal(err)
	}
	code := "p"
	c := Complete(Namespace{Decls: p.Decls}, code, len(code))
	if !slices.Contains(c.Matches, "pick") || slices.Contains(c.Matches, "pointꞏlocalꞏ1f2e3d4c") {
		t.Errorf("matches for p: %v", c.Matches)
	}
	if c := Complete(Namespace{Decls: p.Decls}, "sl", 2); slices.ContainsFunc(c.Matches, func(m string) bool { return strings.Contains(m, "ꞏ") }) {
		t.Errorf("matches for sl: %v", c.Matches)
	}
}

// The type of a variable comes from its var declaration in an earlier
// cell, or from a declaration earlier in the cell being written; a
// variable of a type without members has none to offer.
func TestCompleteDeclaredVariables(t *testing.T) {
	ns := notebook(t)
	p, err := cell.Split(`var (
	origin = Pair{1, 2}
	started tm.Time
	total int
)`, 4)
	if err != nil {
		t.Fatal(err)
	}
	ns.Decls = append(ns.Decls, p.Decls...)
	ns.Types["fut"] = "github.com/gofutures/gofutures/executor.ThreadPool"
	for code, want := range map[string][]string{
		"origin.":                                {"A", "B", "Sum"},
		"started.Unix":                           {"Unix", "UnixMicro", "UnixMilli", "UnixNano"},
		"total.":                                 {},
		"q := Pair{}\nq.":                        {"A", "B", "Sum"},
		"var q Pair\nq.":                         {"A", "B", "Sum"},
		"var q *Pair\nq.":                        {"A", "B", "Sum"},
		"n := pr.A\nn.":                          {},
		"f := fut.Submit(g)\nf.Resul":            {"Result", "ResultContext", "ResultTimeout"},
		"v, err := fut.Submit(g).Result()\nerr.": {"Error"},
		"d := tm.Since(started)\nd.Hou":          {"Hours"},
		"for i := 0; i < 3; i++ {\n\tq := Pair{}\n\tq.": {"A", "B", "Sum"},
	} {
		c := Complete(ns, code, len([]rune(code)))
		if !slices.Equal(c.Matches, want) {
			t.Errorf("Complete(%q) = %v, want %v", code, c.Matches, want)
		}
	}
	if got := Inspect(ns, "origin.Sum", 9); !strings.Contains(got, "func (p Pair) Sum() int") {
		t.Errorf("Inspect origin.Sum = %q", got)
	}
}

// A variable that statements set is documented with its type, when known,
// and the cell that set it.
func TestInspectVariable(t *testing.T) {
	ns := notebook(t)
	if got := Inspect(ns, "pr", 1); !strings.Contains(got, "pr Pair") {
		t.Errorf("Inspect pr = %q", got)
	}
	if got := Inspect(ns, "counter", 2); !strings.Contains(got, "counter") {
		t.Errorf("Inspect counter = %q", got)
	}
}

// Inside a call's parentheses, off any name, inspection documents the
// function called, as IPython's does.
func TestInspectInsideCall(t *testing.T) {
	ns := notebook(t)
	for code, want := range map[string]string{
		"strings.Fields(":        "func Fields(s string) []string",
		"x := gcd(1, ":           "func gcd(a, b int) int",
		"gcd(strings.Count(s, ":  "func Count(s, substr string) int",
		"gcd(strings.Count(s), ": "func gcd(a, b int) int",
		"pr.Sum(":                "func (p Pair) Sum() int",
		"gcd(\")\", ":            "func gcd(a, b int) int",
	} {
		if got := Inspect(ns, code, len(code)); !strings.Contains(got, want) {
			t.Errorf("Inspect(%q) = %q, want %q", code, got, want)
		}
	}
	if got := Inspect(ns, "x := 1 + ", 9); got != "" {
		t.Errorf("Inspect outside a call = %q", got)
	}
}
