package check

import (
	"fmt"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A function's sites are the lines of its own operations that can raise
// each kind of runtime panic: not a function literal's, not a comma-ok
// assertion, a constant divisor or a checked index.
func TestSites(t *testing.T) {
	src := `import "fmt"

type T struct{ f int }

func f(a []int, m map[string]int, v any, c chan int, p *T, fn func(), arr [3]int, k int, fn2 func() []int) {
	a[k] = a[2] + arr[1] + arr[k] + fn2()[k]
	m["x"]++
	_ = k / 2
	k /= len(a)
	_, ok := v.(int)
	_ = v.(string)
	c <- 1
	close(c)
	_ = p.f + *&k
	fn()
	func() {
		m["y"] = k % len(a)
		_ = v.(bool)
	}()
	_ = ok
}

type E struct{ fmt.Stringer }

func g(e E, p *[2]int) int {
	_ = e.String()
	return len(p)
}

func h(m map[any]int, k any, s string) {
	if m[s] > 0 {
		return
	}
	m["c"]++
	delete(m, k)
	panic(k)
}`
	nb := newNotebook(t)
	p, err := cell.Split(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	r, err := nb.c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	sites := map[string]map[string][]int{}
	var decls []*cell.Decl
	for _, d := range p.Decls {
		if d.Kind != cell.Import {
			decls = append(decls, d)
		}
	}
	for i, d := range decls {
		sites[d.Names[0]] = r.Decls[i].Sites
	}
	want := map[string][]int{
		// (no index: the lowering checks a[k], a[2], arr[k] and fn2()[k]; arr[1] cannot fail)
		SiteNilMap: {7},
		SiteDiv:    {9},
		SiteAssert: {11},
		SiteSend:   {12},
		SiteClose:  {13},
		SiteNil:    {6, 14, 15}, // fn2(), p.f, fn()
		SiteExit:   {21},        // (no return statement)
	}
	if fmt.Sprint(sites["f"]) != fmt.Sprint(want) {
		t.Errorf("sites of f %v, want %v", sites["f"], want)
	}
	// a method of an embedded interface, len of a pointer to an array
	if want := map[string][]int{SiteNil: {26, 27}, SiteExit: {27}}; fmt.Sprint(sites["g"]) != fmt.Sprint(want) {
		t.Errorf("sites of g %v, want %v", sites["g"], want)
	}
	// keys of interface type that are no constants (m[s] is of string
	// converted to any: hashable); a return and the closing brace; a
	// panic call
	if want := map[string][]int{SiteHash: {35}, SiteNilMap: {34}, SitePanicCall: {36}, SiteExit: {32, 37}}; fmt.Sprint(sites["h"]) != fmt.Sprint(want) {
		t.Errorf("sites of h %v, want %v", sites["h"], want)
	}
}

// The function literals of a function: Go's names, their bodies' braces
// in the lowered source (after the lowering's edits on their lines) and
// their own sites.
func TestLits(t *testing.T) {
	src := "func f(xs []int, m map[string]int) func() int {\n\ta := func() int {\n\t\tg := func() int { return len(xs) / m[\"k\"] }\n\t\treturn g()\n\t}\n\tb := func() { panic(\"b\") }\n\tb()\n\treturn a\n}"
	nb := newNotebook(t)
	r := nb.check(src)
	l := r.Decls[0]
	var got []string
	for _, lt := range l.Lits {
		open := l.Src[cell.Offset(l.Src, lt.Open[0], lt.Open[1])]
		end := l.Src[cell.Offset(l.Src, lt.Close[0], lt.Close[1])]
		got = append(got, fmt.Sprintf("%s %d-%d %c%c %v", lt.Name, lt.Open[0], lt.Close[0], open, end, lt.Sites))
	}
	want := []string{
		"func1 2-5 {} map[nil:[4]]", // g() calls a func value
		"func1.1 3-3 {} map[div:[3]]",
		"func2 6-6 {} map[panic call:[6]]",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("lits\n%q, want\n%q", got, want)
	}
}

// A selection through a pointer variable that a statement before it (in
// its block or one around it) dereferenced for sure, and that the
// function never assigns again nor takes the address of, is no place a
// nil dereference can come from: n.Val on line 7 tells that n is no nil
// on the lines after, but n.Next is a pointer of its own; m is assigned,
// p's first selection is in an if's body, q's address is taken.
func TestSitesDereferenced(t *testing.T) {
	nb := newNotebook(t)
	src := "type Node struct {\n\tVal  int\n\tNext *Node\n}\n\nfunc f(n, m, p, q *Node, ok bool) int {\n\tv := n.Val\n\tv += m.Val\n\tif ok {\n\t\tv += p.Val\n\t}\n\tv += q.Val\n\t_ = &q\n\tm = nil\n\tif v > 0 {\n\t\tv += n.Val\n\t\tv += m.Val\n\t\tv += p.Val\n\t\tv += q.Val\n\t}\n\treturn v + n.Next.Val\n}"
	r := nb.check(src)
	if got, want := r.Decls[len(r.Decls)-1].Sites[SiteNil], []int{7, 8, 10, 12, 17, 18, 19, 21}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("nil sites %v, want %v", got, want)
	}
}
