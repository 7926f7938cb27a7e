//go:build ignore

// sync/atomic: counters with atomic types and functions.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

//cell

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 500; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	var n int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 3)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var i32 int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 9), i32, atomic.SwapInt32(&i32, 1), i32)
	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load().(string))
}
