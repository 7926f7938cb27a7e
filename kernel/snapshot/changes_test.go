package snapshot

import (
	"reflect"
	"strings"
	"testing"
)

func TestMayChange(t *testing.T) {
	vars := map[string]reflect.Type{
		"data":  reflect.TypeFor[[]int](),
		"nest":  reflect.TypeFor[[][]int](),
		"n":     reflect.TypeFor[int](),
		"p":     reflect.TypeFor[struct{ X, Y int }](),
		"ptr":   reflect.TypeFor[*struct{ X int }](),
		"m":     reflect.TypeFor[map[string]int](),
		"total": reflect.TypeFor[int](),
		"reg":   reflect.TypeFor[[]string](),
	}
	funcs := map[string][]string{
		"register": {"reg", "s", "append"},
		"pure":     {"x"},
		"T.Touch":  {"t", "total"},
	}
	for _, c := range []struct{ src, want string }{
		{`len(data)`, "total"},
		{`data`, "total"},
		{`fmt.Println(data[:10], n, p, ptr)`, "total"},
		{`x := data[3] + n + p.X`, "total"},
		{`for i, v := range data { _ = i + v }`, "total"},
		{`data[3] = 1`, "data total"},
		{`sort.Ints(data)`, "data total"},
		{`n++`, "n total"},
		{`p.X = 2`, "p total"},
		{`q := &p`, "p total"},
		{`ptr.X`, "ptr total"}, // conservative: a field read through a pointer
		{`y := ptr.X`, "ptr total"},
		{`m["a"] = 1`, "m total"},
		{`nest[0][1] = 2`, "nest total"},
		{`v := nest[0]`, "nest total"},
		{`register("x")`, "reg total"},
		{`pure(n)`, "total"},
		{`p.Move()`, "p total"},
		{`f(p)`, "total"},
		{`this does not parse data`, "data total"},
	} {
		got := strings.Join(MayChange(c.src, vars, funcs, nil), " ")
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.src, got, c.want)
		}
	}
}

// A closure made in an earlier cell changes what it captured when a later
// cell runs it, which mentions only the closure.
func TestMayChangeThroughClosures(t *testing.T) {
	closures := ClosureRefs("counter := 0\ninc := func() { counter++ }")
	if strings.Join(closures, " ") != "counter" {
		t.Fatalf("closure refs %v", closures)
	}
	vars := map[string]reflect.Type{
		"counter": reflect.TypeFor[int](),
		"inc":     reflect.TypeFor[func()](),
		"n":       reflect.TypeFor[int](),
		"jobs":    reflect.TypeFor[[]struct{ Run func() }](),
	}
	for _, c := range []struct{ src, want string }{
		{"inc()", "counter inc"},
		{"jobs[0].Run()", "counter jobs"},
		{"n++", "n"},
	} {
		if got := strings.Join(MayChange(c.src, vars, nil, closures), " "); got != c.want {
			t.Errorf("%s: %q, want %q", c.src, got, c.want)
		}
	}
}
