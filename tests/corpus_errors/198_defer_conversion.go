//go:build ignore

// A deferred conversion rather than a call.
package main

import "fmt"

//cell

type Cleanup func()

//cell

func run(f func()) {
	defer Cleanup(f)
	fmt.Println("running")
}

//cell

func main() {
	run(func() { fmt.Println("done") })
}
