package session

import "testing"

// Pools' results keep a named composite type's identity (type Vec
// []float64 with methods, type Tags []string and type Grid [3][3]int
// without, type People []Person): a task returning one, or an any
// holding one, gives back a value of that type, in a thread pool (yaegi
// v0.16.1 handed compiled code a Vec as a []float64). (A process pool's
// compiled workers send an any's named composite by name,
// executor.RegisterNamedType, which the session registers: corpus 580;
// the interpreting workers this test links cannot send one yet.) Passed on as the arguments of a function
// (describe(f.Result())) in a loop, and assigned again to the notebook's
// variables after an assertion, the results stay (yaegi passed nil the
// second time, and assigned into the storage of the earlier value's
// type: "reflect.Set: value of type interface {} is not assignable to
// type []float64"). (The outputs are go run's.)
func TestNamedCompositePoolResults(t *testing.T) {
	for _, pool := range []string{"executor.NewThreadPool(2)"} {
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
