//go:build ignore

// A struct value with no Error or String method passed to panic: Go
// prints its type and an address.
package main

import "fmt"

//cell

type Failure struct {
	Step int
	Why  string
}

func run(steps []string) {
	for i, s := range steps {
		if s == "" {
			panic(Failure{i, "empty step"})
		}
		fmt.Println("step", i, s)
	}
}

//cell

func main() {
	run([]string{"fetch", "build"})
	run([]string{"fetch", "", "deploy"})
}
