//go:build ignore

// Variables: declarations, zero values, short declarations, multiple assignment.
package main

import "fmt"

var global = "package level"

var (
	counter int
	ratio   float64
	name    string
	ok      bool
	ptr     *int
	list    []int
	dict    map[string]int
)

//cell

func main() {
	var a = "initial"
	var b, c int = 1, 2
	var d = true
	var e int
	f := "short"
	fmt.Println(a, b, c, d, e, f, global)
	fmt.Println(counter, ratio, name == "", ok, ptr == nil, list == nil, dict == nil, len(dict))
	fmt.Printf("%q %v %v\n", name, list, dict)
	b, c = c, b
	fmt.Println(b, c)
	x, y := 10, "ten"
	x, z := 20, 3.5
	fmt.Println(x, y, z)
	_ = e
}
