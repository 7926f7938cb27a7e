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
	src := `type T struct{ f int }

func f(a []int, m map[string]int, v any, c chan int, p *T, fn func(), arr [3]int, k int) {
	a[k] = a[2] + arr[1] + arr[k]
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
	var sites map[string][]int
	for _, d := range r.Decls {
		if d.Sites != nil {
			sites = d.Sites
		}
	}
	want := map[string][]int{
		SiteIndex:  {4}, // a[2]; a[k] and arr[k] are checked, arr[1] cannot fail
		SiteNilMap: {5},
		SiteDiv:    {7},
		SiteAssert: {9},
		SiteSend:   {10},
		SiteClose:  {11},
		SiteNil:    {12, 13},
	}
	if fmt.Sprint(sites) != fmt.Sprint(want) {
		t.Errorf("sites %v, want %v", sites, want)
	}
}
