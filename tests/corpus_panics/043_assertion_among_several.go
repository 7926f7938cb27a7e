//go:build ignore

// A failed type assertion in a function that asserts in several places.
package main

import "fmt"

//cell

func sum(vals []any) int {
	total := 0
	for i, v := range vals {
		if i%2 == 0 {
			total += v.(int)
		} else {
			total += len(v.(string))
		}
	}
	return total
}

//cell

func main() {
	fmt.Println(sum([]any{1, "ab", 3}))
	fmt.Println(sum([]any{1, 2}))
}
