//go:build ignore

// A method declared on a named pointer type.
package main

import "fmt"

//cell

type P *int

func (p P) Get() int { return 1 }

func run() int { return 0 }

//cell

func main() {
	fmt.Println(run())
}
