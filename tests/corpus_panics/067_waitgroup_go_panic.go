//go:build ignore

// A function started by sync.WaitGroup.Go (Go 1.25) panics: Go 1.26's Go
// recovers it and panics again with the same value ("[recovered,
// repanicked]"), never calling Done, so Wait does not return and the
// program dies of the panic, with the function's frames.
package main

import (
	"fmt"
	"sync"
)

//cell

func checksum(parts [][]byte, i int) int {
	sum := 0
	for _, b := range parts[i] {
		sum += int(b)
	}
	return sum
}

//cell

func main() {
	parts := [][]byte{[]byte("go"), []byte("notebook")}
	sums := make([]int, 3)
	var wg sync.WaitGroup
	for i := range sums {
		wg.Go(func() {
			sums[i] = checksum(parts, i)
		})
	}
	wg.Wait()
	fmt.Println("not printed", sums)
}
