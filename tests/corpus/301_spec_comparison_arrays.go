//go:build ignore

// Comparison operators and array values: structs and arrays compare field
// by field and element by element, arrays are values (assignment, passing
// and range copy them), arrays and structs serve as map keys, interfaces
// are equal when dynamic types and values are, and comparing interfaces
// holding uncomparable values panics at run time.
package main

import (
	"fmt"
	"sort"
)

type Vec [3]int

type Key struct {
	Name string
	Pos  [2]int
}

type Named struct {
	Name string
	Tags []string
}

type Money struct {
	Cents int
	Cur   string
}

//cell

func modify(v Vec) Vec {
	v[0] = 100
	return v
}

func modifyPtr(v *Vec) { v[0] = 100 }

func tryCompare(a, b any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

//cell

type Celsius float64
type ID int

func ifaceEquality() {
	var a, b any = 3, 3
	var c any = int64(3)
	var d any = ID(3)
	fmt.Println(a == b, a == c, a == d, c == int64(3), d == ID(3))
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	var s1, s2 fmt.Stringer
	fmt.Println(s1 == s2)
	var x any = Money{5, "EUR"}
	fmt.Println(x == Money{5, "EUR"}, x == Money{5, "USD"}, x == any(Money{5, "EUR"}))
	p1, p2 := &Money{1, "a"}, &Money{1, "a"}
	var i1, i2 any = p1, p2
	fmt.Println(i1 == i2, *p1 == *p2, i1 == any(p1))
	fmt.Println(tryCompare([]int{1}, []int{1}))
	fmt.Println(tryCompare(Named{"a", nil}, Named{"a", nil}))
	fmt.Println(tryCompare(1, "1"))
	fmt.Println(tryCompare(map[int]int{}, 1))
	fmt.Println(tryCompare(Celsius(0), 0.0))
}

//cell

func main() {
	a := Vec{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b, a == Vec{1, 2, 3})
	fmt.Println(modify(a), a)
	modifyPtr(&a)
	fmt.Println(a)

	for i, v := range a {
		a[2] = 999
		if i == 2 {
			fmt.Println("range copy saw", v, "array has", a[2])
		}
	}
	sl := a[:]
	sl[1] = -1
	fmt.Println(a, len(sl))

	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)

	counts := map[Key]int{}
	counts[Key{"a", [2]int{0, 1}}]++
	counts[Key{"a", [2]int{0, 1}}]++
	counts[Key{"a", [2]int{1, 0}}]++
	fmt.Println(len(counts), counts[Key{Name: "a", Pos: [2]int{0, 1}}])

	seen := map[[2]string]bool{}
	pairs := [][2]string{{"x", "y"}, {"y", "x"}, {"x", "y"}}
	for _, p := range pairs {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	var keys []string
	for k := range seen {
		keys = append(keys, k[0]+k[1])
	}
	sort.Strings(keys)
	fmt.Println(keys)

	anyKeys := map[any]string{1: "int", "1": "string", Money{1, "x"}: "money", [1]int{1}: "array"}
	fmt.Println(anyKeys[1], anyKeys["1"], anyKeys[Money{1, "x"}], anyKeys[[1]int{1}], anyKeys[int8(1)] == "")

	ifaceEquality()

	func() {
		defer func() { fmt.Println("map key panic:", recover()) }()
		anyKeys[[]int{1}] = "slice"
	}()

	type pt struct{ X, Y float64 }
	nan := pt{0, 0}
	nan.X = nan.X / nan.Y
	fmt.Println(nan == nan, [1]float64{nan.X} == [1]float64{nan.X})
	var z1, z2 struct{}
	fmt.Println(z1 == z2, [0]int{} == [0]int{})
	ch := make(chan int)
	ch2 := ch
	fmt.Println(ch == ch2, ch == make(chan int))
}
