//go:build ignore

// A later cell names a field an earlier cell's struct does not have.
package main

import "fmt"

//cell

type Point struct {
	X, Y int
}

//cell

func run() int {
	p := Point{1, 2}
	return p.X + p.Z
}

//cell

func main() {
	fmt.Println(run())
}
