//go:build ignore

// A struct embedding a pointer to an interface.
package main

import "fmt"

//cell

type S struct{ *fmt.Stringer }

func run() int { return 0 }

//cell

func main() {
	fmt.Println(run())
}
