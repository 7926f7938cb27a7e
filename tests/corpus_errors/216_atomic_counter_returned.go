//go:build ignore

// An atomic counter returned where its value is wanted (no Load).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

//cell

var hits atomic.Int64

func handle(wg *sync.WaitGroup) {
	defer wg.Done()
	hits.Add(1)
}

//cell

func count() int64 {
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go handle(&wg)
	}
	wg.Wait()
	return hits
}

//cell

func main() {
	fmt.Println(count())
}
