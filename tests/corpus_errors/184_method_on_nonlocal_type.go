//go:build ignore

// A method declared on time.Duration, a type of another package.
package main

import (
	"fmt"
	"time"
)

//cell

const workday = 8 * time.Hour

//cell

func (d time.Duration) Workdays() float64 {
	return float64(d) / float64(workday)
}

//cell

func main() {
	fmt.Println(workday)
}
