//go:build ignore

// More in a well-known Go book's style: an expression evaluator over an
// interface with a type switch, sorting with sort.Reverse and a custom
// sort, a topological sort with a recursive function literal, deferred
// tracing, a concurrent memoizing cache with duplicate suppression, and
// nested struct embedding printed with %#v.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type Expr interface {
	Eval(env Env) float64
	String() string
}

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (v Var) String() string         { return string(v) }
func (l literal) String() string     { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string       { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string      { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string {
	var args []string
	for _, a := range c.args {
		args = append(args, a.String())
	}
	return c.fn + "(" + strings.Join(args, ", ") + ")"
}

func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}

func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func vars(e Expr, seen map[Var]bool) {
	switch e := e.(type) {
	case Var:
		seen[e] = true
	case literal:
	case unary:
		vars(e.x, seen)
	case binary:
		vars(e.x, seen)
		vars(e.y, seen)
	case call:
		for _, a := range e.args {
			vars(a, seen)
		}
	}
}

//cell

type Track struct {
	Title  string
	Artist string
	Year   int
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

func titles(ts []*Track) string {
	var out []string
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s/%s/%d", t.Title, t.Artist, t.Year))
	}
	return strings.Join(out, " ")
}

//cell

var prereqs = map[string][]string{
	"algorithms":            {"data structures"},
	"calculus":              {"linear algebra"},
	"compilers":             {"data structures", "formal languages", "computer organization"},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

var log []string

func trace(msg string) func() {
	log = append(log, "enter "+msg)
	return func() { log = append(log, "exit "+msg) }
}

func double(x int) (result int) {
	defer trace("double")()
	defer func() { log = append(log, fmt.Sprintf("double(%d) = %d", x, result)) }()
	return x + x
}

//cell

type entry struct {
	res   result
	ready chan struct{}
}

type result struct {
	value int
	err   error
}

type Memo struct {
	f     func(string) (int, error)
	mu    sync.Mutex
	cache map[string]*entry
}

func NewMemo(f func(string) (int, error)) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (int, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

type Point struct{ X, Y int }
type Circle struct {
	Point
	Radius int
}
type Wheel struct {
	Circle
	Spokes int
}

//cell

func main() {
	env := Env{"x": 3, "y": 4, "A": 2, "pi": math.Pi}
	exprs := []Expr{
		call{"sqrt", []Expr{binary{'+', binary{'*', Var("x"), Var("x")}, binary{'*', Var("y"), Var("y")}}}},
		binary{'*', Var("pi"), call{"pow", []Expr{Var("A"), literal(2)}}},
		unary{'-', binary{'/', literal(9), Var("x")}},
	}
	for _, e := range exprs {
		seen := map[Var]bool{}
		vars(e, seen)
		var names []string
		for v := range seen {
			names = append(names, string(v))
		}
		sort.Strings(names)
		fmt.Printf("%s = %.6g %v\n", e, e.Eval(env), names)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		unary{'!', literal(1)}.Eval(env)
	}()

	tracks := []*Track{
		{"Go", "Delilah", 2012},
		{"Go", "Moby", 1992},
		{"Go Ahead", "Alicia Keys", 2007},
		{"Ready 2 Go", "Martin Solveig", 2011},
	}
	sort.Sort(byArtist(tracks))
	fmt.Println(titles(tracks))
	sort.Sort(sort.Reverse(byArtist(tracks)))
	fmt.Println(titles(tracks))
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return false
	}})
	fmt.Println(titles(tracks), sort.IsSorted(byArtist(tracks)))

	for i, course := range topoSort(prereqs) {
		fmt.Printf("%d:%s ", i+1, course)
	}
	fmt.Println()
	fmt.Println(double(4), strings.Join(log, "; "))

	calls := 0
	var mu sync.Mutex
	memo := NewMemo(func(key string) (int, error) {
		mu.Lock()
		calls++
		mu.Unlock()
		if key == "" {
			return 0, fmt.Errorf("empty key")
		}
		return len(key), nil
	})
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := []string{"alpha", "be", "gamma", "alpha"}[i%4]
			results[i], _ = memo.Get(key)
		}()
	}
	wg.Wait()
	_, err := memo.Get("")
	fmt.Println(results, calls, err)

	var w Wheel
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%#v\n%v %+v\n", w, w, w)

	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	for _, r := range "héllo, 世界!\xff" {
		if r == unicode.ReplacementChar {
			invalid++
			continue
		}
		counts[r]++
		utflen[utf8.RuneLen(r)]++
	}
	fmt.Println(counts['l'], utflen, invalid, unicode.IsLetter('é'), unicode.Is(unicode.Han, '世'))
}
