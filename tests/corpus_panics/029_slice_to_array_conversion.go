//go:build ignore

// A slice converted to an array longer than it.
package main

import "fmt"

//cell

func first4(xs []int) [4]int {
	return [4]int(xs)
}

//cell

func main() {
	fmt.Println(first4([]int{1, 2, 3, 4, 5}))
	fmt.Println(first4([]int{1, 2}))
}
