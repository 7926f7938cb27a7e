//go:build ignore

// Scanning input with fmt.Sscanf, Sscan and Fscan from strings.
package main

import (
	"fmt"
	"strings"
)

//cell

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("gopher 13", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b float64
	fmt.Sscan("1.5 2.5", &a, &b)
	fmt.Println(a + b)
	var x, y int
	_, err = fmt.Sscanf("10-20", "%d-%d", &x, &y)
	fmt.Println(x, y, err)
	_, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(err)
	r := strings.NewReader("3\n1 2 3\n")
	var count int
	fmt.Fscan(r, &count)
	sum := 0
	for i := 0; i < count; i++ {
		var v int
		fmt.Fscan(r, &v)
		sum += v
	}
	fmt.Println("sum", sum)
	var word string
	var hex int
	fmt.Sscanf("id:0x1f", "id:%v", &hex)
	fmt.Sscanln("first second", &word)
	fmt.Println(hex, word)
}
