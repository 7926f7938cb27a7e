//go:build ignore

// Deferred functions can read and change named results.
package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

//cell

func withCleanup(fail bool) (err error) {
	defer trace("withCleanup")()
	defer func() {
		if err != nil {
			err = fmt.Errorf("cleanup after: %w", err)
		}
	}()
	if fail {
		return errors.New("failed")
	}
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	return 1
}

//cell

func main() {
	fmt.Println(double(4))
	fmt.Println(withCleanup(false))
	fmt.Println(withCleanup(true))
	fmt.Println(counter())
}
