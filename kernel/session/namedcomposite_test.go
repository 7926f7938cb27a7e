package session

import "testing"

// Pools' results keep a named composite type's identity (type Vec
// []float64 with methods, type Tags []string and type Grid [3][3]int
// without, type People []Person): a task returning one, or an any
// holding one, gives back a value of that type, in a thread pool (yaegi
// v0.16.1 handed compiled code a Vec as a []float64) and in a process
// pool of the interpreting workers this test links (an any's Vec
// crosses by name, executor.RegisterNamedType and NamedValueResolver;
// compiled workers: corpus 580). Passed on as the arguments of a function
// (describe(f.Result())) in a loop, and assigned again to the notebook's
// variables after an assertion, the results stay (yaegi passed nil the
// second time, and assigned into the storage of the earlier value's
// type: "reflect.Set: value of type interface {} is not assignable to
// type []float64"). (The outputs are go run's.)
func TestNamedCompositePoolResults(t *testing.T) {
	for _, pool := range []string{"executor.NewThreadPool(2)", "executor.NewProcessPool(1)"} {
		t.Run(pool, func(t *testing.T) {
			nb, out := executorSession(t, false)
			value(t, nb, `import (
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

type Vec []float64

func (v Vec) Sum() float64 { return 1 }

type Tags []string
type Grid [3][3]int
type Person struct{ Name string }
type People []Person

func ramp(n int) Vec { return make(Vec, n) }
func rampAny(n int) any { return ramp(n) }
func tags(n int) Tags { return make(Tags, n) }
func gridAny(k int) any { return Grid{{k}} }
func peopleAny(n int) any { return People{{"ann"}} }

func show(r any, err error) string {
	switch v := r.(type) {
	case Vec:
		return fmt.Sprintf("Vec %v %v", len(v), v.Sum())
	case []float64:
		return "[]float64"
	}
	_, isT := r.(Tags)
	return fmt.Sprintf("%T %v %v %v", r, r, isT, err)
}

func loop(p executor.Executor) string {
	s := ""
	for i := 0; i < 2; i++ {
		s += show(p.Submit(rampAny, i).Result()) + "|" + show(p.Submit(ramp, i).Result()) + "|"
	}
	return s
}`, 1)
			got := value(t, nb, `pool := `+pool+`
r, err := pool.Submit(ramp, 2).Result()
v, ok := r.(Vec)
a := fmt.Sprintf("%T %v %v", v, ok, err)
r, err = pool.Submit(rampAny, 3).Result()
a += "; " + show(r, err)
r, err = pool.Submit(tags, 2).Result()
a += "; " + show(r, err) + "; " + show(pool.Submit(gridAny, 3).Result()) + "; " + show(pool.Submit(peopleAny, 1).Result())
a += "; " + loop(pool)
pool.Close()
a`, 2)
			want := "main.Vec true <nil>; Vec 3 1; main.Tags [ ] true <nil>; main.Grid [[3 0 0] [0 0 0] [0 0 0]] false <nil>; main.People [{ann}] false <nil>; Vec 0 1|Vec 0 1|Vec 1 1|Vec 1 1|"
			if got != want {
				t.Errorf("got  %s\nwant %s\n%s", got, want, out.String())
			}
		})
	}
}

// Named slice, map and array types, with methods and without, and a
// named slice of a cell struct keep their identity in the values a
// restart restores: in their variables, in an any, in a []any and as a
// map's values; assertions to them hold, to their underlying types
// fail, and append(v, w...) and conversions work after. (The outputs
// are go run's.)
func TestNamedCompositesRestored(t *testing.T) {
	nb := newNotebook(t)
	steps := []struct{ code, want string }{
		{"import (\"fmt\"; \"sort\")\ntype Vec []float64\nfunc (v Vec) Sum() float64 {\n\ts := 0.0\n\tfor _, x := range v {\n\t\ts += x\n\t}\n\treturn s\n}\ntype Set map[string]bool\ntype Grid [2][2]int\ntype Person struct {\n\tName string\n\tAge  int\n}\ntype People []Person\nfunc (p People) Len() int           { return len(p) }\nfunc (p People) Less(i, j int) bool { return p[i].Age < p[j].Age }\nfunc (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }", ""},
		{"v := Vec{1, 2}\nvar x any = Vec{3}\nbox := []any{Set{\"a\": true}, Grid{{1, 2}}, People{{\"b\", 30}, {\"a\", 20}}}\nbyName := map[string]Vec{\"k\": {4, 5}}", ""},
	}
	for i, st := range steps {
		if got := nb.cell(st.code); got != st.want {
			t.Errorf("cell %d: got %s, want %s", i+1, got, st.want)
		}
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("restart: notes %v, lost %v", r.Notes, r.Lost)
	}
	got := nb.cell("xv, ok := x.(Vec)\n_, isF := x.([]float64)\ns, okS := box[0].(Set)\ng, okG := box[1].(Grid)\nps, okP := box[2].(People)\nsort.Sort(ps)\nv = append(v, xv...)\nv = append(v, byName[\"k\"]...)\nfmt.Sprintf(\"%T %v %v %v|%v %v %v %v|%T %v %v|%v %.0f %v\", x, ok, isF, xv.Sum(), okS, s[\"a\"], okG, g[0][1], ps, okP, ps[0].Name, v, v.Sum(), []float64(v)[0])")
	want := "main.Vec true false 3|true true true 2|main.People true a|[1 2 3 4 5] 15 1"
	if got != want {
		t.Errorf("after the restart:\ngot  %s\nwant %s", got, want)
	}
}

// A failed assertion between two local types spelled alike says so as
// Go's runtime does ("(types from different scopes)"), recovered and
// uncaught.
func TestLocalTypesOtherScopeMessage(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfunc mk() any {\n\ttype item struct{ N int }\n\treturn item{1}\n}\nfunc read(x any) (msg string) {\n\ttype item struct{ N int }\n\tdefer func() { msg = fmt.Sprint(recover()) }()\n\treturn fmt.Sprint(x.(item).N)\n}", ""},
		{"fmt.Println(read(mk()))", "interface conversion: interface {} is main.item, not main.item (types from different scopes)\n"},
	})
}
