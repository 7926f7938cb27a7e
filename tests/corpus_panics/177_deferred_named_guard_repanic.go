//go:build ignore

// A named guard function, deferred, logs the panic it recovers and panics
// again with the same value.
package main

import (
	"fmt"
)

//cell

func guard(task string) {
	if r := recover(); r != nil {
		fmt.Println("task", task, "failed:", r)
		panic(r)
	}
}

func process(task string, items map[string]int) int {
	defer guard(task)
	return 100 / items[task]
}

//cell

func main() {
	items := map[string]int{"a": 4, "b": 0}
	fmt.Println(process("a", items))
	fmt.Println(process("b", items))
}
