//go:build ignore

// A break to a label that is not declared.
package main

import "fmt"

//cell

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		for _, v := range row {
			if v == 3 {
				break outer
			}
			fmt.Println(v)
		}
	}
}
