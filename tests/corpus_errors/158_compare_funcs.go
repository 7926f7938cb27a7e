//go:build ignore

// Two functions compared with ==.
package main

import "fmt"

//cell

func inc(x int) int { return x + 1 }

func dec(x int) int { return x - 1 }

//cell

func run() bool {
	f, g := inc, dec
	return f == g
}

//cell

func main() {
	fmt.Println(run())
}
