//go:build ignore

// atomic.Value storing values of two types.
package main

import (
	"fmt"
	"sync/atomic"
)

//cell

type Config struct{ Name string }

type Other struct{ N int }

func swap(v *atomic.Value, x any) { v.Store(x) }

//cell

func main() {
	var v atomic.Value
	swap(&v, Config{"a"})
	fmt.Println(v.Load().(Config).Name)
	swap(&v, Other{1})
}
