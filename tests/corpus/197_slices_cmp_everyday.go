//go:build ignore

// Sorting and searching records with slices and cmp as Go 1.21+ code
// does: SortFunc with cmp.Compare, multi-key orders with cmp.Or,
// SortStableFunc, BinarySearchFunc, Index, Contains, Reverse, Compact,
// Insert and Delete, strings.Cut and CutPrefix, and min, max and clear.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Age    int
	Salary float64
}

func (e Employee) String() string { return fmt.Sprintf("%s/%s/%d", e.Name, e.Dept, e.Age) }

type Version struct{ Major, Minor, Patch int }

func ParseVersion(s string) (Version, error) {
	rest, ok := strings.CutPrefix(s, "v")
	if !ok {
		return Version{}, fmt.Errorf("version %q: no v prefix", s)
	}
	var v Version
	for i, part := range strings.SplitN(rest, ".", 3) {
		n, err := strconv.Atoi(part)
		if err != nil {
			return Version{}, fmt.Errorf("version %q: %w", s, err)
		}
		switch i {
		case 0:
			v.Major = n
		case 1:
			v.Minor = n
		case 2:
			v.Patch = n
		}
	}
	return v, nil
}

func (a Version) Compare(b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

//cell

var staff = []Employee{
	{"Alice", "eng", 34, 120},
	{"Bob", "ops", 45, 95},
	{"Carol", "eng", 29, 130},
	{"Dan", "sales", 34, 80},
	{"Eve", "ops", 29, 95},
	{"Frank", "eng", 45, 120},
}

//cell

func main() {
	byAge := slices.Clone(staff)
	slices.SortFunc(byAge, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(byAge[0].Age, byAge[len(byAge)-1].Age)

	multi := slices.Clone(staff)
	slices.SortFunc(multi, func(a, b Employee) int {
		return cmp.Or(
			strings.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	fmt.Println(multi)
	stable := slices.Clone(staff)
	slices.SortStableFunc(stable, func(a, b Employee) int { return cmp.Compare(b.Salary, a.Salary) })
	for _, e := range stable {
		fmt.Printf("%-6s %5.1f\n", e.Name, e.Salary)
	}
	i, found := slices.BinarySearchFunc(multi, "ops", func(e Employee, dept string) int { return strings.Compare(e.Dept, dept) })
	fmt.Println(i, found, multi[i])
	fmt.Println(slices.IndexFunc(staff, func(e Employee) bool { return e.Age > 40 }))
	fmt.Println(slices.ContainsFunc(staff, func(e Employee) bool { return e.Dept == "hr" }))
	fmt.Println(slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) }))
	fmt.Println(slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) }))

	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, e.Name)
	}
	fmt.Println(slices.Index(names, "Dan"), slices.Contains(names, "Zed"))
	slices.Reverse(names)
	fmt.Println(names)
	names = slices.Insert(names, 1, "Xena", "Yuri")
	names = slices.Delete(names, 3, 5)
	fmt.Println(names, len(names))
	depts := []string{}
	for _, e := range multi {
		depts = append(depts, e.Dept)
	}
	fmt.Println(slices.Compact(depts))
	pos, ok := slices.BinarySearch([]int{10, 20, 30}, 25)
	fmt.Println(pos, ok)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1, 2}, []int{1, 3}))

	var vs []Version
	for _, s := range []string{"v1.10.0", "v1.2.3", "1.0.0", "v1.2.10", "v2.0.0", "v1.x"} {
		v, err := ParseVersion(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs, slices.IsSortedFunc(vs, Version.Compare))
	latest := slices.MaxFunc(vs, func(a, b Version) int { return a.Compare(b) })
	fmt.Println("latest:", latest)

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	host, ok := strings.CutSuffix("example.com.", ".")
	fmt.Println(host, ok)

	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"), max(len(names), 2))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s)
}
