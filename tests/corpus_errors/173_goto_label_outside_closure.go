//go:build ignore

// A goto in a function literal to a label of the enclosing function.
package main

import "fmt"

//cell

func try(f func() error) error { return f() }

//cell

func fetch() (n int) {
retry:
	n++
	_ = try(func() error {
		if n < 3 {
			goto retry
		}
		return nil
	})
	return n
}

//cell

func main() {
	fmt.Println(fetch())
}
