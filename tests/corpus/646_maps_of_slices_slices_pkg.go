//go:build ignore

// Employees grouped into maps of slices and nested maps, map values
// copied and written back, deleting while ranging, struct keys; the slices
// and sort packages on ints, floats and a rune grid.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

var staff []Employee

func step1() {
	staff = []Employee{
		{"ann", "eng", 120, []string{"go", "sql"}},
		{"bob", "ops", 90, []string{"bash"}},
		{"cat", "eng", 130, []string{"go", "rust"}},
		{"dan", "sales", 70, nil},
		{"eve", "ops", 95, []string{"go"}},
	}
	byDept := map[string][]Employee{}
	total := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		total[e.Dept] += e.Salary
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-6s %d %v avg=%.1f\n", d, total[d], names, float64(total[d])/float64(len(byDept[d])))
	}
	skill := map[string]map[string]bool{}
	for _, e := range staff {
		for _, s := range e.Skills {
			if skill[s] == nil {
				skill[s] = map[string]bool{}
			}
			skill[s][e.Name] = true
		}
	}
	fmt.Println(skill)
	fmt.Println(len(skill["go"]), skill["cobol"]["ann"], skill["cobol"] == nil)
}

//cell

type key struct {
	dept string
	high bool
}

func step2() {
	byName := map[string]Employee{}
	for _, e := range staff {
		byName[e.Name] = e
	}
	e := byName["bob"]
	e.Salary += 10
	fmt.Println(byName["bob"].Salary, e.Salary)
	byName["bob"] = e
	ptrs := map[string]*Employee{}
	for i := range staff {
		ptrs[staff[i].Name] = &staff[i]
	}
	ptrs["dan"].Salary *= 2
	fmt.Println(staff[3].Salary, byName["dan"].Salary)
	for k := range byName {
		if strings.HasPrefix(k, "e") {
			delete(byName, k)
		}
	}
	fmt.Println(len(byName), slices.Sorted(maps.Keys(byName)))
	if v, ok := byName["eve"]; !ok {
		fmt.Printf("missing: %+v %q %v\n", v, v.Name, v.Skills == nil)
	}

	buckets := map[key]int{}
	for _, e := range staff {
		buckets[key{e.Dept, e.Salary >= 100}]++
	}
	fmt.Println(buckets)
}

//cell

func step3() {
	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys, slices.Compact(slices.Clone(ys)), slices.Index(xs, 8), slices.Contains(xs, 7))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Equal(xs, ys))
	zs := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	zs = slices.Delete(zs, 0, 1)
	fmt.Println(zs, len(zs), cap(zs) >= len(zs))
	slices.Reverse(zs)
	fmt.Println(zs)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 4))
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	ints := []int{9, 4, 7}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(fl, ints, sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.StringsAreSorted([]string{"a", "b"}))
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
