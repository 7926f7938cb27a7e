//go:build ignore

// sort.Interface implemented several ways: a named slice type, a struct
// holding a slice and a less func, embedding to override Less (the
// sort.Reverse trick written by hand), multi-key sorting with a slice of
// comparators, sort.Stable keeping ties in order, and sort.Search on the
// result. A later cell adds methods to a type declared earlier.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byName struct{ BySalary }

func (s byName) Less(i, j int) bool { return s.BySalary[i].Name < s.BySalary[j].Name }

type desc struct{ sort.Interface }

func (d desc) Less(i, j int) bool { return d.Interface.Less(j, i) }

//cell

type lessFunc func(a, b *Employee) int

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }

//cell

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	for _, f := range ms.less {
		if c := f(p, q); c != 0 {
			return c < 0
		}
	}
	return false
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var (
	dept   lessFunc = func(a, b *Employee) int { return strings.Compare(a.Dept, b.Dept) }
	salary lessFunc = func(a, b *Employee) int { return cmpInt(b.Salary, a.Salary) }
	age             = func(a, b *Employee) int { return cmpInt(a.Age, b.Age) }
)

func names(es []Employee) string {
	var ns []string
	for _, e := range es {
		ns = append(ns, e.Name)
	}
	return strings.Join(ns, " ")
}

//cell

type Grid [][]int

func (g Grid) Len() int           { return len(g) }
func (g Grid) Less(i, j int) bool { return sum(g[i]) < sum(g[j]) }
func (g Grid) Swap(i, j int)      { g[i], g[j] = g[j], g[i] }

func sum(r []int) (s int) {
	for _, v := range r {
		s += v
	}
	return
}

//cell

func main() {
	staff := []Employee{
		{"ann", "eng", 120, 30}, {"bob", "ops", 90, 45}, {"cy", "eng", 120, 25},
		{"dee", "ops", 95, 28}, {"eve", "eng", 100, 41}, {"fay", "hr", 90, 33},
	}
	s := append([]Employee(nil), staff...)
	sort.Stable(BySalary(s))
	fmt.Println(names(s))
	sort.Sort(byName{s})
	fmt.Println(names(s))
	sort.Stable(desc{BySalary(s)})
	fmt.Println(names(s))
	sort.Sort(sort.Reverse(byName{s}))
	fmt.Println(names(s), sort.IsSorted(sort.Reverse(byName{s})))

	OrderedBy(dept, salary, age).Sort(s)
	fmt.Println(names(s))
	OrderedBy(age).Sort(s)
	fmt.Println(names(s))
	ms := OrderedBy(salary, dept)
	ms.Sort(s)
	fmt.Println(names(s), ms.Len())

	sort.Sort(BySalary(s))
	i := sort.Search(len(s), func(i int) bool { return s[i].Salary >= 100 })
	fmt.Println(i, s[i].Salary)
	var sorter sort.Interface = BySalary(s)
	sorter.Swap(0, len(s)-1)
	fmt.Println(sort.IsSorted(sorter), s[0].Name)

	g := Grid{{5, 5}, {1}, {2, 2, 2}, {0, 0}, {3, 1}}
	sort.Sort(g)
	fmt.Println(g)
	sort.Sort(desc{g})
	fmt.Println(g, g.Less(0, 1))
}
