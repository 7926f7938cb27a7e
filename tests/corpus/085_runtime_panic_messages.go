//go:build ignore

// Runtime errors recovered: their messages, as Go prints them.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

//cell

type T struct{ v int }

func main() {
	s := []int{1, 2}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil pointer", func() {
		var p *T
		_ = p.v
	})
	zero := 0
	try("divide", func() { _ = 10 / zero })
	try("assert", func() {
		var x any = "str"
		_ = x.(int)
	})
	try("closed channel", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("custom", func() { panic(fmt.Sprintf("custom %d", 1)) })
	try("error value", func() { panic(fmt.Errorf("wrapped %w", fmt.Errorf("inner"))) })
}
