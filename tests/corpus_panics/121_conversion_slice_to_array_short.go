//go:build ignore

// A slice converted to an array longer than it.
package main

import (
	"fmt"
)

//cell

func firstThree(xs []int) [3]int { return [3]int(xs) }

//cell

func main() {
	fmt.Println(firstThree([]int{1, 2, 3, 4}))
	fmt.Println(firstThree([]int{1, 2}))
}
