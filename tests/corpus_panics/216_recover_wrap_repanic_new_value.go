//go:build ignore

// A step runner recovers a runtime error and panics again with a new,
// wrapped message naming the step.
package main

import "fmt"

//cell

func runStep(name string, f func() int) (n int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("step %s: %v", name, r))
		}
	}()
	return f()
}

//cell

func main() {
	data := []int{3, 1, 2}
	fmt.Println(runStep("first", func() int { return data[0] }))
	fmt.Println(runStep("fourth", func() int { return data[3] }))
}
