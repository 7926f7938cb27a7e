//go:build ignore

// goto: jumping to labels within a function.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				r, c := i, j
				fmt.Println("found at", r, c)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

//cell

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	grid := [][]int{{1, 2}, {3, 4}}
	fmt.Println(find(grid, 3))
	fmt.Println(find(grid, 9))
}
