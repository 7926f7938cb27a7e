//go:build ignore

// Tasks returning named slice, map and array types (a measurement
// vector with methods, tag lists, word sets and counts, a small grid, a
// named slice of a struct) run in a thread pool and a process pool: the
// results keep their types, as themselves and inside an any, asserted
// back, switched on, appended to, sorted and used as map keys.
package main

import (
	"fmt"
	"sort"

	"github.com/gofutures/gofutures/executor"
)

type Vec []float64

func (v Vec) Sum() float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

type Tags []string
type Set map[string]bool
type Counts map[string]int
type Grid [3][3]int

type Person struct {
	Name string
	Age  int
}

type People []Person

//cell

func ramp(n int) Vec {
	v := make(Vec, n)
	for i := range v {
		v[i] = float64(i) / 2
	}
	return v
}

func rampAny(n int) any { return ramp(n) }

func tags(n int) Tags {
	var t Tags
	for i := 0; i < n; i++ {
		t = append(t, fmt.Sprint("t", i))
	}
	return t
}

func set(words []string) Set {
	s := Set{}
	for _, w := range words {
		s[w] = true
	}
	return s
}

func count(words []string) any {
	c := Counts{}
	for _, w := range words {
		c[w]++
	}
	return c
}

func grid(k int) Grid {
	var g Grid
	for i := 0; i < 3; i++ {
		g[i][i] = k
	}
	return g
}

func gridAny(k int) any { return grid(k) }

func people(n int) People {
	var ps People
	for i := 0; i < n; i++ {
		ps = append(ps, Person{fmt.Sprint("p", i), 20 + i})
	}
	return ps
}

func peopleAny(n int) any { return people(n) }

func keys(s Set) []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func describe(r any, err error) string {
	switch v := r.(type) {
	case Vec:
		return fmt.Sprintf("Vec %v sum=%.1f", v, v.Sum())
	case Tags:
		return fmt.Sprintf("Tags %q", v)
	case Set:
		return fmt.Sprintf("Set %v", keys(v))
	case Counts:
		return fmt.Sprintf("Counts a=%d b=%d", v["a"], v["b"])
	case Grid:
		return fmt.Sprintf("Grid %v", v)
	case People:
		return fmt.Sprintf("People %v", v)
	case []float64:
		return fmt.Sprintf("[]float64 %v", v)
	}
	return fmt.Sprintf("other %T %v", r, err)
}

//cell

func main() {
	executor.RegisterType(Vec(nil))
	executor.RegisterType(Tags(nil))
	executor.RegisterType(Set(nil))
	executor.RegisterType(Counts(nil))
	executor.RegisterType(Grid{})
	executor.RegisterType(People(nil))
	executor.Register("ramp", ramp)
	executor.Register("rampAny", rampAny)
	executor.Register("tags", tags)
	executor.Register("set", set)
	executor.Register("count", count)
	executor.Register("grid", grid)
	executor.Register("gridAny", gridAny)
	executor.Register("people", people)
	executor.Register("peopleAny", peopleAny)
	executor.RunWorker()

	words := []string{"a", "b", "a", "c"}
	for _, name := range []string{"thread", "process"} {
		var pool executor.Executor
		if name == "thread" {
			pool = executor.NewThreadPool(2)
		} else {
			pool = executor.NewProcessPool(2)
		}
		fmt.Println("--", name)
		fmt.Println(describe(pool.Submit(ramp, 4).Result()))
		fmt.Println(describe(pool.Submit(rampAny, 3).Result()))
		fmt.Println(describe(pool.Submit(tags, 2).Result()))
		fmt.Println(describe(pool.Submit(set, words).Result()))
		fmt.Println(describe(pool.Submit(count, words).Result()))
		fmt.Println(describe(pool.Submit(grid, 2).Result()))
		fmt.Println(describe(pool.Submit(gridAny, 3).Result()))
		fmt.Println(describe(pool.Submit(people, 2).Result()))
		fmt.Println(describe(pool.Submit(peopleAny, 1).Result()))
		r, _ := pool.Submit(ramp, 3).Result()
		v := r.(Vec)
		v = append(v, Vec{10}...)
		fmt.Printf("%T %v %#v\n", v, v.Sum(), v)
		g, _ := pool.Submit(gridAny, 1).Result()
		seen := map[Grid]int{g.(Grid): 1}
		fmt.Println(seen[grid(1)], g == any(grid(1)))
		pr, _ := pool.Submit(people, 3).Result()
		ps := pr.(People)
		sort.Slice(ps, func(i, j int) bool { return ps[i].Age > ps[j].Age })
		fmt.Printf("%T %v\n", ps, ps)
		rs, err := pool.Map(ramp, []int{1, 2})
		for _, r := range rs {
			fmt.Println(describe(r, err))
		}
		pool.Close()
	}
}
