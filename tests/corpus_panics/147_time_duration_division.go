//go:build ignore

// Division by a zero time.Duration.
package main

import (
	"fmt"
	"time"
)

//cell

func perSecond(n int, d time.Duration) int64 {
	return int64(n) * int64(time.Second) / int64(d)
}

//cell

func main() {
	fmt.Println(perSecond(10, 2*time.Second))
	fmt.Println(perSecond(10, 0))
}
