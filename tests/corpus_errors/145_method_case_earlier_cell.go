//go:build ignore

// A later cell calls an earlier cell's lower-case method with a capital.
package main

import "fmt"

//cell

type Rect struct{ w, h int }

func (r Rect) area() int { return r.w * r.h }

//cell

func run() int {
	return Rect{2, 3}.Area()
}

//cell

func main() {
	fmt.Println(run())
}
