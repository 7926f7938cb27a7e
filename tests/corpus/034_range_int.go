//go:build ignore

// Range over an integer (Go 1.22).
package main

import "fmt"

func triangle(n int) [][]int {
	rows := make([][]int, n)
	for i := range n {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := range i - 1 {
			rows[i][j+1] = rows[i-1][j] + rows[i-1][j+1]
		}
	}
	return rows
}

//cell

func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}
	count := 0
	for range 5 {
		count++
	}
	fmt.Println("count", count)
	var n int64 = 4
	for i := range n {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
	for _, row := range triangle(5) {
		fmt.Println(row)
	}
}
