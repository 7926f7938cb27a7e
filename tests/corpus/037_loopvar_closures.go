//go:build ignore

// Per-iteration loop variables (Go 1.22): closures capture each iteration's variable.
package main

import "fmt"

//cell

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
		i += 0
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
