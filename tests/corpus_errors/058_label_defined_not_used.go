//go:build ignore

// A label nothing jumps to.
package main

import "fmt"

//cell

func run() int {
	n := 0
done:
	for i := range 3 {
		n += i
	}
	return n
}

//cell

func main() {
	fmt.Println(run())
}
